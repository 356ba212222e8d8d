import { organizationTypes } from '../../../../common/social-space-terms';

export type NodeShape = 'circle' | 'square';
export type TypeStyle = { colour: string; shape: NodeShape };

// Paul Tol's colour-blind-safe "muted" scheme and three of Okabe–Ito's; the second half of the types is drawn as
// squares, so that two types whose colours look alike to someone still differ in shape. The type is also written
// out in the legend, in each node's name and in the table.
const palette: readonly string[] = ['#332288', '#88ccee', '#44aa99', '#117733', '#999933', '#ddcc77', '#cc6677', '#882255', '#aa4499', '#e69f00', '#0072b2', '#d55e00'];
const otherStyle: TypeStyle = { colour: '#bbbbbb', shape: 'square' };

const styles = new Map<string, TypeStyle>(
  organizationTypes
    .filter((t) => t !== 'other')
    .map((type, i) => [type, { colour: palette[i % palette.length] ?? otherStyle.colour, shape: i % 2 === 0 ? 'circle' : 'square' } satisfies TypeStyle]),
);

/** The colour and shape of an organisation type; unknown types and "Sonstige" are grey squares. */
export const typeStyle = (type: string): TypeStyle => styles.get(type) ?? otherStyle;

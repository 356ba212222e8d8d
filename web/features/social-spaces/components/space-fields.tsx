import type { SocialSpace } from '../../../../common/api/social-spaces';
import type { FieldTargets } from '../../../components/ui/alert';
import { ColourField } from '../../../components/ui/colour-field';
import { TextAreaField } from '../../../components/ui/text-area-field';
import { TextField } from '../../../components/ui/text-field';
import { colourOf } from './space-colours';

/** The fields of a space as typed: strings, checked and converted only on submit. */
export type SpaceFieldValues = { code: string; name: string; description: string; population: string; colour: string };

export const emptySpaceFields: SpaceFieldValues = { code: '', name: '', description: '', population: '', colour: '' };

export const spaceFieldValues = (space: SocialSpace): SpaceFieldValues => ({
  code: space.code,
  name: space.name,
  description: space.description,
  population: space.population === null ? '' : String(space.population),
  colour: space.colour ?? '',
});

export const spaceFieldTargets = (idPrefix: string): FieldTargets => ({
  code: { label: 'Kürzel', targetId: `${idPrefix}-code` },
  name: { label: 'Name', targetId: `${idPrefix}-name` },
  description: { label: 'Beschreibung', targetId: `${idPrefix}-description` },
  population: { label: 'Einwohnerzahl', targetId: `${idPrefix}-population` },
  colour: { label: 'Farbe', targetId: `${idPrefix}-colour` },
});

type SpaceBodyFields = { code: string; name: string; description: string; population: number | null; colour: string | null };

/** The values as the API takes them, or the field errors that stop the request before it is sent. */
export function toSpaceBody(values: SpaceFieldValues): { body: SpaceBodyFields; errors: { field: string; message: string }[] } {
  const errors: { field: string; message: string }[] = [];
  // Checked here as well as on the server, so that all missing fields show at once, not one request at a time.
  if (!values.name.trim()) errors.push({ field: 'name', message: 'Bitte einen Namen angeben.' });
  if (!values.code.trim()) errors.push({ field: 'code', message: 'Bitte ein Kürzel angeben.' });
  // "12.400" and "12 400" are how people write a population; the dots and spaces are only grouping.
  const populationText = values.population.trim().replace(/[.\s']/g, '');
  let population: number | null = null;
  if (populationText) {
    if (/^\d+$/.test(populationText)) population = Number(populationText);
    else errors.push({ field: 'population', message: 'Bitte eine ganze Zahl angeben, z. B. 12400.' });
  }
  const colour = values.colour.trim();
  return {
    body: {
      code: values.code.trim(),
      name: values.name.trim(),
      description: values.description.trim(),
      population,
      colour: colour ? colour.toLowerCase() : null,
    },
    errors,
  };
}

type SpaceFieldsProps = {
  idPrefix: string;
  values: SpaceFieldValues;
  onChange: (values: SpaceFieldValues) => void;
  errors: Record<string, string>;
};

export function SpaceFields({ idPrefix, values, onChange, errors }: SpaceFieldsProps) {
  const set = (key: keyof SpaceFieldValues) => (event: { target: { value: string } }) =>
    onChange({ ...values, [key]: event.target.value });
  return (
    <>
      <TextField
        id={`${idPrefix}-name`}
        name="name"
        label="Name"
        hint="So heißt der Sozialraum auf der Karte und in Listen, z. B. Harksheide."
        autoComplete="off"
        value={values.name}
        onChange={set('name')}
        error={errors.name}
      />
      <TextField
        id={`${idPrefix}-code`}
        name="code"
        label="Kürzel"
        hint="Eindeutig im Jugendamt, z. B. SR2. Buchstaben, Ziffern, Punkt, Binde- und Unterstrich."
        autoComplete="off"
        autoCapitalize="characters"
        spellCheck={false}
        value={values.code}
        onChange={set('code')}
        error={errors.code}
      />
      <TextAreaField
        id={`${idPrefix}-description`}
        name="description"
        label="Beschreibung"
        optional
        hint="Was den Sozialraum ausmacht: Lage, Bebauung, Besonderheiten."
        value={values.description}
        onChange={set('description')}
        error={errors.description}
      />
      <TextField
        id={`${idPrefix}-population`}
        name="population"
        label="Einwohnerzahl"
        optional
        hint="Ganze Zahl, z. B. 12400."
        inputMode="numeric"
        autoComplete="off"
        value={values.population}
        onChange={set('population')}
        error={errors.population}
      />
      <ColourField
        id={`${idPrefix}-colour`}
        label="Farbe auf der Karte"
        optional
        hint="Als #rrggbb, z. B. #1b7837. Leer lassen, dann wählt sozialraum eine Farbe."
        value={values.colour}
        onChange={(colour) => onChange({ ...values, colour })}
        fallback={colourOf({ code: values.code || idPrefix, colour: null })}
        error={errors.colour}
      />
    </>
  );
}

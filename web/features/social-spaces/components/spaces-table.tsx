import { Link } from 'react-router';
import type { SocialSpace } from '../../../../common/api/social-spaces';
import { formatInteger } from '../../../components/format/format-number';
import { Button } from '../../../components/ui/button';
import { DataTable, type Column } from '../../../components/ui/data-table';
import { colourOf } from './space-colours';

type SpacesTableProps = {
  spaces: SocialSpace[];
  spacePath: (id: string) => string;
  /** Offers "Auf der Karte zeigen" per row: the way to select a space on the map with the keyboard. */
  onShowOnMap?: (id: string) => void;
};

/** The spaces as a table: the accessible alternative to the map, with the same information. */
export function SpacesTable({ spaces, spacePath, onShowOnMap }: SpacesTableProps) {
  const columns: Column<SocialSpace>[] = [
    {
      key: 'name',
      header: 'Name',
      rowHeader: true,
      cell: (s) => (
        <Link className="kern-link" to={spacePath(s.id)}>
          {s.name}
        </Link>
      ),
    },
    { key: 'code', header: 'Kürzel', cell: (s) => s.code },
    {
      key: 'population',
      header: 'Einwohnerzahl',
      numeric: true,
      cell: (s) => (s.population === null ? <span className="app-muted">keine Angabe</span> : formatInteger(s.population)),
    },
    {
      key: 'colour',
      header: 'Farbe',
      cell: (s) => (
        <span className="app-swatch-cell">
          <span className="app-swatch" style={{ backgroundColor: colourOf(s) }} aria-hidden="true" />
          {s.colour ? <span className="app-code">{s.colour}</span> : <span className="app-muted">automatisch</span>}
        </span>
      ),
    },
  ];
  if (onShowOnMap) {
    columns.push({
      key: 'map',
      header: 'Karte',
      cell: (s) => (
        <Button variant="tertiary" onClick={() => onShowOnMap(s.id)}>
          <span className="app-visually-hidden">{s.name}: </span>Auf der Karte zeigen
        </Button>
      ),
    });
  }
  return (
    <DataTable
      caption="Sozialräume"
      captionHidden
      rows={spaces}
      rowKey={(s) => s.id}
      empty={<p className="kern-body">Für dieses Jugendamt sind noch keine Sozialräume angelegt.</p>}
      columns={columns}
    />
  );
}

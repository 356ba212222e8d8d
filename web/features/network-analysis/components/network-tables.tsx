import type { NetworkGraph } from '../../../../common/api/network-analysis';
import { tieKindLabels, tieKinds } from '../../../../common/meeting-terms';
import { formatDay } from '../../../components/format/format-date';
import { DataTable } from '../../../components/ui/data-table';
import { formatScore, organizationTypeLabel } from './labels';
import { typeStyle } from './type-palette';

type Tie = NetworkGraph['ties'][number];
type Node = NetworkGraph['nodes'][number];

/** "3 × gemeinsames Netzwerktreffen, 1 × Vertrag" */
export const describeKinds = (kinds: Tie['kinds']): string =>
  tieKinds
    .filter((k) => kinds[k] > 0)
    .map((k) => `${kinds[k]} × ${tieKindLabels[k]}`)
    .join(', ');

/** The network as tables: the ties (strongest first) and the organisations (most connected first). */
export function NetworkTables({ graph }: { graph: NetworkGraph }) {
  const names = new Map(graph.nodes.map((n) => [n.id, n.name]));
  const ties = [...graph.ties].sort((a, b) => b.weight - a.weight || (names.get(a.source) ?? '').localeCompare(names.get(b.source) ?? '', 'de'));
  const nodes = [...graph.nodes].sort((a, b) => b.degree - a.degree || b.weightedDegree - a.weightedDegree || a.name.localeCompare(b.name, 'de'));
  return (
    <div className="app-stack">
      <DataTable<Tie>
        caption={`Verbindungen (${ties.length})`}
        rows={ties}
        rowKey={(t) => `${t.source}-${t.target}`}
        empty={<p className="kern-body">Im gewählten Zeitraum gibt es keine Verbindungen.</p>}
        columns={[
          { key: 'a', header: 'Organisation A', rowHeader: true, cell: (t) => names.get(t.source) ?? '–' },
          { key: 'b', header: 'Organisation B', cell: (t) => names.get(t.target) ?? '–' },
          { key: 'weight', header: 'Gewicht', numeric: true, cell: (t) => formatScore(t.weight) },
          { key: 'kinds', header: 'Woraus', cell: (t) => describeKinds(t.kinds) },
          { key: 'first', header: 'Erstmals', cell: (t) => <span className="app-analysis-nowrap">{formatDay(t.firstOn)}</span> },
          { key: 'last', header: 'Zuletzt', cell: (t) => <span className="app-analysis-nowrap">{formatDay(t.lastOn)}</span> },
        ]}
      />
      <DataTable<Node>
        caption={`Organisationen (${nodes.length})`}
        rows={nodes}
        rowKey={(n) => n.id}
        empty={<p className="kern-body">Keine Organisationen zu diesen Filtern.</p>}
        columns={[
          { key: 'name', header: 'Organisation', rowHeader: true, cell: (n) => n.name },
          {
            key: 'type',
            header: 'Art',
            cell: (n) => (
              <span className="app-network-type">
                <span className={`app-network-swatch app-network-swatch--${typeStyle(n.type).shape}`} style={{ background: typeStyle(n.type).colour }} aria-hidden="true" />
                {organizationTypeLabel(n.type)}
              </span>
            ),
          },
          { key: 'degree', header: 'Grad (Verbindungen)', numeric: true, cell: (n) => n.degree },
          { key: 'weighted', header: 'Gewicht aller Verbindungen', numeric: true, cell: (n) => formatScore(n.weightedDegree) },
        ]}
      />
    </div>
  );
}

import type { NetworkGraph } from '../../../../common/api/network-analysis';
import { decimal2, percent } from './period';
import { organizationTypeLabel } from './labels';

const topDegrees = 5;

/** "Dichte 0,27: 27 % der möglichen Verbindungen bestehen" */
export const densitySentence = (density: number): string => `Dichte ${decimal2(density)}: ${percent(density)} der möglichen Verbindungen bestehen.`;

/** What is missing in the network: types without any tie, organisations without any tie, density and the hubs. */
export function MissingLinks({ graph }: { graph: NetworkGraph }) {
  const names = new Map(graph.nodes.map((n) => [n.id, n]));
  const isolated = graph.isolated.flatMap((id) => names.get(id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const hubs = [...graph.nodes]
    .filter((n) => n.degree > 0)
    .sort((a, b) => b.degree - a.degree || b.weightedDegree - a.weightedDegree || a.name.localeCompare(b.name, 'de'))
    .slice(0, topDegrees);
  return (
    <div className="app-missing-links">
      <div>
        <h3 className="kern-heading-small">Fehlende Organisationsarten</h3>
        {graph.missingTypes.length === 0 ? (
          <p className="kern-body">Jede Organisationsart hat mindestens eine Verbindung.</p>
        ) : (
          <ul className="kern-list kern-list--bullet app-missing-types">
            {graph.missingTypes.map((m) => (
              <li key={m.type}>{m.message}</li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="kern-heading-small">Organisationen ohne Verbindung</h3>
        {isolated.length === 0 ? (
          <p className="kern-body">Keine: jede Organisation ist mit mindestens einer anderen verbunden.</p>
        ) : (
          <ul className="kern-list kern-list--bullet">
            {isolated.map((n) => (
              <li key={n.id}>
                {n.name} <span className="app-muted">({organizationTypeLabel(n.type)})</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <div>
        <h3 className="kern-heading-small">Dichte und Grad</h3>
        <p className="kern-body">{graph.nodes.length < 2 ? 'Für eine Dichte braucht es mindestens zwei Organisationen.' : densitySentence(graph.density)}</p>
        {hubs.length > 0 ? (
          <>
            <p className="kern-body">Die meisten Verbindungen haben:</p>
            <ol className="kern-list kern-list--number">
              {hubs.map((n) => (
                <li key={n.id}>
                  {n.name}: {n.degree === 1 ? '1 Verbindung' : `${n.degree} Verbindungen`}
                </li>
              ))}
            </ol>
          </>
        ) : null}
      </div>
    </div>
  );
}

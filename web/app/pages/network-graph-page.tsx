import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { organizationTypes } from '../../../common/social-space-terms';
import { todayIso } from '../../components/format/format-date';
import { ErrorAlert } from '../../components/ui/alert';
import { CheckboxGroup } from '../../components/ui/checkbox';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { useMediaQuery } from '../../components/use-media-query';
import { networkCsvUrl, networkGraphmlUrl } from '../../features/network-analysis/api/network-analysis-api';
import { AnalysisChoice } from '../../features/network-analysis/components/analysis-choice';
import { organizationTypeLabel } from '../../features/network-analysis/components/labels';
import { MissingLinks } from '../../features/network-analysis/components/missing-links';
import { NetworkGraphView } from '../../features/network-analysis/components/network-graph-view';
import { NetworkTables } from '../../features/network-analysis/components/network-tables';
import { describePeriod, readPeriod, writePeriod, type Period } from '../../features/network-analysis/components/period';
import { useAnalysisSpaces, useNetwork } from '../../features/network-analysis/hooks/use-network-analysis';
import { networkAnalysisPaths } from '../../features/network-analysis/network-analysis-paths';

type View = 'karte' | 'tabelle';

/** The types chosen in the address ("arten=school,kita"); unknown ones are left out, none means all. */
function readTypes(params: URLSearchParams): string[] {
  const chosen = (params.get('arten') ?? '').split(',');
  return organizationTypes.filter((t) => chosen.includes(t));
}

/**
 * Netzwerkkarte: the organisations of a space (or of all spaces) and the ties between them in a period, as an
 * interactive picture or – the accessible alternative, and the default on a phone – as tables; what is missing
 * (types without a tie, isolated organisations, density and degree); and the downloads.
 */
export function NetworkGraphPage() {
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const period = readPeriod(params, today);
  const phone = useMediaQuery('(max-width: 40rem)');
  const requestedView = params.get('ansicht');
  const view: View = requestedView === 'karte' || requestedView === 'tabelle' ? requestedView : phone ? 'tabelle' : 'karte';
  const types = readTypes(params);
  // Open at first when the address filters types; then it stays as the user leaves it (unticking the last box keeps it open).
  const [typesOpen, setTypesOpen] = useState(types.length > 0);
  const spaces = useAnalysisSpaces();
  const spaceList = spaces.data ?? [];
  const requestedSpace = params.get('spaceId') ?? '';
  const space = spaceList.find((s) => s.id === requestedSpace);
  const spaceId = space?.id ?? '';
  const key = spaces.isSuccess ? { spaceId, from: period.from, to: period.to, types } : null;
  const network = useNetwork(key);
  const graph = network.data;
  const scope = space ? space.name : 'alle Sozialräume';

  const update = (change: (next: URLSearchParams) => URLSearchParams) => setParams((current) => change(new URLSearchParams(current)), { replace: true });
  const set = (name: string, value: string) =>
    update((next) => {
      if (value) next.set(name, value);
      else next.delete(name);
      return next;
    });
  const setPeriod = (next: Period) => update((current) => writePeriod(current, next));

  return (
    <div className="app-stack">
      <PageHeading
        title={space ? `Netzwerkkarte: ${space.name}` : 'Netzwerkkarte'}
        preline="Netzwerk"
        lead="Welche Organisationen zusammenarbeiten: Verbindungen aus gemeinsamen Netzwerktreffen, Projekten, Verträgen und Vermittlungen – und wer noch fehlt."
      />
      {spaces.isPending ? (
        <LoadingIndicator label="Sozialräume werden geladen …" />
      ) : spaces.isError ? (
        <ErrorAlert error={spaces.error} />
      ) : (
        <>
          <div className="app-network-filters">
            <AnalysisChoice
              key={`${period.preset}-${period.from}-${period.to}`}
              idPrefix="network"
              label="Sozialraum und Zeitraum wählen"
              spaces={spaceList}
              spaceId={spaceId}
              allSpacesOption
              period={period}
              onSpace={(id) => set('spaceId', id)}
              onPeriod={setPeriod}
            />
            <details className="app-disclosure" open={typesOpen} onToggle={(event) => setTypesOpen(event.currentTarget.open)}>
              <summary className="app-details__summary">Organisationsarten: {types.length === 0 ? 'alle' : `${types.length} gewählt`}</summary>
              <div className="app-details__body app-network-types">
                <CheckboxGroup
                  id="network-types"
                  name="arten"
                  legend="Nur diese Organisationsarten zeigen"
                  hint="Nichts angekreuzt: alle Arten."
                  options={organizationTypes.map((t) => ({ value: t, label: organizationTypeLabel(t) }))}
                  value={types}
                  onChange={(next) => set('arten', next.join(','))}
                />
              </div>
            </details>
          </div>
          <p className="kern-body" role="status">
            {graph
              ? `${scope}, ${describePeriod(period)}: ${graph.nodes.length} Organisationen, ${graph.ties.length} Verbindungen.`
              : `${scope}, ${describePeriod(period)}`}
          </p>
          {network.isError ? (
            <ErrorAlert error={network.error} />
          ) : !graph ? (
            <LoadingIndicator label="Netzwerk wird geladen …" />
          ) : (
            <>
              <section className="app-section" aria-labelledby="network-missing-heading">
                <h2 className="kern-heading-medium" id="network-missing-heading">
                  Fehlende Verbindungen
                </h2>
                <MissingLinks graph={graph} />
              </section>
              <section className="app-section" aria-labelledby="network-view-heading">
                <h2 className="kern-heading-medium" id="network-view-heading">
                  {view === 'karte' ? 'Karte des Netzwerks' : 'Netzwerk als Tabelle'}
                </h2>
                <div className="app-network-view-switch" role="group" aria-label="Ansicht">
                  {(
                    [
                      ['karte', 'Karte'],
                      ['tabelle', 'Tabelle'],
                    ] as const
                  ).map(([value, label]) => (
                    <button
                      key={value}
                      type="button"
                      className={`kern-btn kern-btn--${view === value ? 'primary' : 'secondary'}`}
                      aria-pressed={view === value}
                      onClick={() => set('ansicht', value)}
                    >
                      <span className="kern-label">{label}</span>
                    </button>
                  ))}
                </div>
                {graph.nodes.length === 0 ? (
                  <p className="kern-body">Keine Organisationen zu diesen Filtern.</p>
                ) : view === 'karte' ? (
                  <NetworkGraphView graph={graph} />
                ) : (
                  <NetworkTables graph={graph} />
                )}
              </section>
              <section className="app-section" aria-labelledby="network-download-heading">
                <h2 className="kern-heading-medium" id="network-download-heading">
                  Herunterladen
                </h2>
                <ul className="app-downloads">
                  <li>
                    <a className="kern-link" href={networkCsvUrl({ spaceId, from: period.from, to: period.to, types })} download>
                      Verbindungen als CSV (Excel)
                    </a>
                  </li>
                  <li>
                    <a className="kern-link" href={networkGraphmlUrl({ spaceId, from: period.from, to: period.to, types })} download>
                      Netzwerk als GraphML (Gephi, yEd, Cytoscape)
                    </a>
                  </li>
                </ul>
              </section>
            </>
          )}
          {space ? (
            <p className="kern-body">
              <Link className="kern-link" to={`${networkAnalysisPaths.manyShoulders}?${writePeriod(new URLSearchParams({ spaceId: space.id }), period).toString()}`}>
                Viele Schultern: wer die Netzwerkarbeit in {space.name} trägt
              </Link>
            </p>
          ) : null}
        </>
      )}
    </div>
  );
}

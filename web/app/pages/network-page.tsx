import { Link, useSearchParams } from 'react-router';
import { todayIso } from '../../components/format/format-date';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, isAdmin, useMe } from '../../features/accounts/hooks/use-me';
import { NetworkCheckDateForm, NetworkCheckResult } from '../../features/network/components/network-check';
import { NetworkModelOverview } from '../../features/network/components/network-model-overview';
import { PositionMinimumsForm } from '../../features/network/components/position-minimums-form';
import { SetNetworkModelForm } from '../../features/network/components/set-network-model-form';
import { useNetworkModel } from '../../features/network/hooks/use-network-model';
import { networkAnalysisPaths } from '../../features/network-analysis/network-analysis-paths';
import { paths } from '../paths';
import { networkAnalysisReaderRoles } from '../roles';

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

export function NetworkPage() {
  const { data: account } = useMe();
  const admin = isAdmin(account);
  const analysisReader = hasAnyRole(account, networkAnalysisReaderRoles);
  const state = useNetworkModel();
  // The day of the check lives in the address, so that a check of a past day can be linked.
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const requested = params.get('datum') ?? '';
  const date = isoDate.test(requested) ? requested : today;

  return (
    <div className="app-stack">
      <PageHeading
        title="Organisationsmodell"
        preline="Netzwerk"
        lead="Wie die Netzwerkarbeit in den Sozialräumen organisiert ist, seit wann, und was das Modell von jedem Sozialraum verlangt."
      />
      {analysisReader ? (
        <section className="app-section" aria-labelledby="analysis-heading">
          <h2 className="kern-heading-medium" id="analysis-heading">
            Netzwerkarbeit auswerten
          </h2>
          <ul className="kern-list kern-list--bullet">
            <li>
              <Link className="kern-link" to={networkAnalysisPaths.manyShoulders}>
                Viele Schultern
              </Link>{' '}
              – wer die Netzwerkarbeit eines Sozialraums trägt, mit Anteil der aktivsten Person und Gini-Koeffizient
            </li>
            <li>
              <Link className="kern-link" to={networkAnalysisPaths.networkMap}>
                Netzwerkkarte
              </Link>{' '}
              – welche Organisationen zusammenarbeiten und wer fehlt, als Karte und als Tabelle, mit CSV und GraphML
            </li>
          </ul>
        </section>
      ) : null}

      <section className="app-section" aria-labelledby="model-heading">
        <h2 className="kern-heading-medium" id="model-heading">
          Geltendes Modell
        </h2>
        {state.isPending ? (
          <LoadingIndicator label="Organisationsmodell wird geladen …" />
        ) : state.isError ? (
          <ErrorAlert error={state.error} />
        ) : (
          <NetworkModelOverview state={state.data} today={today} />
        )}
      </section>

      {admin && state.data ? (
        <section className="app-section" aria-labelledby="model-manage-heading">
          <h2 className="kern-heading-medium" id="model-manage-heading">
            Modell und Mindeststellen festlegen
          </h2>
          <SetNetworkModelForm />
          <PositionMinimumsForm minimums={state.data.minimums} />
        </section>
      ) : null}

      <section className="app-section" aria-labelledby="check-heading">
        <h2 className="kern-heading-medium" id="check-heading">
          Prüfung zu einem Stichtag
        </h2>
        <NetworkCheckDateForm
          key={date}
          date={date}
          onSubmit={(next) =>
            setParams(
              (current) => {
                const updated = new URLSearchParams(current);
                if (next === today) updated.delete('datum');
                else updated.set('datum', next);
                return updated;
              },
              { replace: true },
            )
          }
        />
        <NetworkCheckResult date={date} spacePath={paths.socialSpace} />
      </section>
    </div>
  );
}

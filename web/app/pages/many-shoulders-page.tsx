import { Link, useSearchParams } from 'react-router';
import { todayIso } from '../../components/format/format-date';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { AnalysisChoice } from '../../features/network-analysis/components/analysis-choice';
import { ContributorsTable, OrganizationTypeTable, ShouldersSummary, WeightsNote } from '../../features/network-analysis/components/many-shoulders-view';
import { describePeriod, readPeriod, writePeriod, type Period } from '../../features/network-analysis/components/period';
import { WeightsForm } from '../../features/network-analysis/components/weights-form';
import { useAnalysisSpaces, useManyShoulders, useMySpaces, useWeights } from '../../features/network-analysis/hooks/use-network-analysis';
import { networkAnalysisPaths } from '../../features/network-analysis/network-analysis-paths';
import { contributionWeightRoles, networkAnalysisStaffRoles, spaceManagerRoles } from '../roles';

/**
 * Viele Schultern: who carried the network work of a space in a period – per person for the staff, by organisation
 * type and as concentration figures for everyone who may read it (the committee sees no names). Admins set the weights.
 */
export function ManyShouldersPage() {
  const { data: account } = useMe();
  const staff = hasAnyRole(account, networkAnalysisStaffRoles);
  const manager = hasAnyRole(account, spaceManagerRoles);
  const weightsEditor = hasAnyRole(account, contributionWeightRoles);
  const [params, setParams] = useSearchParams();
  const today = todayIso();
  const period = readPeriod(params, today);
  const spaces = useAnalysisSpaces();
  const mine = useMySpaces(staff && !manager);
  const spaceList = spaces.data ?? [];
  const preferred = spaceList.find((s) => mine.data?.spaceIds.includes(s.id)) ?? spaceList[0];
  const space = spaceList.find((s) => s.id === params.get('spaceId')) ?? preferred;
  const waitingForMine = staff && !manager && mine.isPending && !params.get('spaceId');
  const key = space && !waitingForMine ? { spaceId: space.id, from: period.from, to: period.to } : null;
  const figures = useManyShoulders(key);
  const weights = useWeights();
  const f = figures.data && key && figures.data.spaceId === key.spaceId ? figures.data : null;

  const setSpace = (spaceId: string) =>
    setParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.set('spaceId', spaceId);
        return next;
      },
      { replace: true },
    );
  const setPeriod = (next: Period) =>
    setParams(
      (current) => {
        const updated = writePeriod(current, next);
        if (space && !updated.get('spaceId')) updated.set('spaceId', space.id);
        return updated;
      },
      { replace: true },
    );

  return (
    <div className="app-stack">
      <PageHeading
        title={space ? `Viele Schultern: ${space.name}` : 'Viele Schultern'}
        preline="Netzwerk"
        lead="Wer die Netzwerkarbeit eines Sozialraums trägt: organisierte Netzwerktreffen, eingebrachte Tagesordnungspunkte, erfasste Bedarfe und mitgetragene Projekte – und ob sie auf vielen Schultern ruht."
      />
      {spaces.isPending ? (
        <LoadingIndicator label="Sozialräume werden geladen …" />
      ) : spaces.isError ? (
        <ErrorAlert error={spaces.error} />
      ) : !space ? (
        <p className="kern-body">Es sind noch keine Sozialräume angelegt.</p>
      ) : (
        <>
          <AnalysisChoice
            key={`${period.preset}-${period.from}-${period.to}`}
            idPrefix="shoulders"
            label="Sozialraum und Zeitraum wählen"
            spaces={spaceList}
            spaceId={space.id}
            period={period}
            onSpace={setSpace}
            onPeriod={setPeriod}
          />
          <p className="kern-body" role="status">
            Zeitraum: {describePeriod(period)}
          </p>
          {figures.isError ? (
            <ErrorAlert error={figures.error} />
          ) : !f ? (
            <LoadingIndicator label="Zahlen werden berechnet …" />
          ) : (
            <>
              <section className="app-section" aria-labelledby="shoulders-summary-heading">
                <h2 className="kern-heading-medium" id="shoulders-summary-heading">
                  Auf einen Blick
                </h2>
                <ShouldersSummary figures={f} />
              </section>
              <section className="app-section" aria-labelledby="shoulders-people-heading">
                <h2 className="kern-heading-medium" id="shoulders-people-heading">
                  Je Person
                </h2>
                {f.contributors.length > 0 ? (
                  <>
                    <p className="kern-body">Alle, die im Zeitraum zum Team des Sozialraums gehörten – auch wer nichts beigetragen hat.</p>
                    <ContributorsTable figures={f} caption={`Beiträge zur Netzwerkarbeit je Person, ${space.name}, ${describePeriod(f)}`} />
                  </>
                ) : staff ? (
                  <p className="kern-body">Im gewählten Zeitraum gehörte niemand zum Team dieses Sozialraums.</p>
                ) : (
                  <p className="kern-body">Die Zahlen je Person sehen die Leitung und das Team des Sozialraums. Hier stehen sie zusammengefasst, ohne Namen.</p>
                )}
              </section>
              <section className="app-section" aria-labelledby="shoulders-types-heading">
                <h2 className="kern-heading-medium" id="shoulders-types-heading">
                  Je Organisationsart
                </h2>
                <OrganizationTypeTable figures={f} caption={`Beiträge zur Netzwerkarbeit je Organisationsart, ${space.name}, ${describePeriod(f)}`} />
              </section>
              <section className="app-section" aria-labelledby="shoulders-weights-heading">
                <h2 className="kern-heading-medium" id="shoulders-weights-heading">
                  Gewichte
                </h2>
                <WeightsNote figures={f} />
                {weightsEditor ? weights.data ? <WeightsForm weights={weights.data} /> : weights.isError ? <ErrorAlert error={weights.error} /> : null : null}
              </section>
            </>
          )}
          <p className="kern-body">
            <Link className="kern-link" to={`${networkAnalysisPaths.networkMap}?${writePeriod(new URLSearchParams({ spaceId: space.id }), period).toString()}`}>
              Netzwerkkarte dieses Sozialraums
            </Link>
          </p>
        </>
      )}
    </div>
  );
}

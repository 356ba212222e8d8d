import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { Alert, ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { ConsultationSettings } from '../../features/case-consultations/components/consultation-settings';
import {
  ConsultationFilters,
  ConsultationsFigures,
  consultationsSearch,
  ConsultationTable,
  readConsultationsFilter,
  type ConsultationsFilter,
} from '../../features/case-consultations/components/consultation-views';
import { consultationPaths } from '../../features/case-consultations/consultation-paths';
import { useConsultations, useConsultationSpaces, useConsultationsSummary } from '../../features/case-consultations/hooks/use-consultations';
import { consultationSettingsRoles, consultationStaffRoles } from '../roles';
import { NetworkWorkTabs } from './network-work-tabs';

function deletedNote(state: unknown): boolean {
  return Boolean(state && typeof state === 'object' && (state as Record<string, unknown>).deletedConsultation === true);
}

/**
 * Kollegiale Beratung: the staff see the consultations of their spaces with the missing roles; the committee sees
 * the figures only (counts, no notes, no people). Filters live in the address.
 */
export function ConsultationsPage() {
  const { data: account } = useMe();
  const staff = hasAnyRole(account, consultationStaffRoles);
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const deleted = deletedNote(useLocation().state);
  const filter = readConsultationsFilter(params);
  const query = { spaceId: filter.spaceId || undefined, from: filter.from || undefined, to: filter.to || undefined };
  const list = useConsultations(query, { enabled: staff });
  const summary = useConsultationsSummary(query);
  const spaces = useConsultationSpaces();
  const spaceNames = new Map((spaces.data ?? []).map((s) => [s.id, s.name]));
  const change = (next: Partial<ConsultationsFilter>) => void navigate({ search: consultationsSearch({ ...filter, ...next }) }, { replace: true });

  return (
    <div className="app-stack">
      <PageHeading
        title="Kollegiale Beratung"
        lead="ASD, freie Träger, Fachbereichsleitung und Jugendarbeit beraten Fälle gemeinsam. Fälle werden gezählt, nie benannt; fehlt eine benötigte Rolle, ist die Beratung markiert."
      />
      {staff ? <NetworkWorkTabs /> : null}
      {deleted ? <Alert tone="success" title="Die Beratung wurde gelöscht." /> : null}
      {staff ? (
        <div>
          <ButtonLink to={filter.spaceId ? `${consultationPaths.newConsultation}?spaceId=${encodeURIComponent(filter.spaceId)}` : consultationPaths.newConsultation}>
            Neue Beratung
          </ButtonLink>
        </div>
      ) : null}
      <ConsultationFilters filter={filter} spaces={spaces.data ?? []} onChange={change} />

      <section className="app-section" aria-labelledby="consultations-figures-heading">
        <h2 className="kern-heading-medium" id="consultations-figures-heading">
          Zahlen
        </h2>
        {summary.isPending ? <LoadingIndicator label="Zahlen werden geladen …" /> : summary.isError ? <ErrorAlert error={summary.error} /> : <ConsultationsFigures summary={summary.data} />}
      </section>

      {staff ? (
        <section className="app-section" aria-labelledby="consultations-list-heading">
          <h2 className="kern-heading-medium" id="consultations-list-heading">
            Beratungen
          </h2>
          {list.isPending ? (
            <LoadingIndicator label="Beratungen werden geladen …" />
          ) : list.isError ? (
            <ErrorAlert error={list.error} />
          ) : list.data.length === 0 ? (
            <p className="kern-body app-muted">Keine Beratungen zu diesen Filtern.</p>
          ) : (
            <>
              <p className="kern-body" role="status">
                {list.data.length === 1 ? '1 Beratung' : `${list.data.length} Beratungen`}
              </p>
              <ConsultationTable consultations={list.data} spaceNames={spaceNames} />
            </>
          )}
        </section>
      ) : (
        <p className="kern-body app-muted">Einzelne Beratungen, Teilnehmende und Notizen sehen nur die Teams der Sozialräume.</p>
      )}

      {hasAnyRole(account, consultationSettingsRoles) ? (
        <section className="app-section" aria-labelledby="consultations-settings-heading">
          <h2 className="kern-heading-medium" id="consultations-settings-heading">
            Benötigte Rollen
          </h2>
          <ConsultationSettings />
        </section>
      ) : null}
    </div>
  );
}

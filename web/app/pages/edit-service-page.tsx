import { Link, useNavigate, useParams } from 'react-router';
import { isApiError } from '../../components/api/api-error';
import { formatDay } from '../../components/format/format-date';
import { ErrorAlert } from '../../components/ui/alert';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, isAdmin, useMe } from '../../features/accounts/hooks/use-me';
import { EditDeleteService } from '../../features/services/components/edit-delete-service';
import { EditServiceForm } from '../../features/services/components/edit-service-form';
import { VerifyServiceButton } from '../../features/services/components/edit-verify-service-button';
import { useServiceForEditing } from '../../features/services/hooks/use-services-admin';
import { paths } from '../paths';
import { serviceManagerRoles } from '../roles';

export function EditServicePage() {
  const { id = '' } = useParams();
  const service = useServiceForEditing(id);
  const { data: account } = useMe();
  const navigate = useNavigate();
  const manager = hasAnyRole(account, serviceManagerRoles);
  // A provider editor keeps the offer with their own organisation (the server refuses a move anyway).
  const providerOnly = !manager && hasAnyRole(account, ['provider_editor']) && !hasAnyRole(account, ['team_member']);
  const missing = isApiError(service.error) && (service.error.code === 'NOT_FOUND' || service.error.code === 'INVALID_INPUT');
  const s = service.data;

  return (
    <div className="app-stack">
      <PageHeading
        title={s ? `${s.name} bearbeiten` : missing ? 'Angebot nicht gefunden' : 'Angebot bearbeiten'}
        preline={s ? s.organization.name : 'Angebote'}
        documentTitle={s ? `${s.name} bearbeiten` : undefined}
      />
      {service.isPending ? (
        <LoadingIndicator label="Angebot wird geladen …" />
      ) : missing ? (
        <p className="kern-body">Unter dieser Adresse gibt es kein Angebot.</p>
      ) : service.isError ? (
        <ErrorAlert error={service.error} />
      ) : s && !s.canEdit ? (
        <>
          <p className="kern-body">
            Dieses Angebot dürfen Sie nicht bearbeiten: Träger-Redaktionen bearbeiten die Angebote ihrer eigenen Organisation,
            Sozialraumteams die Angebote in ihren Sozialräumen.
          </p>
          <div>
            <ButtonLink to={paths.service(s.id)} variant="secondary">
              Zum Angebot
            </ButtonLink>
          </div>
        </>
      ) : s ? (
        <>
          <p className="kern-body">
            <Link className="kern-link" to={paths.service(s.id)}>
              Zur öffentlichen Seite des Angebots
            </Link>
          </p>
          <section className="app-section" aria-labelledby="verify-heading">
            <h2 className="kern-heading-medium" id="verify-heading">
              Prüfung
            </h2>
            <p className="kern-body">
              Zuletzt geprüft: {s.assuredDate ? formatDay(s.assuredDate) : 'noch nie'}
              {s.stale ? ' – die Prüfung ist fällig.' : '.'} Stimmen alle Angaben noch, bestätigen Sie das Angebot; Änderungen
              speichern Sie unten.
            </p>
            <VerifyServiceButton serviceId={s.id} />
          </section>
          <EditServiceForm
            key={s.id}
            service={s}
            fixedOrganizationId={providerOnly ? s.organization.id : null}
            onSaved={(saved) => navigate(paths.service(saved.id), { state: { saved: saved.name } })}
            onCancel={() => navigate(paths.service(s.id))}
          />
          {manager ? (
            <section className="app-section" aria-labelledby="delete-heading">
              <h2 className="kern-heading-medium" id="delete-heading">
                Löschen
              </h2>
              <EditDeleteService service={s} onDeleted={(deleted) => navigate(paths.manageServices, { state: { deleted: deleted.name } })} />
              {isAdmin(account) ? (
                <p className="kern-body">
                  <Link className="kern-link" to={paths.auditOf('service', s.id)}>
                    Änderungen an diesem Angebot im Protokoll
                  </Link>
                </p>
              ) : null}
            </section>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

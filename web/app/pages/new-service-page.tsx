import { Link, useNavigate } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { EditServiceForm } from '../../features/services/components/edit-service-form';
import { paths } from '../paths';
import { serviceManagerRoles } from '../roles';

export function NewServicePage() {
  const { data: account } = useMe();
  const navigate = useNavigate();
  // A provider editor adds offers of their own organisation only (the server checks it again).
  const providerOnly = Boolean(account) && !hasAnyRole(account, serviceManagerRoles) && hasAnyRole(account, ['provider_editor']) && !hasAnyRole(account, ['team_member']);
  const ownOrganization = account?.user.organizationId ?? null;
  return (
    <div className="app-stack">
      <PageHeading
        title="Neues Angebot"
        preline="Angebote"
        lead="Eine Gruppe, ein Kurs, eine Beratung oder ein Vereinsangebot. Alle Angaben erscheinen öffentlich auf der Angebotslandkarte."
      />
      <p className="kern-body">
        <Link className="kern-link" to={paths.manageServices}>
          Zur Liste der Angebote
        </Link>
      </p>
      {providerOnly && !ownOrganization ? (
        <Alert tone="warning" title="Keine Organisation zugeordnet">
          <p className="kern-body">
            Ihr Konto gehört noch zu keiner Organisation. Bitte wenden Sie sich an die Administration Ihres Jugendamts.
          </p>
        </Alert>
      ) : (
        <EditServiceForm
          fixedOrganizationId={providerOnly ? ownOrganization : null}
          onSaved={(service) => navigate(paths.service(service.id), { state: { saved: service.name } })}
          onCancel={() => navigate(paths.manageServices)}
        />
      )}
    </div>
  );
}

import { Link, useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { ButtonLink, ButtonRow } from '../../components/ui/button';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, isAdmin, useMe } from '../../features/accounts/hooks/use-me';
import { EditServicesTable } from '../../features/services/components/edit-services-table';
import { paths } from '../paths';
import { serviceManagerRoles } from '../roles';

function deletedName(state: unknown): string | null {
  const name = state && typeof state === 'object' ? (state as Record<string, unknown>).deleted : undefined;
  return typeof name === 'string' ? name : null;
}

export function ManageServicesPage() {
  const { data: account } = useMe();
  const deleted = deletedName(useLocation().state);
  const manager = hasAnyRole(account, serviceManagerRoles);
  const providerOnly = !manager && hasAnyRole(account, ['provider_editor']) && !hasAnyRole(account, ['team_member']);
  const ownOrganization = providerOnly ? (account?.user.organizationId ?? null) : null;
  return (
    <div className="app-stack">
      <PageHeading
        title="Angebote verwalten"
        preline="Angebote"
        lead={
          providerOnly
            ? 'Die Angebote Ihrer Organisation, in jedem Status.'
            : manager
              ? 'Alle Angebote des Jugendamts, in jedem Status. Filter stehen in der Adresse und lassen sich teilen.'
              : 'Die Angebote des Jugendamts, in jedem Status. Bearbeiten können Sie die Angebote in Ihren Sozialräumen.'
        }
      />
      {deleted ? <Alert tone="success" title={`Angebot „${deleted}“ gelöscht`} /> : null}
      <ButtonRow>
        <ButtonLink to={paths.newService}>Neues Angebot</ButtonLink>
        <ButtonLink to={paths.staleServices} variant="secondary">
          Nicht mehr geprüfte Angebote
        </ButtonLink>
      </ButtonRow>
      {isAdmin(account) ? (
        <ul className="app-inline-list">
          <li>
            <Link className="kern-link" to={paths.topics}>
              Themen und Prüfintervall
            </Link>
          </li>
          <li>
            <Link className="kern-link" to={paths.servicesImport}>
              Import und Export
            </Link>
          </li>
        </ul>
      ) : null}
      <EditServicesTable fixedOrganizationId={ownOrganization} servicePath={paths.service} editPath={paths.editService} />
    </div>
  );
}

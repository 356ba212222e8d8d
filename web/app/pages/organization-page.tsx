import { Link, useNavigate, useParams } from 'react-router';
import type { Organization } from '../../../common/api/network';
import { isApiError } from '../../components/api/api-error';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { ManageOrganization } from '../../features/network/components/manage-organization';
import { OrganizationDetails } from '../../features/network/components/organization-details';
import { useOrganization } from '../../features/network/hooks/use-organizations';
import { usePublicOffices } from '../../features/offices/hooks/use-offices';
import { useSocialSpaces } from '../../features/social-spaces/hooks/use-social-spaces';
import { paths } from '../paths';
import { networkManagerRoles } from '../roles';

export function OrganizationPage() {
  const { id = '' } = useParams();
  const organization = useOrganization(id);
  const { data: account } = useMe();
  const navigate = useNavigate();
  const offices = usePublicOffices({ enabled: !account });
  const office = account ? account.office : offices.data?.[0];
  const spaces = useSocialSpaces(office?.code, { enabled: Boolean(office) });
  const isManager = hasAnyRole(account, networkManagerRoles);
  // A provider editor edits their own organisation (the server checks it again); deleting stays with managers.
  const canEdit = isManager || (Boolean(account?.user.organizationId) && account?.user.organizationId === id);
  // A malformed id is answered with INVALID_INPUT; for the reader both mean "there is no such organisation".
  const missing =
    isApiError(organization.error) && (organization.error.code === 'NOT_FOUND' || organization.error.code === 'INVALID_INPUT');
  const o = organization.data;
  const onDeleted = (deleted: Organization) => navigate(paths.organizations, { state: { deleted: deleted.name } });

  const workingIn = o ? (spaces.data ?? []).filter((s) => o.spaceIds.includes(s.id)) : [];
  const spaceLinks =
    o && o.spaceIds.length === 0 ? (
      'keine'
    ) : !spaces.data ? (
      'werden geladen …'
    ) : (
      <ul className="app-inline-list">
        {workingIn.map((s) => (
          <li key={s.id}>
            <Link className="kern-link" to={paths.socialSpace(s.id)}>
              {s.name}
            </Link>
          </li>
        ))}
      </ul>
    );

  return (
    <div className="app-stack">
      {/* One heading element in every state, so that focus placed on it survives the loading. */}
      <PageHeading
        title={o ? o.name : missing ? 'Organisation nicht gefunden' : 'Organisation'}
        preline={o ? o.typeLabel : undefined}
        documentTitle={o ? `Organisation ${o.name}` : undefined}
      />
      {organization.isPending ? (
        <LoadingIndicator label="Organisation wird geladen …" />
      ) : missing ? (
        <p className="kern-body">Unter dieser Adresse gibt es keine Organisation.</p>
      ) : organization.isError ? (
        <ErrorAlert error={organization.error} />
      ) : o ? (
        <>
          <section className="app-section" aria-labelledby="organization-details-heading">
            <h2 className="kern-heading-medium" id="organization-details-heading">
              Angaben
            </h2>
            <OrganizationDetails organization={o} organizationPath={paths.organization} spaces={spaceLinks} />
          </section>
          {canEdit ? (
            <section className="app-section" aria-labelledby="organization-manage-heading">
              <h2 className="kern-heading-medium" id="organization-manage-heading">
                Verwaltung
              </h2>
              <ManageOrganization
                organization={o}
                spaces={(spaces.data ?? []).map((s) => ({ value: s.id, label: s.name }))}
                onDeleted={onDeleted}
                canDelete={isManager}
              />
              {hasAnyRole(account, ['admin']) ? (
                <p className="kern-body">
                  <Link className="kern-link" to={paths.auditOf('organization', o.id)}>
                    Änderungen an dieser Organisation im Protokoll
                  </Link>
                </p>
              ) : null}
            </section>
          ) : null}
        </>
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to={paths.organizations}>
          Alle Organisationen
        </Link>
      </p>
    </div>
  );
}

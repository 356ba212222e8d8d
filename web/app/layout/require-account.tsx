import { Navigate, Outlet, useLocation } from 'react-router';
import type { AccountRole } from '../../../common/roles';
import { accountRoleLabels } from '../../../common/roles';
import { ButtonLink } from '../../components/ui/button';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { hasAnyRole, useMe } from '../../features/accounts/hooks/use-me';
import { paths } from '../paths';

/** Guards the pages below it: signed-out visitors go to Anmelden (and come back), others need one of the roles. */
export function RequireAccount({ role }: { role?: AccountRole | readonly AccountRole[] }) {
  const me = useMe();
  const location = useLocation();
  if (me.isPending) return <LoadingIndicator />;
  if (!me.data) {
    return <Navigate to={paths.signIn} replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  const roles: readonly AccountRole[] = role === undefined ? [] : typeof role === 'string' ? [role] : role;
  if (roles.length > 0 && !hasAnyRole(me.data, roles)) {
    return (
      <div className="app-stack">
        <PageHeading title="Keine Berechtigung" />
        <p className="kern-body">
          Diese Seite ist Konten mit der Rolle {roles.map((r) => accountRoleLabels[r]).join(' oder ')} vorbehalten. Wenn Sie Zugriff brauchen, wenden
          Sie sich bitte an die Administration Ihres Jugendamts.
        </p>
        <div>
          <ButtonLink to={paths.start} variant="secondary">
            Zur Startseite
          </ButtonLink>
        </div>
      </div>
    );
  }
  return <Outlet />;
}

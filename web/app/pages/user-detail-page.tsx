import { Link, useParams } from 'react-router';
import { isApiError } from '../../components/api/api-error';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { EditUserForm } from '../../features/accounts/components/edit-user-form';
import { UserAccess } from '../../features/accounts/components/user-access';
import { UserSummary } from '../../features/accounts/components/user-summary';
import { useMe } from '../../features/accounts/hooks/use-me';
import { useUser } from '../../features/accounts/hooks/use-users';
import { paths } from '../paths';

export function UserDetailPage() {
  const { id = '' } = useParams();
  const user = useUser(id);
  const { data: account } = useMe();
  // A malformed id is answered with INVALID_INPUT; for the reader both mean "there is no such account".
  const missing = isApiError(user.error) && (user.error.code === 'NOT_FOUND' || user.error.code === 'INVALID_INPUT');
  const u = user.data;

  return (
    <div className="app-stack">
      {/* One heading element in every state, so that focus placed on it survives the loading. */}
      <PageHeading
        title={u ? u.displayName : missing ? 'Konto nicht gefunden' : 'Konto'}
        preline={u ? 'Konto' : 'Verwaltung'}
        documentTitle={u ? `Konto ${u.displayName}` : missing ? 'Konto nicht gefunden' : 'Konto'}
      />
      {user.isPending ? (
        <LoadingIndicator label="Konto wird geladen …" />
      ) : missing ? (
        <p className="kern-body">Unter dieser Adresse gibt es kein Konto Ihres Jugendamts.</p>
      ) : user.isError ? (
        <ErrorAlert error={user.error} />
      ) : u ? (
        <>
          <UserSummary user={u} />
          <section className="app-section app-narrow">
            <EditUserForm key={u.id} user={u} />
          </section>
          <UserAccess user={u} isSelf={account?.user.id === u.id} ownAccountPath={paths.myAccount} />
          <section className="app-section" aria-labelledby="history-heading">
            <h2 className="kern-heading-medium" id="history-heading">
              Verlauf
            </h2>
            <p className="kern-body">
              <Link className="kern-link" to={paths.auditOf('user', u.id)}>
                Änderungen an diesem Konto im Protokoll
              </Link>
            </p>
          </section>
        </>
      ) : null}
      <p className="kern-body">
        <Link className="kern-link" to={paths.users}>
          Zurück zur Kontenliste
        </Link>
      </p>
    </div>
  );
}

import { Link } from 'react-router';
import type { User } from '../../../../common/api/accounts';
import { Alert, ErrorAlert } from '../../../components/ui/alert';
import { Button } from '../../../components/ui/button';
import { useResetUserPassword, useUpdateUser } from '../hooks/use-users';
import { GeneratedPassword } from './generated-password';

type UserAccessProps = { user: User; isSelf: boolean; ownAccountPath: string };

/** Deactivating, reactivating and a new password: what decides whether someone can sign in. */
export function UserAccess({ user, isSelf, ownAccountPath }: UserAccessProps) {
  const update = useUpdateUser(user.id);
  const reset = useResetUserPassword(user.id);

  return (
    <>
      <section className="app-section" aria-labelledby="access-heading">
        <h2 className="kern-heading-medium" id="access-heading">
          Zugang
        </h2>
        {update.isSuccess ? (
          <Alert tone="success" title={update.data.active ? 'Konto reaktiviert' : 'Konto deaktiviert'}>
            <p className="kern-body">
              {update.data.active
                ? 'Die Person kann sich wieder anmelden.'
                : 'Die Person kann sich nicht mehr anmelden; laufende Sitzungen wurden beendet.'}
            </p>
          </Alert>
        ) : null}
        {isSelf ? (
          <p className="kern-body">Ihr eigenes Konto kann nur eine andere Person mit der Rolle Administration deaktivieren.</p>
        ) : (
          <>
            <p className="kern-body">
              {user.active
                ? 'Ein deaktiviertes Konto bleibt mit seinem Protokoll erhalten, kann sich aber nicht mehr anmelden.'
                : 'Dieses Konto ist deaktiviert. Nach dem Reaktivieren kann sich die Person wieder anmelden.'}
            </p>
            {update.error ? <ErrorAlert error={update.error} id="access-error" /> : null}
            <div>
              <Button
                variant="secondary"
                busy={update.isPending}
                aria-describedby={update.error ? 'access-error' : undefined}
                onClick={() => update.mutate({ active: !user.active })}
              >
                {user.active ? 'Konto deaktivieren' : 'Konto reaktivieren'}
              </Button>
            </div>
          </>
        )}
      </section>

      <section className="app-section" aria-labelledby="reset-heading">
        <h2 className="kern-heading-medium" id="reset-heading">
          Passwort
        </h2>
        {isSelf ? (
          <p className="kern-body">
            Ihr eigenes Passwort ändern Sie unter{' '}
            <Link className="kern-link" to={ownAccountPath}>
              Mein Konto
            </Link>
            .
          </p>
        ) : (
          <>
            <p className="kern-body">
              Hat die Person ihr Passwort vergessen, erzeugen Sie ein neues. Das bisherige Passwort gilt dann nicht mehr
              und laufende Sitzungen werden beendet.
            </p>
            {reset.error ? <ErrorAlert error={reset.error} /> : null}
            {reset.data ? (
              <GeneratedPassword id="reset-password-value" password={reset.data.generatedPassword} accountLabel={user.email} />
            ) : null}
            <div>
              <Button variant="secondary" busy={reset.isPending} onClick={() => reset.mutate()}>
                Neues Passwort erzeugen
              </Button>
            </div>
          </>
        )}
      </section>
    </>
  );
}

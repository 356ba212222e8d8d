import { Navigate, useLocation } from 'react-router';
import { Alert } from '../../components/ui/alert';
import { PageHeading } from '../../components/ui/page-heading';
import { SignInForm } from '../../features/accounts/components/sign-in-form';
import { useMe } from '../../features/accounts/hooks/use-me';
import { paths } from '../paths';

type SignInState = { from: string | null; signedOut: boolean };

function readState(state: unknown): SignInState {
  if (!state || typeof state !== 'object') return { from: null, signedOut: false };
  const record = state as Record<string, unknown>;
  // Only our own pages: a path, not "//elsewhere", and not this page again.
  const target = typeof record.from === 'string' ? record.from : '';
  const from = target.startsWith('/') && !target.startsWith('//') && !target.startsWith(paths.signIn) ? target : null;
  return { from, signedOut: record.signedOut === true };
}

export function SignInPage() {
  const { data: account } = useMe();
  const location = useLocation();
  const { from, signedOut } = readState(location.state);

  // Signed in (just now or already): on to the page asked for, or Start.
  if (account) return <Navigate to={from ?? paths.start} replace />;

  return (
    <div className="app-stack app-narrow">
      <PageHeading title="Anmelden" />
      {signedOut ? <Alert tone="success" title="Sie haben sich abgemeldet." /> : null}
      {from && !signedOut ? (
        <Alert tone="info" title="Bitte melden Sie sich an">
          <p className="kern-body">Die gewünschte Seite ist nur mit Anmeldung erreichbar. Danach geht es dort weiter.</p>
        </Alert>
      ) : null}
      <SignInForm />
      <p className="kern-body kern-body--small app-muted">
        Sie testen eine Demo-Installation? Die Demo-Zugänge stehen in der README des Projekts.
      </p>
    </div>
  );
}

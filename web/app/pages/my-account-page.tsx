import { PageHeading } from '../../components/ui/page-heading';
import { AccountDetails } from '../../features/accounts/components/account-details';
import { ChangePasswordForm } from '../../features/accounts/components/change-password-form';
import { useMe } from '../../features/accounts/hooks/use-me';

export function MyAccountPage() {
  const { data: account } = useMe();
  // The guard only renders this page when signed in.
  if (!account) return null;
  return (
    <div className="app-stack">
      <PageHeading title="Mein Konto" />
      <section className="app-section" aria-labelledby="account-heading">
        <h2 className="kern-heading-medium" id="account-heading">
          Angaben zum Konto
        </h2>
        <AccountDetails account={account} />
        <p className="kern-body kern-body--small app-muted">
          Name, E-Mail-Adresse und Rollen ändert die Administration Ihres Jugendamts.
        </p>
      </section>
      <section className="app-section app-narrow">
        <ChangePasswordForm />
      </section>
    </div>
  );
}

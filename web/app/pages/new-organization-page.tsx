import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../features/accounts/hooks/use-me';
import { CreateOrganizationForm } from '../../features/network/components/create-organization-form';
import { useSocialSpaces } from '../../features/social-spaces/hooks/use-social-spaces';
import { paths } from '../paths';

export function NewOrganizationPage() {
  const { data: account } = useMe();
  const spaces = useSocialSpaces(account?.office.code);
  return (
    <div className="app-stack">
      <PageHeading
        title="Neue Organisation"
        preline="Verwaltung"
        lead="Ein Träger, eine Einrichtung, ein Verein oder eine Schule, die in den Sozialräumen mitarbeitet. Alle Angaben sind öffentlich sichtbar."
      />
      <p className="kern-body">
        <Link className="kern-link" to={paths.organizations}>
          Zur Liste der Organisationen
        </Link>
      </p>
      {spaces.isPending ? (
        <LoadingIndicator label="Sozialräume werden geladen …" />
      ) : spaces.isError ? (
        <ErrorAlert error={spaces.error} />
      ) : (
        <CreateOrganizationForm organizationPath={paths.organization} spaces={spaces.data.map((s) => ({ value: s.id, label: s.name }))} />
      )}
    </div>
  );
}

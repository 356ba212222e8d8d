import { Link } from 'react-router';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { isAdmin, useMe } from '../../features/accounts/hooks/use-me';
import { OfficeRegionForm } from '../../features/offices/components/office-region-form';
import { describeRegion } from '../../features/offices/components/region-text';
import { useOfficeSettings } from '../../features/offices/hooks/use-offices';
import { CreateSpaceForm } from '../../features/social-spaces/components/create-space-form';
import { ImportSpacesForm } from '../../features/social-spaces/components/import-spaces-form';
import { paths } from '../paths';

export function ManageSocialSpacesPage() {
  const { data: account } = useMe();
  const admin = isAdmin(account);
  const settings = useOfficeSettings();

  // Boundaries outside the office's region are refused; saying so up front saves a failed import.
  const regionNote = settings.data ? (
    <>
      Alle Grenzen müssen in der Region des Jugendamts liegen: {describeRegion(settings.data)}.
      {admin ? (
        <>
          {' '}
          <a className="kern-link" href="#region-heading">
            Region ändern
          </a>
        </>
      ) : null}
    </>
  ) : null;

  return (
    <div className="app-stack">
      <PageHeading
        title="Sozialräume verwalten"
        preline="Verwaltung"
        lead="Sozialräume einzeln anlegen oder die Grenzen aus einer GeoJSON-Datei übernehmen."
      />
      <p className="kern-body">
        <Link className="kern-link" to={paths.socialSpaces}>
          Zur Karte und Liste der Sozialräume
        </Link>
      </p>
      <section className="app-section">
        <CreateSpaceForm spacePath={paths.socialSpace} regionNote={regionNote} />
      </section>
      <section className="app-section">
        <ImportSpacesForm regionNote={regionNote} />
      </section>
      {admin ? (
        <section className="app-section app-narrow">
          {settings.isPending ? (
            <LoadingIndicator label="Region wird geladen …" />
          ) : settings.isError ? (
            <ErrorAlert error={settings.error} />
          ) : (
            <OfficeRegionForm key={settings.data.id} settings={settings.data} />
          )}
        </section>
      ) : null}
    </div>
  );
}

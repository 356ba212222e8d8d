import { PageHeading } from '../../components/ui/page-heading';
import { ErrorAlert } from '../../components/ui/alert';
import { useMe } from '../../features/accounts/hooks/use-me';
import { usePublicOffices } from '../../features/offices/hooks/use-offices';
import { LanguageSwitch } from '../../features/services/components/language-switch';
import { ServiceFinder } from '../../features/services/components/service-finder';
import { useServicesLanguage } from '../../features/services/hooks/use-services-language';
import { useSocialSpaces } from '../../features/social-spaces/hooks/use-social-spaces';
import { paths } from '../paths';

/** The Angebotslandkarte, public: families, young people and staff find offers on a map and in a list. */
export function ServicesPage() {
  const { t } = useServicesLanguage();
  const { data: account } = useMe();
  // Signed in: the user's own office. Otherwise the first office of the installation (usually the only one).
  const offices = usePublicOffices({ enabled: !account });
  const publicOffice = offices.data?.[0];
  const officeCode = account ? account.office.code : publicOffice?.code;
  const ready = Boolean(officeCode);
  const spaces = useSocialSpaces(officeCode, { enabled: ready });

  return (
    <div className="app-stack app-services-page">
      <div className="app-services-page__top">
        <LanguageSwitch t={t} />
        <PageHeading title={t.pageTitle} documentTitle={t.documentTitle} lead={t.lead} />
      </div>
      {offices.error ? (
        <ErrorAlert error={offices.error} />
      ) : offices.data && offices.data.length === 0 && !account ? (
        <p className="kern-body">In dieser Installation ist noch kein Jugendamt eingerichtet.</p>
      ) : (
        <ServiceFinder
          office={account ? undefined : publicOffice?.code}
          enabled={ready}
          spaces={spaces.data ?? []}
          region={publicOffice?.region}
          showStatus={Boolean(account)}
          detailPath={paths.service}
        />
      )}
    </div>
  );
}

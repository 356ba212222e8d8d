import { Link, useLocation, useParams } from 'react-router';
import { isApiError } from '../../components/api/api-error';
import { ErrorAlert } from '../../components/ui/alert';
import { LoadingIndicator } from '../../components/ui/loading-indicator';
import { PageHeading } from '../../components/ui/page-heading';
import { useMe } from '../../features/accounts/hooks/use-me';
import { usePublicOffices } from '../../features/offices/hooks/use-offices';
import { LanguageSwitch } from '../../features/services/components/language-switch';
import { ServiceDetailView } from '../../features/services/components/service-detail';
import { useService } from '../../features/services/hooks/use-services';
import { useServicesLanguage } from '../../features/services/hooks/use-services-language';
import { useSocialSpaces } from '../../features/social-spaces/hooks/use-social-spaces';
import { paths } from '../paths';

/** The search the visitor came from (handed over by the list), in the language the page is in now. */
function searchBack(state: unknown, lang: 'de' | 'en'): string {
  const search = state && typeof state === 'object' ? (state as Record<string, unknown>).search : undefined;
  const params = new URLSearchParams(typeof search === 'string' ? search : '');
  if (lang === 'en') params.set('lang', 'en');
  else params.delete('lang');
  const text = params.toString();
  return text ? `${paths.services}?${text}` : paths.services;
}

/** One offer, public; with a print view, and "Bearbeiten" for those the server lets edit it. */
export function ServicePage() {
  const { id = '' } = useParams();
  const { lang, t } = useServicesLanguage();
  const location = useLocation();
  const service = useService(id);
  const { data: account } = useMe();
  const offices = usePublicOffices({ enabled: !account });
  const officeCode = account ? account.office.code : offices.data?.[0]?.code;
  const spaces = useSocialSpaces(officeCode, { enabled: Boolean(officeCode) });
  // A malformed id is answered with INVALID_INPUT; for the reader both mean "there is no such offer".
  const missing = isApiError(service.error) && (service.error.code === 'NOT_FOUND' || service.error.code === 'INVALID_INPUT');
  const s = service.data;
  const back = searchBack(location.state, lang);
  const cameFromSearch = back !== paths.services && back !== `${paths.services}?lang=en`;

  return (
    <div className="app-stack app-services-page">
      <div className="app-services-page__top">
        <LanguageSwitch t={t} />
        {/* One heading element in every state, so that focus placed on it survives the loading. The offer's name
            is the office's German text, also on the English page. */}
        <div lang={s && lang === 'en' ? 'de' : undefined}>
          <PageHeading
            title={s ? s.name : missing ? t.notFound : t.offer}
            preline={s ? s.organization.name : undefined}
            documentTitle={s ? s.name : undefined}
            lead={s?.alternateName ?? undefined}
          />
        </div>
      </div>
      <p className="kern-body app-no-print">
        <Link className="kern-link" to={back}>
          <span className="kern-icon kern-icon--arrow-back" aria-hidden="true" />
          {cameFromSearch ? t.backToSearch : t.allOffers}
        </Link>
      </p>
      {service.isPending ? (
        <LoadingIndicator label={t.loadingOne} />
      ) : missing ? (
        <p className="kern-body">{t.notFoundText}</p>
      ) : service.isError ? (
        <ErrorAlert error={service.error} />
      ) : s ? (
        <ServiceDetailView lang={lang} t={t} service={s} spaces={spaces.data ?? []} editPath={paths.editService(s.id)} />
      ) : null}
    </div>
  );
}

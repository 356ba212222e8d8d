import { Link, useLocation } from 'react-router';
import { keys } from '../hooks/service-query-string';
import type { Texts } from './texts';

/** A link to the same page in the other language; everything else in the address stays. */
export function LanguageSwitch({ t }: { t: Texts }) {
  const location = useLocation();
  const params = new URLSearchParams(location.search);
  if (t.switchToLang === 'en') params.set(keys.lang, 'en');
  else params.delete(keys.lang);
  const search = params.toString();
  return (
    <p className="kern-body app-language-switch app-no-print">
      <Link
        className="kern-link"
        to={{ pathname: location.pathname, search: search ? `?${search}` : '' }}
        state={location.state}
        replace
        preventScrollReset
        lang={t.switchToLang}
        hrefLang={t.switchToLang}
        aria-label={t.switchLabel}
      >
        <span className="kern-icon kern-icon--language" aria-hidden="true" />
        {t.switchTo}
      </Link>
    </p>
  );
}

import { Link, useLocation } from 'react-router';
import { publicFormLanguages, type PublicFormLanguage } from '../../../../common/need-terms';
import { publicNeedTexts } from './public-need-texts';

/** The query parameter of the form's language (German without it), as on the public offer pages. */
export const publicNeedLanguageKey = 'lang';

export function publicNeedLanguageOf(search: string): PublicFormLanguage {
  const value = new URLSearchParams(search).get(publicNeedLanguageKey);
  return publicFormLanguages.find((l) => l === value) ?? 'de';
}

/** Links to the same form in each language, every name in its own language (and script). */
export function PublicNeedLanguageSwitch({ language }: { language: PublicFormLanguage }) {
  const location = useLocation();
  const t = publicNeedTexts[language];
  const linkTo = (lang: PublicFormLanguage) => {
    const params = new URLSearchParams(location.search);
    if (lang === 'de') params.delete(publicNeedLanguageKey);
    else params.set(publicNeedLanguageKey, lang);
    const search = params.toString();
    return { pathname: location.pathname, search: search ? `?${search}` : '' };
  };
  return (
    <nav className="app-public-need__languages" aria-label={t.languageLabel}>
      <span className="kern-icon kern-icon--language" aria-hidden="true" />
      <ul className="app-public-need__language-list">
        {publicFormLanguages.map((lang) => (
          <li key={lang}>
            <Link
              className="app-public-need__language"
              to={linkTo(lang)}
              replace
              preventScrollReset
              lang={lang}
              hrefLang={lang}
              dir={publicNeedTexts[lang].dir}
              aria-current={lang === language ? 'true' : undefined}
            >
              {publicNeedTexts[lang].languageName}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}

import { useEffect } from 'react';
import { useSearchParams } from 'react-router';
import { texts, type Lang } from '../components/texts';
import { keys } from './service-query-string';

/** The language of the public offer pages: German, or English with `?lang=en` (kept in every link between them). */
export function useServicesLanguage() {
  const [params] = useSearchParams();
  const lang: Lang = params.get(keys.lang) === 'en' ? 'en' : 'de';
  // The whole document says which language it is in, for screen readers, hyphenation and translation tools.
  useEffect(() => {
    const root = document.documentElement;
    root.lang = lang;
    return () => {
      root.lang = 'de';
    };
  }, [lang]);
  /** A path of these pages in the current language. */
  const localPath = (path: string) => (lang === 'en' ? `${path}${path.includes('?') ? '&' : '?'}${keys.lang}=en` : path);
  return { lang, t: texts[lang], localPath };
}

import { useEffect } from 'react';
import { useLocation } from 'react-router';
import { PageHeading } from '../../components/ui/page-heading';
import { PublicNeedForm } from '../../features/needs/components/public-need-form';
import { PublicNeedLanguageSwitch, publicNeedLanguageOf } from '../../features/needs/components/public-need-language-switch';
import { publicNeedTexts } from '../../features/needs/components/public-need-texts';

/** „Was fehlt Ihnen in Ihrem Stadtteil?“ – public, no account: families tell the space's team what is missing. */
export function PublicNeedPage() {
  const { search } = useLocation();
  const language = publicNeedLanguageOf(search);
  const t = publicNeedTexts[language];
  // The document says which language it is in (screen readers, hyphenation, translation tools); header and footer
  // keep their own lang="de".
  useEffect(() => {
    const root = document.documentElement;
    root.lang = language;
    return () => {
      root.lang = 'de';
    };
  }, [language]);

  return (
    <div className="app-stack app-public-need" lang={language} dir={t.dir}>
      <PublicNeedLanguageSwitch language={language} />
      <PageHeading title={t.title} documentTitle={t.documentTitle} lead={t.lead} />
      <div className="kern-alert kern-alert--info app-alert">
        <div className="kern-alert__header">
          <span className="kern-icon kern-icon--info" aria-hidden="true" />
          <h2 className="kern-title">{t.privacyTitle}</h2>
        </div>
        <div className="kern-alert__body">
          <p className="kern-body">{t.privacyNote}</p>
        </div>
      </div>
      {/* No key: switching the language keeps what was typed. */}
      <PublicNeedForm language={language} />
    </div>
  );
}

import { useEffect, type ReactNode } from 'react';

const product = 'sozialraum';

/** Sets the browser tab title: "Konten – sozialraum". */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} – ${product}` : product;
  }, [title]);
}

type PageHeadingProps = {
  title: string;
  /** Shown above the heading in small letters, e.g. the section ("Verwaltung"). */
  preline?: string;
  lead?: ReactNode;
  /** Tab title when it should differ from the visible heading. */
  documentTitle?: string;
};

/** The one h1 of a page; it also sets the document title. */
export function PageHeading({ title, preline, lead, documentTitle }: PageHeadingProps) {
  useDocumentTitle(documentTitle ?? title);
  return (
    <div className="app-page-heading">
      <div className="kern-hgroup">
        {preline ? <p className="kern-preline">{preline}</p> : null}
        <h1 className="kern-heading-large" tabIndex={-1}>
          {title}
        </h1>
      </div>
      {lead ? <div className="kern-body kern-body--large app-lead">{lead}</div> : null}
    </div>
  );
}

import { Link } from 'react-router';
import type { Paper } from '../../../../common/api/committee-papers';
import { oparlPaperUrl, paperExportUrl, reportExportUrl, type PaperExportFormat, type ReportExportFormat } from '../api/committee-papers-api';

const paperFormats: { format: PaperExportFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'html', label: 'HTML' },
  { format: 'oparl', label: 'OParl (JSON)' },
];

const reportFormats: { format: ReportExportFormat; label: string }[] = [
  { format: 'pdf', label: 'PDF' },
  { format: 'docx', label: 'Word (DOCX)' },
  { format: 'html', label: 'HTML' },
  { format: 'json', label: 'JSON' },
];

type AttachmentProps = {
  paper: Paper;
  /** "Bericht zur Sozialraumorientierung 2025" from the content, when it is there. */
  title: string;
  /** The report page for the paper's year and space (the report feature owns that address). */
  reportHref: string;
};

/** Anlage: the full yearly report, to read in the browser or to download. */
export function PaperAttachment({ paper, title, reportHref }: AttachmentProps) {
  return (
    <div className="app-paper-downloads">
      <p className="kern-body">
        <Link className="kern-link" to={reportHref}>
          {title} im Browser ansehen
        </Link>
      </p>
      <ul className="app-inline-list" aria-label={`${title} herunterladen`}>
        {reportFormats.map((f) => (
          <li key={f.format}>
            <a className="kern-link" href={reportExportUrl(paper.year, paper.spaceId, f.format)} download>
              Bericht als {f.label}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** The paper itself as a file in every format, and its public OParl entry once published. */
export function PaperDownloads({ paper }: { paper: Paper }) {
  return (
    <div className="app-paper-downloads">
      <ul className="app-inline-list" aria-label={`Vorlage ${paper.reference} herunterladen`}>
        {paperFormats.map((f) => (
          <li key={f.format}>
            <a className="kern-link" href={paperExportUrl(paper.id, f.format)} download>
              Vorlage als {f.label}
            </a>
          </li>
        ))}
      </ul>
      {paper.publishedAt ? (
        <p className="kern-body">
          Öffentlich im Ratsinformationssystem (OParl 1.1):{' '}
          <a className="kern-link" href={oparlPaperUrl(paper.id)}>
            Vorlage {paper.reference} in OParl
          </a>
        </p>
      ) : (
        <p className="kern-body app-muted">Erst eine veröffentlichte Vorlage erscheint in der öffentlichen OParl-Schnittstelle.</p>
      )}
    </div>
  );
}

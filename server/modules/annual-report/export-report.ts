import type { AnnualReport } from '../../../common/api/annual-report';
import { contentTypes, type DocumentFormat, type RenderedFile } from '../../platform/documents/document';
import { renderDocument } from '../../platform/documents/render';
import { reportDocument } from './report-document';

export type ReportExportFormat = DocumentFormat | 'json';

/** "Bericht-Sozialraumorientierung-2025" or "…-2025-SR1": the file name without extension. */
export function reportFileBase(report: AnnualReport): string {
  const space = report.space ? `-${(report.space.code ?? report.space.name).replace(/[^\p{L}\p{N}]+/gu, '-')}` : '';
  return `Bericht-Sozialraumorientierung-${report.year}${space}`;
}

/**
 * The report as a file: HTML (standalone, with print styles), PDF, DOCX, or JSON (every figure). Pure: the report
 * is built first (in a short transaction), then rendered outside it. Every document format renders the same
 * `reportDocument`, so all show the same figures.
 */
export async function renderAnnualReport(report: AnnualReport, format: ReportExportFormat): Promise<RenderedFile> {
  if (format === 'json') {
    return { bytes: new TextEncoder().encode(`${JSON.stringify(report, null, 2)}\n`), contentType: contentTypes.json, fileName: `${reportFileBase(report)}.json` };
  }
  return renderDocument(reportDocument(report), format, reportFileBase(report));
}

import type { AnnualReport } from '../../../common/api/annual-report';
import type { Paper, PaperContent } from '../../../common/api/committee-papers';
import type { Ctx } from '../../platform/context';
import type { DocumentFormat, RenderedFile } from '../../platform/documents/document';
import { renderDocument } from '../../platform/documents/render';
import { buildAnnualReport, renderAnnualReport, reportDocument } from '../annual-report';
import { paperFileName, type PaperFileKind } from './oparl';
import { paperContentOf } from './paper-content';
import { paperDocument } from './paper-document';
import { readPaper } from './read-papers';

/** The paper and the report it carries, both as the actor may read them (the report's small counts are hidden). */
export async function paperWithReport(ctx: Ctx, paperId: string): Promise<{ paper: Paper; report: AnnualReport }> {
  const paper = await readPaper(ctx, paperId);
  const report = await buildAnnualReport(ctx, { year: paper.year, spaceId: paper.spaceId ?? undefined });
  return { paper, report };
}

/** The computed parts of the paper (Beschlussvorschlag, Finanzielle Auswirkung, Sachverhalt, Anlage). */
export async function readPaperContent(ctx: Ctx, paperId: string): Promise<PaperContent> {
  const { paper, report } = await paperWithReport(ctx, paperId);
  return paperContentOf(paper, report);
}

const fileBase = (reference: string) => `${reference.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '')}-Vorlage`;

/**
 * The paper as a file. With the attachment (the default for downloads) the full report follows as Anlage 1 in the
 * same file; without it, the paper stands alone (OParl's mainFile, whose auxiliaryFile is the report).
 */
export function renderPaper(paper: Paper, report: AnnualReport, format: DocumentFormat, options: { attachment: boolean }): Promise<RenderedFile> {
  const content = paperContentOf(paper, report);
  const document = paperDocument(content, report.officeName, options.attachment ? reportDocument(report) : undefined);
  return renderDocument(document, format, options.attachment ? fileBase(paper.reference) : fileBase(paper.reference).replace(/-Vorlage$/, '-Vorlage-ohne-Anlage'));
}

/** A public OParl file: the paper alone (main) or the report (attachment), as PDF, named as its File object says. */
export async function renderOparlFile(paper: Paper, report: AnnualReport, which: PaperFileKind): Promise<RenderedFile> {
  const file = which === 'main' ? await renderPaper(paper, report, 'pdf', { attachment: false }) : await renderAnnualReport(report, 'pdf');
  return { ...file, fileName: paperFileName(paper.reference, which) };
}

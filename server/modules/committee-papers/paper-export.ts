import { createHash } from 'node:crypto';
import type { AnnualReport } from '../../../common/api/annual-report';
import type { Paper, PaperContent } from '../../../common/api/committee-papers';
import type { Ctx } from '../../platform/context';
import { recordAudit } from '../../platform/audit/audit';
import type { Db } from '../../platform/db/database';
import type { DocumentFormat, RenderedFile } from '../../platform/documents/document';
import { renderDocument } from '../../platform/documents/render';
import { buildAnnualReport, renderAnnualReport, reportDocument } from '../annual-report';
import { findPaperFile, insertPaperFiles } from './committee-papers.queries';
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

export type PublicFile = { kind: PaperFileKind; file: RenderedFile };

/** Both public files of a paper, rendered from the data as it is now: the paper alone and the report. */
export async function renderPublicFiles(paper: Paper, report: AnnualReport): Promise<PublicFile[]> {
  return [
    { kind: 'main', file: await renderOparlFile(paper, report, 'main') },
    { kind: 'attachment', file: await renderOparlFile(paper, report, 'attachment') },
  ];
}

/**
 * Fixes a published paper's files in the caller's transaction, with an audit entry naming their checksums; files
 * already fixed stay as they are.
 */
export async function keepPaperFiles(ctx: Ctx, paper: { id: string; officeId: string }, files: readonly PublicFile[]): Promise<void> {
  const rows = files.map(({ kind, file }) => ({
    paperId: paper.id,
    kind,
    fileName: file.fileName,
    mediaType: file.contentType,
    content: Buffer.from(file.bytes),
    sha512: createHash('sha512').update(file.bytes).digest('hex'),
    sizeBytes: file.bytes.byteLength,
  }));
  const kept = await insertPaperFiles(ctx.tx, rows);
  if (kept.length === 0) return;
  await recordAudit(ctx, {
    officeId: paper.officeId,
    action: 'keep_files',
    entity: 'paper',
    entityId: paper.id,
    after: { files: kept.map((k) => ({ kind: k.kind, fileName: k.fileName, sizeBytes: k.sizeBytes, sha512: k.sha512 })) },
  });
}

/** A fixed file of a published paper, or null when none is kept yet. */
export async function keptPaperFile(tx: Db, paperId: string, kind: PaperFileKind): Promise<RenderedFile | null> {
  const row = await findPaperFile(tx, paperId, kind);
  return row ? { bytes: new Uint8Array(row.content), contentType: row.mediaType, fileName: row.fileName } : null;
}

import type { ConsultationRole, Paper, PaperConsultation, PaperSummary } from '../../../common/api/committee-papers';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import { committeePapersPolicy } from './committee-papers.policy';
import { committeesByIds, type ConsultationRow, consultationsOf, findPaper, latestPaperFor, listPaperRows, type PaperRow, relatedOf } from './committee-papers.queries';

export const presentPaperSummary = (row: PaperRow): PaperSummary => ({
  id: row.id,
  reference: row.reference,
  name: row.name,
  paperType: row.paperType,
  date: row.date,
  year: row.year,
  spaceId: row.spaceId,
  publishedAt: row.publishedAt?.toISOString() ?? null,
});

export const presentConsultation = (c: ConsultationRow): PaperConsultation => ({
  position: c.position,
  committeeId: c.committeeId,
  committeeName: c.committeeName,
  meetingId: c.meetingId,
  meetingStartsAt: c.meetingStartsAt?.toISOString() ?? null,
  role: c.role as ConsultationRole,
  authoritative: c.role === 'decision',
});

/** Papers with their unit, related papers and Beratungsfolge, in three statements whatever their number. */
export async function presentPapers(tx: Db, rows: readonly PaperRow[]): Promise<Paper[]> {
  const ids = rows.map((r) => r.id);
  const units = new Map((await committeesByIds(tx, [...new Set(rows.map((r) => r.responsibleUnitId))])).map((c) => [c.id, c.name]));
  const related = await relatedOf(tx, ids);
  const consultations = await consultationsOf(tx, ids);
  return rows.map((row) => ({
    ...presentPaperSummary(row),
    spaceId: row.spaceId,
    responsibleUnitId: row.responsibleUnitId,
    responsibleUnitName: units.get(row.responsibleUnitId) ?? '',
    relatedPapers: related.filter((r) => r.paperId === row.id).map(({ id, reference, name }) => ({ id, reference, name })),
    resolutionTemplate: row.resolutionTemplate,
    consultations: consultations.filter((c) => c.paperId === row.id).map(presentConsultation),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }));
}

export async function presentPaper(tx: Db, row: PaperRow): Promise<Paper> {
  const [paper] = await presentPapers(tx, [row]);
  if (!paper) throw new Error('presentPapers returned nothing');
  return paper;
}

/** The office's papers, newest first. */
export async function listPapers(ctx: Ctx): Promise<PaperSummary[]> {
  authorize(ctx.actor, committeePapersPolicy.listPapers);
  return (await listPaperRows(ctx.tx, officeOf(ctx.actor))).map(presentPaperSummary);
}

/** One paper of the actor's office (another office's is not found), drafts included. */
export async function readPaper(ctx: Ctx, paperId: string): Promise<Paper> {
  authorize(ctx.actor, committeePapersPolicy.readPaper);
  const row = await findPaper(ctx.tx, paperId);
  // Also for the system actor (CLI, exports), which authorize() lets through: it acts for one office.
  if (!row || row.officeId !== officeOf(ctx.actor)) throw notFound('Die Vorlage');
  authorize(ctx.actor, committeePapersPolicy.readPaper, row);
  return presentPaper(ctx.tx, row);
}

/** The newest paper carrying the report of this year and scope (spaceId null: all spaces), or null when none is written. */
export async function paperForReport(ctx: Ctx, input: { year: number; spaceId: string | null }): Promise<Paper | null> {
  authorize(ctx.actor, committeePapersPolicy.readPaper);
  const row = await latestPaperFor(ctx.tx, officeOf(ctx.actor), input.year, input.spaceId);
  return row ? presentPaper(ctx.tx, row) : null;
}

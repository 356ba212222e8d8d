import type { z } from 'zod';
import { defaultResolutionTemplate, type Paper, unknownPlaceholdersMessage, type updatePaper as updatePaperSchema, type writePaper } from '../../../common/api/committee-papers';
import type { FieldError } from '../../../common/problem';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { spacesOfOffice } from '../social-spaces';
import { committeePapersPolicy } from './committee-papers.policy';
import {
  committeesByIds,
  consultationsOf,
  deletePaperRow,
  findPaperByReference,
  findPaperForUpdate,
  insertPaper,
  meetingsByIds,
  type PaperRow,
  papersByIds,
  papersNaming,
  relatedOf,
  replaceConsultations,
  replaceRelated,
  updatePaperRow,
} from './committee-papers.queries';
import { presentPaper } from './read-papers';

export type WritePaperInput = z.infer<typeof writePaper>;
export type UpdatePaperInput = z.infer<typeof updatePaperSchema> & { id: string };
type ConsultationInput = NonNullable<WritePaperInput['consultations']>[number];
type NormalConsultation = { committeeId: string; meetingId: string | null; role: string };

const quoted = (references: readonly string[]) => references.map((r) => `„${r}“`).join(', ');

/** What the audit log keeps of a paper: its fields, its related papers and its Beratungsfolge. */
async function auditView(tx: Db, row: PaperRow) {
  const related = await relatedOf(tx, [row.id]);
  const consultations = await consultationsOf(tx, [row.id]);
  return {
    reference: row.reference,
    name: row.name,
    paperType: row.paperType,
    date: row.date,
    year: row.year,
    spaceId: row.spaceId,
    responsibleUnitId: row.responsibleUnitId,
    resolutionTemplate: row.resolutionTemplate,
    publishedAt: row.publishedAt,
    relatedPaperIds: related.map((r) => r.id),
    consultations: consultations.map(({ committeeId, meetingId, role }) => ({ committeeId, meetingId, role })),
  };
}

const referenceTaken = (reference: string, otherName: string | null) => {
  const message = `Die Drucksachennummer „${reference}“ ist schon vergeben${otherName ? ` (Vorlage „${otherName}“)` : ''}.`;
  return new DomainError('CONFLICT', message, [{ field: 'reference', message }]);
};

async function assertReferenceFree(tx: Db, officeId: string, reference: string): Promise<void> {
  const other = await findPaperByReference(tx, officeId, reference);
  if (other) throw referenceTaken(reference, other.name);
}

/** The unique key is the last word when two requests take the same number at once. */
async function guardReference<T>(reference: string, write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (error) {
    const e = error as { code?: unknown; constraint?: unknown; cause?: { code?: unknown; constraint?: unknown } };
    const code = e.cause?.code ?? e.code;
    const constraint = e.cause?.constraint ?? e.constraint;
    if (code === '23505' && constraint === 'papers_reference') throw referenceTaken(reference, null);
    throw error;
  }
}

function assertDraft(row: PaperRow, doing: string): void {
  if (row.publishedAt) throw new DomainError('CONFLICT', `Die Vorlage „${row.reference}“ ist veröffentlicht und kann nicht mehr ${doing} werden.`);
}

/**
 * Checks everything a paper points at, all at once so that one answer names every wrong field: the responsible unit
 * (an administrative unit of the office), the space, the related papers (of the office, not the paper itself), the
 * Beratungsfolge (committees of the office, each meeting one of its committee's) and the template's placeholders.
 */
async function checkPaperInput(
  tx: Db,
  officeId: string,
  paperId: string | null,
  input: Partial<Pick<WritePaperInput, 'responsibleUnitId' | 'spaceId' | 'relatedPaperIds' | 'consultations' | 'resolutionTemplate'>>,
): Promise<{ relatedIds: string[] | undefined; consultations: NormalConsultation[] | undefined }> {
  const errors: FieldError[] = [];
  const consultations: readonly ConsultationInput[] = input.consultations ?? [];
  const committeeIds = [...new Set([...(input.responsibleUnitId ? [input.responsibleUnitId] : []), ...consultations.map((c) => c.committeeId)])];
  const committees = new Map((await committeesByIds(tx, committeeIds)).filter((c) => c.officeId === officeId).map((c) => [c.id, c]));

  if (input.responsibleUnitId !== undefined) {
    const unit = committees.get(input.responsibleUnitId);
    if (!unit) errors.push({ field: 'responsibleUnitId', message: 'Diesen Verwaltungsbereich gibt es im Jugendamt nicht.' });
    else if (unit.kind !== 'administration') {
      errors.push({ field: 'responsibleUnitId', message: `„${unit.name}“ ist ein Gremium; zuständig für eine Vorlage ist ein Verwaltungsbereich, z. B. „Fachbereich Jugend“.` });
    }
  }
  if (input.spaceId) {
    const spaces = await spacesOfOffice(tx, officeId);
    if (!spaces.some((s) => s.id === input.spaceId)) errors.push({ field: 'spaceId', message: 'Diesen Sozialraum gibt es im Jugendamt nicht.' });
  }

  const relatedIds = input.relatedPaperIds ? [...new Set(input.relatedPaperIds)] : undefined;
  if (relatedIds) {
    const found = new Map((await papersByIds(tx, relatedIds)).filter((p) => p.officeId === officeId).map((p) => [p.id, p]));
    input.relatedPaperIds?.forEach((id, i) => {
      if (id === paperId) errors.push({ field: `relatedPaperIds.${i}`, message: 'Eine Vorlage kann sich nicht auf sich selbst beziehen.' });
      else if (!found.has(id)) errors.push({ field: `relatedPaperIds.${i}`, message: 'Diese Vorlage gibt es im Jugendamt nicht.' });
    });
  }

  const meetings = new Map((await meetingsByIds(tx, consultations.flatMap((c) => (c.meetingId ? [c.meetingId] : [])))).filter((m) => m.officeId === officeId).map((m) => [m.id, m]));
  consultations.forEach((c, i) => {
    const committee = committees.get(c.committeeId);
    if (!committee) errors.push({ field: `consultations.${i}.committeeId`, message: 'Dieses Gremium gibt es im Jugendamt nicht.' });
    else if (committee.kind !== 'committee') {
      errors.push({ field: `consultations.${i}.committeeId`, message: `„${committee.name}“ ist ein Verwaltungsbereich; in der Beratungsfolge stehen Gremien.` });
    }
    if (!c.meetingId) return;
    const meeting = meetings.get(c.meetingId);
    if (!meeting) errors.push({ field: `consultations.${i}.meetingId`, message: 'Diese Sitzung gibt es im Jugendamt nicht.' });
    else if (meeting.committeeId !== c.committeeId) {
      errors.push({ field: `consultations.${i}.meetingId`, message: `Die Sitzung „${meeting.name}“ ist keine Sitzung von „${committee?.name ?? 'diesem Gremium'}“.` });
    }
  });

  if (input.resolutionTemplate !== undefined) {
    const message = unknownPlaceholdersMessage(input.resolutionTemplate);
    if (message) errors.push({ field: 'resolutionTemplate', message });
  }

  if (errors.length) throw new DomainError('INVALID_INPUT', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);
  return {
    relatedIds,
    consultations: input.consultations?.map((c) => ({ committeeId: c.committeeId, meetingId: c.meetingId ?? null, role: c.role })),
  };
}

export async function createPaper(ctx: Ctx, input: WritePaperInput): Promise<Paper> {
  authorize(ctx.actor, committeePapersPolicy.createPaper);
  const officeId = officeOf(ctx.actor);
  const resolutionTemplate = input.resolutionTemplate ?? defaultResolutionTemplate;
  // Published papers are public: no family may appear in their title or proposal.
  assertNoPersonalData({ name: input.name, resolutionTemplate });
  const checked = await checkPaperInput(ctx.tx, officeId, null, { ...input, resolutionTemplate });
  await assertReferenceFree(ctx.tx, officeId, input.reference);
  const row = await guardReference(input.reference, () =>
    insertPaper(ctx.tx, {
      officeId,
      reference: input.reference,
      name: input.name,
      paperType: input.paperType,
      date: input.date,
      year: input.year,
      spaceId: input.spaceId ?? null,
      responsibleUnitId: input.responsibleUnitId,
      resolutionTemplate,
    }),
  );
  if (checked.relatedIds?.length) await replaceRelated(ctx.tx, row.id, checked.relatedIds);
  if (checked.consultations?.length) await replaceConsultations(ctx.tx, row.id, checked.consultations);
  await recordAudit(ctx, { officeId, action: 'create', entity: 'paper', entityId: row.id, after: await auditView(ctx.tx, row) });
  return presentPaper(ctx.tx, row);
}

/** Changes a draft; `relatedPaperIds` and `consultations` replace what was there. A published paper is refused (409). */
export async function updatePaper(ctx: Ctx, input: UpdatePaperInput): Promise<Paper> {
  authorize(ctx.actor, committeePapersPolicy.updatePaper);
  const before = await findPaperForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Die Vorlage');
  authorize(ctx.actor, committeePapersPolicy.updatePaper, before);
  assertDraft(before, 'geändert');
  assertNoPersonalData({ name: input.name, resolutionTemplate: input.resolutionTemplate });
  const checked = await checkPaperInput(ctx.tx, before.officeId, before.id, input);
  if (input.reference !== undefined && input.reference !== before.reference) await assertReferenceFree(ctx.tx, before.officeId, input.reference);
  const beforeView = await auditView(ctx.tx, before);
  const { id, relatedPaperIds, consultations, ...fields } = input;
  void relatedPaperIds;
  void consultations;
  const values: Partial<PaperRow> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const after = await guardReference(input.reference ?? before.reference, () => updatePaperRow(ctx.tx, id, values));
  if (checked.relatedIds) await replaceRelated(ctx.tx, id, checked.relatedIds);
  if (checked.consultations) await replaceConsultations(ctx.tx, id, checked.consultations);
  await recordAudit(ctx, { officeId: before.officeId, action: 'update', entity: 'paper', entityId: id, before: beforeView, after: await auditView(ctx.tx, after) });
  return presentPaper(ctx.tx, after);
}

/** Publishes a draft: from now on it is public (OParl) and never changes. It needs a Beratungsfolge. */
export async function publishPaper(ctx: Ctx, input: { id: string }, now = new Date()): Promise<Paper> {
  authorize(ctx.actor, committeePapersPolicy.publishPaper);
  const before = await findPaperForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Die Vorlage');
  authorize(ctx.actor, committeePapersPolicy.publishPaper, before);
  if (before.publishedAt) throw new DomainError('CONFLICT', `Die Vorlage „${before.reference}“ ist bereits veröffentlicht.`);
  if ((await consultationsOf(ctx.tx, [before.id])).length === 0) {
    throw invalidField('consultations', 'Die Beratungsfolge ist leer. Bitte mindestens ein Gremium eintragen, bevor die Vorlage veröffentlicht wird.');
  }
  const after = await updatePaperRow(ctx.tx, before.id, { publishedAt: now });
  await recordAudit(ctx, { officeId: before.officeId, action: 'publish', entity: 'paper', entityId: before.id, before: { publishedAt: null }, after: { publishedAt: after.publishedAt } });
  return presentPaper(ctx.tx, after);
}

/** Deletes a draft that no other paper names as related; a published paper is public record (409). */
export async function deletePaper(ctx: Ctx, input: { id: string }): Promise<void> {
  authorize(ctx.actor, committeePapersPolicy.deletePaper);
  const before = await findPaperForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Die Vorlage');
  authorize(ctx.actor, committeePapersPolicy.deletePaper, before);
  assertDraft(before, 'gelöscht');
  const naming = await papersNaming(ctx.tx, before.id);
  if (naming.length) {
    throw new DomainError('CONFLICT', `Die Vorlagen ${quoted(naming)} beziehen sich auf „${before.reference}“. Bitte den Bezug dort zuerst entfernen.`);
  }
  const view = await auditView(ctx.tx, before);
  await deletePaperRow(ctx.tx, before.id);
  await recordAudit(ctx, { officeId: before.officeId, action: 'delete', entity: 'paper', entityId: before.id, before: view });
}

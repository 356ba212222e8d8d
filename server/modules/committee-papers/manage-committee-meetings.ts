import type { z } from 'zod';
import type { CommitteeMeeting, updateCommitteeMeeting as updateMeetingSchema, writeCommitteeMeeting } from '../../../common/api/committee-papers';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { invalidField, notFound } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { committeePapersPolicy } from './committee-papers.policy';
import {
  type CommitteeMeetingRow,
  type CommitteeRow,
  findCommittee,
  findMeetingForUpdate,
  findMeetingWithCommittee,
  insertMeeting,
  listMeetingRows,
  type MeetingWithCommittee,
  papersConsultedAt,
  updateMeetingRow,
} from './committee-papers.queries';

export type WriteCommitteeMeetingInput = z.infer<typeof writeCommitteeMeeting>;
export type UpdateCommitteeMeetingInput = z.infer<typeof updateMeetingSchema> & { id: string };

export const presentMeeting = (row: MeetingWithCommittee): CommitteeMeeting => ({
  id: row.id,
  committeeId: row.committeeId,
  committeeName: row.committeeName,
  name: row.name,
  startsAt: row.startsAt.toISOString(),
  endsAt: row.endsAt?.toISOString() ?? null,
  place: row.place,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const auditView = (row: CommitteeMeetingRow) => ({ committeeId: row.committeeId, name: row.name, startsAt: row.startsAt, endsAt: row.endsAt, place: row.place });

/** A committee of the office that meets (not an administrative unit); anything else is an error at `field`. */
export async function meetingCommittee(tx: Db, officeId: string, committeeId: string, field: string): Promise<CommitteeRow> {
  const row = await findCommittee(tx, committeeId);
  if (!row || row.officeId !== officeId) throw invalidField(field, 'Dieses Gremium gibt es im Jugendamt nicht.');
  if (row.kind !== 'committee') throw invalidField(field, `„${row.name}“ ist ein Verwaltungsbereich, kein Gremium: Sitzungen und Beratungen gibt es nur bei Gremien.`);
  return row;
}

function assertTimes(startsAt: Date, endsAt: Date | null): void {
  if (endsAt && endsAt.getTime() <= startsAt.getTime()) throw invalidField('endsAt', 'Das Ende der Sitzung muss nach ihrem Beginn liegen.');
}

async function present(tx: Db, id: string): Promise<CommitteeMeeting> {
  const row = await findMeetingWithCommittee(tx, id);
  if (!row) throw notFound('Die Sitzung');
  return presentMeeting(row);
}

/** The office's committee meetings, newest first; with committeeId only that committee's. */
export async function listCommitteeMeetings(ctx: Ctx, input: { committeeId?: string | undefined }): Promise<CommitteeMeeting[]> {
  authorize(ctx.actor, committeePapersPolicy.listMeetings);
  return (await listMeetingRows(ctx.tx, officeOf(ctx.actor), input.committeeId)).map(presentMeeting);
}

export async function createCommitteeMeeting(ctx: Ctx, input: WriteCommitteeMeetingInput): Promise<CommitteeMeeting> {
  authorize(ctx.actor, committeePapersPolicy.createMeeting);
  const officeId = officeOf(ctx.actor);
  assertNoPersonalData({ name: input.name, place: input.place });
  await meetingCommittee(ctx.tx, officeId, input.committeeId, 'committeeId');
  const startsAt = new Date(input.startsAt);
  const endsAt = input.endsAt ? new Date(input.endsAt) : null;
  assertTimes(startsAt, endsAt);
  const row = await insertMeeting(ctx.tx, { officeId, committeeId: input.committeeId, name: input.name, startsAt, endsAt, place: input.place ?? '' });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'committee_meeting', entityId: row.id, after: auditView(row) });
  return present(ctx.tx, row.id);
}

export async function updateCommitteeMeeting(ctx: Ctx, input: UpdateCommitteeMeetingInput): Promise<CommitteeMeeting> {
  authorize(ctx.actor, committeePapersPolicy.updateMeeting);
  const before = await findMeetingForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Die Sitzung');
  authorize(ctx.actor, committeePapersPolicy.updateMeeting, before);
  assertNoPersonalData({ name: input.name, place: input.place });
  if (input.committeeId !== undefined && input.committeeId !== before.committeeId) {
    await meetingCommittee(ctx.tx, before.officeId, input.committeeId, 'committeeId');
    // The Beratungsfolge names the meeting together with its committee: moving it would make those entries wrong.
    const papers = await papersConsultedAt(ctx.tx, before.id);
    if (papers.length) {
      throw invalidField('committeeId', `Die Sitzung steht in der Beratungsfolge der Vorlagen ${papers.map((r) => `„${r}“`).join(', ')}; ihr Gremium kann nicht mehr gewechselt werden.`);
    }
  }
  const startsAt = input.startsAt !== undefined ? new Date(input.startsAt) : before.startsAt;
  const endsAt = input.endsAt !== undefined ? (input.endsAt ? new Date(input.endsAt) : null) : before.endsAt;
  assertTimes(startsAt, endsAt);
  const after = await updateMeetingRow(ctx.tx, before.id, {
    ...(input.committeeId !== undefined ? { committeeId: input.committeeId } : {}),
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.place !== undefined ? { place: input.place } : {}),
    startsAt,
    endsAt,
  });
  await recordAudit(ctx, { officeId: before.officeId, action: 'update', entity: 'committee_meeting', entityId: before.id, before: auditView(before), after: auditView(after) });
  return present(ctx.tx, after.id);
}

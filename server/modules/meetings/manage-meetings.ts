import type { CreateMeetingInput, MeetingDetail, UpdateMeetingBody } from '../../../common/api/meetings';
import { meetingStateLabels, meetingStateMoves, type MeetingState } from '../../../common/meeting-terms';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { actorSpaces, checkMeetingReferences, meetingForUpdate, meetingTarget, userIdOf } from './meeting-context';
import { meetingsPolicy } from './meetings.policy';
import { attendanceOf, deleteMeetingRow, insertMeeting, type MeetingRow, replaceAttendance, updateMeetingRow } from './meetings.queries';
import { presentDetail } from './read-meetings';

/** What the audit log keeps of a meeting: its fields, not the linked rows. */
export const auditView = (m: MeetingRow) => ({
  title: m.title,
  spaceIds: m.spaceIds,
  startsAt: m.startsAt,
  endsAt: m.endsAt,
  place: m.place,
  onlineUrl: m.onlineUrl,
  state: m.state,
  cancelReason: m.cancelReason,
  organizerMembershipIds: m.organizerMembershipIds,
  invitedOrganizationIds: m.invitedOrganizationIds,
  guestCount: m.guestCount,
  minutes: m.minutes,
  sequence: m.sequence,
});

export async function createMeeting(ctx: Ctx, input: CreateMeetingInput): Promise<MeetingDetail> {
  const officeId = officeOf(ctx.actor);
  authorize(ctx.actor, meetingsPolicy.createMeeting, { officeId, spaceIds: input.spaceIds, actorSpaceIds: await actorSpaces(ctx.tx, ctx.actor) });
  assertNoPersonalData({ title: input.title, place: input.place });
  const startsAt = new Date(input.startsAt);
  const endsAt = new Date(input.endsAt);
  const invited = await checkMeetingReferences(ctx.tx, officeId, { ...input, startsAt, endsAt });
  const row = await insertMeeting(ctx.tx, {
    officeId,
    spaceIds: input.spaceIds,
    title: input.title,
    startsAt,
    endsAt,
    place: input.place,
    onlineUrl: input.onlineUrl,
    organizerMembershipIds: input.organizerMembershipIds,
    invitedOrganizationIds: invited ?? [],
    createdByUserId: userIdOf(ctx),
  });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'meeting', entityId: row.id, after: auditView(row) });
  return presentDetail(ctx, row);
}

/** A change a calendar program must pick up (RFC 5545 SEQUENCE): time, place or title. */
const calendarRelevant = ['title', 'startsAt', 'endsAt', 'place', 'onlineUrl'] as const;

export async function updateMeeting(ctx: Ctx, input: UpdateMeetingBody & { id: string }): Promise<MeetingDetail> {
  const before = await meetingForUpdate(ctx, input.id);
  const target = await meetingTarget(ctx.tx, ctx.actor, before);
  authorize(ctx.actor, meetingsPolicy.updateMeeting, target);
  // Moving a meeting out of one's own spaces would take it out of reach: the new spaces must pass the same rule.
  if (input.spaceIds) authorize(ctx.actor, meetingsPolicy.updateMeeting, { ...target, spaceIds: input.spaceIds });
  assertNoPersonalData({ title: input.title, place: input.place, minutes: input.minutes });
  const startsAt = input.startsAt ? new Date(input.startsAt) : before.startsAt;
  const endsAt = input.endsAt ? new Date(input.endsAt) : before.endsAt;
  const spaceIds = input.spaceIds ?? before.spaceIds;
  const timeOrSpacesChange = input.spaceIds !== undefined || input.startsAt !== undefined;
  const invited = await checkMeetingReferences(ctx.tx, before.officeId, {
    spaceIds,
    startsAt,
    endsAt,
    // Organisers must stay on the team of the meeting's spaces on its day, also when only the day or the spaces change.
    organizerMembershipIds: input.organizerMembershipIds ?? (timeOrSpacesChange ? before.organizerMembershipIds : undefined),
    invitedOrganizationIds: input.invitedOrganizationIds ?? (input.invitedOrganizationTypes?.length ? before.invitedOrganizationIds : undefined),
    invitedOrganizationTypes: input.invitedOrganizationTypes,
    attendance: input.attendance,
  });
  const { id, attendance, invitedOrganizationTypes, invitedOrganizationIds, ...fields } = input;
  void invitedOrganizationTypes;
  void invitedOrganizationIds;
  const values: Partial<MeetingRow> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  if (input.startsAt) values.startsAt = startsAt;
  if (input.endsAt) values.endsAt = endsAt;
  if (invited) values.invitedOrganizationIds = invited;
  const changed = (key: (typeof calendarRelevant)[number]) => {
    const value = values[key];
    if (value === undefined) return false;
    const old = before[key];
    return value instanceof Date && old instanceof Date ? value.getTime() !== old.getTime() : value !== old;
  };
  if (calendarRelevant.some(changed)) values.sequence = before.sequence + 1;
  const after = await updateMeetingRow(ctx.tx, id, values);
  const attendanceBefore = attendance ? await attendanceOf(ctx.tx, [id]) : undefined;
  if (attendance) await replaceAttendance(ctx.tx, id, attendance);
  await recordAudit(ctx, {
    officeId: before.officeId,
    action: 'update',
    entity: 'meeting',
    entityId: id,
    before: { ...auditView(before), ...(attendanceBefore ? { attendance: attendanceBefore.map(({ organizationId, headCount }) => ({ organizationId, headCount })) } : {}) },
    after: { ...auditView(after), ...(attendance ? { attendance } : {}) },
  });
  return presentDetail(ctx, after);
}

/**
 * Moves a meeting planned → invited → held, or cancels it (with a reason). Held and cancelled are final; held only
 * once the meeting has begun. Cancelling is a change a calendar program must show, so it counts as one.
 */
export async function changeMeetingState(ctx: Ctx, input: { id: string; state: MeetingState; reason: string }, now = new Date()): Promise<MeetingDetail> {
  const before = await meetingForUpdate(ctx, input.id);
  authorize(ctx.actor, meetingsPolicy.changeState, await meetingTarget(ctx.tx, ctx.actor, before));
  assertNoPersonalData({ reason: input.reason });
  const from = before.state as MeetingState;
  if (!meetingStateMoves[from].includes(input.state)) {
    throw invalidField('state', `Von „${meetingStateLabels[from]}“ geht es nicht zu „${meetingStateLabels[input.state]}“.`);
  }
  if (input.state === 'cancelled' && input.reason.length < 3) throw invalidField('reason', 'Bitte angeben, warum das Treffen abgesagt wird.');
  if (input.state === 'held' && before.startsAt.getTime() > now.getTime()) throw invalidField('state', 'Ein Treffen kann erst als stattgefunden gelten, wenn es begonnen hat.');
  const after = await updateMeetingRow(ctx.tx, before.id, {
    state: input.state,
    ...(input.state === 'cancelled' ? { cancelReason: input.reason, sequence: before.sequence + 1 } : {}),
  });
  await recordAudit(ctx, {
    officeId: before.officeId,
    action: 'change_state',
    entity: 'meeting',
    entityId: before.id,
    before: { state: before.state, cancelReason: before.cancelReason },
    after: { state: after.state, cancelReason: after.cancelReason },
  });
  return presentDetail(ctx, after);
}

/** Managers may delete a meeting that is still only planned; anything later is history (cancel it instead). */
export async function deleteMeeting(ctx: Ctx, input: { id: string }): Promise<void> {
  authorize(ctx.actor, meetingsPolicy.deleteMeeting);
  const before = await meetingForUpdate(ctx, input.id);
  if (before.state !== 'planned') throw new DomainError('CONFLICT', 'Nur geplante Treffen können gelöscht werden; dieses bitte absagen.');
  await deleteMeetingRow(ctx.tx, before.id);
  await recordAudit(ctx, { officeId: before.officeId, action: 'delete', entity: 'meeting', entityId: before.id, before: auditView(before) });
}

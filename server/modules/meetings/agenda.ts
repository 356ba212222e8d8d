import type { z } from 'zod';
import type { agendaItemBody, MeetingDetail } from '../../../common/api/meetings';
import { recordAudit } from '../../platform/audit/audit';
import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { invalidField, notFound } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { needsByIds } from '../needs';
import { projectRefs } from '../projects';
import { serviceReferences } from '../services';
import { membershipsOfOffice } from '../social-spaces';
import { meetingForUpdate, meetingTarget } from './meeting-context';
import { meetingsPolicy } from './meetings.policy';
import { type AgendaItemRow, deleteAgendaItemRow, findAgendaItemForUpdate, insertAgendaItem, type MeetingRow, nextAgendaPosition, updateAgendaItemRow } from './meetings.queries';
import { presentDetail } from './read-meetings';

export type AgendaItemInput = z.infer<typeof agendaItemBody>;

const unique = (ids: readonly string[]) => [...new Set(ids)];

/** Is this membership on the team of one of the meeting's spaces (at any time: an old meeting keeps its people)? */
export async function membershipInSpaces(tx: Db, meeting: Pick<MeetingRow, 'officeId' | 'spaceIds'>, membershipId: string, field: string): Promise<void> {
  const membership = (await membershipsOfOffice(tx, meeting.officeId)).find((m) => m.id === membershipId);
  if (!membership) throw invalidField(field, 'Diese Person gibt es nicht.');
  if (!meeting.spaceIds.includes(membership.spaceId)) throw invalidField(field, `${membership.personName} ist in keinem Team der Sozialräume dieses Treffens.`);
}

/** Needs, offers and projects an agenda item links must be the office's own; the first field that is not is named. */
async function checkLinks(tx: Db, meeting: MeetingRow, input: AgendaItemInput): Promise<void> {
  const needIds = unique(input.needIds);
  const needs = await needsByIds(tx, needIds);
  if (needIds.some((id) => !needs.some((n) => n.id === id && n.officeId === meeting.officeId))) throw invalidField('needIds', 'Mindestens einen der Bedarfe gibt es nicht.');
  const serviceIds = unique(input.serviceIds);
  const services = await serviceReferences(tx, meeting.officeId, serviceIds);
  if (services.length !== serviceIds.length) throw invalidField('serviceIds', 'Mindestens eines der Angebote gibt es nicht.');
  const projectIds = unique(input.projectIds);
  const projects = await projectRefs(tx, meeting.officeId, projectIds);
  if (projects.length !== projectIds.length) throw invalidField('projectIds', 'Mindestens eines der Projekte gibt es nicht.');
  if (input.broughtByMembershipId) await membershipInSpaces(tx, meeting, input.broughtByMembershipId, 'broughtByMembershipId');
}

const auditItem = (a: AgendaItemRow) => ({
  meetingId: a.meetingId,
  position: a.position,
  title: a.title,
  notes: a.notes,
  broughtByMembershipId: a.broughtByMembershipId,
  needIds: a.needIds,
  serviceIds: a.serviceIds,
  projectIds: a.projectIds,
});

async function writableMeeting(ctx: Ctx, meetingId: string): Promise<MeetingRow> {
  const meeting = await meetingForUpdate(ctx, meetingId);
  authorize(ctx.actor, meetingsPolicy.writeAgenda, await meetingTarget(ctx.tx, ctx.actor, meeting));
  return meeting;
}

async function itemOf(ctx: Ctx, meeting: MeetingRow, itemId: string): Promise<AgendaItemRow> {
  const item = await findAgendaItemForUpdate(ctx.tx, itemId);
  if (!item || item.meetingId !== meeting.id) throw notFound('Der Tagesordnungspunkt');
  return item;
}

export async function addAgendaItem(ctx: Ctx, input: AgendaItemInput & { meetingId: string }): Promise<MeetingDetail> {
  const meeting = await writableMeeting(ctx, input.meetingId);
  assertNoPersonalData({ title: input.title, notes: input.notes });
  await checkLinks(ctx.tx, meeting, input);
  const row = await insertAgendaItem(ctx.tx, {
    meetingId: meeting.id,
    position: await nextAgendaPosition(ctx.tx, meeting.id),
    title: input.title,
    notes: input.notes,
    broughtByMembershipId: input.broughtByMembershipId,
    needIds: unique(input.needIds),
    serviceIds: unique(input.serviceIds),
    projectIds: unique(input.projectIds),
  });
  await recordAudit(ctx, { officeId: meeting.officeId, action: 'create', entity: 'agenda_item', entityId: row.id, after: auditItem(row) });
  return presentDetail(ctx, meeting);
}

/** Replaces an agenda item's fields (its position stays). */
export async function replaceAgendaItem(ctx: Ctx, input: AgendaItemInput & { meetingId: string; itemId: string }): Promise<MeetingDetail> {
  const meeting = await writableMeeting(ctx, input.meetingId);
  const before = await itemOf(ctx, meeting, input.itemId);
  assertNoPersonalData({ title: input.title, notes: input.notes });
  await checkLinks(ctx.tx, meeting, input);
  const after = await updateAgendaItemRow(ctx.tx, before.id, {
    title: input.title,
    notes: input.notes,
    broughtByMembershipId: input.broughtByMembershipId,
    needIds: unique(input.needIds),
    serviceIds: unique(input.serviceIds),
    projectIds: unique(input.projectIds),
  });
  await recordAudit(ctx, { officeId: meeting.officeId, action: 'update', entity: 'agenda_item', entityId: before.id, before: auditItem(before), after: auditItem(after) });
  return presentDetail(ctx, meeting);
}

/** Removes an agenda item; decisions taken under it stay, without the link. */
export async function removeAgendaItem(ctx: Ctx, input: { meetingId: string; itemId: string }): Promise<void> {
  const meeting = await writableMeeting(ctx, input.meetingId);
  const before = await itemOf(ctx, meeting, input.itemId);
  await deleteAgendaItemRow(ctx.tx, before.id);
  await recordAudit(ctx, { officeId: meeting.officeId, action: 'delete', entity: 'agenda_item', entityId: before.id, before: auditItem(before) });
}

import type { z } from 'zod';
import type { decisionBody, MeetingDetail, MeetingTask, meetingTasksQuery } from '../../../common/api/meetings';
import { createProjectBody } from '../../../common/api/projects';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import { todayInBerlin } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { invalidField, notFound } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { needsByIds } from '../needs';
import { createProject } from '../projects';
import { membershipsOfOffice } from '../social-spaces';
import { membershipInSpaces } from './agenda';
import { berlinDayOf, meetingForUpdate, meetingTarget } from './meeting-context';
import { meetingsPolicy } from './meetings.policy';
import { agendaOf, type DecisionRow, findDecisionForUpdate, insertDecision, type MeetingRow, tasksOfOffice, updateDecisionRow } from './meetings.queries';
import { namesOf, presentDetail } from './read-meetings';

export type DecisionInput = z.infer<typeof decisionBody>;

const auditDecision = (d: DecisionRow) => ({
  meetingId: d.meetingId,
  agendaItemId: d.agendaItemId,
  kind: d.kind,
  text: d.text,
  ownerMembershipId: d.ownerMembershipId,
  dueOn: d.dueOn,
  doneOn: d.doneOn,
  projectId: d.projectId,
});

const germanDate = (iso: string) => iso.split('-').reverse().join('.');

/**
 * Starts the project a meeting decided on: status idea, the meeting's spaces, the needs of the agenda item it was
 * decided under (those accepted and in the meeting's spaces), the owner as the first person to carry it.
 */
async function startProjectDraft(ctx: Ctx, meeting: MeetingRow, input: DecisionInput, agendaNeedIds: readonly string[]): Promise<string> {
  if (!input.projectTitle) throw invalidField('projectTitle', 'Bitte den Titel des Projekts angeben.');
  const needs = await needsByIds(ctx.tx, agendaNeedIds);
  const needIds = needs.filter((n) => n.officeId === meeting.officeId && n.reviewState === 'accepted' && meeting.spaceIds.includes(n.spaceId)).map((n) => n.id);
  const project = await createProject(
    ctx,
    createProjectBody.parse({
      title: input.projectTitle,
      description: input.text,
      spaceIds: meeting.spaceIds,
      initiatedBy: input.initiatedBy ?? 'joint',
      initiationNote: `Netzwerktreffen „${meeting.title}“ am ${germanDate(berlinDayOf(meeting.startsAt))}`.slice(0, 500),
      needIds,
      carrierMembershipIds: input.ownerMembershipId ? [input.ownerMembershipId] : [],
    }),
  );
  return project.id;
}

export async function addDecision(ctx: Ctx, input: DecisionInput & { meetingId: string }): Promise<MeetingDetail> {
  const meeting = await meetingForUpdate(ctx, input.meetingId);
  authorize(ctx.actor, meetingsPolicy.writeDecision, await meetingTarget(ctx.tx, ctx.actor, meeting));
  assertNoPersonalData({ text: input.text });
  let agendaNeedIds: readonly string[] = [];
  if (input.agendaItemId) {
    const item = (await agendaOf(ctx.tx, [meeting.id])).find((a) => a.id === input.agendaItemId);
    if (!item) throw invalidField('agendaItemId', 'Diesen Tagesordnungspunkt gibt es in diesem Treffen nicht.');
    agendaNeedIds = item.needIds;
  }
  if (input.kind === 'task') {
    if (!input.ownerMembershipId) throw invalidField('ownerMembershipId', 'Eine Aufgabe braucht eine Person, die sie übernimmt.');
    if (!input.dueOn) throw invalidField('dueOn', 'Eine Aufgabe braucht ein Datum, bis wann sie erledigt wird.');
  }
  if (input.ownerMembershipId) await membershipInSpaces(ctx.tx, meeting, input.ownerMembershipId, 'ownerMembershipId');
  const projectId = input.kind === 'project_draft' ? await startProjectDraft(ctx, meeting, input, agendaNeedIds) : null;
  const row = await insertDecision(ctx.tx, {
    meetingId: meeting.id,
    agendaItemId: input.agendaItemId,
    kind: input.kind,
    text: input.text,
    ownerMembershipId: input.ownerMembershipId,
    dueOn: input.dueOn,
    projectId,
  });
  await recordAudit(ctx, { officeId: meeting.officeId, action: 'create', entity: 'meeting_decision', entityId: row.id, after: auditDecision(row) });
  return presentDetail(ctx, meeting);
}

/** Marks a follow-up task done on a day (or open again with null). */
export async function markDecisionDone(ctx: Ctx, input: { meetingId: string; decisionId: string; doneOn: string | null }): Promise<MeetingDetail> {
  const meeting = await meetingForUpdate(ctx, input.meetingId);
  authorize(ctx.actor, meetingsPolicy.writeDecision, await meetingTarget(ctx.tx, ctx.actor, meeting));
  const before = await findDecisionForUpdate(ctx.tx, input.decisionId);
  if (!before || before.meetingId !== meeting.id) throw notFound('Der Beschluss');
  if (before.kind !== 'task') throw invalidField('doneOn', 'Nur Aufgaben werden als erledigt markiert.');
  if (input.doneOn && input.doneOn > todayInBerlin()) throw invalidField('doneOn', 'Das Datum liegt in der Zukunft.');
  const after = await updateDecisionRow(ctx.tx, before.id, { doneOn: input.doneOn });
  await recordAudit(ctx, { officeId: meeting.officeId, action: 'update', entity: 'meeting_decision', entityId: before.id, before: { doneOn: before.doneOn }, after: { doneOn: after.doneOn } });
  return presentDetail(ctx, meeting);
}

// ---- follow-up tasks across meetings ----


export async function listMeetingTasks(ctx: Ctx, query: z.infer<typeof meetingTasksQuery>): Promise<MeetingTask[]> {
  authorize(ctx.actor, meetingsPolicy.listTasks);
  const officeId = officeOf(ctx.actor);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  const owners = query.mine ? (await membershipsOfOffice(ctx.tx, officeId)).filter((m) => m.userId !== null && m.userId === userId).map((m) => m.id) : undefined;
  const rows = await tasksOfOffice(ctx.tx, officeId, owners, !query.includeDone);
  const names = await namesOf(ctx.tx, officeId);
  const today = todayInBerlin();
  return rows.map(({ decision: d, meetingTitle, meetingStartsAt }) => ({
    id: d.id,
    meetingId: d.meetingId,
    meetingTitle,
    meetingStartsAt: meetingStartsAt.toISOString(),
    text: d.text,
    ownerMembershipId: d.ownerMembershipId,
    ownerName: names.person(d.ownerMembershipId),
    dueOn: d.dueOn,
    doneOn: d.doneOn,
    overdue: d.doneOn === null && d.dueOn !== null && d.dueOn < today,
  }));
}

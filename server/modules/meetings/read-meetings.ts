import type { z } from 'zod';
import type { MeetingDetail, meetingsQuery, MeetingSummary } from '../../../common/api/meetings';
import type { DecisionKind, MeetingState } from '../../../common/meeting-terms';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import { membershipsOfOffice, organizationsOfOffice } from '../social-spaces';
import { meetingTarget } from './meeting-context';
import { mayWorkOnMeeting, meetingsPolicy } from './meetings.policy';
import { agendaOf, attendanceOf, type AttendanceRow, decisionsOf, findMeeting, listMeetingRows, type MeetingRow } from './meetings.queries';

export type MeetingsQuery = z.infer<typeof meetingsQuery>;

/** Names of the office's people and organisations, fetched once per request. */
export type Names = {
  person: (membershipId: string | null) => string | null;
  organization: (id: string) => { id: string; name: string; type: string; email: string | null } | undefined;
};

export async function namesOf(tx: Db, officeId: string): Promise<Names> {
  const memberships = new Map((await membershipsOfOffice(tx, officeId)).map((m) => [m.id, m.personName]));
  const organizations = new Map((await organizationsOfOffice(tx, officeId, {})).map((o) => [o.id, { id: o.id, name: o.name, type: o.type, email: o.email }]));
  return { person: (id) => (id ? (memberships.get(id) ?? null) : null), organization: (id) => organizations.get(id) };
}

export function presentSummary(m: MeetingRow, attendance: readonly AttendanceRow[], names: Names): MeetingSummary {
  const own = attendance.filter((a) => a.meetingId === m.id);
  return {
    id: m.id,
    spaceIds: m.spaceIds,
    title: m.title,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    place: m.place,
    onlineUrl: m.onlineUrl,
    state: m.state as MeetingState,
    organizers: m.organizerMembershipIds.map((id) => ({ membershipId: id, name: names.person(id) ?? 'unbekannt' })),
    attendanceTotal: own.reduce((sum, a) => sum + a.headCount, 0) + m.guestCount,
    organizationCount: own.length,
  };
}

export async function listMeetings(ctx: Ctx, query: MeetingsQuery): Promise<MeetingSummary[]> {
  authorize(ctx.actor, meetingsPolicy.listMeetings);
  const officeId = officeOf(ctx.actor);
  const rows = await listMeetingRows(ctx.tx, officeId, { spaceIds: query.spaceId ? [query.spaceId] : undefined, states: query.state, from: query.from, to: query.to });
  const attendance = await attendanceOf(ctx.tx, rows.map((r) => r.id));
  const names = await namesOf(ctx.tx, officeId);
  return rows.map((m) => presentSummary(m, attendance, names));
}

/** The meeting with its invited organisations, attendance, agenda and decisions. */
export async function presentDetail(ctx: Ctx, meeting: MeetingRow): Promise<MeetingDetail> {
  const names = await namesOf(ctx.tx, meeting.officeId);
  const [attendance, agenda, decisions] = [await attendanceOf(ctx.tx, [meeting.id]), await agendaOf(ctx.tx, [meeting.id]), await decisionsOf(ctx.tx, meeting.id)];
  const editable =
    ctx.actor.kind === 'user' &&
    ctx.actor.roles.some((r) => (meetingsPolicy.updateMeeting.roles as readonly string[]).includes(r)) &&
    mayWorkOnMeeting(ctx.actor, await meetingTarget(ctx.tx, ctx.actor, meeting));
  return {
    ...presentSummary(meeting, attendance, names),
    invitedOrganizations: meeting.invitedOrganizationIds.flatMap((id) => names.organization(id) ?? []).sort((a, b) => a.name.localeCompare(b.name, 'de')),
    attendance: attendance
      .flatMap((a) => {
        const organization = names.organization(a.organizationId);
        return organization ? [{ organizationId: a.organizationId, organizationName: organization.name, organizationType: organization.type, headCount: a.headCount }] : [];
      })
      .sort((a, b) => a.organizationName.localeCompare(b.organizationName, 'de')),
    guestCount: meeting.guestCount,
    minutes: meeting.minutes,
    cancelReason: meeting.cancelReason,
    agenda: agenda.map((a) => ({
      id: a.id,
      position: a.position,
      title: a.title,
      notes: a.notes,
      broughtByMembershipId: a.broughtByMembershipId,
      broughtByName: names.person(a.broughtByMembershipId),
      needIds: a.needIds,
      serviceIds: a.serviceIds,
      projectIds: a.projectIds,
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      agendaItemId: d.agendaItemId,
      kind: d.kind as DecisionKind,
      text: d.text,
      ownerMembershipId: d.ownerMembershipId,
      ownerName: names.person(d.ownerMembershipId),
      dueOn: d.dueOn,
      doneOn: d.doneOn,
      projectId: d.projectId,
    })),
    editable,
  };
}

export async function readMeeting(ctx: Ctx, input: { id: string }): Promise<MeetingDetail> {
  authorize(ctx.actor, meetingsPolicy.readMeeting);
  const meeting = await findMeeting(ctx.tx, input.id);
  if (!meeting || meeting.officeId !== officeOf(ctx.actor)) throw notFound('Das Netzwerktreffen');
  return presentDetail(ctx, meeting);
}

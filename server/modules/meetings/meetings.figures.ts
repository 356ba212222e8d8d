import { and, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { agendaItems, meetingAttendance, meetings } from './meetings.tables';

// What the network analysis reads of meetings (many shoulders, ties from shared meetings). Exported through index.ts.

export type FigurePeriod = { spaceId?: string | undefined; from: string; to: string };

/** The day a meeting took place, in Berlin (a meeting late in the evening of 31.12. belongs to the old year). */
const heldOn = sql<string>`to_char((${meetings.startsAt} at time zone 'Europe/Berlin')::date, 'YYYY-MM-DD')`;

function inPeriod(officeId: string, period: FigurePeriod): SQL[] {
  const where: SQL[] = [
    eq(meetings.officeId, officeId),
    sql`(${meetings.startsAt} at time zone 'Europe/Berlin')::date between ${period.from}::date and ${period.to}::date`,
  ];
  if (period.spaceId) where.push(sql`${meetings.spaceIds} @> array[${period.spaceId}]::uuid[]`);
  return where;
}

export type HeldMeetingFigure = { id: string; spaceIds: string[]; heldOn: string; organizerMembershipIds: string[]; attendingOrganizationIds: string[] };

/** Held meetings of the office (of one space, if given) in the period, with their organisers and attending organisations. */
export async function heldMeetingsInPeriod(tx: Db, officeId: string, period: FigurePeriod): Promise<HeldMeetingFigure[]> {
  const rows = await tx
    .select({ id: meetings.id, spaceIds: meetings.spaceIds, heldOn, organizerMembershipIds: meetings.organizerMembershipIds })
    .from(meetings)
    .where(and(...inPeriod(officeId, period), eq(meetings.state, 'held')));
  if (rows.length === 0) return [];
  const attendance = await tx
    .select({ meetingId: meetingAttendance.meetingId, organizationId: meetingAttendance.organizationId })
    .from(meetingAttendance)
    .where(inArray(meetingAttendance.meetingId, rows.map((r) => r.id)));
  const byMeeting = new Map<string, string[]>();
  for (const a of attendance) byMeeting.set(a.meetingId, [...(byMeeting.get(a.meetingId) ?? []), a.organizationId]);
  return rows.map((r) => ({ ...r, attendingOrganizationIds: byMeeting.get(r.id) ?? [] }));
}

/** Agenda items that someone of a team brought in, of the meetings (not cancelled) of the period. */
export async function agendaItemsInPeriod(tx: Db, officeId: string, period: FigurePeriod): Promise<{ meetingId: string; heldOn: string; broughtByMembershipId: string }[]> {
  const rows = await tx
    .select({ meetingId: agendaItems.meetingId, heldOn, broughtByMembershipId: agendaItems.broughtByMembershipId })
    .from(agendaItems)
    .innerJoin(meetings, eq(meetings.id, agendaItems.meetingId))
    .where(and(...inPeriod(officeId, period), ne(meetings.state, 'cancelled'), sql`${agendaItems.broughtByMembershipId} is not null`));
  return rows.flatMap((r) => (r.broughtByMembershipId ? [{ meetingId: r.meetingId, heldOn: r.heldOn, broughtByMembershipId: r.broughtByMembershipId }] : []));
}

import { and, asc, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { type Db, firstRow, oneRow } from '../../platform/db/database';
import { agendaItems, calendarFeeds, meetingAttendance, meetingDecisions, meetings } from './meetings.tables';

export type MeetingRow = typeof meetings.$inferSelect;
export type MeetingValues = typeof meetings.$inferInsert;
export type AgendaItemRow = typeof agendaItems.$inferSelect;
export type DecisionRow = typeof meetingDecisions.$inferSelect;
export type AttendanceRow = typeof meetingAttendance.$inferSelect;
export type CalendarFeedRow = typeof calendarFeeds.$inferSelect;

// ---- meetings ----

export const findMeeting = async (tx: Db, id: string) => firstRow(await tx.select().from(meetings).where(eq(meetings.id, id)));
export const findMeetingForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(meetings).where(eq(meetings.id, id)).for('update'));
export const insertMeeting = async (tx: Db, values: MeetingValues) => oneRow(await tx.insert(meetings).values(values).returning());
export const updateMeetingRow = async (tx: Db, id: string, values: Partial<MeetingValues>) =>
  oneRow(await tx.update(meetings).set({ ...values, updatedAt: new Date() }).where(eq(meetings.id, id)).returning());
export const deleteMeetingRow = (tx: Db, id: string) => tx.delete(meetings).where(eq(meetings.id, id));

export type MeetingFilter = {
  spaceIds?: readonly string[] | undefined;
  states?: readonly string[] | undefined;
  /** Berlin calendar days, inclusive. */
  from?: string | undefined;
  to?: string | undefined;
  /** Meetings one of these memberships organises (OR-ed with spaceIds when both are given). */
  organizerMembershipIds?: readonly string[] | undefined;
};

const berlinDay = sql`(${meetings.startsAt} at time zone 'Europe/Berlin')::date`;
const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

export function listMeetingRows(tx: Db, officeId: string, f: MeetingFilter) {
  const where: SQL[] = [eq(meetings.officeId, officeId)];
  const reach: SQL[] = [];
  if (f.spaceIds) reach.push(f.spaceIds.length ? sql`${meetings.spaceIds} && ${uuidArray(f.spaceIds)}` : sql`false`);
  if (f.organizerMembershipIds) reach.push(f.organizerMembershipIds.length ? sql`${meetings.organizerMembershipIds} && ${uuidArray(f.organizerMembershipIds)}` : sql`false`);
  if (reach.length) where.push(sql`(${sql.join(reach, sql` or `)})`);
  if (f.states?.length) where.push(inArray(meetings.state, [...f.states]));
  if (f.from) where.push(sql`${berlinDay} >= ${f.from}::date`);
  if (f.to) where.push(sql`${berlinDay} <= ${f.to}::date`);
  return tx
    .select()
    .from(meetings)
    .where(and(...where))
    .orderBy(desc(meetings.startsAt), asc(meetings.title));
}

/** Every meeting of the office that names one of the memberships as organiser (for the rotation). */
export const meetingsOrganisedBy = (tx: Db, officeId: string, membershipIds: readonly string[]) =>
  membershipIds.length
    ? tx
        .select({ startsAt: meetings.startsAt, state: meetings.state, organizerMembershipIds: meetings.organizerMembershipIds })
        .from(meetings)
        .where(and(eq(meetings.officeId, officeId), sql`${meetings.state} <> 'cancelled'`, sql`${meetings.organizerMembershipIds} && ${uuidArray(membershipIds)}`))
    : Promise.resolve([]);

// ---- attendance ----

export const attendanceOf = (tx: Db, meetingIds: readonly string[]) =>
  meetingIds.length ? tx.select().from(meetingAttendance).where(inArray(meetingAttendance.meetingId, [...meetingIds])) : Promise.resolve([] as AttendanceRow[]);
export async function replaceAttendance(tx: Db, meetingId: string, rows: readonly { organizationId: string; headCount: number }[]) {
  await tx.delete(meetingAttendance).where(eq(meetingAttendance.meetingId, meetingId));
  if (rows.length) await tx.insert(meetingAttendance).values(rows.map((r) => ({ meetingId, organizationId: r.organizationId, headCount: r.headCount })));
}

// ---- agenda ----

export const agendaOf = (tx: Db, meetingIds: readonly string[]) =>
  meetingIds.length
    ? tx.select().from(agendaItems).where(inArray(agendaItems.meetingId, [...meetingIds])).orderBy(asc(agendaItems.position))
    : Promise.resolve([] as AgendaItemRow[]);
export const findAgendaItemForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(agendaItems).where(eq(agendaItems.id, id)).for('update'));
export async function nextAgendaPosition(tx: Db, meetingId: string): Promise<number> {
  const rows = await tx.select({ last: sql<number | null>`max(${agendaItems.position})` }).from(agendaItems).where(eq(agendaItems.meetingId, meetingId));
  return Number(rows[0]?.last ?? 0) + 1;
}
export const insertAgendaItem = async (tx: Db, values: typeof agendaItems.$inferInsert) => oneRow(await tx.insert(agendaItems).values(values).returning());
export const updateAgendaItemRow = async (tx: Db, id: string, values: Partial<typeof agendaItems.$inferInsert>) =>
  oneRow(await tx.update(agendaItems).set(values).where(eq(agendaItems.id, id)).returning());
export const deleteAgendaItemRow = (tx: Db, id: string) => tx.delete(agendaItems).where(eq(agendaItems.id, id));

// ---- decisions ----

export const decisionsOf = (tx: Db, meetingId: string) =>
  tx.select().from(meetingDecisions).where(eq(meetingDecisions.meetingId, meetingId)).orderBy(asc(meetingDecisions.createdAt), asc(meetingDecisions.id));
export const findDecisionForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(meetingDecisions).where(eq(meetingDecisions.id, id)).for('update'));
export const insertDecision = async (tx: Db, values: typeof meetingDecisions.$inferInsert) => oneRow(await tx.insert(meetingDecisions).values(values).returning());
export const updateDecisionRow = async (tx: Db, id: string, values: Partial<typeof meetingDecisions.$inferInsert>) =>
  oneRow(await tx.update(meetingDecisions).set(values).where(eq(meetingDecisions.id, id)).returning());

/** Follow-up tasks of the office's meetings (of these owners, when given), open ones first, by due date. */
export function tasksOfOffice(tx: Db, officeId: string, ownerMembershipIds: readonly string[] | undefined, openOnly: boolean) {
  if (ownerMembershipIds?.length === 0) return Promise.resolve([]);
  return tx
    .select({ decision: meetingDecisions, meetingTitle: meetings.title, meetingStartsAt: meetings.startsAt })
    .from(meetingDecisions)
    .innerJoin(meetings, eq(meetings.id, meetingDecisions.meetingId))
    .where(
      and(
        eq(meetings.officeId, officeId),
        eq(meetingDecisions.kind, 'task'),
        ownerMembershipIds ? inArray(meetingDecisions.ownerMembershipId, [...ownerMembershipIds]) : undefined,
        openOnly ? isNull(meetingDecisions.doneOn) : undefined,
      ),
    )
    .orderBy(sql`${meetingDecisions.doneOn} is not null`, asc(meetingDecisions.dueOn), asc(meetings.startsAt));
}

// ---- calendar feeds ----

export const insertFeed = async (tx: Db, values: typeof calendarFeeds.$inferInsert) => oneRow(await tx.insert(calendarFeeds).values(values).returning());
export const feedsOfUser = (tx: Db, userId: string) => tx.select().from(calendarFeeds).where(eq(calendarFeeds.userId, userId)).orderBy(desc(calendarFeeds.createdAt));
export const findFeedForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(calendarFeeds).where(eq(calendarFeeds.id, id)).for('update'));
export const findFeedByHash = async (tx: Db, tokenHash: string) => firstRow(await tx.select().from(calendarFeeds).where(eq(calendarFeeds.tokenHash, tokenHash)));
export const revokeFeedRow = async (tx: Db, id: string) => oneRow(await tx.update(calendarFeeds).set({ revokedAt: new Date() }).where(eq(calendarFeeds.id, id)).returning());

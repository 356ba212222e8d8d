import { and, asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import { type Db, firstRow, oneRow, queryRows } from '../../platform/db/database';
import { projectAttachments, projectReach, projects, projectStatusEvents, projectYearNotes } from './projects.tables';

export type ProjectRow = typeof projects.$inferSelect;
export type ProjectValues = typeof projects.$inferInsert;
export type ReachRow = typeof projectReach.$inferSelect;
export type YearNoteRow = typeof projectYearNotes.$inferSelect;
export type StatusEventRow = typeof projectStatusEvents.$inferSelect;

export const findProject = async (tx: Db, id: string) => firstRow(await tx.select().from(projects).where(eq(projects.id, id)));
export const findProjectForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(projects).where(eq(projects.id, id)).for('update'));
export const insertProject = async (tx: Db, values: ProjectValues) => oneRow(await tx.insert(projects).values(values).returning());
export const updateProjectRow = async (tx: Db, id: string, values: Partial<ProjectValues>) =>
  oneRow(await tx.update(projects).set({ ...values, updatedAt: new Date() }).where(eq(projects.id, id)).returning());
export const deleteProjectRow = (tx: Db, id: string) => tx.delete(projects).where(eq(projects.id, id));

export type ProjectFilter = {
  status?: readonly string[] | undefined;
  spaceId?: string | undefined;
  initiatedBy?: string | undefined;
  topicId?: string | undefined;
  year?: number | undefined;
  q?: string | undefined;
  ids?: readonly string[] | undefined;
};

export function listProjectRows(tx: Db, officeId: string, f: ProjectFilter) {
  const where: SQL[] = [eq(projects.officeId, officeId)];
  if (f.status?.length) where.push(inArray(projects.status, [...f.status]));
  if (f.spaceId) where.push(sql`${projects.spaceIds} @> array[${f.spaceId}]::uuid[]`);
  if (f.initiatedBy) where.push(eq(projects.initiatedBy, f.initiatedBy));
  if (f.topicId) where.push(sql`${projects.topicIds} @> array[${f.topicId}]::uuid[]`);
  if (f.year !== undefined) {
    where.push(sql`coalesce(${projects.startsOn}, ${projects.createdAt}::date) <= ${`${f.year}-12-31`}::date`);
    where.push(sql`(${projects.endsOn} is null or ${projects.endsOn} >= ${`${f.year}-01-01`}::date)`);
  }
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where.push(sql`(${projects.title} ilike ${like} or ${projects.description} ilike ${like} or ${projects.initiationNote} ilike ${like})`);
  }
  if (f.ids) where.push(f.ids.length ? inArray(projects.id, [...f.ids]) : sql`false`);
  return tx
    .select()
    .from(projects)
    .where(and(...where))
    .orderBy(desc(sql`coalesce(${projects.startsOn}, ${projects.createdAt}::date)`), asc(projects.title));
}

export async function reachTotals(tx: Db, officeId: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ projectId: string; total: number }>(
    tx,
    sql`select r.project_id as "projectId", sum(r.count)::int as total from project_reach r join projects p on p.id = r.project_id
        where p.office_id = ${officeId} group by r.project_id`,
  );
  return new Map(rows.map((r) => [r.projectId, Number(r.total)]));
}

export const reachOf = (tx: Db, projectId: string) => tx.select().from(projectReach).where(eq(projectReach.projectId, projectId)).orderBy(asc(projectReach.year), asc(projectReach.ageBand));
export async function replaceReach(tx: Db, projectId: string, rows: { year: number; ageBand: string; count: number }[]) {
  await tx.delete(projectReach).where(eq(projectReach.projectId, projectId));
  if (rows.length) await tx.insert(projectReach).values(rows.map((r) => ({ ...r, projectId })));
}

export const yearNotesOf = (tx: Db, projectId: string) => tx.select().from(projectYearNotes).where(eq(projectYearNotes.projectId, projectId)).orderBy(desc(projectYearNotes.year));
export const findYearNote = async (tx: Db, projectId: string, year: number) =>
  firstRow(await tx.select().from(projectYearNotes).where(and(eq(projectYearNotes.projectId, projectId), eq(projectYearNotes.year, year))));
export async function upsertYearNote(tx: Db, values: typeof projectYearNotes.$inferInsert) {
  return oneRow(
    await tx
      .insert(projectYearNotes)
      .values(values)
      .onConflictDoUpdate({
        target: [projectYearNotes.projectId, projectYearNotes.year],
        set: { successes: values.successes, difficulties: values.difficulties, updatedByUserId: values.updatedByUserId, updatedAt: new Date() },
      })
      .returning(),
  );
}

export const statusEventsOf = (tx: Db, projectId: string) =>
  tx
    .select({ status: projectStatusEvents.status, on: projectStatusEvents.occurredOn, reason: projectStatusEvents.reason, byName: users.displayName })
    .from(projectStatusEvents)
    .leftJoin(users, eq(users.id, projectStatusEvents.byUserId))
    .where(eq(projectStatusEvents.projectId, projectId))
    .orderBy(asc(projectStatusEvents.createdAt));
export const insertStatusEvent = (tx: Db, values: typeof projectStatusEvents.$inferInsert) => tx.insert(projectStatusEvents).values(values);

const attachmentColumns = {
  id: projectAttachments.id,
  projectId: projectAttachments.projectId,
  fileName: projectAttachments.fileName,
  mediaType: projectAttachments.mediaType,
  sizeBytes: projectAttachments.sizeBytes,
  uploadedAt: projectAttachments.uploadedAt,
};
export const attachmentsOf = (tx: Db, projectId: string) =>
  tx.select(attachmentColumns).from(projectAttachments).where(eq(projectAttachments.projectId, projectId)).orderBy(asc(projectAttachments.uploadedAt));
export const findAttachmentMeta = async (tx: Db, id: string) => firstRow(await tx.select(attachmentColumns).from(projectAttachments).where(eq(projectAttachments.id, id)));
export const findAttachmentWithContent = async (tx: Db, id: string) => firstRow(await tx.select().from(projectAttachments).where(eq(projectAttachments.id, id)));
export const insertAttachment = async (tx: Db, values: typeof projectAttachments.$inferInsert) =>
  oneRow(await tx.insert(projectAttachments).values(values).returning(attachmentColumns));
export const deleteAttachmentRow = (tx: Db, id: string) => tx.delete(projectAttachments).where(eq(projectAttachments.id, id));

/** Projects of the office by id, for other modules (budget) that reserve money for them. */
export const projectRefs = (tx: Db, officeId: string, ids: readonly string[]) =>
  ids.length
    ? tx.select({ id: projects.id, title: projects.title, spaceIds: projects.spaceIds, status: projects.status }).from(projects).where(and(eq(projects.officeId, officeId), inArray(projects.id, [...ids])))
    : Promise.resolve([]);

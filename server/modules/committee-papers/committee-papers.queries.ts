import { and, asc, count, desc, eq, gte, inArray, isNotNull, isNull, lte, ne, type SQL } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import { type Db, firstRow, oneRow } from '../../platform/db/database';
import { offices } from '../../platform/db/platform.tables';
import { committeeMeetings, committees, paperConsultations, paperFiles, paperRelated, papers } from './committee-papers.tables';

// All SQL of committees, their meetings and the papers; every function takes the transaction.

export type CommitteeRow = typeof committees.$inferSelect;
export type CommitteeMeetingRow = typeof committeeMeetings.$inferSelect;
export type PaperRow = typeof papers.$inferSelect;
export type OfficeRow = typeof offices.$inferSelect;

// ---- committees ----

export const listCommitteeRows = (tx: Db, officeId: string) => tx.select().from(committees).where(eq(committees.officeId, officeId)).orderBy(asc(committees.name), asc(committees.id));
export const findCommittee = async (tx: Db, id: string) => firstRow(await tx.select().from(committees).where(eq(committees.id, id)));
export const findCommitteeForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(committees).where(eq(committees.id, id)).for('update'));
export const findCommitteeByName = async (tx: Db, officeId: string, name: string) =>
  firstRow(await tx.select().from(committees).where(and(eq(committees.officeId, officeId), eq(committees.name, name))));
export const committeesByIds = (tx: Db, ids: readonly string[]) => (ids.length ? tx.select().from(committees).where(inArray(committees.id, [...ids])) : Promise.resolve([]));
export const insertCommittee = async (tx: Db, values: typeof committees.$inferInsert) => oneRow(await tx.insert(committees).values(values).returning());
export const updateCommitteeRow = async (tx: Db, id: string, values: Partial<typeof committees.$inferInsert>) =>
  oneRow(await tx.update(committees).set({ ...values, updatedAt: new Date() }).where(eq(committees.id, id)).returning());

/** Where a committee is used: as the responsible unit of papers, in the Beratungsfolge of papers, and with meetings. */
export async function committeeUse(tx: Db, id: string): Promise<{ responsibleFor: string[]; consultedOn: string[]; meetings: number }> {
  const responsibleFor = await tx.select({ reference: papers.reference }).from(papers).where(eq(papers.responsibleUnitId, id)).orderBy(asc(papers.reference)).limit(5);
  const consultedOn = await tx
    .selectDistinct({ reference: papers.reference })
    .from(paperConsultations)
    .innerJoin(papers, eq(papers.id, paperConsultations.paperId))
    .where(eq(paperConsultations.committeeId, id))
    .orderBy(asc(papers.reference))
    .limit(5);
  const [meetings] = await tx.select({ n: count() }).from(committeeMeetings).where(eq(committeeMeetings.committeeId, id));
  return { responsibleFor: responsibleFor.map((r) => r.reference), consultedOn: consultedOn.map((r) => r.reference), meetings: meetings?.n ?? 0 };
}

// ---- committee meetings ----

export type MeetingWithCommittee = CommitteeMeetingRow & { committeeName: string };

const meetingColumns = {
  id: committeeMeetings.id,
  officeId: committeeMeetings.officeId,
  committeeId: committeeMeetings.committeeId,
  name: committeeMeetings.name,
  startsAt: committeeMeetings.startsAt,
  endsAt: committeeMeetings.endsAt,
  place: committeeMeetings.place,
  createdAt: committeeMeetings.createdAt,
  updatedAt: committeeMeetings.updatedAt,
  committeeName: committees.name,
};

export const listMeetingRows = (tx: Db, officeId: string, committeeId: string | undefined): Promise<MeetingWithCommittee[]> =>
  tx
    .select(meetingColumns)
    .from(committeeMeetings)
    .innerJoin(committees, eq(committees.id, committeeMeetings.committeeId))
    .where(and(eq(committeeMeetings.officeId, officeId), committeeId ? eq(committeeMeetings.committeeId, committeeId) : undefined))
    .orderBy(desc(committeeMeetings.startsAt), asc(committeeMeetings.id));
export const findMeetingWithCommittee = async (tx: Db, id: string): Promise<MeetingWithCommittee | undefined> =>
  firstRow(await tx.select(meetingColumns).from(committeeMeetings).innerJoin(committees, eq(committees.id, committeeMeetings.committeeId)).where(eq(committeeMeetings.id, id)));
export const findMeetingForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(committeeMeetings).where(eq(committeeMeetings.id, id)).for('update'));
export const meetingsByIds = (tx: Db, ids: readonly string[]) => (ids.length ? tx.select().from(committeeMeetings).where(inArray(committeeMeetings.id, [...ids])) : Promise.resolve([]));
export const insertMeeting = async (tx: Db, values: typeof committeeMeetings.$inferInsert) => oneRow(await tx.insert(committeeMeetings).values(values).returning());
export const updateMeetingRow = async (tx: Db, id: string, values: Partial<typeof committeeMeetings.$inferInsert>) =>
  oneRow(await tx.update(committeeMeetings).set({ ...values, updatedAt: new Date() }).where(eq(committeeMeetings.id, id)).returning());

/** The references of the papers whose Beratungsfolge names the meeting. */
export async function papersConsultedAt(tx: Db, meetingId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ reference: papers.reference })
    .from(paperConsultations)
    .innerJoin(papers, eq(papers.id, paperConsultations.paperId))
    .where(eq(paperConsultations.meetingId, meetingId))
    .orderBy(asc(papers.reference));
  return rows.map((r) => r.reference);
}

// ---- papers ----

export const listPaperRows = (tx: Db, officeId: string) =>
  tx.select().from(papers).where(eq(papers.officeId, officeId)).orderBy(desc(papers.date), desc(papers.createdAt), desc(papers.reference));
export const findPaper = async (tx: Db, id: string) => firstRow(await tx.select().from(papers).where(eq(papers.id, id)));
export const findPaperForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(papers).where(eq(papers.id, id)).for('update'));
export const findPaperByReference = async (tx: Db, officeId: string, reference: string) =>
  firstRow(await tx.select().from(papers).where(and(eq(papers.officeId, officeId), eq(papers.reference, reference))));
export const papersByIds = (tx: Db, ids: readonly string[]) => (ids.length ? tx.select().from(papers).where(inArray(papers.id, [...ids])) : Promise.resolve([]));
export const insertPaper = async (tx: Db, values: typeof papers.$inferInsert) => oneRow(await tx.insert(papers).values(values).returning());
export const updatePaperRow = async (tx: Db, id: string, values: Partial<typeof papers.$inferInsert>) =>
  oneRow(await tx.update(papers).set({ ...values, updatedAt: new Date() }).where(eq(papers.id, id)).returning());
export const deletePaperRow = (tx: Db, id: string) => tx.delete(papers).where(eq(papers.id, id));

/** The newest paper carrying the report of a year and scope (one space, or null for all spaces). */
export const latestPaperFor = async (tx: Db, officeId: string, year: number, spaceId: string | null) =>
  firstRow(
    await tx
      .select()
      .from(papers)
      .where(and(eq(papers.officeId, officeId), eq(papers.year, year), spaceId ? eq(papers.spaceId, spaceId) : isNull(papers.spaceId)))
      .orderBy(desc(papers.date), desc(papers.createdAt), desc(papers.id))
      .limit(1),
  );

export type RelatedRow = { paperId: string; id: string; reference: string; name: string; publishedAt: Date | null };

export const relatedOf = (tx: Db, paperIds: readonly string[]): Promise<RelatedRow[]> =>
  paperIds.length
    ? tx
        .select({ paperId: paperRelated.paperId, id: papers.id, reference: papers.reference, name: papers.name, publishedAt: papers.publishedAt })
        .from(paperRelated)
        .innerJoin(papers, eq(papers.id, paperRelated.relatedPaperId))
        .where(inArray(paperRelated.paperId, [...paperIds]))
        .orderBy(asc(papers.date), asc(papers.reference))
    : Promise.resolve([]);

export async function replaceRelated(tx: Db, paperId: string, relatedIds: readonly string[]): Promise<void> {
  await tx.delete(paperRelated).where(eq(paperRelated.paperId, paperId));
  if (relatedIds.length) await tx.insert(paperRelated).values(relatedIds.map((relatedPaperId) => ({ paperId, relatedPaperId })));
}

/** The references of the other papers that name this one as related. */
export async function papersNaming(tx: Db, paperId: string): Promise<string[]> {
  const rows = await tx
    .select({ reference: papers.reference })
    .from(paperRelated)
    .innerJoin(papers, eq(papers.id, paperRelated.paperId))
    .where(and(eq(paperRelated.relatedPaperId, paperId), ne(paperRelated.paperId, paperId)))
    .orderBy(asc(papers.reference));
  return rows.map((r) => r.reference);
}

export type ConsultationRow = {
  id: string;
  paperId: string;
  position: number;
  committeeId: string;
  committeeName: string;
  meetingId: string | null;
  meetingStartsAt: Date | null;
  role: string;
};

export const consultationsOf = (tx: Db, paperIds: readonly string[]): Promise<ConsultationRow[]> =>
  paperIds.length
    ? tx
        .select({
          id: paperConsultations.id,
          paperId: paperConsultations.paperId,
          position: paperConsultations.position,
          committeeId: paperConsultations.committeeId,
          committeeName: committees.name,
          meetingId: paperConsultations.meetingId,
          meetingStartsAt: committeeMeetings.startsAt,
          role: paperConsultations.role,
        })
        .from(paperConsultations)
        .innerJoin(committees, eq(committees.id, paperConsultations.committeeId))
        .leftJoin(committeeMeetings, eq(committeeMeetings.id, paperConsultations.meetingId))
        .where(inArray(paperConsultations.paperId, [...paperIds]))
        .orderBy(asc(paperConsultations.paperId), asc(paperConsultations.position))
    : Promise.resolve([]);

export const findConsultation = async (tx: Db, id: string) => firstRow(await tx.select().from(paperConsultations).where(eq(paperConsultations.id, id)));

export async function replaceConsultations(
  tx: Db,
  paperId: string,
  items: readonly { committeeId: string; meetingId: string | null; role: string }[],
): Promise<void> {
  await tx.delete(paperConsultations).where(eq(paperConsultations.paperId, paperId));
  if (items.length) await tx.insert(paperConsultations).values(items.map((item, i) => ({ paperId, position: i + 1, ...item })));
}

// ---- OParl lists: stable order by creation (OParl demands a stable order), with the standard's date filters ----

export type ChangeFilter = { createdSince?: string | undefined; createdUntil?: string | undefined; modifiedSince?: string | undefined; modifiedUntil?: string | undefined };
export type PageRequest = ChangeFilter & { page: number; perPage: number };

function changeConditions(columns: { createdAt: AnyPgColumn; updatedAt: AnyPgColumn }, f: ChangeFilter): SQL[] {
  const where: SQL[] = [];
  if (f.createdSince) where.push(gte(columns.createdAt, new Date(f.createdSince)));
  if (f.createdUntil) where.push(lte(columns.createdAt, new Date(f.createdUntil)));
  if (f.modifiedSince) where.push(gte(columns.updatedAt, new Date(f.modifiedSince)));
  if (f.modifiedUntil) where.push(lte(columns.updatedAt, new Date(f.modifiedUntil)));
  return where;
}

async function pageOf<T extends PgTable & { id: AnyPgColumn; createdAt: AnyPgColumn }>(
  tx: Db,
  table: T,
  where: SQL | undefined,
  request: PageRequest,
): Promise<{ rows: T['$inferSelect'][]; total: number }> {
  const [total] = await tx.select({ n: count() }).from(table as PgTable).where(where);
  const rows = (await tx
    .select()
    .from(table as PgTable)
    .where(where)
    .orderBy(asc(table.createdAt), asc(table.id))
    .limit(request.perPage)
    .offset((request.page - 1) * request.perPage)) as T['$inferSelect'][];
  return { rows, total: total?.n ?? 0 };
}

export const pageOfCommittees = (tx: Db, officeId: string, request: PageRequest) =>
  pageOf(tx, committees, and(eq(committees.officeId, officeId), ...changeConditions(committees, request)), request);
export const pageOfMeetings = (tx: Db, officeId: string, request: PageRequest) =>
  pageOf(tx, committeeMeetings, and(eq(committeeMeetings.officeId, officeId), ...changeConditions(committeeMeetings, request)), request);
export const pageOfPublishedPapers = (tx: Db, officeId: string, request: PageRequest) =>
  pageOf(tx, papers, and(eq(papers.officeId, officeId), isNotNull(papers.publishedAt), ...changeConditions(papers, request)), request);
/** An office has no change time of its own: its creation stands for both. */
export const pageOfOffices = (tx: Db, request: PageRequest) =>
  pageOf(tx, offices, and(...changeConditions({ createdAt: offices.createdAt, updatedAt: offices.createdAt }, request)), request);

export const findOffice = async (tx: Db, id: string): Promise<OfficeRow | undefined> => firstRow(await tx.select().from(offices).where(eq(offices.id, id)));

// ---- the fixed files of published papers ----

export type PaperFileRow = typeof paperFiles.$inferSelect;
export type PaperFileMeta = Pick<PaperFileRow, 'paperId' | 'kind' | 'fileName' | 'sha512' | 'sizeBytes' | 'createdAt'>;

/** Size and checksum of the stored files (without their bytes), for the OParl File objects. */
export const paperFileMetas = (tx: Db, paperIds: readonly string[]): Promise<PaperFileMeta[]> =>
  paperIds.length
    ? tx
        .select({ paperId: paperFiles.paperId, kind: paperFiles.kind, fileName: paperFiles.fileName, sha512: paperFiles.sha512, sizeBytes: paperFiles.sizeBytes, createdAt: paperFiles.createdAt })
        .from(paperFiles)
        .where(inArray(paperFiles.paperId, [...paperIds]))
    : Promise.resolve([]);

export const findPaperFile = async (tx: Db, paperId: string, kind: string) =>
  firstRow(await tx.select().from(paperFiles).where(and(eq(paperFiles.paperId, paperId), eq(paperFiles.kind, kind))));

/** Keeps files; a file that is already kept stays as it is (the first one wins). Returns the ones kept now. */
export async function insertPaperFiles(tx: Db, rows: ReadonlyArray<typeof paperFiles.$inferInsert>): Promise<PaperFileMeta[]> {
  if (!rows.length) return [];
  return tx
    .insert(paperFiles)
    .values([...rows])
    .onConflictDoNothing()
    .returning({ paperId: paperFiles.paperId, kind: paperFiles.kind, fileName: paperFiles.fileName, sha512: paperFiles.sha512, sizeBytes: paperFiles.sizeBytes, createdAt: paperFiles.createdAt });
}

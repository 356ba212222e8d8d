import { and, asc, desc, eq, isNull, type SQL } from 'drizzle-orm';
import { users } from '../../platform/auth/auth.tables';
import { type Db, firstRow, oneRow } from '../../platform/db/database';
import { reportSettings, reportTextBlocks } from './annual-report.tables';

const scope = (officeId: string, year: number, spaceId: string | null): SQL[] => [
  eq(reportTextBlocks.officeId, officeId),
  eq(reportTextBlocks.year, year),
  spaceId ? eq(reportTextBlocks.spaceId, spaceId) : isNull(reportTextBlocks.spaceId),
];

const columns = {
  key: reportTextBlocks.key,
  version: reportTextBlocks.version,
  text: reportTextBlocks.text,
  writtenAt: reportTextBlocks.writtenAt,
  writtenByName: users.displayName,
};

/** Every version of the text blocks of a year and scope, newest first per key. */
export const textVersions = (tx: Db, officeId: string, year: number, spaceId: string | null, key?: string) =>
  tx
    .select(columns)
    .from(reportTextBlocks)
    .leftJoin(users, eq(users.id, reportTextBlocks.writtenByUserId))
    .where(and(...scope(officeId, year, spaceId), ...(key ? [eq(reportTextBlocks.key, key)] : [])))
    .orderBy(asc(reportTextBlocks.key), desc(reportTextBlocks.version));

export async function latestVersion(tx: Db, officeId: string, year: number, spaceId: string | null, key: string): Promise<number> {
  const row = firstRow(
    await tx
      .select({ version: reportTextBlocks.version })
      .from(reportTextBlocks)
      .where(and(...scope(officeId, year, spaceId), eq(reportTextBlocks.key, key)))
      .orderBy(desc(reportTextBlocks.version))
      .limit(1),
  );
  return row?.version ?? 0;
}

export const insertTextVersion = async (tx: Db, values: typeof reportTextBlocks.$inferInsert) => oneRow(await tx.insert(reportTextBlocks).values(values).returning());

export const settingsOf = async (tx: Db, officeId: string) => firstRow(await tx.select().from(reportSettings).where(eq(reportSettings.officeId, officeId)));
export async function upsertSettings(tx: Db, officeId: string, suppressionThreshold: number) {
  return oneRow(
    await tx
      .insert(reportSettings)
      .values({ officeId, suppressionThreshold })
      .onConflictDoUpdate({ target: reportSettings.officeId, set: { suppressionThreshold, updatedAt: new Date() } })
      .returning(),
  );
}

import { asc, desc, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { NeedListQuery } from '../../../common/api/needs';
import { users } from '../../platform/auth/auth.tables';
import { type Db, firstRow, oneRow, queryRows } from '../../platform/db/database';
import { gapEvents, gaps, needs, referrals } from './needs.tables';

export type NeedRow = typeof needs.$inferSelect;
export type NeedValues = typeof needs.$inferInsert;
export type GapRow = typeof gaps.$inferSelect;
export type GapEventRow = typeof gapEvents.$inferSelect;
export type ReferralRow = typeof referrals.$inferSelect;

const uuidArray = (ids: readonly string[]) => sql`${`{${ids.join(',')}}`}::uuid[]`;

export const findNeed = async (tx: Db, id: string) => firstRow(await tx.select().from(needs).where(eq(needs.id, id)));
export const findNeedForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(needs).where(eq(needs.id, id)).for('update'));
export const insertNeed = async (tx: Db, values: NeedValues) => oneRow(await tx.insert(needs).values(values).returning());
export const updateNeedRow = async (tx: Db, id: string, values: Partial<NeedValues>) =>
  oneRow(await tx.update(needs).set({ ...values, updatedAt: new Date() }).where(eq(needs.id, id)).returning());
export const deleteNeedRow = async (tx: Db, id: string) => {
  await tx.delete(needs).where(eq(needs.id, id));
};

export type NeedFilter = Omit<NeedListQuery, 'limit' | 'offset'> & {
  /** null: every space of the office; otherwise only these. */
  spaceIds: readonly string[] | null;
  /** The topic and every narrower one. */
  topicIds?: readonly string[];
};

export function needConditions(officeId: string, filter: NeedFilter): SQL[] {
  const where: SQL[] = [sql`n.office_id = ${officeId}`];
  if (filter.spaceIds) where.push(filter.spaceIds.length ? sql`n.space_id = any(${uuidArray(filter.spaceIds)})` : sql`false`);
  if (filter.spaceId) where.push(sql`n.space_id = ${filter.spaceId}`);
  if (filter.topicIds?.length) where.push(sql`n.topic_ids && ${uuidArray(filter.topicIds)}`);
  if (filter.voice) where.push(sql`n.voice = ${filter.voice}`);
  if (filter.source) where.push(sql`n.source = ${filter.source}`);
  if (filter.status) where.push(sql`n.status = ${filter.status}`);
  where.push(sql`n.review_state = ${filter.review ?? 'accepted'}`);
  if (filter.ageBand) where.push(sql`${filter.ageBand} = any(n.age_bands)`);
  if (filter.gapKind) {
    const topics = filter.topicIds?.length ? sql` and g.topic_id = any(${uuidArray(filter.topicIds)})` : sql``;
    where.push(sql`exists (select 1 from gaps g where g.need_id = n.id and g.kind = ${filter.gapKind}${topics})`);
  }
  if (filter.from) where.push(sql`n.recorded_on >= ${filter.from}`);
  if (filter.to) where.push(sql`n.recorded_on <= ${filter.to}`);
  if (filter.q) where.push(sql`(n.text ilike ${`%${filter.q}%`} or n.requirements->>'text' ilike ${`%${filter.q}%`} or n.helpful_text ilike ${`%${filter.q}%`})`);
  return where;
}

export async function listNeedRows(tx: Db, officeId: string, filter: NeedFilter, page: { limit: number; offset: number }) {
  const where = sql.join(needConditions(officeId, filter), sql` and `);
  const rows = await queryRows<{ id: string }>(tx, sql`select n.id from needs n where ${where} order by n.recorded_on desc, n.created_at desc, n.id limit ${page.limit} offset ${page.offset}`);
  const count = await queryRows<{ total: number }>(tx, sql`select count(*)::int as total from needs n where ${where}`);
  const ids = rows.map((r) => r.id);
  const full = ids.length ? await tx.select().from(needs).where(inArray(needs.id, ids)) : [];
  const byId = new Map(full.map((r) => [r.id, r]));
  return { rows: ids.map((id) => byId.get(id)).filter((r): r is NeedRow => !!r), total: count[0]?.total ?? 0 };
}

export const gapsOfNeeds = async (tx: Db, needIds: readonly string[]) =>
  needIds.length ? tx.select().from(gaps).where(inArray(gaps.needId, [...needIds])).orderBy(asc(gaps.openedOn), asc(gaps.id)) : [];
export const findGapForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(gaps).where(eq(gaps.id, id)).for('update'));
export const insertGap = async (tx: Db, values: typeof gaps.$inferInsert) => oneRow(await tx.insert(gaps).values(values).returning());
export const updateGapRow = async (tx: Db, id: string, values: Partial<typeof gaps.$inferInsert>) =>
  oneRow(await tx.update(gaps).set({ ...values, updatedAt: new Date() }).where(eq(gaps.id, id)).returning());
export const deleteGapRow = async (tx: Db, id: string) => {
  await tx.delete(gaps).where(eq(gaps.id, id));
};
export const insertGapEvent = async (tx: Db, values: typeof gapEvents.$inferInsert) => {
  await tx.insert(gapEvents).values(values);
};

/** Open gaps nobody confirmed by hand, of accepted needs, in some spaces (all of the office: null). */
export async function recomputableGaps(tx: Db, officeId: string, spaceIds: readonly string[] | null) {
  const spaces = spaceIds ? sql` and n.space_id = any(${uuidArray(spaceIds)})` : sql``;
  return queryRows<{ needId: string }>(
    tx,
    sql`select distinct n.id as "needId" from needs n join gaps g on g.need_id = n.id
        where n.office_id = ${officeId} and n.review_state = 'accepted' and g.state = 'open' and not g.confirmed${spaces}`,
  );
}

export async function gapEventsOf(tx: Db, gapIds: readonly string[]) {
  if (gapIds.length === 0) return [];
  return tx
    .select({ gapId: gapEvents.gapId, at: gapEvents.at, event: gapEvents.event, kind: gapEvents.kind, note: gapEvents.note, byName: users.displayName })
    .from(gapEvents)
    .leftJoin(users, eq(users.id, gapEvents.userId))
    .where(inArray(gapEvents.gapId, [...gapIds]))
    .orderBy(asc(gapEvents.at), asc(gapEvents.id));
}

export const referralsOfNeed = (tx: Db, needId: string) => tx.select().from(referrals).where(eq(referrals.needId, needId)).orderBy(desc(referrals.referredOn));
export async function insertReferral(tx: Db, values: typeof referrals.$inferInsert): Promise<ReferralRow | undefined> {
  return firstRow(await tx.insert(referrals).values(values).onConflictDoNothing({ target: [referrals.needId, referrals.serviceId] }).returning());
}

export async function userName(tx: Db, id: string | null): Promise<string | null> {
  if (!id) return null;
  return firstRow(await tx.select({ name: users.displayName }).from(users).where(eq(users.id, id)))?.name ?? null;
}

// ---- the gap summary (aggregates only) ----

export type GapCountRow = { spaceId: string; topicId: string; voice: 'affected' | 'professional'; kind: 'missing' | 'reach' | 'fit'; count: number; open: number };
export type SummaryFilter = { from: string; to: string; voice?: string | undefined; source?: string | undefined; ageBand?: string | undefined; spaceId?: string | undefined };

function summaryWhere(officeId: string, f: SummaryFilter, dated: boolean): SQL {
  const parts: SQL[] = [sql`n.office_id = ${officeId}`, sql`n.review_state = 'accepted'`];
  if (dated) parts.push(sql`n.recorded_on between ${f.from} and ${f.to}`);
  if (f.voice) parts.push(sql`n.voice = ${f.voice}`);
  if (f.source) parts.push(sql`n.source = ${f.source}`);
  if (f.ageBand) parts.push(sql`${f.ageBand} = any(n.age_bands)`);
  if (f.spaceId) parts.push(sql`n.space_id = ${f.spaceId}`);
  return sql.join(parts, sql` and `);
}

/** Gaps of needs recorded in the period, by space, topic, voice and kind. */
export const gapCounts = (tx: Db, officeId: string, f: SummaryFilter) =>
  queryRows<GapCountRow>(
    tx,
    sql`select n.space_id as "spaceId", g.topic_id as "topicId", n.voice, g.kind, count(*)::int as count,
          count(*) filter (where g.state = 'open')::int as open
        from gaps g join needs n on n.id = g.need_id
        where ${summaryWhere(officeId, f, true)}
        group by 1, 2, 3, 4`,
  );

/** Gaps opened and closed within the period, by space and topic, whenever their need was recorded. */
export const gapFlows = (tx: Db, officeId: string, f: SummaryFilter) =>
  queryRows<{ spaceId: string; topicId: string; opened: number; closed: number }>(
    tx,
    sql`select n.space_id as "spaceId", g.topic_id as "topicId",
          count(*) filter (where g.opened_on between ${f.from} and ${f.to})::int as opened,
          count(*) filter (where g.closed_on between ${f.from} and ${f.to})::int as closed
        from gaps g join needs n on n.id = g.need_id
        where ${summaryWhere(officeId, f, false)}
        group by 1, 2`,
  );

/** Needs of the period per space and voice, and those without a topic; public entries still waiting for review. */
export const needCounts = (tx: Db, officeId: string, f: SummaryFilter) =>
  queryRows<{ spaceId: string; voice: 'affected' | 'professional'; count: number; withoutTopic: number }>(
    tx,
    sql`select n.space_id as "spaceId", n.voice, count(*)::int as count, count(*) filter (where cardinality(n.topic_ids) = 0)::int as "withoutTopic"
        from needs n where ${summaryWhere(officeId, f, true)} group by 1, 2`,
  );
export async function pendingReviewCount(tx: Db, officeId: string, spaceId: string | undefined): Promise<number> {
  const spaces = spaceId ? sql` and space_id = ${spaceId}` : sql``;
  const rows = await queryRows<{ count: number }>(tx, sql`select count(*)::int as count from needs where office_id = ${officeId} and review_state = 'pending'${spaces}`);
  return rows[0]?.count ?? 0;
}

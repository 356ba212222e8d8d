import { and, count, eq, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { needs, referrals } from './needs.tables';

// What the network analysis reads of needs (many shoulders, ties from referrals). Exported through index.ts.

export type FigurePeriod = { spaceId?: string | undefined; from: string; to: string };

/**
 * Accepted needs of a space recorded in the period, counted per recording user and day (the day lets the caller
 * credit the team membership the person held then).
 */
export async function needsRecordedByUser(tx: Db, officeId: string, period: FigurePeriod & { spaceId: string }): Promise<{ userId: string; recordedOn: string; count: number }[]> {
  const recordedOn = sql<string>`to_char(${needs.recordedOn}, 'YYYY-MM-DD')`;
  const rows = await tx
    .select({ userId: needs.recordedByUserId, recordedOn, count: count() })
    .from(needs)
    .where(
      and(
        eq(needs.officeId, officeId),
        eq(needs.spaceId, period.spaceId),
        eq(needs.reviewState, 'accepted'),
        isNotNull(needs.recordedByUserId),
        sql`${needs.recordedOn} between ${period.from}::date and ${period.to}::date`,
      ),
    )
    .groupBy(needs.recordedByUserId, needs.recordedOn);
  return rows.flatMap((r) => (r.userId ? [{ userId: r.userId, recordedOn: r.recordedOn, count: Number(r.count) }] : []));
}

/** Referrals of the period (of needs in one space, if given) that tie two known organisations. */
export async function referralsInPeriod(tx: Db, officeId: string, period: FigurePeriod): Promise<{ fromOrganizationId: string; toOrganizationId: string; referredOn: string; spaceId: string }[]> {
  const where: SQL[] = [
    eq(referrals.officeId, officeId),
    isNotNull(referrals.fromOrganizationId),
    isNotNull(referrals.toOrganizationId),
    sql`${referrals.referredOn} between ${period.from}::date and ${period.to}::date`,
  ];
  if (period.spaceId) where.push(eq(needs.spaceId, period.spaceId));
  const rows = await tx
    .select({
      fromOrganizationId: referrals.fromOrganizationId,
      toOrganizationId: referrals.toOrganizationId,
      referredOn: sql<string>`to_char(${referrals.referredOn}, 'YYYY-MM-DD')`,
      spaceId: needs.spaceId,
    })
    .from(referrals)
    .innerJoin(needs, eq(needs.id, referrals.needId))
    .where(and(...where));
  return rows.flatMap((r) => (r.fromOrganizationId && r.toOrganizationId ? [{ fromOrganizationId: r.fromOrganizationId, toOrganizationId: r.toOrganizationId, referredOn: r.referredOn, spaceId: r.spaceId }] : []));
}

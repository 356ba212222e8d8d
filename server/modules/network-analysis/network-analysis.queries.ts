import { eq } from 'drizzle-orm';
import type { ContributionKind } from '../../../common/meeting-terms';
import { type Db, firstRow, oneRow } from '../../platform/db/database';
import { contributionWeights } from './network-analysis.tables';

export const weightsOf = async (tx: Db, officeId: string) => firstRow(await tx.select().from(contributionWeights).where(eq(contributionWeights.officeId, officeId)));

export async function upsertWeights(tx: Db, officeId: string, weights: Record<ContributionKind, number>) {
  return oneRow(
    await tx
      .insert(contributionWeights)
      .values({ officeId, weights })
      .onConflictDoUpdate({ target: contributionWeights.officeId, set: { weights, updatedAt: new Date() } })
      .returning(),
  );
}

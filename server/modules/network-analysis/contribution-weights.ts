import { type ContributionKind, contributionKinds, defaultContributionWeights } from '../../../common/meeting-terms';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { networkAnalysisPolicy } from './network-analysis.policy';
import { upsertWeights, weightsOf } from './network-analysis.queries';

export type Weights = Record<ContributionKind, number>;

/** The office's weights; a kind the stored setting does not know yet counts with its default. */
export async function officeWeights(tx: Db, officeId: string): Promise<Weights> {
  const stored: Partial<Weights> = (await weightsOf(tx, officeId))?.weights ?? {};
  return Object.fromEntries(contributionKinds.map((k) => [k, stored[k] ?? defaultContributionWeights[k]])) as Weights;
}

export async function readContributionWeights(ctx: Ctx): Promise<Weights> {
  authorize(ctx.actor, networkAnalysisPolicy.readWeights);
  return officeWeights(ctx.tx, officeOf(ctx.actor));
}

export async function updateContributionWeights(ctx: Ctx, input: Weights): Promise<Weights> {
  authorize(ctx.actor, networkAnalysisPolicy.updateWeights);
  const officeId = officeOf(ctx.actor);
  const before = await officeWeights(ctx.tx, officeId);
  const after = Object.fromEntries(contributionKinds.map((k) => [k, input[k]])) as Weights;
  await upsertWeights(ctx.tx, officeId, after);
  await recordAudit(ctx, { officeId, action: 'update', entity: 'contribution_weights', entityId: officeId, before, after });
  return after;
}

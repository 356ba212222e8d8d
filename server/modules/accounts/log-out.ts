import { accountsPolicy } from './accounts.policy';
import { recordAudit } from '../../platform/audit/audit';
import { authorize } from '../../platform/auth/policy';
import { deleteSession } from '../../platform/auth/session';
import type { Ctx } from '../../platform/context';

export async function logOut(ctx: Ctx): Promise<void> {
  const { actor } = ctx;
  authorize(actor, accountsPolicy.logOut);
  if (actor.kind !== 'user') return;
  await deleteSession(ctx.tx, actor.sessionTokenHash);
  await recordAudit(ctx, { officeId: actor.officeId, action: 'logout', entity: 'session', entityId: actor.userId });
}

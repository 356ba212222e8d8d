import { DomainError, notFound } from '../../platform/http/errors';
import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { accountsPolicy } from './accounts.policy';
import { findOffice, findUserById } from './accounts.queries';
import { presentUser } from './accounts.presenter';

export async function readOwnAccount(ctx: Ctx) {
  const { actor } = ctx;
  authorize(actor, accountsPolicy.readOwnAccount);
  if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Bitte zuerst anmelden.');
  const user = await findUserById(ctx.tx, actor.userId);
  const office = await findOffice(ctx.tx, actor.officeId);
  if (!user || !office) throw notFound('Das Konto');
  return {
    user: presentUser(user),
    office: { id: office.id, code: office.code, name: office.name },
    sessionExpiresAt: actor.sessionExpiresAt.toISOString(),
  };
}

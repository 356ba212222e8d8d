import { recordAudit } from '../../platform/audit/audit';
import { generatePassword, hashPassword } from '../../platform/auth/password';
import { authorize } from '../../platform/auth/policy';
import { deleteSessionsOfUser } from '../../platform/auth/session';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/http/errors';
import { accountsPolicy } from './accounts.policy';
import { findUserForUpdate, updateUserRow } from './accounts.queries';

/** Sets a new generated password, shown once to the admin, and ends the account's sessions. */
export async function resetPassword(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, accountsPolicy.resetPassword);
  const user = await findUserForUpdate(ctx.tx, input.id);
  if (!user) throw notFound('Das Konto');
  authorize(ctx.actor, accountsPolicy.resetPassword, user);
  const generatedPassword = generatePassword();
  await updateUserRow(ctx.tx, user.id, { passwordHash: await hashPassword(generatedPassword) });
  await deleteSessionsOfUser(ctx.tx, user.id);
  await recordAudit(ctx, { officeId: user.officeId, action: 'reset_password', entity: 'user', entityId: user.id });
  return { generatedPassword };
}

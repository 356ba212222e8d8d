import { recordAudit } from '../../platform/audit/audit';
import { hashPassword, verifyPassword } from '../../platform/auth/password';
import { authorize } from '../../platform/auth/policy';
import { deleteSessionsOfUser } from '../../platform/auth/session';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField } from '../../platform/http/errors';
import { accountsPolicy } from './accounts.policy';
import { findUserForUpdate, updateUserRow } from './accounts.queries';

/** Changing the password ends every other session of the account. */
export async function changeOwnPassword(ctx: Ctx, input: { currentPassword: string; newPassword: string }) {
  const { actor } = ctx;
  authorize(actor, accountsPolicy.changeOwnPassword);
  if (actor.kind !== 'user') throw new DomainError('UNAUTHENTICATED', 'Bitte zuerst anmelden.');
  const user = await findUserForUpdate(ctx.tx, actor.userId);
  if (!user || !(await verifyPassword(user.passwordHash, input.currentPassword))) {
    throw invalidField('currentPassword', 'Das bisherige Passwort stimmt nicht.');
  }
  if (input.currentPassword === input.newPassword) {
    throw invalidField('newPassword', 'Das neue Passwort muss sich vom bisherigen unterscheiden.');
  }
  await updateUserRow(ctx.tx, user.id, { passwordHash: await hashPassword(input.newPassword) });
  await deleteSessionsOfUser(ctx.tx, user.id, actor.sessionTokenHash);
  await recordAudit(ctx, { officeId: user.officeId, action: 'change_password', entity: 'user', entityId: user.id });
}

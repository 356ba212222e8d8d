import type { UpdateUserBody } from '../../../common/api/accounts';
import { recordAudit } from '../../platform/audit/audit';
import { authorize } from '../../platform/auth/policy';
import { deleteSessionsOfUser } from '../../platform/auth/session';
import type { Ctx } from '../../platform/context';
import { DomainError, notFound } from '../../platform/http/errors';
import { accountsPolicy } from './accounts.policy';
import { assertOrganizationOfOffice } from './organization-link';
import { countActiveAdmins, findUserForUpdate, updateUserRow } from './accounts.queries';
import { auditUser, presentUser } from './accounts.presenter';

/** Renames, changes roles, deactivates or reactivates an account. Deactivating ends its sessions at once. */
export async function updateUser(ctx: Ctx, input: { id: string } & UpdateUserBody) {
  authorize(ctx.actor, accountsPolicy.updateUser);
  const before = await findUserForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Das Konto');
  authorize(ctx.actor, accountsPolicy.updateUser, before);

  const roles = input.roles ? [...new Set(input.roles)] : before.roles;
  const active = input.active ?? before.active;
  const staysAdmin = active && roles.includes('admin');
  if (before.active && before.roles.includes('admin') && !staysAdmin) {
    if (ctx.actor.kind === 'user' && ctx.actor.userId === before.id) {
      const message = 'Sie können sich die Administration nicht selbst entziehen oder sich selbst deaktivieren.';
      throw new DomainError('CONFLICT', message, [{ field: input.active === false ? 'active' : 'roles', message }]);
    }
    if ((await countActiveAdmins(ctx.tx, before.officeId)) <= 1) {
      const message = 'Das Jugendamt braucht mindestens ein aktives Konto mit der Rolle Administration.';
      throw new DomainError('CONFLICT', message, [{ field: input.active === false ? 'active' : 'roles', message }]);
    }
  }

  if (input.organizationId) await assertOrganizationOfOffice(ctx.tx, before.officeId, input.organizationId);
  const after = await updateUserRow(ctx.tx, before.id, {
    ...(input.organizationId !== undefined ? { organizationId: input.organizationId } : {}),
    ...(input.displayName !== undefined ? { displayName: input.displayName } : {}),
    roles,
    active,
  });
  if (!active) await deleteSessionsOfUser(ctx.tx, before.id);
  const action = before.active && !active ? 'deactivate' : !before.active && active ? 'reactivate' : 'update';
  await recordAudit(ctx, {
    officeId: before.officeId,
    action,
    entity: 'user',
    entityId: before.id,
    before: auditUser(before),
    after: auditUser(after),
  });
  return presentUser(after);
}

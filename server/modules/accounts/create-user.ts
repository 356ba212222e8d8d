import type { CreateUserBody } from '../../../common/api/accounts';
import { recordAudit } from '../../platform/audit/audit';
import { generatePassword, hashPassword } from '../../platform/auth/password';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError } from '../../platform/http/errors';
import { accountsPolicy } from './accounts.policy';
import { assertOrganizationOfOffice } from './organization-link';
import { findUserByEmail, insertUser } from './accounts.queries';
import { auditUser, presentUser } from './accounts.presenter';

export async function createUser(ctx: Ctx, input: CreateUserBody & { officeId?: string }) {
  authorize(ctx.actor, accountsPolicy.createUser);
  const officeId = ctx.actor.kind === 'system' && input.officeId ? input.officeId : officeOf(ctx.actor);
  if (await findUserByEmail(ctx.tx, input.email)) {
    const message = 'Ein Konto mit dieser E-Mail-Adresse gibt es bereits.';
    throw new DomainError('CONFLICT', message, [{ field: 'email', message }]);
  }
  if (input.organizationId) await assertOrganizationOfOffice(ctx.tx, officeId, input.organizationId);
  const generatedPassword = input.password ? null : generatePassword();
  const row = await insertUser(ctx.tx, {
    officeId,
    email: input.email,
    displayName: input.displayName,
    roles: [...new Set(input.roles)],
    organizationId: input.organizationId ?? null,
    passwordHash: await hashPassword(input.password ?? generatedPassword ?? ''),
  });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'user', entityId: row.id, after: auditUser(row) });
  return { user: presentUser(row), generatedPassword };
}

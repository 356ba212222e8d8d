import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/http/errors';
import { accountsPolicy } from './accounts.policy';
import { findUserById, listUsersOfOffice } from './accounts.queries';
import { presentUser } from './accounts.presenter';

export async function listUsers(ctx: Ctx, filter: { q?: string | undefined; includeInactive: boolean }) {
  authorize(ctx.actor, accountsPolicy.listUsers);
  const rows = await listUsersOfOffice(ctx.tx, officeOf(ctx.actor), filter);
  // Sorted here, not in SQL: PGlite and PostgreSQL servers may use different collations.
  return rows.sort((a, b) => a.displayName.localeCompare(b.displayName, 'de') || a.email.localeCompare(b.email)).map(presentUser);
}

export async function readUser(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, accountsPolicy.readUser);
  const row = await findUserById(ctx.tx, input.id);
  if (!row) throw notFound('Das Konto');
  authorize(ctx.actor, accountsPolicy.readUser, row);
  return presentUser(row);
}

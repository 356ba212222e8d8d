import type { User } from '../../../common/api/accounts';
import { accountRoles, type AccountRole } from '../../../common/roles';
import type { UserRow } from './accounts.queries';

const isRole = (r: string): r is AccountRole => (accountRoles as readonly string[]).includes(r);

export function presentUser(row: UserRow): User {
  return {
    id: row.id,
    email: row.email,
    displayName: row.displayName,
    roles: row.roles.filter(isRole),
    active: row.active,
    officeId: row.officeId,
    organizationId: row.organizationId,
    createdAt: row.createdAt.toISOString(),
    lastLoginAt: row.lastLoginAt?.toISOString() ?? null,
  };
}

/** What the audit log keeps of a user: never the password hash. */
export const auditUser = (row: UserRow) => ({
  email: row.email,
  displayName: row.displayName,
  roles: row.roles,
  active: row.active,
  organizationId: row.organizationId,
});

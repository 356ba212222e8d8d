import { allowRoles } from '../../platform/auth/policy';

export const auditLogPolicy = {
  listEntries: allowRoles('auditLog.listEntries', ['admin']),
} as const;

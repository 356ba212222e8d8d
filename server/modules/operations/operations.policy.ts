import { allowPublic, allowRoles } from '../../platform/auth/policy';

export const operationsPolicy = {
  readHealth: allowPublic('operations.readHealth'),
  readApiDescription: allowPublic('operations.readApiDescription'),
  downloadBackup: allowRoles('operations.downloadBackup', ['admin']),
} as const;

import { accountRoles } from '../../../common/roles';
import { allowPublic, allowRoles } from '../../platform/auth/policy';

export const officesPolicy = {
  listOffices: allowPublic('offices.listOffices'),
  readSettings: allowRoles('offices.readSettings', accountRoles),
  updateSettings: allowRoles('offices.updateSettings', ['admin']),
} as const;

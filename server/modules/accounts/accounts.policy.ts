import { accountRoles } from '../../../common/roles';
import { allowPublic, allowRoles } from '../../platform/auth/policy';

export const accountsPolicy = {
  logIn: allowPublic('accounts.logIn'),
  logOut: allowRoles('accounts.logOut', accountRoles),
  readOwnAccount: allowRoles('accounts.readOwnAccount', accountRoles),
  changeOwnPassword: allowRoles('accounts.changeOwnPassword', accountRoles),
  listUsers: allowRoles('accounts.listUsers', ['admin']),
  readUser: allowRoles<{ officeId: string }>('accounts.readUser', ['admin']),
  createUser: allowRoles('accounts.createUser', ['admin']),
  updateUser: allowRoles<{ officeId: string }>('accounts.updateUser', ['admin']),
  resetPassword: allowRoles<{ officeId: string }>('accounts.resetPassword', ['admin']),
} as const;

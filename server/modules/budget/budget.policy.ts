import { allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;

export const budgetPolicy = {
  /** The money of a space is an aggregate: staff and the committee read it. */
  readBudget: allowRoles('budget.read', [...managers, 'team_member', 'committee']),
  openYear: allowRoles('budget.openYear', managers),
  updateLine: allowRoles('budget.updateLine', managers),
  closeYear: allowRoles('budget.closeYear', managers),
  readLedger: allowRoles('budget.readLedger', [...managers, 'team_member']),
  book: allowRoles('budget.book', managers),
  reverse: allowRoles('budget.reverse', managers),
  exportBookings: allowRoles('budget.export', managers),
  readSettings: allowRoles('budget.readSettings', [...managers, 'team_member']),
  manageSettings: allowRoles('budget.manageSettings', ['admin']),
} as const;

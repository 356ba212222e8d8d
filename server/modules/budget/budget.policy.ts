import type { UserActor } from '../../platform/auth/actor';
import { allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;
const isManager = (actor: UserActor) => actor.roles.some((r) => (managers as readonly string[]).includes(r));

/** A line belongs to its space: managers reach every one, team members the spaces where they are on the team today. */
export type LineTarget = { officeId: string; spaceId: string; actorSpaceIds: readonly string[] };
export const mayWorkInLine = (actor: UserActor, target: LineTarget): boolean => isManager(actor) || target.actorSpaceIds.includes(target.spaceId);

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
  readHistory: allowRoles('budget.readHistory', [...managers, 'team_member', 'committee']),
  /** What is reserved for which project: amounts, no personal data. */
  readCommitments: allowRoles('budget.readCommitments', [...managers, 'team_member', 'provider_editor', 'committee']),
  /** The team of a space may reserve its money for its projects; above the threshold a head of department decides. */
  createCommitment: allowRoles<LineTarget>('budget.createCommitment', [...managers, 'team_member'], mayWorkInLine),
  decideCommitment: allowRoles('budget.decideCommitment', ['head_of_department']),
  releaseCommitment: allowRoles('budget.releaseCommitment', managers),
  readProjectBookings: allowRoles('budget.readProjectBookings', [...managers, 'team_member']),
  attachReceipt: allowRoles('budget.attachReceipt', managers),
  readReceipt: allowRoles('budget.readReceipt', [...managers, 'team_member']),
} as const;

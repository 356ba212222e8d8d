import type { UserActor } from '../../platform/auth/actor';
import { allowPublic, allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;
/** Staff who may record needs: team members, and provider staff who sit on a space's team. */
const staff = [...managers, 'team_member', 'provider_editor'] as const;
const isManager = (actor: UserActor) => actor.roles.some((r) => (managers as readonly string[]).includes(r));

/** A need belongs to its space: managers reach every space, everyone else the spaces where they are on the team today. */
export type NeedTarget = { officeId: string; spaceId: string; actorSpaceIds: readonly string[] };
export const mayWorkInSpace = (actor: UserActor, target: NeedTarget): boolean => isManager(actor) || target.actorSpaceIds.includes(target.spaceId);
export const seesAllSpaces = isManager;

export const needsPolicy = {
  /** The privacy guard on its own: the public form checks while the family types (rate limited for anonymous callers). */
  checkPrivacy: allowPublic('privacy.check'),
  /** The anonymous form at /bedarf: anyone may submit, nobody public may read. */
  submitPublicNeed: allowPublic('needs.submitPublic'),
  createNeed: allowRoles<NeedTarget>('needs.create', staff, mayWorkInSpace),
  listNeeds: allowRoles('needs.list', staff),
  readNeed: allowRoles<NeedTarget>('needs.read', staff, mayWorkInSpace),
  updateNeed: allowRoles<NeedTarget>('needs.update', staff, mayWorkInSpace),
  reviewNeed: allowRoles<NeedTarget>('needs.review', staff, mayWorkInSpace),
  changeNeedStatus: allowRoles<NeedTarget>('needs.changeStatus', staff, mayWorkInSpace),
  referNeed: allowRoles<NeedTarget>('needs.refer', staff, mayWorkInSpace),
  deleteNeed: allowRoles<NeedTarget>('needs.delete', managers),
  suggestOffers: allowRoles<NeedTarget>('needs.suggestOffers', staff, mayWorkInSpace),
  correctGap: allowRoles<NeedTarget>('gaps.correct', staff, mayWorkInSpace),
  confirmGap: allowRoles<NeedTarget>('gaps.confirm', staff, mayWorkInSpace),
  recomputeGaps: allowRoles('gaps.recompute', staff),
  /** Aggregates only: the committee sees the heat map, never a single need. */
  readGapSummary: allowRoles('gaps.summary', [...staff, 'committee']),
} as const;

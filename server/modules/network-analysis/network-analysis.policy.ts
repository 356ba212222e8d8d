import type { UserActor } from '../../platform/auth/actor';
import { allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;
/** Staff who carry network work: team members and provider staff on a space's team, and the managers. */
const staff = [...managers, 'team_member', 'provider_editor'] as const;
const isManager = (actor: UserActor) => actor.roles.some((r) => (managers as readonly string[]).includes(r));
const isStaff = (actor: UserActor) => actor.roles.some((r) => (staff as readonly string[]).includes(r));

/** A space of the office, and the spaces where the actor is on the team today (empty for managers and the committee). */
export type SpaceTarget = { officeId: string; spaceId: string; actorSpaceIds: readonly string[] };

/** Who may see the people behind the figures: managers everywhere, team members and provider staff on the space's team. */
export const seesPeople = (actor: UserActor, target: SpaceTarget): boolean => isManager(actor) || (isStaff(actor) && target.actorSpaceIds.includes(target.spaceId));
/** The committee reads every space's figures, but aggregated (the use case leaves the people out). */
export const mayReadManyShoulders = (actor: UserActor, target: SpaceTarget): boolean => seesPeople(actor, target) || actor.roles.includes('committee');

export const networkAnalysisPolicy = {
  /** Per person for staff of the space; by organisation type and concentration only for the committee. */
  readManyShoulders: allowRoles<SpaceTarget>('networkAnalysis.manyShoulders', [...staff, 'committee'], mayReadManyShoulders),
  /** The graph holds organisations, which are public, and no people: staff and the committee read it for every space. */
  readNetwork: allowRoles('networkAnalysis.network', [...staff, 'committee']),
  exportNetwork: allowRoles('networkAnalysis.exportNetwork', [...staff, 'committee']),
  readWeights: allowRoles('networkAnalysis.readWeights', [...staff, 'committee']),
  updateWeights: allowRoles('networkAnalysis.updateWeights', ['admin']),
} as const;

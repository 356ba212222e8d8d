import { accountRoles } from '../../../common/roles';
import type { UserActor } from '../../platform/auth/actor';
import { allowPublic, allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;
export const isManager = (actor: UserActor) => actor.roles.some((r) => (managers as readonly string[]).includes(r));

/** A space's team, contracts and positions: managers everywhere, other staff in spaces where they are on the team. */
type SpaceTarget = { officeId: string; memberOfSpace: boolean };
const managerOrMember = (actor: UserActor, target: SpaceTarget) => isManager(actor) || target.memberOfSpace;

export const networkPolicy = {
  // Organisations: public data for everyone; managers edit all, a provider editor their own organisation.
  listOrganizations: allowPublic('network.listOrganizations'),
  readOrganization: allowPublic('network.readOrganization'),
  listOrganizationTypes: allowPublic('network.listOrganizationTypes'),
  createOrganizationType: allowRoles('network.createOrganizationType', ['admin']),
  createOrganization: allowRoles('network.createOrganization', managers),
  updateOrganization: allowRoles<{ officeId: string; id: string }>(
    'network.updateOrganization',
    [...managers, 'provider_editor'],
    (actor, organization) => isManager(actor) || actor.organizationId === organization.id,
  ),
  deleteOrganization: allowRoles<{ officeId: string }>('network.deleteOrganization', managers),
  // Teams, contracts and positions are never public.
  readTeam: allowRoles<SpaceTarget>('network.readTeam', [...managers, 'team_member', 'provider_editor'], managerOrMember),
  manageTeam: allowRoles<{ officeId: string }>('network.manageTeam', managers),
  readContracts: allowRoles<SpaceTarget>('network.readContracts', [...managers, 'team_member', 'provider_editor'], managerOrMember),
  manageContracts: allowRoles<{ officeId: string }>('network.manageContracts', managers),
  // The model and the check of what it requires: every signed-in role, the committee included (no people in it).
  readNetworkModel: allowRoles('network.readNetworkModel', accountRoles),
  manageNetworkModel: allowRoles('network.manageNetworkModel', ['admin']),
  readFigures: allowRoles('network.readFigures', accountRoles),
} as const;

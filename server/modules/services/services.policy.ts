import type { UserActor } from '../../platform/auth/actor';
import { allowPublic, allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;
const editors = [...managers, 'team_member', 'provider_editor'] as const;
const isManager = (actor: UserActor) => actor.roles.some((r) => (managers as readonly string[]).includes(r));

/**
 * Who may change an offer: managers all of the office's; a provider editor the offers of their own organisation;
 * a team member the offers in a space where they are on the team today.
 */
export type ServiceTarget = { officeId: string; organizationId: string; spaceIds: readonly string[]; actorSpaceIds: readonly string[] };
export const mayEditService = (actor: UserActor, target: ServiceTarget): boolean =>
  isManager(actor) ||
  (actor.roles.includes('provider_editor') && actor.organizationId === target.organizationId) ||
  (actor.roles.includes('team_member') && target.spaceIds.some((id) => target.actorSpaceIds.includes(id)));

export const servicesPolicy = {
  // Offers, topics and the map are public: families use them without an account.
  searchServices: allowPublic('services.search'),
  readService: allowPublic('services.read'),
  readMap: allowPublic('services.map'),
  listTopics: allowPublic('services.listTopics'),
  /** The Open Referral HSDS 3.0 API under /hsds: public and read-only. */
  hsdsRead: allowPublic('services.hsds'),
  createService: allowRoles<ServiceTarget>('services.create', editors, mayEditService),
  updateService: allowRoles<ServiceTarget>('services.update', editors, mayEditService),
  verifyService: allowRoles<ServiceTarget>('services.verify', editors, mayEditService),
  deleteService: allowRoles<ServiceTarget>('services.delete', editors, mayEditService),
  /** The list of offers not verified for too long: every editor sees the part they can edit. */
  readStale: allowRoles('services.readStale', editors),
  manageTopics: allowRoles<{ officeId: string }>('services.manageTopics', ['admin']),
  readSettings: allowRoles('services.readSettings', editors),
  manageSettings: allowRoles('services.manageSettings', ['admin']),
  importExport: allowRoles('services.importExport', ['admin']),
} as const;

import type { UserActor } from '../../platform/auth/actor';
import { allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;
/** Staff who work on projects: team members and provider staff on a space's team, and the managers. */
const staff = [...managers, 'team_member', 'provider_editor'] as const;
const isManager = (actor: UserActor) => actor.roles.some((r) => (managers as readonly string[]).includes(r));

/** A project belongs to its spaces: managers reach every one, others a project in a space where they are on the team today. */
export type ProjectTarget = { officeId: string; spaceIds: readonly string[]; actorSpaceIds: readonly string[] };
export const mayWorkOnProject = (actor: UserActor, target: ProjectTarget): boolean =>
  isManager(actor) || target.spaceIds.some((id) => target.actorSpaceIds.includes(id));
export const seesAllSpaces = isManager;

export const projectsPolicy = {
  /** Projects hold no personal data (people reached are counts): staff and the committee read them. */
  listProjects: allowRoles('projects.list', [...staff, 'committee']),
  readProject: allowRoles('projects.read', [...staff, 'committee']),
  createProject: allowRoles<ProjectTarget>('projects.create', staff, mayWorkOnProject),
  updateProject: allowRoles<ProjectTarget>('projects.update', staff, mayWorkOnProject),
  changeStatus: allowRoles<ProjectTarget>('projects.changeStatus', staff, mayWorkOnProject),
  writeYearNote: allowRoles<ProjectTarget>('projects.writeYearNote', staff, mayWorkOnProject),
  deleteProject: allowRoles('projects.delete', managers),
  /** Attachments may be anything a team files: staff only, not the committee. */
  readAttachment: allowRoles('projects.readAttachment', staff),
  addAttachment: allowRoles<ProjectTarget>('projects.addAttachment', staff, mayWorkOnProject),
  deleteAttachment: allowRoles<ProjectTarget>('projects.deleteAttachment', staff, mayWorkOnProject),
} as const;

import type { UserActor } from '../../platform/auth/actor';
import { allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;
/** Staff who hold consultations: team members and provider staff on a space's team, and the managers. */
const staff = [...managers, 'team_member', 'provider_editor'] as const;
const isManager = (actor: UserActor) => actor.roles.some((r) => (managers as readonly string[]).includes(r));

/** A consultation belongs to its space: managers reach every one, others one in a space where they are on the team today. */
export type ConsultationTarget = { officeId: string; spaceIds: readonly string[]; actorSpaceIds: readonly string[] };
export const mayWorkOnConsultation = (actor: UserActor, target: ConsultationTarget): boolean =>
  isManager(actor) || target.spaceIds.every((id) => target.actorSpaceIds.includes(id));
export const seesAllSpaces = isManager;

export const caseConsultationsPolicy = {
  /** Consultations and their case notes are staff matters; the committee sees the summary only. */
  listConsultations: allowRoles<ConsultationTarget>('caseConsultations.list', staff, mayWorkOnConsultation),
  readConsultation: allowRoles<ConsultationTarget>('caseConsultations.read', staff, mayWorkOnConsultation),
  createConsultation: allowRoles<ConsultationTarget>('caseConsultations.create', staff, mayWorkOnConsultation),
  updateConsultation: allowRoles<ConsultationTarget>('caseConsultations.update', staff, mayWorkOnConsultation),
  deleteConsultation: allowRoles('caseConsultations.delete', managers),
  /** Counts without notes or people: everyone signed in, the committee included. */
  readSummary: allowRoles('caseConsultations.summary', [...staff, 'committee']),
  readSettings: allowRoles('caseConsultations.readSettings', [...staff, 'committee']),
  manageSettings: allowRoles('caseConsultations.manageSettings', ['admin']),
} as const;

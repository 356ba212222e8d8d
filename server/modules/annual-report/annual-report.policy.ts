import type { UserActor } from '../../platform/auth/actor';
import { allowRoles } from '../../platform/auth/policy';

const managers = ['admin', 'head_of_department'] as const;
const isManager = (actor: UserActor) => actor.roles.some((r) => (managers as readonly string[]).includes(r));

/** A text block of one space may be written by its team; the office-wide blocks by managers only. */
export type TextTarget = { officeId: string; spaceId: string | null; actorSpaceIds: readonly string[] };
export const mayWriteText = (actor: UserActor, target: TextTarget): boolean =>
  isManager(actor) || (target.spaceId !== null && target.actorSpaceIds.includes(target.spaceId));

export const annualReportPolicy = {
  /** The report is written for the committee: staff and the committee read it (its small counts are hidden). */
  readReport: allowRoles('annualReport.read', [...managers, 'team_member', 'provider_editor', 'committee']),
  writeText: allowRoles<TextTarget>('annualReport.writeText', [...managers, 'team_member'], mayWriteText),
  readSettings: allowRoles('annualReport.readSettings', [...managers, 'team_member', 'provider_editor', 'committee']),
  manageSettings: allowRoles('annualReport.manageSettings', ['admin']),
} as const;

import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/http/errors';
import { caseConsultationsPolicy } from './case-consultations.policy';
import { upsertSettings } from './case-consultations.queries';
import { isTeamRole } from './case-consultations.rules';
import { requiredRolesOf } from './consultation-context';

/** The roles the office requires in a consultation (the source's list until an admin changes it). */
export async function readConsultationSettings(ctx: Ctx): Promise<{ requiredRoles: string[] }> {
  authorize(ctx.actor, caseConsultationsPolicy.readSettings);
  return { requiredRoles: await requiredRolesOf(ctx.tx, officeOf(ctx.actor)) };
}

/** Admins set the required roles; `networker` stays required only on days the networker model is in force. */
export async function updateConsultationSettings(ctx: Ctx, input: { requiredRoles: string[] }): Promise<{ requiredRoles: string[] }> {
  authorize(ctx.actor, caseConsultationsPolicy.manageSettings);
  const officeId = officeOf(ctx.actor);
  const unknown = input.requiredRoles.find((role) => !isTeamRole(role));
  if (unknown !== undefined) throw invalidField('requiredRoles', `Die Rolle „${unknown}“ gibt es im Team nicht.`);
  if (new Set(input.requiredRoles).size !== input.requiredRoles.length) throw invalidField('requiredRoles', 'Jede Rolle bitte nur einmal angeben.');
  const before = await requiredRolesOf(ctx.tx, officeId);
  const row = await upsertSettings(ctx.tx, officeId, input.requiredRoles);
  await recordAudit(ctx, { officeId, action: 'update', entity: 'consultation_settings', entityId: officeId, before: { requiredRoles: before }, after: { requiredRoles: row.requiredRoles } });
  return { requiredRoles: row.requiredRoles };
}

import type { CaseConsultation, ConsultationInput } from '../../../common/api/case-consultations';
import { defaultRequiredConsultationRoles, type HelpType } from '../../../common/meeting-terms';
import type { NetworkModel } from '../../../common/social-space-terms';
import type { Actor } from '../../platform/auth/actor';
import { todayInBerlin } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { invalidField, notFound } from '../../platform/http/errors';
import { membershipsOfOffice, modelOn, modelPeriods, organizationNames, spacesOfOffice, spacesOfUser } from '../social-spaces';
import { type ConsultationTarget, seesAllSpaces } from './case-consultations.policy';
import { findConsultationForUpdate, type ConsultationCaseRow, type ConsultationRow, findSettings } from './case-consultations.queries';
import { isTeamRole, membershipProblem, missingConsultationRoles } from './case-consultations.rules';

export const userIdOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** The spaces where a non-manager is on the team today (empty for managers and the public). */
export async function actorSpaces(tx: Db, actor: Actor): Promise<string[]> {
  if (actor.kind !== 'user' || seesAllSpaces(actor)) return [];
  return spacesOfUser(tx, actor.userId, todayInBerlin());
}

export async function consultationTarget(tx: Db, actor: Actor, officeId: string, spaceId: string): Promise<ConsultationTarget> {
  return { officeId, spaceIds: [spaceId], actorSpaceIds: await actorSpaces(tx, actor) };
}

/** The consultation, locked for the write, or 404 (also another office's: its existence does not leak). */
export async function consultationForUpdate(ctx: Ctx, id: string): Promise<ConsultationRow> {
  const row = await findConsultationForUpdate(ctx.tx, id);
  if (!row || (ctx.actor.kind !== 'system' && ctx.actor.kind !== 'public' && row.officeId !== ctx.actor.officeId)) throw notFound('Die Kollegiale Beratung');
  return row;
}

/** A space named in a query must be one of the office's (400 naming the field otherwise). */
export async function checkSpaceOfOffice(tx: Db, officeId: string, spaceId: string, field = 'spaceId'): Promise<void> {
  const known = (await spacesOfOffice(tx, officeId)).some((s) => s.id === spaceId);
  if (!known) throw invalidField(field, 'Diesen Sozialraum gibt es in diesem Jugendamt nicht.');
}

export function checkPeriod(from: string | undefined, to: string | undefined): void {
  if (from && to && to < from) throw invalidField('to', 'Das Ende des Zeitraums darf nicht vor dem Beginn liegen.');
}

/**
 * What a consultation names must fit: a space of the office, a day that has passed, known team roles, and team
 * memberships on that space's team on that day with the role they stand for. The first problem is named.
 */
export async function checkConsultation(tx: Db, officeId: string, input: ConsultationInput): Promise<void> {
  await checkSpaceOfOffice(tx, officeId, input.spaceId);
  if (input.heldOn > todayInBerlin()) throw invalidField('heldOn', 'Eine Kollegiale Beratung wird erfasst, wenn sie stattgefunden hat; das Datum liegt in der Zukunft.');
  const memberships = input.participants.some((p) => p.membershipId) ? new Map((await membershipsOfOffice(tx, officeId)).map((m) => [m.id, m])) : new Map();
  const seen = new Set<string>();
  for (const [i, p] of input.participants.entries()) {
    if (!isTeamRole(p.teamRole)) throw invalidField('participants', `Teilnehmende Nr. ${i + 1}: Die Rolle „${p.teamRole}“ gibt es im Team nicht.`);
    if (!p.membershipId) continue;
    if (seen.has(p.membershipId)) throw invalidField('participants', `Teilnehmende Nr. ${i + 1}: Jede Person bitte nur einmal angeben.`);
    seen.add(p.membershipId);
    const problem = membershipProblem(memberships.get(p.membershipId), p.teamRole, input.spaceId, input.heldOn);
    if (problem) throw invalidField('participants', `Teilnehmende Nr. ${i + 1}: ${problem}`);
  }
}

/** The roles the office requires (its setting, or the source's list). */
export async function requiredRolesOf(tx: Db, officeId: string): Promise<string[]> {
  return (await findSettings(tx, officeId))?.requiredRoles ?? [...defaultRequiredConsultationRoles];
}

/** Everything needed to present consultations of one office: required roles, model periods, people. */
export async function presenterFor(tx: Db, officeId: string, withPeople: boolean) {
  const required = await requiredRolesOf(tx, officeId);
  const periods = (await modelPeriods(tx, officeId)).map((p) => ({ model: p.model as NetworkModel, validFrom: p.validFrom }));
  const memberships = withPeople ? new Map((await membershipsOfOffice(tx, officeId)).map((m) => [m.id, m])) : new Map<string, never>();
  const orgNames = withPeople ? await organizationNames(tx, [...new Set([...memberships.values()].flatMap((m) => (m.organizationId ? [m.organizationId] : [])))]) : new Map<string, string>();
  const missingOf = (row: Pick<ConsultationRow, 'heldOn' | 'participants'>) =>
    missingConsultationRoles(
      required,
      row.participants.map((p) => p.teamRole),
      modelOn(periods, row.heldOn)?.model,
    );
  const present = (row: ConsultationRow, cases: readonly ConsultationCaseRow[], editable: boolean): CaseConsultation => ({
    id: row.id,
    spaceId: row.spaceId,
    heldOn: row.heldOn,
    participants: row.participants.map((p) => {
      const m = p.membershipId ? memberships.get(p.membershipId) : undefined;
      return { teamRole: p.teamRole, membershipId: p.membershipId, name: m?.personName ?? null, organizationName: m?.organizationId ? (orgNames.get(m.organizationId) ?? null) : null };
    }),
    missingRoles: missingOf(row),
    caseCount: cases.length,
    cases: cases.map((c) => ({ id: c.id, position: c.position, helpType: c.helpType as HelpType, lowThresholdOfferFound: c.lowThresholdOfferFound, note: c.note })),
    note: row.note,
    editable,
  });
  return { missingOf, present };
}

import type { CaseConsultation, ConsultationsSummary } from '../../../common/api/case-consultations';
import type { HelpType } from '../../../common/meeting-terms';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { invalidField, notFound } from '../../platform/http/errors';
import { type ConsultationTarget, caseConsultationsPolicy, mayWorkOnConsultation, seesAllSpaces } from './case-consultations.policy';
import { casesOf, findConsultation, listConsultationRows } from './case-consultations.queries';
import { isTeamRole, summarise } from './case-consultations.rules';
import { actorSpaces, checkPeriod, checkSpaceOfOffice, presenterFor } from './consultation-context';

const policy = caseConsultationsPolicy;

/** Whether the actor may change a consultation of that space (shown as `editable`). */
const mayEdit = (actor: Ctx['actor'], target: ConsultationTarget) =>
  actor.kind === 'user' && actor.roles.some((r) => (policy.updateConsultation.roles as readonly string[]).includes(r)) && mayWorkOnConsultation(actor, target);

export async function listConsultations(
  ctx: Ctx,
  query: { spaceId?: string | undefined; from?: string | undefined; to?: string | undefined; missingRole?: string | undefined },
): Promise<CaseConsultation[]> {
  authorize(ctx.actor, policy.listConsultations);
  const officeId = officeOf(ctx.actor);
  if (query.missingRole !== undefined && !isTeamRole(query.missingRole)) throw invalidField('missingRole', `Die Rolle „${query.missingRole}“ gibt es im Team nicht.`);
  checkPeriod(query.from, query.to);
  const actorSpaceIds = await actorSpaces(ctx.tx, ctx.actor);
  if (query.spaceId) {
    await checkSpaceOfOffice(ctx.tx, officeId, query.spaceId);
    authorize(ctx.actor, policy.listConsultations, { officeId, spaceIds: [query.spaceId], actorSpaceIds });
  }
  // Team members and provider staff see the consultations of the spaces where they are on the team today.
  const own = ctx.actor.kind === 'user' && !seesAllSpaces(ctx.actor);
  const spaceIds = query.spaceId ? [query.spaceId] : own ? actorSpaceIds : undefined;
  const rows = await listConsultationRows(ctx.tx, officeId, { spaceIds, from: query.from, to: query.to });
  const { missingOf, present } = await presenterFor(ctx.tx, officeId, true);
  const kept = query.missingRole ? rows.filter((r) => missingOf(r).includes(query.missingRole ?? '')) : rows;
  const cases = await casesOf(ctx.tx, kept.map((r) => r.id));
  return kept.map((row) => present(row, cases.get(row.id) ?? [], mayEdit(ctx.actor, { officeId, spaceIds: [row.spaceId], actorSpaceIds })));
}

export async function readConsultation(ctx: Ctx, input: { id: string }): Promise<CaseConsultation> {
  authorize(ctx.actor, policy.readConsultation);
  const officeId = officeOf(ctx.actor);
  const row = await findConsultation(ctx.tx, input.id);
  if (!row || row.officeId !== officeId) throw notFound('Die Kollegiale Beratung');
  const target = { officeId, spaceIds: [row.spaceId], actorSpaceIds: await actorSpaces(ctx.tx, ctx.actor) };
  authorize(ctx.actor, policy.readConsultation, target);
  const { present } = await presenterFor(ctx.tx, officeId, true);
  return present(row, (await casesOf(ctx.tx, [row.id])).get(row.id) ?? [], mayEdit(ctx.actor, target));
}

/** Counts for a space (or all) and a period: no notes, no participants, nothing about a person. */
export async function summariseConsultations(ctx: Ctx, query: { spaceId?: string | undefined; from?: string | undefined; to?: string | undefined }): Promise<ConsultationsSummary> {
  authorize(ctx.actor, policy.readSummary);
  const officeId = officeOf(ctx.actor);
  checkPeriod(query.from, query.to);
  if (query.spaceId) await checkSpaceOfOffice(ctx.tx, officeId, query.spaceId);
  const rows = await listConsultationRows(ctx.tx, officeId, { spaceIds: query.spaceId ? [query.spaceId] : undefined, from: query.from, to: query.to });
  const { missingOf } = await presenterFor(ctx.tx, officeId, false);
  const cases = await casesOf(ctx.tx, rows.map((r) => r.id));
  const figures = summarise(
    rows.map((row) => ({
      missingRoles: missingOf(row),
      cases: (cases.get(row.id) ?? []).map((c) => ({ helpType: c.helpType as HelpType, lowThresholdOfferFound: c.lowThresholdOfferFound })),
    })),
  );
  return { spaceId: query.spaceId ?? null, from: query.from ?? null, to: query.to ?? null, ...figures };
}

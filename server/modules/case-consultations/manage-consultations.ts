import type { CaseConsultation, ConsultationInput } from '../../../common/api/case-consultations';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { caseConsultationsPolicy } from './case-consultations.policy';
import { type CaseValues, type ConsultationRow, casesOf, deleteConsultationRow, insertConsultation, replaceCases, updateConsultationRow } from './case-consultations.queries';
import { checkConsultation, consultationForUpdate, consultationTarget, userIdOf } from './consultation-context';
import { readConsultation } from './read-consultations';

const policy = caseConsultationsPolicy;

/**
 * Every free text of a consultation passes the privacy guard before anything is written: the consultation's note
 * and each case's note (named `cases.<i>.note`, as the form knows them). There is no field for a name or a case
 * number; a text that holds one is refused whole.
 */
function guardTexts(input: ConsultationInput): void {
  assertNoPersonalData({ note: input.note, ...Object.fromEntries(input.cases.map((c, i) => [`cases.${i}.note`, c.note])) });
}

const participantsOf = (input: ConsultationInput) => input.participants.map((p) => ({ teamRole: p.teamRole, membershipId: p.membershipId }));
const caseValuesOf = (input: ConsultationInput): CaseValues[] => input.cases.map((c) => ({ helpType: c.helpType, lowThresholdOfferFound: c.lowThresholdOfferFound, note: c.note }));

/** What the audit log keeps of a consultation: its fields and its cases (texts that passed the guard). */
const auditView = (row: ConsultationRow, cases: readonly CaseValues[]) => ({
  spaceId: row.spaceId,
  heldOn: row.heldOn,
  participants: row.participants,
  note: row.note,
  cases: cases.map((c) => ({ helpType: c.helpType, lowThresholdOfferFound: c.lowThresholdOfferFound, note: c.note })),
});

export async function createConsultation(ctx: Ctx, input: ConsultationInput): Promise<CaseConsultation> {
  authorize(ctx.actor, policy.createConsultation);
  const officeId = officeOf(ctx.actor);
  authorize(ctx.actor, policy.createConsultation, await consultationTarget(ctx.tx, ctx.actor, officeId, input.spaceId));
  guardTexts(input);
  await checkConsultation(ctx.tx, officeId, input);
  const row = await insertConsultation(ctx.tx, {
    officeId,
    spaceId: input.spaceId,
    heldOn: input.heldOn,
    participants: participantsOf(input),
    note: input.note,
    createdByUserId: userIdOf(ctx),
  });
  const cases = caseValuesOf(input);
  await replaceCases(ctx.tx, row.id, cases);
  await recordAudit(ctx, { officeId, action: 'create', entity: 'case_consultation', entityId: row.id, after: auditView(row, cases) });
  return readConsultation(ctx, { id: row.id });
}

/** Replaces every field of a consultation, its cases included. Moving it to another space needs that space too. */
export async function updateConsultation(ctx: Ctx, input: ConsultationInput & { id: string }): Promise<CaseConsultation> {
  authorize(ctx.actor, policy.updateConsultation);
  const before = await consultationForUpdate(ctx, input.id);
  authorize(ctx.actor, policy.updateConsultation, await consultationTarget(ctx.tx, ctx.actor, before.officeId, before.spaceId));
  if (input.spaceId !== before.spaceId) authorize(ctx.actor, policy.updateConsultation, await consultationTarget(ctx.tx, ctx.actor, before.officeId, input.spaceId));
  guardTexts(input);
  await checkConsultation(ctx.tx, before.officeId, input);
  const casesBefore = ((await casesOf(ctx.tx, [before.id])).get(before.id) ?? []).map((c) => ({ helpType: c.helpType, lowThresholdOfferFound: c.lowThresholdOfferFound, note: c.note }));
  const after = await updateConsultationRow(ctx.tx, before.id, { spaceId: input.spaceId, heldOn: input.heldOn, participants: participantsOf(input), note: input.note });
  const cases = caseValuesOf(input);
  await replaceCases(ctx.tx, before.id, cases);
  await recordAudit(ctx, {
    officeId: before.officeId,
    action: 'update',
    entity: 'case_consultation',
    entityId: before.id,
    before: auditView(before, casesBefore),
    after: auditView(after, cases),
  });
  return readConsultation(ctx, { id: before.id });
}

/** Managers may delete a consultation recorded by mistake; its cases go with it. */
export async function deleteConsultation(ctx: Ctx, input: { id: string }): Promise<void> {
  authorize(ctx.actor, policy.deleteConsultation);
  const before = await consultationForUpdate(ctx, input.id);
  const casesBefore = ((await casesOf(ctx.tx, [before.id])).get(before.id) ?? []).map((c) => ({ helpType: c.helpType, lowThresholdOfferFound: c.lowThresholdOfferFound, note: c.note }));
  await deleteConsultationRow(ctx.tx, before.id);
  await recordAudit(ctx, { officeId: before.officeId, action: 'delete', entity: 'case_consultation', entityId: before.id, before: auditView(before, casesBefore) });
}

import type { CreateNeedInput, NeedDetail, PublicNeedInput, UpdateNeedBody } from '../../../common/api/needs';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { invalidField, notFound } from '../../platform/http/errors';
import { officeForReading } from '../offices';
import { findOrganizationRow, teamOrganizationOf } from '../social-spaces';
import { todayInBerlin } from '../../platform/calendar';
import { refreshGaps } from './gaps';
import { checkNeedReferences, needTarget } from './need-context';
import { needsPolicy } from './needs.policy';
import { deleteNeedRow, findNeedForUpdate, insertNeed, type NeedRow, updateNeedRow } from './needs.queries';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { readNeed } from './read-needs';

/** What the audit log keeps of a need: everything but nothing more (the text passed the privacy guard). */
const auditView = (n: NeedRow) => ({
  spaceId: n.spaceId,
  topicIds: n.topicIds,
  ageBands: n.ageBands,
  targetGroup: n.targetGroup,
  source: n.source,
  voice: n.voice,
  recordedOn: n.recordedOn,
  text: n.text,
  knownServiceIds: n.knownServiceIds,
  knowsNoOffers: n.knowsNoOffers,
  requirements: n.requirements,
  helpfulServiceIds: n.helpfulServiceIds,
  helpfulText: n.helpfulText,
  status: n.status,
  reviewState: n.reviewState,
});

function checkDate(recordedOn: string | undefined, today: string) {
  if (recordedOn && recordedOn > today) throw invalidField('recordedOn', 'Das Datum liegt in der Zukunft.');
  if (recordedOn && recordedOn < '2000-01-01') throw invalidField('recordedOn', 'Das Datum liegt zu weit zurück.');
}

function checkConsistency(input: { knowsNoOffers?: boolean | undefined; knownServiceIds?: readonly string[] | undefined; source?: string | undefined; voice?: string | undefined }) {
  if (input.knowsNoOffers && input.knownServiceIds?.length) {
    throw invalidField('knowsNoOffers', '„Kennt keine Angebote“ und genannte Angebote schließen sich aus.');
  }
  if (input.source === 'public_form') throw invalidField('source', 'Die Quelle „Online-Formular“ setzt nur das öffentliche Formular.');
}

export async function createNeed(ctx: Ctx, input: CreateNeedInput): Promise<NeedDetail> {
  const officeId = officeOf(ctx.actor);
  authorize(ctx.actor, needsPolicy.createNeed, await needTarget(ctx.tx, ctx.actor, { officeId, spaceId: input.spaceId }));
  assertNoPersonalData({ text: input.text, 'requirements.text': input.requirements.text, helpfulText: input.helpfulText });
  const today = todayInBerlin();
  checkDate(input.recordedOn, today);
  checkConsistency(input);
  await checkNeedReferences(ctx.tx, officeId, input);
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  let organizationId = input.organizationId ?? (ctx.actor.kind === 'user' ? ctx.actor.organizationId : null);
  if (input.organizationId) {
    const org = await findOrganizationRow(ctx.tx, input.organizationId);
    if (!org || org.officeId !== officeId) throw invalidField('organizationId', 'Die Organisation gibt es in diesem Jugendamt nicht.');
  } else if (!organizationId && userId) {
    organizationId = await teamOrganizationOf(ctx.tx, userId, input.spaceId, today);
  }
  const recordedOn = input.recordedOn ?? today;
  const row = await insertNeed(ctx.tx, {
    officeId,
    spaceId: input.spaceId,
    topicIds: [...new Set(input.topicIds)],
    targetGroup: input.targetGroup,
    ageBands: [...new Set(input.ageBands)],
    source: input.source,
    voice: input.voice,
    recordedOn,
    recordedByUserId: userId,
    recordedByOrganizationId: organizationId,
    text: input.text,
    knownServiceIds: [...new Set(input.knownServiceIds)],
    knowsNoOffers: input.knowsNoOffers,
    requirements: input.requirements,
    helpfulServiceIds: [...new Set(input.helpfulServiceIds)],
    helpfulText: input.helpfulText,
    reviewState: 'accepted',
  });
  await refreshGaps(ctx.tx, row, { userId, today, openedOn: recordedOn });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'need', entityId: row.id, after: auditView(row) });
  return readNeed(ctx, { id: row.id });
}

export async function updateNeed(ctx: Ctx, input: UpdateNeedBody & { id: string }): Promise<NeedDetail> {
  const before = await findNeedForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Der Bedarf');
  authorize(ctx.actor, needsPolicy.updateNeed, await needTarget(ctx.tx, ctx.actor, before));
  if (input.spaceId && input.spaceId !== before.spaceId) {
    // Moving a need must not take it out of the editor's reach.
    authorize(ctx.actor, needsPolicy.updateNeed, await needTarget(ctx.tx, ctx.actor, { officeId: before.officeId, spaceId: input.spaceId }));
  }
  assertNoPersonalData({ text: input.text, 'requirements.text': input.requirements?.text, helpfulText: input.helpfulText });
  const today = todayInBerlin();
  checkDate(input.recordedOn, today);
  const knowsNoOffers = input.knowsNoOffers ?? before.knowsNoOffers;
  const knownServiceIds = input.knownServiceIds ?? before.knownServiceIds;
  checkConsistency({ knowsNoOffers, knownServiceIds, source: input.source });
  if (before.source === 'public_form' && input.source && input.source !== 'public_form') throw invalidField('source', 'Die Quelle eines Eintrags aus dem Online-Formular bleibt.');
  if (before.source === 'public_form' && input.voice && input.voice !== 'affected') throw invalidField('voice', 'Einträge aus dem Online-Formular sind Stimmen von Betroffenen.');
  await checkNeedReferences(ctx.tx, before.officeId, input);
  if (input.organizationId) {
    const org = await findOrganizationRow(ctx.tx, input.organizationId);
    if (!org || org.officeId !== before.officeId) throw invalidField('organizationId', 'Die Organisation gibt es in diesem Jugendamt nicht.');
  }
  const { id, organizationId, ...fields } = input;
  const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  const after = await updateNeedRow(ctx.tx, id, {
    ...values,
    ...(organizationId !== undefined ? { recordedByOrganizationId: organizationId } : {}),
    ...(input.topicIds ? { topicIds: [...new Set(input.topicIds)] } : {}),
    ...(input.ageBands ? { ageBands: [...new Set(input.ageBands)] } : {}),
    ...(input.knownServiceIds ? { knownServiceIds: [...new Set(input.knownServiceIds)] } : {}),
    ...(input.helpfulServiceIds ? { helpfulServiceIds: [...new Set(input.helpfulServiceIds)] } : {}),
  });
  await refreshGaps(ctx.tx, after, { userId: ctx.actor.kind === 'user' ? ctx.actor.userId : null, today });
  await recordAudit(ctx, { officeId: before.officeId, action: 'update', entity: 'need', entityId: id, before: auditView(before), after: auditView(after) });
  return readNeed(ctx, { id });
}

export async function deleteNeed(ctx: Ctx, input: { id: string }): Promise<void> {
  const before = await findNeedForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Der Bedarf');
  authorize(ctx.actor, needsPolicy.deleteNeed, await needTarget(ctx.tx, ctx.actor, before));
  await deleteNeedRow(ctx.tx, before.id);
  await recordAudit(ctx, { officeId: before.officeId, action: 'delete', entity: 'need', entityId: before.id, before: auditView(before) });
}

/**
 * The anonymous public form. Stores no recorder, no client address, no identifier of any kind; the entry waits for a
 * team member's review before it counts anywhere. Rate limiting happens in the route, in memory only.
 */
export async function submitPublicNeed(ctx: Ctx, input: PublicNeedInput): Promise<{ received: true }> {
  authorize(ctx.actor, needsPolicy.submitPublicNeed);
  assertNoPersonalData({ text: input.text, 'requirements.text': input.requirements.text });
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  await checkNeedReferences(ctx.tx, office.id, { spaceId: input.spaceId, topicIds: input.topicIds });
  const row = await insertNeed(ctx.tx, {
    officeId: office.id,
    spaceId: input.spaceId,
    topicIds: [...new Set(input.topicIds)],
    ageBands: [...new Set(input.ageBands)],
    source: 'public_form',
    voice: 'affected',
    recordedOn: todayInBerlin(),
    text: input.text,
    requirements: input.requirements,
    reviewState: 'pending',
    language: input.language,
  });
  await recordAudit(ctx, { officeId: office.id, action: 'create', entity: 'need', entityId: row.id, after: auditView(row) });
  return { received: true };
}

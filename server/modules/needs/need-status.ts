import type { NeedDetail, NeedStatusInput, ReviewNeedInput } from '../../../common/api/needs';
import { recordAudit } from '../../platform/audit/audit';
import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { serviceReferences } from '../services';
import { todayInBerlin } from '../../platform/calendar';
import { teamOrganizationOf } from '../social-spaces';
import { refreshGaps } from './gaps';
import { checkNeedReferences, needTarget } from './need-context';
import { needsPolicy } from './needs.policy';
import { findNeedForUpdate, insertReferral, updateNeedRow } from './needs.queries';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { readNeed } from './read-needs';

const userIdOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** A team member accepts a public-form entry (it counts from then on, with the topics it needs) or rejects it. */
export async function reviewNeed(ctx: Ctx, input: ReviewNeedInput & { id: string }): Promise<NeedDetail> {
  const before = await findNeedForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Der Bedarf');
  authorize(ctx.actor, needsPolicy.reviewNeed, await needTarget(ctx.tx, ctx.actor, before));
  if (before.reviewState !== 'pending') throw new DomainError('CONFLICT', 'Dieser Eintrag ist bereits geprüft.');
  assertNoPersonalData({ note: input.note });
  const topicIds = input.topicIds ?? before.topicIds;
  if (input.decision === 'accepted' && topicIds.length === 0) throw invalidField('topicIds', 'Zum Annehmen bitte mindestens ein Thema zuordnen.');
  await checkNeedReferences(ctx.tx, before.officeId, { topicIds });
  const after = await updateNeedRow(ctx.tx, before.id, {
    reviewState: input.decision,
    reviewNote: input.note,
    reviewedByUserId: userIdOf(ctx),
    reviewedAt: new Date(),
    topicIds: [...new Set(topicIds)],
    ...(input.ageBands ? { ageBands: [...new Set(input.ageBands)] } : {}),
    ...(input.targetGroup !== undefined ? { targetGroup: input.targetGroup } : {}),
  });
  await refreshGaps(ctx.tx, after, { userId: userIdOf(ctx), today: todayInBerlin(), openedOn: after.recordedOn });
  await recordAudit(ctx, {
    officeId: before.officeId,
    action: input.decision === 'accepted' ? 'accept' : 'reject',
    entity: 'need',
    entityId: before.id,
    before: { reviewState: before.reviewState, topicIds: before.topicIds },
    after: { reviewState: after.reviewState, topicIds: after.topicIds, note: input.note },
  });
  return readNeed(ctx, { id: before.id });
}

/**
 * Open, referred to offers (each referral is recorded: a tie between the referring and the offering organisation),
 * taken up by a project, or closed. Anything but open closes the need's gaps, with the reason; open reopens them.
 */
export async function changeNeedStatus(ctx: Ctx, input: NeedStatusInput & { id: string }): Promise<NeedDetail> {
  const before = await findNeedForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Der Bedarf');
  authorize(ctx.actor, needsPolicy.changeNeedStatus, await needTarget(ctx.tx, ctx.actor, before));
  if (before.reviewState !== 'accepted') throw new DomainError('CONFLICT', 'Einträge aus dem Online-Formular bitte zuerst prüfen und annehmen.');
  assertNoPersonalData({ note: input.note });
  if (input.status === 'referred' && input.serviceIds.length === 0) throw invalidField('serviceIds', 'Bitte das Angebot wählen, an das vermittelt wurde.');
  if (input.status !== 'referred' && input.serviceIds.length) throw invalidField('serviceIds', 'Angebote nur beim Status „vermittelt“ angeben.');
  if ((input.status === 'closed' || input.status === 'project') && input.note.length < 3) throw invalidField('note', 'Bitte kurz begründen.');
  const today = todayInBerlin();
  const referred = [];
  if (input.serviceIds.length) {
    const services = await serviceReferences(ctx.tx, before.officeId, input.serviceIds);
    if (services.length !== new Set(input.serviceIds).size) throw invalidField('serviceIds', 'Mindestens ein Angebot gibt es nicht.');
    const userId = userIdOf(ctx);
    const from =
      (ctx.actor.kind === 'user' ? ctx.actor.organizationId : null) ??
      (userId ? await teamOrganizationOf(ctx.tx, userId, before.spaceId, today) : null) ??
      before.recordedByOrganizationId;
    for (const service of services) {
      const row = await insertReferral(ctx.tx, {
        officeId: before.officeId,
        needId: before.id,
        serviceId: service.id,
        toOrganizationId: service.organizationId,
        fromOrganizationId: from,
        referredByUserId: userId,
        referredOn: today,
        note: input.note,
      });
      if (row) referred.push({ id: row.id, serviceId: service.id, fromOrganizationId: from, toOrganizationId: service.organizationId });
    }
  }
  const after = await updateNeedRow(ctx.tx, before.id, { status: input.status, statusNote: input.note });
  await refreshGaps(ctx.tx, after, { userId: userIdOf(ctx), today });
  await recordAudit(ctx, {
    officeId: before.officeId,
    action: 'change_status',
    entity: 'need',
    entityId: before.id,
    before: { status: before.status, statusNote: before.statusNote },
    after: { status: after.status, statusNote: after.statusNote, referrals: referred },
  });
  return readNeed(ctx, { id: before.id });
}

/** Refers the family of a need to one offer: records the referral and sets the need to "referred". */
export async function referNeed(ctx: Ctx, input: { id: string; serviceId: string; note: string }): Promise<NeedDetail> {
  const need = await findNeedForUpdate(ctx.tx, input.id);
  if (!need) throw notFound('Der Bedarf');
  authorize(ctx.actor, needsPolicy.referNeed, await needTarget(ctx.tx, ctx.actor, need));
  return changeNeedStatus(ctx, { id: need.id, status: 'referred', serviceIds: [input.serviceId], note: input.note });
}

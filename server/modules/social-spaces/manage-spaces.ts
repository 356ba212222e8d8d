import type { CreateSpaceBody, UpdateSpaceBody } from '../../../common/api/social-spaces';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError, notFound } from '../../platform/http/errors';
import { assertBoundary } from './check-boundary';
import { socialSpacesPolicy } from './social-spaces.policy';
import { deleteSpaceRow, findSpaceByCode, findSpaceForUpdate, insertSpace, updateSpaceRow } from './social-spaces.queries';
import { auditSpace, presentSpace } from './social-spaces.presenter';

const codeTaken = (code: string) => {
  const message = `Das Kürzel „${code}“ hat schon ein anderer Sozialraum.`;
  return new DomainError('CONFLICT', message, [{ field: 'code', message }]);
};

export async function createSpace(ctx: Ctx, input: CreateSpaceBody) {
  authorize(ctx.actor, socialSpacesPolicy.createSpace);
  const officeId = officeOf(ctx.actor);
  const boundary = await assertBoundary(ctx.tx, officeId, input.boundary);
  if (await findSpaceByCode(ctx.tx, officeId, input.code)) throw codeTaken(input.code);
  const row = await insertSpace(ctx.tx, officeId, { ...input, boundary, source: 'Eingabe' });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'social_space', entityId: row.id, after: auditSpace(row) });
  return presentSpace(row);
}

export async function updateSpace(ctx: Ctx, input: UpdateSpaceBody & { id: string }) {
  authorize(ctx.actor, socialSpacesPolicy.updateSpace);
  const before = await findSpaceForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Der Sozialraum');
  authorize(ctx.actor, socialSpacesPolicy.updateSpace, before);
  const { id, ...changes } = input;
  const boundary = changes.boundary ? await assertBoundary(ctx.tx, before.officeId, changes.boundary) : undefined;
  if (changes.code && changes.code !== before.code && (await findSpaceByCode(ctx.tx, before.officeId, changes.code))) throw codeTaken(changes.code);
  const after = await updateSpaceRow(ctx.tx, id, { ...changes, ...(boundary ? { boundary, source: 'Eingabe' } : {}) } as Parameters<typeof updateSpaceRow>[2]);
  await recordAudit(ctx, { officeId: before.officeId, action: 'update', entity: 'social_space', entityId: id, before: auditSpace(before), after: auditSpace(after) });
  return presentSpace(after);
}

export async function deleteSpace(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, socialSpacesPolicy.deleteSpace);
  const before = await findSpaceForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Der Sozialraum');
  authorize(ctx.actor, socialSpacesPolicy.deleteSpace, before);
  try {
    await deleteSpaceRow(ctx.tx, before.id);
  } catch (error) {
    if ((error as { cause?: { code?: string }; code?: string }).cause?.code === '23503' || (error as { code?: string }).code === '23503') {
      throw new DomainError('CONFLICT', `Der Sozialraum „${before.name}“ wird noch verwendet (Team, Verträge, Angebote …) und kann nicht gelöscht werden.`);
    }
    throw error;
  }
  await recordAudit(ctx, { officeId: before.officeId, action: 'delete', entity: 'social_space', entityId: before.id, before: auditSpace(before) });
}

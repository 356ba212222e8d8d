import type { ImportSpacesBody } from '../../../common/api/social-spaces';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError } from '../../platform/http/errors';
import { boundaryErrors } from './check-boundary';
import { parseSpacesCollection } from './geojson-import';
import { socialSpacesPolicy } from './social-spaces.policy';
import { findSpaceByCode, insertSpace, updateSpaceRow } from './social-spaces.queries';
import { auditSpace } from './social-spaces.presenter';

const MAX_FEATURES = 2_000;

/**
 * Imports a FeatureCollection: a new code creates a space, a known code updates its name and boundary. All or
 * nothing: any problem in any feature refuses the whole file, and the problems name the features.
 */
export async function importSpaces(ctx: Ctx, input: Omit<ImportSpacesBody, 'collection'> & { collection: unknown }) {
  authorize(ctx.actor, socialSpacesPolicy.importSpaces);
  const officeId = officeOf(ctx.actor);
  const features = (input.collection as { features?: unknown[] }).features;
  if (Array.isArray(features) && features.length > MAX_FEATURES) {
    throw new DomainError('INVALID_INPUT', `Die Datei enthält ${features.length} Features; höchstens ${MAX_FEATURES} auf einmal.`, [
      { field: 'collection.features', message: `Höchstens ${MAX_FEATURES} Features.` },
    ]);
  }
  const { spaces, problems } = parseSpacesCollection(input.collection, input);
  const errors = problems.map((p) => ({ field: `collection.${p.field}`, message: p.message }));
  for (const space of spaces) {
    errors.push(...(await boundaryErrors(ctx.tx, officeId, space.boundary, `collection.features.${space.index}.geometry`, `Feature ${space.index + 1} („${space.name}“): `)));
  }
  if (errors.length) {
    const shown = errors.slice(0, 50);
    throw new DomainError(
      'INVALID_INPUT',
      `Nichts importiert: ${errors.length} Problem(e). ${shown.slice(0, 3).map((e) => e.message).join(' ')}`,
      shown,
    );
  }
  let created = 0;
  let updated = 0;
  for (const space of spaces) {
    const existing = await findSpaceByCode(ctx.tx, officeId, space.code);
    const source = input.source || 'GeoJSON-Import';
    if (existing) {
      const row = await updateSpaceRow(ctx.tx, existing.id, { name: space.name, boundary: space.boundary, source });
      await recordAudit(ctx, { officeId, action: 'import', entity: 'social_space', entityId: row.id, before: auditSpace(existing), after: auditSpace(row) });
      updated++;
    } else {
      const row = await insertSpace(ctx.tx, officeId, { code: space.code, name: space.name, description: '', boundary: space.boundary, population: null, colour: null, source });
      await recordAudit(ctx, { officeId, action: 'import', entity: 'social_space', entityId: row.id, after: auditSpace(row) });
      created++;
    }
  }
  return { created, updated, codes: spaces.map((s) => s.code) };
}

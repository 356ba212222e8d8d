import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/http/errors';
import { officeForReading } from '../offices';
import { buildSpaceIndex } from './geometry';
import { socialSpacesPolicy } from './social-spaces.policy';
import { findSpace, spacesOfOffice } from './social-spaces.queries';
import { presentSpace } from './social-spaces.presenter';

export async function listSpaces(ctx: Ctx, input: { office?: string | undefined }) {
  authorize(ctx.actor, socialSpacesPolicy.listSpaces);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  // Sorted here, not in SQL: PGlite and PostgreSQL servers may use different collations.
  return (await spacesOfOffice(ctx.tx, office.id)).sort((a, b) => a.name.localeCompare(b.name, 'de')).map(presentSpace);
}

export async function readSpace(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, socialSpacesPolicy.readSpace);
  const row = await findSpace(ctx.tx, input.id);
  if (!row) throw notFound('Der Sozialraum');
  return presentSpace(row);
}

export async function exportSpaces(ctx: Ctx, input: { office?: string | undefined }) {
  authorize(ctx.actor, socialSpacesPolicy.exportSpaces);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  const rows = await spacesOfOffice(ctx.tx, office.id);
  return {
    type: 'FeatureCollection' as const,
    features: rows.map((row) => ({
      type: 'Feature' as const,
      id: row.id,
      properties: { code: row.code, name: row.name, description: row.description, population: row.population, colour: row.colour, source: row.source },
      geometry: row.boundary,
    })),
  };
}

/** Which space of the office contains the point. */
export async function locatePoint(ctx: Ctx, input: { lon: number; lat: number; office?: string | undefined }) {
  authorize(ctx.actor, socialSpacesPolicy.locatePoint);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  const rows = await spacesOfOffice(ctx.tx, office.id);
  const found = buildSpaceIndex(rows.map((row) => ({ value: row, boundary: row.boundary }))).locate(input.lon, input.lat);
  return { space: found ? { id: found.id, code: found.code, name: found.name } : null };
}

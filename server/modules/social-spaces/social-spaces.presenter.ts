import type { SocialSpace } from '../../../common/api/social-spaces';
import { interiorPoint } from './geometry';
import type { SpaceRow } from './social-spaces.queries';

export function presentSpace(row: SpaceRow): SocialSpace {
  return {
    id: row.id,
    officeId: row.officeId,
    code: row.code,
    name: row.name,
    description: row.description,
    boundary: row.boundary,
    bbox: [row.minLon, row.minLat, row.maxLon, row.maxLat],
    labelPoint: interiorPoint(row.boundary),
    population: row.population,
    colour: row.colour,
    source: row.source,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** What the audit log keeps of a space: the boundary only as its size, not thousands of vertices. */
export const auditSpace = (row: SpaceRow) => ({
  code: row.code,
  name: row.name,
  description: row.description,
  population: row.population,
  colour: row.colour,
  bbox: [row.minLon, row.minLat, row.maxLon, row.maxLat],
  vertices: JSON.stringify(row.boundary.coordinates).split('],[').length,
});

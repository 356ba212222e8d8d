import { z } from 'zod';

/** [minLon, minLat, maxLon, maxLat] */
export const bbox = z.tuple([z.number(), z.number(), z.number(), z.number()]).meta({ id: 'BBox' });

// The coordinates are checked in detail on the server (closed rings, ranges, the office's region), with messages
// that say which part and which point is wrong; the schema only fixes the outer shape.
export const boundary = z
  .object({
    type: z.enum(['Polygon', 'MultiPolygon']),
    coordinates: z.array(z.array(z.unknown())).min(1),
  })
  .meta({ id: 'Boundary', description: 'GeoJSON Polygon oder MultiPolygon in [Länge, Breite] (WGS 84).' });

const colour = z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'Farbe als #rrggbb angeben, z. B. #1f6feb.' });
const code = z
  .string()
  .trim()
  .min(1, { error: 'Bitte ein Kürzel angeben.' })
  .max(40, { error: 'Das Kürzel darf höchstens 40 Zeichen lang sein.' })
  .regex(/^[\p{L}\p{N}_.-]+$/u, { error: 'Das Kürzel darf nur Buchstaben, Ziffern, Punkt, Binde- und Unterstrich enthalten.' });
const name = z.string().trim().min(1, { error: 'Bitte einen Namen angeben.' }).max(200);

export const socialSpace = z
  .object({
    id: z.uuid(),
    officeId: z.uuid(),
    code: z.string(),
    name: z.string(),
    description: z.string(),
    boundary,
    bbox,
    /** A point inside the space, for its label on the map. */
    labelPoint: z.tuple([z.number(), z.number()]),
    population: z.number().int().nullable(),
    colour: z.string().nullable(),
    source: z.string(),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'SocialSpace' });
export type SocialSpace = z.infer<typeof socialSpace>;

export const officeQuery = z.strictObject({
  office: z.string().max(60).optional().describe('Kürzel des Jugendamts; ohne Angabe das eigene bzw. das einzige.'),
});

export const createSpaceBody = z.strictObject({
  code,
  name,
  description: z.string().max(5000).default(''),
  boundary,
  population: z.number().int().min(0).max(10_000_000).nullable().default(null),
  colour: colour.nullable().default(null),
});
export type CreateSpaceBody = z.infer<typeof createSpaceBody>;

export const updateSpaceBody = z.strictObject({
  code: code.optional(),
  name: name.optional(),
  description: z.string().max(5000).optional(),
  boundary: boundary.optional(),
  population: z.number().int().min(0).max(10_000_000).nullable().optional(),
  colour: colour.nullable().optional(),
});
export type UpdateSpaceBody = z.infer<typeof updateSpaceBody>;

export const importSpacesBody = z.strictObject({
  collection: z.looseObject({ type: z.literal('FeatureCollection', { error: 'Erwartet wird eine GeoJSON-FeatureCollection.' }) }),
  nameProperty: z.string().min(1).max(100).describe('Eigenschaft der Features mit dem Namen'),
  codeProperty: z.string().min(1).max(100).describe('Eigenschaft der Features mit dem Kürzel'),
  source: z.string().max(300).default(''),
});
export type ImportSpacesBody = z.infer<typeof importSpacesBody>;

export const importResult = z.object({ created: z.number().int(), updated: z.number().int(), codes: z.array(z.string()) }).meta({ id: 'SpaceImportResult' });

export const locateQuery = z.strictObject({
  lon: z.coerce.number().min(-180).max(180),
  lat: z.coerce.number().min(-90).max(90),
  office: z.string().max(60).optional(),
});

export const locateResult = z.object({ space: z.object({ id: z.uuid(), code: z.string(), name: z.string() }).nullable() });

export const featureCollection = z
  .object({
    type: z.literal('FeatureCollection'),
    features: z.array(
      z.object({
        type: z.literal('Feature'),
        id: z.string(),
        properties: z.record(z.string(), z.unknown()),
        geometry: boundary,
      }),
    ),
  })
  .meta({ id: 'SocialSpaceCollection' });

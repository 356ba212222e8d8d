import { doublePrecision, index, integer, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { offices } from '../../platform/db/platform.tables';
import type { Boundary } from './geometry';

export const socialSpaces = pgTable(
  'social_spaces',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id')
      .notNull()
      .references(() => offices.id),
    code: text('code').notNull(),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    /** GeoJSON Polygon or MultiPolygon in longitude/latitude, validated before it is stored. */
    boundary: jsonb('boundary').$type<Boundary>().notNull(),
    // The bounding box, kept beside the boundary for cheap map and point queries.
    minLon: doublePrecision('min_lon').notNull(),
    minLat: doublePrecision('min_lat').notNull(),
    maxLon: doublePrecision('max_lon').notNull(),
    maxLat: doublePrecision('max_lat').notNull(),
    population: integer('population'),
    colour: text('colour'),
    /** Where the boundary came from (import file, property values), shown with the map as attribution. */
    source: text('source').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [unique('social_spaces_office_code_key').on(t.officeId, t.code), index('social_spaces_office_idx').on(t.officeId)],
);

import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { offices } from '../../platform/db/platform.tables';
import { socialSpaces } from '../social-spaces/social-spaces.tables';

/**
 * The closing text blocks of a report that staff write (summary, successes, difficulties, outlook), per year and
 * space (null: the whole office). Never overwritten: every save is a new version, the newest one counts.
 */
export const reportTextBlocks = pgTable(
  'report_text_blocks',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    year: integer('year').notNull(),
    spaceId: uuid('space_id').references(() => socialSpaces.id),
    key: text('key').notNull(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    writtenByUserId: uuid('written_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    writtenAt: timestamp('written_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('report_text_blocks_version').on(t.officeId, t.year, t.spaceId, t.key, t.version).nullsNotDistinct(),
    index('report_text_blocks_lookup_idx').on(t.officeId, t.year, t.key),
    check('report_text_blocks_key', sql`${t.key} in ('summary', 'successes', 'difficulties', 'outlook')`),
  ],
);

/** The office's settings for the report: the threshold below which counts are hidden ("< 5"). */
export const reportSettings = pgTable('report_settings', {
  officeId: uuid('office_id').primaryKey().references(() => offices.id),
  suppressionThreshold: integer('suppression_threshold').notNull().default(5),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

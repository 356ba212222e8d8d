import { sql } from 'drizzle-orm';
import { boolean, check, date, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { offices } from '../../platform/db/platform.tables';
import { socialSpaces } from '../social-spaces/social-spaces.tables';

/** Who took part: a team role, and the team membership where it is known. Never a family. */
export type ConsultationParticipantRow = { teamRole: string; membershipId: string | null };

/**
 * A collegial case consultation (Kollegiale Beratung) in a space. Cases are counted and described by the help that
 * resulted, never named: no names, no case numbers; free text passes the privacy guard.
 */
export const caseConsultations = pgTable(
  'case_consultations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    spaceId: uuid('space_id').notNull().references(() => socialSpaces.id),
    heldOn: date('held_on').notNull(),
    participants: jsonb('participants').$type<ConsultationParticipantRow[]>().notNull(),
    note: text('note').notNull().default(''),
    createdByUserId: uuid('created_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('case_consultations_space_idx').on(t.spaceId, t.heldOn), index('case_consultations_office_idx').on(t.officeId, t.heldOn)],
);

export const consultationCases = pgTable(
  'consultation_cases',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consultationId: uuid('consultation_id')
      .notNull()
      .references(() => caseConsultations.id, { onDelete: 'cascade' }),
    position: integer('position').notNull(),
    helpType: text('help_type').notNull(),
    lowThresholdOfferFound: boolean('low_threshold_offer_found').notNull().default(false),
    note: text('note').notNull().default(''),
  },
  (t) => [
    index('consultation_cases_consultation_idx').on(t.consultationId),
    check('consultation_cases_help_type', sql`${t.helpType} in ('space_offer', 'outpatient', 'residential', 'referral', 'none')`),
  ],
);

/** The roles an office requires in a consultation (default: the source's list; the networker only where the model has one). */
export const consultationSettings = pgTable('consultation_settings', {
  officeId: uuid('office_id').primaryKey().references(() => offices.id),
  requiredRoles: text('required_roles').array().notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

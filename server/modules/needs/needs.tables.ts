import { sql } from 'drizzle-orm';
import { boolean, check, date, index, jsonb, pgTable, text, timestamp, unique, uuid } from 'drizzle-orm/pg-core';
import type { NeedRequirements } from '../../../common/api/needs';
import { users } from '../../platform/auth/auth.tables';
import { offices } from '../../platform/db/platform.tables';
import { services, taxonomyTerms } from '../services/services.tables';
import { organizations } from '../social-spaces/network.tables';
import { socialSpaces } from '../social-spaces/social-spaces.tables';

const inList = (column: unknown, values: readonly string[]) => sql`${column} in (${sql.raw(values.map((v) => `'${v}'`).join(', '))})`;

/**
 * A need (Bedarf): something missing or wanted in a space, in the words of whoever named it. Never a person: no
 * names, no contact data, no client address — free text passes the privacy guard before it gets here. Public-form
 * entries have no recorder and count only once a team member has accepted them (`review_state`).
 */
export const needs = pgTable(
  'needs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    spaceId: uuid('space_id').notNull().references(() => socialSpaces.id),
    topicIds: uuid('topic_ids').array().notNull().default(sql`'{}'::uuid[]`),
    targetGroup: text('target_group'),
    ageBands: text('age_bands').array().notNull().default(sql`'{}'::text[]`),
    source: text('source').notNull(),
    voice: text('voice').notNull(),
    recordedOn: date('recorded_on').notNull(),
    recordedByUserId: uuid('recorded_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    recordedByOrganizationId: uuid('recorded_by_organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    text: text('text').notNull(),
    knownServiceIds: uuid('known_service_ids').array().notNull().default(sql`'{}'::uuid[]`),
    knowsNoOffers: boolean('knows_no_offers').notNull().default(false),
    requirements: jsonb('requirements').$type<NeedRequirements>().notNull(),
    helpfulServiceIds: uuid('helpful_service_ids').array().notNull().default(sql`'{}'::uuid[]`),
    helpfulText: text('helpful_text').notNull().default(''),
    status: text('status').notNull().default('open'),
    statusNote: text('status_note').notNull().default(''),
    /** Projects that took the need up (the projects module links them). */
    projectIds: uuid('project_ids').array().notNull().default(sql`'{}'::uuid[]`),
    reviewState: text('review_state').notNull().default('accepted'),
    reviewNote: text('review_note').notNull().default(''),
    reviewedByUserId: uuid('reviewed_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    reviewedAt: timestamp('reviewed_at', { withTimezone: true }),
    /** The language a public-form entry was written in. */
    language: text('language'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('needs_office_recorded_idx').on(t.officeId, t.recordedOn),
    index('needs_space_idx').on(t.spaceId),
    index('needs_topic_ids_idx').using('gin', t.topicIds),
    check('needs_source', inList(t.source, ['home_visit', 'case_closure', 'participation', 'meeting', 'public_form', 'other'])),
    check('needs_voice', inList(t.voice, ['affected', 'professional'])),
    check('needs_status', inList(t.status, ['open', 'referred', 'project', 'closed'])),
    check('needs_review_state', inList(t.reviewState, ['pending', 'accepted', 'rejected'])),
  ],
);

/** A caseworker referred the family of a need to an offer: a tie between the referring and the offering organisation. */
export const referrals = pgTable(
  'referrals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    needId: uuid('need_id').notNull().references(() => needs.id, { onDelete: 'cascade' }),
    /** Null once the offer is deleted: the referral still ties the two organisations. */
    serviceId: uuid('service_id').references(() => services.id, { onDelete: 'set null' }),
    /** The offer's organisation at the time (the offer may change hands later). */
    toOrganizationId: uuid('to_organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    fromOrganizationId: uuid('from_organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    referredByUserId: uuid('referred_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    referredOn: date('referred_on').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('referrals_office_idx').on(t.officeId, t.referredOn), index('referrals_need_idx').on(t.needId), unique('referrals_need_service').on(t.needId, t.serviceId)],
);

/** One gap per accepted need and topic: missing, reach or fit (gaps.rules.ts). */
export const gaps = pgTable(
  'gaps',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    needId: uuid('need_id').notNull().references(() => needs.id, { onDelete: 'cascade' }),
    topicId: uuid('topic_id').notNull().references(() => taxonomyTerms.id, { onDelete: 'cascade' }),
    kind: text('kind').notNull(),
    reasons: text('reasons').array().notNull().default(sql`'{}'::text[]`),
    matchServiceIds: uuid('match_service_ids').array().notNull().default(sql`'{}'::uuid[]`),
    state: text('state').notNull().default('open'),
    confirmed: boolean('confirmed').notNull().default(false),
    openedOn: date('opened_on').notNull(),
    closedOn: date('closed_on'),
    closeReason: text('close_reason'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    unique('gaps_need_topic').on(t.needId, t.topicId),
    index('gaps_office_idx').on(t.officeId, t.state),
    check('gaps_kind', inList(t.kind, ['missing', 'reach', 'fit'])),
    check('gaps_state', inList(t.state, ['open', 'closed'])),
    check('gaps_closed', sql`(${t.state} = 'closed') = (${t.closedOn} is not null)`),
  ],
);

/** The history of a gap: opened, reclassified by a recomputation, confirmed or corrected by hand, closed, reopened. */
export const gapEvents = pgTable(
  'gap_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    gapId: uuid('gap_id').notNull().references(() => gaps.id, { onDelete: 'cascade' }),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    event: text('event').notNull(),
    kind: text('kind').notNull(),
    note: text('note').notNull().default(''),
    userId: uuid('user_id').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [index('gap_events_gap_idx').on(t.gapId, t.at)],
);

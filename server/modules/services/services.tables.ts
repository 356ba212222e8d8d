import { sql } from 'drizzle-orm';
import { boolean, check, customType, date, doublePrecision, index, integer, jsonb, pgTable, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { offices } from '../../platform/db/platform.tables';
import { organizations } from '../social-spaces/network.tables';
import { socialSpaces } from '../social-spaces/social-spaces.tables';

/**
 * Open Referral HSDS 3.0 storage (docs/decisions/0002). Objects with an identity of their own and their own
 * endpoints (service, location, service_at_location, program, taxonomy, taxonomy_term, metadata) are tables;
 * the objects that live and die with their parent (schedules, phones, contacts, languages, addresses,
 * accessibility, cost options, funding, required documents, service areas, attributes) are kept in the
 * parent's `hsds` document in their HSDS shape, with their UUIDs. `hsds` also keeps every field an import
 * brings that we do not model in columns, so an export gives it back. Columns win over `hsds` on export.
 */
export type HsdsDocument = Record<string, unknown>;

const tsvector = customType<{ data: string }>({ dataType: () => 'tsvector' });
/** Opening times as minutes of the week (Monday 00:00 = 0), e.g. `{[600,1080),[2040,2520)}`. */
const int4multirange = customType<{ data: string }>({ dataType: () => 'int4multirange' });

export const taxonomies = pgTable(
  'taxonomies',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    uri: text('uri'),
    version: text('version'),
    hsds: jsonb('hsds').$type<HsdsDocument>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('taxonomies_office_idx').on(t.officeId)],
);

export const taxonomyTerms = pgTable(
  'taxonomy_terms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    taxonomyId: uuid('taxonomy_id').references(() => taxonomies.id, { onDelete: 'set null' }),
    parentId: uuid('parent_id'),
    code: text('code'),
    name: text('name').notNull(),
    description: text('description').notNull().default(''),
    termUri: text('term_uri'),
    language: text('language'),
    /** Our own: shown as a topic in filters (false for imported vocabularies we only keep). */
    isTopic: boolean('is_topic').notNull().default(false),
    sortOrder: integer('sort_order').notNull().default(0),
    hsds: jsonb('hsds').$type<HsdsDocument>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('taxonomy_terms_office_idx').on(t.officeId), index('taxonomy_terms_parent_idx').on(t.parentId)],
);

export const programs = pgTable(
  'programs',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    description: text('description').notNull().default(''),
    hsds: jsonb('hsds').$type<HsdsDocument>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('programs_office_idx').on(t.officeId)],
);

export const locations = pgTable(
  'locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    organizationId: uuid('organization_id').references(() => organizations.id, { onDelete: 'set null' }),
    locationType: text('location_type').notNull().default('physical'),
    name: text('name'),
    alternateName: text('alternate_name'),
    description: text('description'),
    url: text('url'),
    latitude: doublePrecision('latitude'),
    longitude: doublePrecision('longitude'),
    /** The first physical address, in columns for display, search and the postcode filter. */
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    /** Set from the point (point in space) unless `spaceSetByHand`. */
    spaceId: uuid('space_id').references(() => socialSpaces.id, { onDelete: 'set null' }),
    spaceSetByHand: boolean('space_set_by_hand').notNull().default(false),
    hsds: jsonb('hsds').$type<HsdsDocument>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('locations_office_idx').on(t.officeId),
    check('locations_latitude', sql`${t.latitude} is null or (${t.latitude} between -90 and 90)`),
    check('locations_longitude', sql`${t.longitude} is null or (${t.longitude} between -180 and 180)`),
  ],
);

export const services = pgTable(
  'services',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    programId: uuid('program_id').references(() => programs.id, { onDelete: 'set null' }),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    description: text('description').notNull().default(''),
    url: text('url'),
    email: text('email'),
    /** HSDS: active, inactive, defunct, temporarily closed. */
    status: text('status').notNull().default('active'),
    minimumAge: integer('minimum_age'),
    maximumAge: integer('maximum_age'),
    assuredDate: date('assured_date'),
    assurerEmail: text('assurer_email'),
    assuredByUserId: uuid('assured_by_user_id').references(() => users.id, { onDelete: 'set null' }),
    // Our additions.
    targetGroups: text('target_groups').array().notNull().default(sql`'{}'::text[]`),
    traits: text('traits').array().notNull().default(sql`'{}'::text[]`),
    languages: text('languages').array().notNull().default(sql`'{}'::text[]`),
    keywords: text('keywords').array().notNull().default(sql`'{}'::text[]`),
    /** Topic terms given to the offer (HSDS attributes linking taxonomy terms). */
    topicIds: uuid('topic_ids').array().notNull().default(sql`'{}'::uuid[]`),
    /** The topics and all their ancestors: a filter on a broad topic finds offers filed under a narrower one. */
    topicPath: uuid('topic_path').array().notNull().default(sql`'{}'::uuid[]`),
    /** The spaces of the offer's locations, or set by hand when `spacesSetByHand`. */
    spaceIds: uuid('space_ids').array().notNull().default(sql`'{}'::uuid[]`),
    spacesSetByHand: boolean('spaces_set_by_hand').notNull().default(false),
    /** The first location's point: map marker and distance. */
    lon: doublePrecision('lon'),
    lat: doublePrecision('lat'),
    openWeek: int4multirange('open_week'),
    searchVector: tsvector('search_vector').notNull().default(sql`''::tsvector`),
    hsds: jsonb('hsds').$type<HsdsDocument>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('services_office_idx').on(t.officeId, t.status),
    index('services_organization_idx').on(t.organizationId),
    index('services_search_idx').using('gin', t.searchVector),
    index('services_topic_path_idx').using('gin', t.topicPath),
    index('services_space_ids_idx').using('gin', t.spaceIds),
    index('services_point_idx').on(t.lat, t.lon),
    // The list without a search term, sorted by name: read in index order, stop after the page.
    index('services_name_idx').on(t.officeId, sql`lower(${t.name})`, t.id),
    index('services_assured_idx').on(t.officeId, t.assuredDate),
    check('services_ages', sql`${t.minimumAge} is null or ${t.maximumAge} is null or ${t.minimumAge} <= ${t.maximumAge}`),
    check('services_status', sql`${t.status} in ('active', 'inactive', 'defunct', 'temporarily closed')`),
  ],
);

export const serviceAtLocations = pgTable(
  'service_at_locations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    serviceId: uuid('service_id').notNull().references(() => services.id, { onDelete: 'cascade' }),
    locationId: uuid('location_id').notNull().references(() => locations.id),
    description: text('description'),
    sortOrder: integer('sort_order').notNull().default(0),
    hsds: jsonb('hsds').$type<HsdsDocument>().notNull().default({}),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('service_at_locations_service_idx').on(t.serviceId), index('service_at_locations_location_idx').on(t.locationId)],
);

/** HSDS per-field change metadata: imported with a record, and written by every change made here. */
export const hsdsMetadata = pgTable(
  'hsds_metadata',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    resourceId: uuid('resource_id').notNull(),
    resourceType: text('resource_type').notNull(),
    lastActionDate: date('last_action_date').notNull(),
    lastActionType: text('last_action_type').notNull(),
    fieldName: text('field_name').notNull(),
    previousValue: text('previous_value').notNull(),
    replacementValue: text('replacement_value').notNull(),
    updatedBy: text('updated_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('hsds_metadata_resource_idx').on(t.resourceId)],
);

/** Every word of every offer, for typo correction: a misspelt query word is matched against it by trigrams. */
export const searchWords = pgTable(
  'search_words',
  { word: text('word').primaryKey() },
  (t) => [
    index('search_words_trgm_idx').using('gin', sql`${t.word} gin_trgm_ops`),
    // "Is this query word the start of a word?" as a range (~>=~ … ~<~), whatever the database's collation.
    index('search_words_prefix_idx').on(t.word.op('text_pattern_ops')),
  ],
);

/** Per office: after how many months an offer counts as not verified (stale). */
export const serviceSettings = pgTable('service_settings', {
  officeId: uuid('office_id').primaryKey().references(() => offices.id),
  staleAfterMonths: integer('stale_after_months').notNull().default(12),
});

import { sql } from 'drizzle-orm';
import { check, date, jsonb, index, integer, pgTable, primaryKey, text, timestamp, uuid, doublePrecision, type AnyPgColumn } from 'drizzle-orm/pg-core';
import { users } from '../../platform/auth/auth.tables';
import { offices } from '../../platform/db/platform.tables';
import { socialSpaces } from './social-spaces.tables';

// HSDS-compatible organisation: name, description, email, website, plus our type, address and point.
export const organizations = pgTable(
  'organizations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    name: text('name').notNull(),
    alternateName: text('alternate_name'),
    type: text('type').notNull(),
    description: text('description').notNull().default(''),
    /** Organisational contact only (a team inbox, the front desk), never a private person's data. */
    email: text('email'),
    phone: text('phone'),
    website: text('website'),
    street: text('street'),
    postalCode: text('postal_code'),
    city: text('city'),
    lon: doublePrecision('lon'),
    lat: doublePrecision('lat'),
    parentId: uuid('parent_id').references((): AnyPgColumn => organizations.id, { onDelete: 'set null' }),
    /** HSDS fields and child objects an import brought that we keep without columns (identifiers, funding, …). */
    hsds: jsonb('hsds').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('organizations_office_idx').on(t.officeId)],
);

/** Admin-defined organisation types beyond the built-in list. */
export const organizationTypesExtra = pgTable(
  'organization_types',
  {
    officeId: uuid('office_id').notNull().references(() => offices.id),
    code: text('code').notNull(),
    label: text('label').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.code] })],
);

export const organizationSpaces = pgTable(
  'organization_spaces',
  {
    organizationId: uuid('organization_id').notNull().references(() => organizations.id, { onDelete: 'cascade' }),
    spaceId: uuid('space_id').notNull().references(() => socialSpaces.id),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.spaceId] })],
);

/** Who works in which space in which team role (what they do there), for which organisation, when, with what share. */
export const teamMemberships = pgTable(
  'team_memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    spaceId: uuid('space_id').notNull().references(() => socialSpaces.id),
    organizationId: uuid('organization_id').references(() => organizations.id),
    userId: uuid('user_id').references(() => users.id),
    personName: text('person_name').notNull(),
    teamRole: text('team_role').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    /** Share of a full-time position in per cent (50 = half a position). */
    ftePercent: integer('fte_percent'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('team_memberships_space_idx').on(t.spaceId),
    index('team_memberships_user_idx').on(t.userId),
    check('team_memberships_period', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('team_memberships_fte', sql`${t.ftePercent} is null or (${t.ftePercent} > 0 and ${t.ftePercent} <= 100)`),
  ],
);

/** A provider's contract for a space (Vertragslaufzeit). */
export const contracts = pgTable(
  'contracts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    spaceId: uuid('space_id').notNull().references(() => socialSpaces.id),
    kind: text('kind').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('contracts_space_idx').on(t.spaceId), check('contracts_period', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`)],
);

/** Funded positions per space and organisation, in per cent of a full-time position. */
export const positions = pgTable(
  'positions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    organizationId: uuid('organization_id').notNull().references(() => organizations.id),
    spaceId: uuid('space_id').notNull().references(() => socialSpaces.id),
    kind: text('kind').notNull(),
    ftePercent: integer('fte_percent').notNull(),
    validFrom: date('valid_from').notNull(),
    validTo: date('valid_to'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('positions_space_idx').on(t.spaceId),
    check('positions_period', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('positions_fte', sql`${t.ftePercent} > 0 and ${t.ftePercent} <= 1000`),
  ],
);

/** The office's network model, with history: the model in force on a date is the latest one starting on or before it. */
export const networkModelPeriods = pgTable(
  'network_model_periods',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    officeId: uuid('office_id').notNull().references(() => offices.id),
    model: text('model').notNull(),
    validFrom: date('valid_from').notNull(),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('network_model_periods_office_idx').on(t.officeId, t.validFrom)],
);

/** Minimum funded positions per space, per position kind, in per cent of a full-time position. */
export const positionMinimums = pgTable(
  'position_minimums',
  {
    officeId: uuid('office_id').notNull().references(() => offices.id),
    kind: text('kind').notNull(),
    minimumPercent: integer('minimum_percent').notNull(),
  },
  (t) => [primaryKey({ columns: [t.officeId, t.kind] })],
);

import { asc, eq, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../../platform/db/database';
import { hsdsMetadata, locations, programs, serviceAtLocations, services, taxonomies, taxonomyTerms } from './services.tables';

/**
 * Reads for the HSDS export and the public /hsds API. Every function is one statement, whatever the number of ids:
 * ids travel as one array parameter (`= any($1::uuid[])`), so a page of 100 costs what a page of 10 costs.
 */

/** An organisation as /hsds needs it (read with plain SQL: the social-spaces module keeps its table to itself). */
export type OrganizationRow = {
  id: string;
  officeId: string;
  name: string;
  alternateName: string | null;
  type: string;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  lon: number | null;
  lat: number | null;
  parentId: string | null;
  hsds: Record<string, unknown>;
  updatedAt: Date;
};
export type ProgramRow = typeof programs.$inferSelect;
export type LocationRow = typeof locations.$inferSelect;
export type ServiceAtLocationRow = typeof serviceAtLocations.$inferSelect;
export type TaxonomyRow = typeof taxonomies.$inferSelect;
export type TaxonomyTermRow = typeof taxonomyTerms.$inferSelect;
export type MetadataRow = typeof hsdsMetadata.$inferSelect;
export type ServiceLink = { link: ServiceAtLocationRow; location: LocationRow };

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const isUuid = (value: string) => uuidPattern.test(value);

/** `column = any('{…}'::uuid[])`: one parameter for any number of ids; an empty list matches nothing. */
export const anyUuid = (column: AnyPgColumn | SQL, ids: readonly string[]) => sql`${column} = any(${`{${ids.filter(isUuid).join(',')}}`}::uuid[])`;

export const servicesByIds = (tx: Db, ids: readonly string[]) => tx.select().from(services).where(anyUuid(services.id, ids));
export const servicesOfOrganizations = (tx: Db, organizationIds: readonly string[]) =>
  tx.select().from(services).where(anyUuid(services.organizationId, organizationIds)).orderBy(asc(sql`lower(${services.name})`), asc(services.id));

export const linksOfServices = (tx: Db, serviceIds: readonly string[]): Promise<ServiceLink[]> =>
  tx
    .select({ link: serviceAtLocations, location: locations })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(anyUuid(serviceAtLocations.serviceId, serviceIds))
    .orderBy(asc(serviceAtLocations.serviceId), asc(serviceAtLocations.sortOrder), asc(serviceAtLocations.id));

export const linksByIds = (tx: Db, ids: readonly string[]): Promise<ServiceLink[]> =>
  tx
    .select({ link: serviceAtLocations, location: locations })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(anyUuid(serviceAtLocations.id, ids));

type OrganizationSqlRow = {
  id: string;
  office_id: string;
  name: string;
  alternate_name: string | null;
  type: string;
  description: string;
  email: string | null;
  phone: string | null;
  website: string | null;
  street: string | null;
  postal_code: string | null;
  city: string | null;
  lon: number | null;
  lat: number | null;
  parent_id: string | null;
  hsds: Record<string, unknown> | null;
  updated_at: Date | string;
};

export const organizationFromSql = (r: OrganizationSqlRow): OrganizationRow => ({
  id: r.id,
  officeId: r.office_id,
  name: r.name,
  alternateName: r.alternate_name,
  type: r.type,
  description: r.description,
  email: r.email,
  phone: r.phone,
  website: r.website,
  street: r.street,
  postalCode: r.postal_code,
  city: r.city,
  lon: r.lon,
  lat: r.lat,
  parentId: r.parent_id,
  hsds: r.hsds ?? {},
  updatedAt: new Date(r.updated_at),
});

const organizationColumns = sql`o.id, o.office_id, o.name, o.alternate_name, o.type, o.description, o.email, o.phone, o.website, o.street, o.postal_code, o.city,
  o.lon, o.lat, o.parent_id, o.hsds, o.updated_at`;

export async function organizationsByIds(tx: Db, ids: readonly string[]): Promise<OrganizationRow[]> {
  const rows = await queryRows<OrganizationSqlRow>(tx, sql`select ${organizationColumns} from organizations o where ${anyUuid(sql`o.id`, ids)}`);
  return rows.map(organizationFromSql);
}

/** A page of the office's organisations (name order) with the size of the whole result. */
export async function pageOfOrganizations(tx: Db, officeId: string, search: string | undefined, limit: number, offset: number): Promise<{ rows: OrganizationRow[]; total: number | null }> {
  const rows = await queryRows<OrganizationSqlRow & { total: number }>(
    tx,
    sql`select ${organizationColumns}, count(*) over ()::int as total from organizations o
        where o.office_id = ${officeId} and ${textMatch([sql`o.name`, sql`o.alternate_name`, sql`o.description`], search)}
        order by lower(o.name), o.id limit ${limit} offset ${offset}`,
  );
  return { rows: rows.map(organizationFromSql), total: rows[0]?.total ?? null };
}

export const countOrganizations = (tx: Db, officeId: string, search: string | undefined) =>
  countOf(tx, sql`select count(*)::int as n from organizations o where o.office_id = ${officeId} and ${textMatch([sql`o.name`, sql`o.alternate_name`, sql`o.description`], search)}`);

/** A plain substring match for the small lists (organisations, taxonomies, terms); offers use the German search. */
export function textMatch(columns: SQL[], search: string | undefined): SQL {
  const term = search?.trim();
  if (!term) return sql`true`;
  const pattern = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql`(${sql.join(columns.map((c) => sql`coalesce(${c}, '') ilike ${pattern}`), sql` or `)})`;
}

export const programsOf = (tx: Db, programIds: readonly string[], organizationIds: readonly string[]) =>
  tx
    .select()
    .from(programs)
    .where(sql`${anyUuid(programs.id, programIds)} or ${anyUuid(programs.organizationId, organizationIds)}`)
    .orderBy(asc(programs.name), asc(programs.id));

export const locationsOfOrganizations = (tx: Db, organizationIds: readonly string[]) =>
  tx.select().from(locations).where(anyUuid(locations.organizationId, organizationIds)).orderBy(asc(locations.name), asc(locations.id));

export const termsWithTaxonomies = (tx: Db, termIds: readonly string[]) =>
  tx.select({ term: taxonomyTerms, taxonomy: taxonomies }).from(taxonomyTerms).leftJoin(taxonomies, eq(taxonomies.id, taxonomyTerms.taxonomyId)).where(anyUuid(taxonomyTerms.id, termIds));

export const metadataOf = (tx: Db, resourceIds: readonly string[]) =>
  tx.select().from(hsdsMetadata).where(anyUuid(hsdsMetadata.resourceId, resourceIds)).orderBy(asc(hsdsMetadata.createdAt), asc(hsdsMetadata.id));

export const taxonomiesByIds = (tx: Db, ids: readonly string[]) => tx.select().from(taxonomies).where(anyUuid(taxonomies.id, ids));

/** One page of ids with the size of the whole result; `total` is null when the page is past the end. */
export type IdPage = { ids: string[]; total: number | null };

export async function pageOfIds(tx: Db, query: SQL): Promise<IdPage> {
  const rows = await queryRows<{ id: string; total: number }>(tx, query);
  return { ids: rows.map((r) => r.id), total: rows[0]?.total ?? null };
}

export async function countOf(tx: Db, query: SQL): Promise<number> {
  const rows = await queryRows<{ n: number }>(tx, query);
  return rows[0]?.n ?? 0;
}

/**
 * When the office's public HSDS data last changed: the newest audit entry of the kinds that feed /hsds (every write
 * records one, deletions included, which no `updated_at` can show) and the newest `updated_at` of those tables, for
 * writes made without an audit entry (demo seed). Epoch milliseconds; 0 when nothing was ever written.
 */
export async function lastChangeOfOffice(tx: Db, officeId: string): Promise<number> {
  const rows = await queryRows<{ ms: number | null }>(
    tx,
    sql`select (extract(epoch from greatest(
          (select max(a.at) from audit_log a where a.office_id = ${officeId}
             and (a.entity in ('service', 'organization', 'topic', 'taxonomy', 'taxonomy_term', 'location', 'program', 'social_space', 'database') or a.entity like 'hsds%')),
          (select max(updated_at) from taxonomies where office_id = ${officeId}),
          (select max(updated_at) from taxonomy_terms where office_id = ${officeId}),
          (select max(updated_at) from organizations where office_id = ${officeId})
        )) * 1000)::float8 as ms`,
  );
  return rows[0]?.ms ?? 0;
}

/**
 * A page of offer ids under the WHERE clause of the offer search (`filterConditions()`), in its order: by relevance
 * when there is a search term, else by name. Offers are `s`.
 */
export const pageOfServiceIds = (tx: Db, where: SQL[], order: SQL, limit: number, offset: number) =>
  pageOfIds(
    tx,
    sql`select s.id, count(*) over ()::int as total from services s
        where ${sql.join(where, sql` and `)} order by ${order} limit ${limit} offset ${offset}`,
  );

export const countServices = (tx: Db, where: SQL[]) => countOf(tx, sql`select count(*)::int as n from services s where ${sql.join(where, sql` and `)}`);

/** The same for service-at-locations: `sal` joined to its offer `s` and location `l`. */
export const pageOfServiceAtLocationIds = (tx: Db, where: SQL[], order: SQL, limit: number, offset: number) =>
  pageOfIds(
    tx,
    sql`select sal.id, count(*) over ()::int as total
        from service_at_locations sal join services s on s.id = sal.service_id join locations l on l.id = sal.location_id
        where ${sql.join(where, sql` and `)} order by ${order} limit ${limit} offset ${offset}`,
  );

export const countServiceAtLocations = (tx: Db, where: SQL[]) =>
  countOf(
    tx,
    sql`select count(*)::int as n from service_at_locations sal join services s on s.id = sal.service_id join locations l on l.id = sal.location_id
        where ${sql.join(where, sql` and `)}`,
  );

export async function pageOfTaxonomies(tx: Db, officeId: string, search: string | undefined, limit: number, offset: number) {
  const rows = await tx
    .select({ taxonomy: taxonomies, total: sql<number>`count(*) over ()::int` })
    .from(taxonomies)
    .where(sql`${taxonomies.officeId} = ${officeId} and ${textMatch([sql`${taxonomies.name}`, sql`${taxonomies.description}`], search)}`)
    .orderBy(asc(sql`lower(${taxonomies.name})`), asc(taxonomies.id))
    .limit(limit)
    .offset(offset);
  return { rows: rows.map((r) => r.taxonomy), total: rows[0]?.total ?? null };
}

export const countTaxonomies = (tx: Db, officeId: string, search: string | undefined) =>
  countOf(tx, sql`select count(*)::int as n from taxonomies where office_id = ${officeId} and ${textMatch([sql`name`, sql`description`], search)}`);

export type TermFilter = { search?: string | undefined; taxonomyId?: string | undefined; topOnly?: boolean | undefined; parentId?: string | undefined };

function termConditions(officeId: string, filter: TermFilter): SQL {
  const where: SQL[] = [sql`t.office_id = ${officeId}`, textMatch([sql`t.name`, sql`t.code`, sql`t.description`], filter.search)];
  if (filter.taxonomyId) where.push(sql`t.taxonomy_id = ${filter.taxonomyId}`);
  if (filter.topOnly) where.push(sql`t.parent_id is null`);
  if (filter.parentId) where.push(sql`t.parent_id = ${filter.parentId}`);
  return sql.join(where, sql` and `);
}

/** A page of term ids: the office's own topics in their order first, then imported vocabularies by name. */
export const pageOfTermIds = (tx: Db, officeId: string, filter: TermFilter, limit: number, offset: number) =>
  pageOfIds(
    tx,
    sql`select t.id, count(*) over ()::int as total from taxonomy_terms t where ${termConditions(officeId, filter)}
        order by t.is_topic desc, t.sort_order, lower(t.name), t.id limit ${limit} offset ${offset}`,
  );

export const countTerms = (tx: Db, officeId: string, filter: TermFilter) =>
  countOf(tx, sql`select count(*)::int as n from taxonomy_terms t where ${termConditions(officeId, filter)}`);

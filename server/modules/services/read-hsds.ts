import { type SQL, sql } from 'drizzle-orm';
import type {
  HsdsOrganizationQuery,
  HsdsOrganizationsQuery,
  HsdsPage,
  HsdsRoot,
  HsdsServiceAtLocationsQuery,
  HsdsServicesQuery,
  HsdsTaxonomiesQuery,
  HsdsTaxonomyTermsQuery,
} from '../../../common/api/hsds';
import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import { officeForReading } from '../offices';
import {
  emptyHsdsLookup,
  type HsdsRecord,
  loadHsdsBundles,
  loadHsdsOrganizationBundles,
  loadHsdsServiceAtLocationBundles,
  toHsdsOrganization,
  toHsdsService,
  toHsdsServiceAtLocation,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './hsds-export';
import {
  countOrganizations,
  countServiceAtLocations,
  countServices,
  countTaxonomies,
  countTerms,
  isUuid,
  lastChangeOfOffice,
  metadataOf,
  pageOfOrganizations,
  pageOfServiceAtLocationIds,
  pageOfServiceIds,
  pageOfTaxonomies,
  pageOfTermIds,
  taxonomiesByIds,
  termsWithTaxonomies,
} from './hsds.queries';
import { filterConditions, runSearch, SEARCH_CAP } from './search-services';
import { servicesPolicy } from './services.policy';

/**
 * The public, read-only Open Referral HSDS 3.0 API (issue 4, item 5; docs/decisions/0003-hsds-api.md). Every answer
 * comes with the time its data last changed, for Last-Modified. Offers are listed whatever their status (the
 * standard lists all services and says which are active in `status`). A list costs the same number of statements at
 * any page size.
 */
export type HsdsAnswer<T> = { body: T; lastModified: number };

export const HSDS_VERSION = '3.0';
const startedAt = Date.now();

// Public answers name no staff member in change metadata (see HsdsLookup.hideEditors).
const hideEditors = true;

// filterConditions() needs the stale period only for the `stale` filter, which /hsds does not offer.
const noStaleFilter = 12;

function pageOf(contents: HsdsRecord[], total: number, page: number, perPage: number): HsdsPage {
  const totalPages = Math.ceil(total / perPage);
  return {
    total_items: total,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

const newest = (...times: (Date | number)[]) => Math.max(0, ...times.map((t) => (typeof t === 'number' ? t : t.getTime())));

/** A plain date is the start of that day in UTC (HSDS: "dates are assumed to be UTC otherwise"). */
const instant = (value: string) => new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00:00Z` : value).toISOString();

/** Offers carrying a term: as a topic (also through a narrower topic, as in the app's filter) or as an imported attribute. */
const withTerm = (termId: string) =>
  sql`(s.topic_path @> ${`{${termId}}`}::uuid[] or s.hsds -> 'attributes' @> ${JSON.stringify([{ taxonomy_term_id: termId }])}::jsonb)`;

const withTaxonomy = (taxonomyId: string) =>
  sql`exists (select 1 from taxonomy_terms t where t.taxonomy_id = ${taxonomyId}
        and (t.id = any(s.topic_path) or s.hsds -> 'attributes' @> jsonb_build_array(jsonb_build_object('taxonomy_term_id', t.id::text))))`;

type ServiceFilter = Pick<HsdsServicesQuery, 'search' | 'taxonomy_term_id' | 'taxonomy_id' | 'organization_id' | 'modified_after'>;

/**
 * The offers of a list: WHERE clause and order. Filtering is `filterConditions()` plus the HSDS filters; a search
 * term is the app's search itself (`runSearch()`): it ranks the office's offers (at most SEARCH_CAP, as in the app)
 * and the list keeps that order, so `search` means exactly what it means everywhere else. Offers are `s`.
 */
async function serviceQuery(tx: Db, officeId: string, filter: ServiceFilter, modified: SQL): Promise<{ where: SQL[]; order: SQL }> {
  const where = filterConditions(officeId, { status: 'all', organizationId: filter.organization_id }, null, noStaleFilter);
  if (filter.taxonomy_term_id) where.push(withTerm(filter.taxonomy_term_id));
  if (filter.taxonomy_id) where.push(withTaxonomy(filter.taxonomy_id));
  if (filter.modified_after) where.push(sql`${modified} >= ${instant(filter.modified_after)}::timestamptz`);
  if (!filter.search) return { where, order: sql`lower(s.name), s.id` };
  const found = await runSearch(tx, officeId, { q: filter.search, status: 'all', organizationId: filter.organization_id, page: 1, perPage: SEARCH_CAP });
  const ranked = `{${found.items.map((i) => i.id).join(',')}}`;
  where.push(sql`s.id = any(${ranked}::uuid[])`);
  return { where, order: sql`array_position(${ranked}::uuid[], s.id)` };
}

/** Only filters the app's search also has: the page can come from `runSearch()` directly. */
const searchOnly = (query: HsdsServicesQuery) => !!query.search && !query.taxonomy_term_id && !query.taxonomy_id && !query.modified_after;

export function hsdsRoot(ctx: Ctx, publicUrl: string): HsdsAnswer<HsdsRoot> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  return { body: { version: HSDS_VERSION, openapi_url: `${publicUrl}/api/openapi.json` }, lastModified: startedAt };
}

export async function listHsdsServices(ctx: Ctx, query: HsdsServicesQuery): Promise<HsdsAnswer<HsdsPage>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const office = await officeForReading(ctx.tx, ctx.actor, query.office);
  let page: { ids: string[]; total: number };
  if (searchOnly(query)) {
    // The app's search page as it is: same offers, same order, same (capped) total as /api/services?q=…&status=all.
    const found = await runSearch(ctx.tx, office.id, { q: query.search, status: 'all', organizationId: query.organization_id, page: query.page, perPage: query.per_page });
    page = { ids: found.items.map((i) => i.id), total: found.total };
  } else {
    const { where, order } = await serviceQuery(ctx.tx, office.id, query, sql`s.updated_at`);
    const ids = await pageOfServiceIds(ctx.tx, where, order, query.per_page, (query.page - 1) * query.per_page);
    page = { ids: ids.ids, total: ids.total ?? (query.page > 1 ? await countServices(ctx.tx, where) : 0) };
  }
  const total = page.total;
  const full = query.full === true && query.minimal !== true;
  const bundles = page.ids.length ? await loadHsdsBundles(ctx.tx, office.id, page.ids, { full, hideEditors }) : [];
  const contents = query.minimal
    ? bundles.map(({ service: s }) => ({ id: s.id, name: s.name, status: s.status, last_modified: s.updatedAt.toISOString() }))
    : bundles.map((b) => toHsdsService(b, { full }));
  const changed = await lastChangeOfOffice(ctx.tx, office.id);
  return { body: pageOf(contents, total, query.page, query.per_page), lastModified: newest(changed, ...bundles.map((b) => b.service.updatedAt)) };
}

export async function readHsdsService(ctx: Ctx, input: { id: string }): Promise<HsdsAnswer<HsdsRecord>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const [bundle] = isUuid(input.id) ? await loadHsdsBundles(ctx.tx, null, [input.id], { full: true, hideEditors }) : [];
  if (!bundle) throw notFound('Das Angebot');
  const changed = await lastChangeOfOffice(ctx.tx, bundle.service.officeId);
  return { body: toHsdsService(bundle, { full: true }), lastModified: newest(changed, bundle.service.updatedAt) };
}

export async function listHsdsOrganizations(ctx: Ctx, query: HsdsOrganizationsQuery): Promise<HsdsAnswer<HsdsPage>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const office = await officeForReading(ctx.tx, ctx.actor, query.office);
  const page = await pageOfOrganizations(ctx.tx, office.id, query.search, query.per_page, (query.page - 1) * query.per_page);
  const total = page.total ?? (query.page > 1 ? await countOrganizations(ctx.tx, office.id, query.search) : 0);
  const services = query.full_service ? 'full' : query.full ? 'list' : 'none';
  const nested = services !== 'none';
  const bundles = !nested
    ? page.rows.map((organization) => ({ organization, lookup: emptyHsdsLookup() }))
    : page.rows.length
      ? await loadHsdsOrganizationBundles(ctx.tx, office.id, page.rows.map((r) => r.id), { full: true, services, hideEditors })
      : [];
  const contents = bundles.map((b) => toHsdsOrganization(b, { full: nested, services }));
  const changed = await lastChangeOfOffice(ctx.tx, office.id);
  return { body: pageOf(contents, total, query.page, query.per_page), lastModified: newest(changed, ...page.rows.map((r) => r.updatedAt)) };
}

export async function readHsdsOrganization(ctx: Ctx, input: { id: string } & HsdsOrganizationQuery): Promise<HsdsAnswer<HsdsRecord>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const services = input.full_service ? 'full' : 'list';
  const [bundle] = isUuid(input.id) ? await loadHsdsOrganizationBundles(ctx.tx, null, [input.id], { full: true, services, hideEditors }) : [];
  if (!bundle) throw notFound('Die Organisation');
  const changed = await lastChangeOfOffice(ctx.tx, bundle.organization.officeId);
  return { body: toHsdsOrganization(bundle, { full: true, services }), lastModified: newest(changed, bundle.organization.updatedAt) };
}

/** Locations at a postcode, or within `proximity` metres of the centre of the office's locations at that postcode. */
function postcodeCondition(officeId: string, postcode: string, proximity: number | undefined): SQL {
  if (proximity === undefined) return sql`(l.postal_code = ${postcode} or l.hsds -> 'addresses' @> ${JSON.stringify([{ postal_code: postcode }])}::jsonb)`;
  const centre = (column: SQL) =>
    sql`(select avg(${column}) from locations c where c.office_id = ${officeId} and c.postal_code = ${postcode} and c.latitude is not null and c.longitude is not null)`;
  const lat = centre(sql`c.latitude`);
  const lon = centre(sql`c.longitude`);
  return sql`(l.latitude is not null and l.longitude is not null and
    12742000 * asin(sqrt(power(sin(radians(l.latitude - ${lat}) / 2), 2) + cos(radians(${lat})) * cos(radians(l.latitude)) * power(sin(radians(l.longitude - ${lon}) / 2), 2))) <= ${proximity})`;
}

export async function listHsdsServiceAtLocations(ctx: Ctx, query: HsdsServiceAtLocationsQuery): Promise<HsdsAnswer<HsdsPage>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const office = await officeForReading(ctx.tx, ctx.actor, query.office);
  const { where, order } = await serviceQuery(ctx.tx, office.id, query, sql`greatest(s.updated_at, sal.updated_at, l.updated_at)`);
  if (query.postcode) where.push(postcodeCondition(office.id, query.postcode, query.proximity));
  const sorted = sql`${order}, sal.sort_order, sal.id`;
  const page = await pageOfServiceAtLocationIds(ctx.tx, where, sorted, query.per_page, (query.page - 1) * query.per_page);
  const total = page.total ?? (query.page > 1 ? await countServiceAtLocations(ctx.tx, where) : 0);
  const full = query.full === true;
  const bundles = page.ids.length ? await loadHsdsServiceAtLocationBundles(ctx.tx, office.id, page.ids, { full, hideEditors }) : [];
  const contents = bundles.map((b) => toHsdsServiceAtLocation(b, { full }));
  const changed = await lastChangeOfOffice(ctx.tx, office.id);
  return {
    body: pageOf(contents, total, query.page, query.per_page),
    lastModified: newest(changed, ...bundles.flatMap((b) => [b.service.updatedAt, b.link.updatedAt, b.location.updatedAt])),
  };
}

export async function readHsdsServiceAtLocation(ctx: Ctx, input: { id: string }): Promise<HsdsAnswer<HsdsRecord>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const [bundle] = isUuid(input.id) ? await loadHsdsServiceAtLocationBundles(ctx.tx, null, [input.id], { full: true, hideEditors }) : [];
  if (!bundle) throw notFound('Das Angebot an diesem Standort');
  const changed = await lastChangeOfOffice(ctx.tx, bundle.link.officeId);
  return { body: toHsdsServiceAtLocation(bundle, { full: true }), lastModified: newest(changed, bundle.service.updatedAt, bundle.link.updatedAt, bundle.location.updatedAt) };
}

export async function listHsdsTaxonomies(ctx: Ctx, query: HsdsTaxonomiesQuery): Promise<HsdsAnswer<HsdsPage>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const office = await officeForReading(ctx.tx, ctx.actor, query.office);
  const page = await pageOfTaxonomies(ctx.tx, office.id, query.search, query.per_page, (query.page - 1) * query.per_page);
  const total = page.total ?? (query.page > 1 ? await countTaxonomies(ctx.tx, office.id, query.search) : 0);
  const changed = await lastChangeOfOffice(ctx.tx, office.id);
  return { body: pageOf(page.rows.map((row) => toHsdsTaxonomy(row)), total, query.page, query.per_page), lastModified: changed };
}

export async function readHsdsTaxonomy(ctx: Ctx, input: { id: string }): Promise<HsdsAnswer<HsdsRecord>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const [row] = isUuid(input.id) ? await taxonomiesByIds(ctx.tx, [input.id]) : [];
  if (!row) throw notFound('Die Taxonomie');
  const lookup = { ...emptyHsdsLookup(), hideEditors };
  lookup.metadata.set(row.id, await metadataOf(ctx.tx, [row.id]));
  return { body: toHsdsTaxonomy(row, lookup), lastModified: newest(await lastChangeOfOffice(ctx.tx, row.officeId), row.updatedAt) };
}

export async function listHsdsTaxonomyTerms(ctx: Ctx, query: HsdsTaxonomyTermsQuery): Promise<HsdsAnswer<HsdsPage>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const office = await officeForReading(ctx.tx, ctx.actor, query.office);
  const filter = { search: query.search, taxonomyId: query.taxonomy_id, topOnly: query.top_only, parentId: query.parent_id };
  const page = await pageOfTermIds(ctx.tx, office.id, filter, query.per_page, (query.page - 1) * query.per_page);
  const total = page.total ?? (query.page > 1 ? await countTerms(ctx.tx, office.id, filter) : 0);
  const rows = new Map((page.ids.length ? await termsWithTaxonomies(ctx.tx, page.ids) : []).map((r) => [r.term.id, r]));
  const contents = page.ids.flatMap((id) => {
    const row = rows.get(id);
    return row ? [toHsdsTaxonomyTerm(row.term, row.taxonomy)] : [];
  });
  const changed = await lastChangeOfOffice(ctx.tx, office.id);
  return { body: pageOf(contents, total, query.page, query.per_page), lastModified: changed };
}

export async function readHsdsTaxonomyTerm(ctx: Ctx, input: { id: string }): Promise<HsdsAnswer<HsdsRecord>> {
  authorize(ctx.actor, servicesPolicy.hsdsRead);
  const [row] = isUuid(input.id) ? await termsWithTaxonomies(ctx.tx, [input.id]) : [];
  if (!row) throw notFound('Der Begriff');
  const lookup = { ...emptyHsdsLookup(), hideEditors };
  lookup.metadata.set(row.term.id, await metadataOf(ctx.tx, [row.term.id]));
  return { body: toHsdsTaxonomyTerm(row.term, row.taxonomy, lookup), lastModified: newest(await lastChangeOfOffice(ctx.tx, row.term.officeId), row.term.updatedAt) };
}

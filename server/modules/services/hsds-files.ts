import { asc, eq, sql } from 'drizzle-orm';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { type Db, queryRows } from '../../platform/db/database';
import {
  derivedId,
  emptyHsdsLookup,
  type HsdsRecord,
  loadHsdsBundles,
  loadHsdsOrganizationBundles,
  toHsdsOrganization,
  toHsdsService,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './hsds-export';
import { metadataOf } from './hsds.queries';
import { type TabularPackage, toTabularPackage } from './hsds-tabular';
import { servicesPolicy } from './services.policy';
import { services, taxonomies, taxonomyTerms } from './services.tables';

/**
 * The office's whole HSDS data as files: JSON (one HSDS page per kind, every record in full, as /hsds gives it but
 * with the editors' names in the change metadata) and the tabular data package made from the same records. Both
 * import again (hsds-import.ts) to the same data.
 */

const CHUNK = 250;

export type HsdsJsonFiles = {
  'services.json': HsdsPage;
  'organizations.json': HsdsPage;
  'taxonomies.json': HsdsPage;
  'taxonomy_terms.json': HsdsPage;
};
type HsdsPage = { total_items: number; total_pages: number; page_number: number; size: number; first_page: boolean; last_page: boolean; empty: boolean; contents: HsdsRecord[] };

/** All records on one page, as the standard's Page object. */
const onePage = (contents: HsdsRecord[]): HsdsPage => ({
  total_items: contents.length,
  total_pages: 1,
  page_number: 1,
  size: contents.length,
  first_page: true,
  last_page: true,
  empty: contents.length === 0,
  contents,
});

export async function exportHsdsRecords(tx: Db, officeId: string, onProgress?: (done: number, total: number) => void) {
  const serviceIds = (await tx.select({ id: services.id }).from(services).where(eq(services.officeId, officeId)).orderBy(asc(sql`lower(${services.name})`), asc(services.id))).map((r) => r.id);
  const organizationIds = (await queryRows<{ id: string }>(tx, sql`select id from organizations where office_id = ${officeId} order by lower(name), id`)).map((r) => r.id);
  const total = serviceIds.length + organizationIds.length;
  let done = 0;
  const serviceRecords: HsdsRecord[] = [];
  for (let i = 0; i < serviceIds.length; i += CHUNK) {
    const bundles = await loadHsdsBundles(tx, officeId, serviceIds.slice(i, i + CHUNK), { full: true });
    serviceRecords.push(...bundles.map((b) => toHsdsService(b, { full: true })));
    onProgress?.((done += bundles.length), total);
  }
  const organizationRecords: HsdsRecord[] = [];
  for (let i = 0; i < organizationIds.length; i += CHUNK) {
    const bundles = await loadHsdsOrganizationBundles(tx, officeId, organizationIds.slice(i, i + CHUNK), { full: true, services: 'none' });
    organizationRecords.push(...bundles.map((b) => toHsdsOrganization(b, { full: true, services: 'none' })));
    onProgress?.((done += bundles.length), total);
  }
  const taxonomyRows = await tx.select().from(taxonomies).where(eq(taxonomies.officeId, officeId)).orderBy(asc(sql`lower(${taxonomies.name})`), asc(taxonomies.id));
  const termRows = await tx
    .select()
    .from(taxonomyTerms)
    .where(eq(taxonomyTerms.officeId, officeId))
    .orderBy(asc(taxonomyTerms.taxonomyId), asc(taxonomyTerms.sortOrder), asc(sql`lower(${taxonomyTerms.name})`), asc(taxonomyTerms.id));
  const lookup = emptyHsdsLookup();
  for (const m of await metadataOf(tx, [...taxonomyRows.map((t) => t.id), ...termRows.map((t) => t.id)])) {
    lookup.metadata.set(m.resourceId, [...(lookup.metadata.get(m.resourceId) ?? []), m]);
  }
  const taxonomyById = new Map(taxonomyRows.map((t) => [t.id, t]));
  return {
    services: serviceRecords,
    organizations: organizationRecords,
    taxonomies: taxonomyRows.map((t) => toHsdsTaxonomy(t, lookup)),
    terms: termRows.map((t) => toHsdsTaxonomyTerm(t, t.taxonomyId ? (taxonomyById.get(t.taxonomyId) ?? null) : null, lookup)),
  };
}

export async function exportHsdsJson(tx: Db, officeId: string, onProgress?: (done: number, total: number) => void): Promise<HsdsJsonFiles> {
  const records = await exportHsdsRecords(tx, officeId, onProgress);
  return {
    'services.json': onePage(records.services),
    'organizations.json': onePage(records.organizations),
    'taxonomies.json': onePage(records.taxonomies),
    'taxonomy_terms.json': onePage(records.terms),
  };
}

export async function exportHsdsTabular(tx: Db, officeId: string, onProgress?: (done: number, total: number) => void): Promise<TabularPackage> {
  const records = await exportHsdsRecords(tx, officeId, onProgress);
  return toTabularPackage(
    // Vocabularies first: a table lists its rows in the order they are first met, and terms keep their order.
    [
      { kind: 'taxonomy', items: records.taxonomies },
      { kind: 'taxonomy_term', items: records.terms },
      { kind: 'organization', items: records.organizations },
      { kind: 'service', items: records.services },
    ],
    { id: derivedId(officeId, 'meta_table_description'), name: 'HSDS-Export', language: 'de', character_set: 'UTF-8' },
  );
}

/** The admin download: JSON documents, or the tabular package as file name → CSV text. */
export async function exportHsds(ctx: Ctx, input: { format: 'json' | 'tabular' }): Promise<{ files: Record<string, unknown> }> {
  authorize(ctx.actor, servicesPolicy.importExport);
  const officeId = officeOf(ctx.actor);
  if (input.format === 'json') return { files: await exportHsdsJson(ctx.tx, officeId) };
  return { files: (await exportHsdsTabular(ctx.tx, officeId)).files };
}

import { getTableColumns, sql, type SQL } from 'drizzle-orm';
import type { PgTable } from 'drizzle-orm/pg-core';
import { type Db, queryRows } from '../../platform/db/database';
import { anyUuid, type OrganizationRow, organizationsByIds } from './hsds.queries';
import { hsdsMetadata, locations, programs, serviceAtLocations, services, taxonomies, taxonomyTerms } from './services.tables';

/**
 * Reads and writes of the HSDS import, in batches: one statement per table and chunk of ids or rows, never one per
 * record (the offers themselves are reindexed afterwards, one update each, by reindexServices()).
 */

export type ImportRows = {
  organization: OrganizationRow;
  program: typeof programs.$inferSelect;
  location: typeof locations.$inferSelect;
  service: typeof services.$inferSelect;
  service_at_location: typeof serviceAtLocations.$inferSelect;
  taxonomy: typeof taxonomies.$inferSelect;
  taxonomy_term: typeof taxonomyTerms.$inferSelect;
};
export type ImportKind = keyof ImportRows;

const CHUNK = 1_000;
const chunks = <T>(items: readonly T[], size = CHUNK): T[][] => {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
};

const tables = { program: programs, location: locations, service: services, service_at_location: serviceAtLocations, taxonomy: taxonomies, taxonomy_term: taxonomyTerms } as const;

/** The rows with these ids, of any office (the caller tells own from foreign). */
export async function rowsByIds<K extends ImportKind>(tx: Db, kind: K, ids: readonly string[]): Promise<ImportRows[K][]> {
  const out: ImportRows[K][] = [];
  for (const part of chunks([...new Set(ids)])) {
    if (kind === 'organization') out.push(...((await organizationsByIds(tx, part)) as ImportRows[K][]));
    else {
      const table = tables[kind as Exclude<ImportKind, 'organization'>];
      out.push(...((await tx.select().from(table as PgTable).where(anyUuid(table.id, part))) as ImportRows[K][]));
    }
  }
  return out;
}

/** Office of each existing change-metadata id (the table's ids are global). */
export async function metadataOffices(tx: Db, ids: readonly string[]): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const part of chunks([...new Set(ids)])) {
    for (const r of await tx.select({ id: hsdsMetadata.id, officeId: hsdsMetadata.officeId }).from(hsdsMetadata).where(anyUuid(hsdsMetadata.id, part))) map.set(r.id, r.officeId);
  }
  return map;
}

/** The organisation types an import may set: the built-in ones and the office's own. */
export async function extraOrganizationTypes(tx: Db, officeId: string): Promise<string[]> {
  return (await queryRows<{ code: string }>(tx, sql`select code from organization_types where office_id = ${officeId}`)).map((r) => r.code);
}

const docTables = { organization: 'organizations', program: 'programs', location: 'locations', service: 'services', service_at_location: 'service_at_locations' } as const;
export type DocKind = keyof typeof docTables;

/**
 * The office's records whose `hsds` document holds a child object with one of these ids (a contact, a phone, …), for
 * table rows that refer to children imported earlier. Rare, so a scan is fine.
 */
export async function recordsHoldingChildren(tx: Db, officeId: string, childIds: readonly string[]): Promise<{ kind: DocKind; id: string; childId: string }[]> {
  if (childIds.length === 0) return [];
  const found: { kind: DocKind; id: string; childId: string }[] = [];
  for (const [kind, table] of Object.entries(docTables) as [DocKind, string][]) {
    const rows = await queryRows<{ id: string; child_id: string }>(
      tx,
      sql`select r.id, c.child_id from ${sql.identifier(table)} r cross join unnest(${`{${childIds.join(',')}}`}::text[]) as c(child_id)
          where r.office_id = ${officeId} and jsonb_path_exists(r.hsds, '$.** ? (@.id == $id)', jsonb_build_object('id', c.child_id))`,
    );
    found.push(...rows.map((r) => ({ kind, id: r.id, childId: r.child_id })));
  }
  return found;
}

// ---- writes ----

/** `set col = excluded.col` for the given columns of a table: an upsert that writes what the import decides. */
function excludedSet(table: PgTable, keys: readonly string[]): Record<string, SQL> {
  const columns = getTableColumns(table) as Record<string, { name: string }>;
  return Object.fromEntries(keys.map((key) => [key, sql.raw(`excluded.${JSON.stringify(columns[key]?.name ?? key)}`)]));
}

export async function upsertRows(tx: Db, kind: Exclude<ImportKind, 'organization'>, rows: Record<string, unknown>[], onChunk?: (n: number) => void): Promise<void> {
  if (rows.length === 0) return;
  const table = tables[kind];
  const keys = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => k !== 'id' && k !== 'officeId');
  for (const part of chunks(rows, 500)) {
    await tx
      .insert(table as PgTable)
      .values(part as never)
      .onConflictDoUpdate({ target: table.id, set: { ...excludedSet(table, keys), updatedAt: sql`now()` } as never });
    onChunk?.(part.length);
  }
}

export type OrganizationValues = Omit<OrganizationRow, 'updatedAt'>;

/** Organisations belong to the social-spaces module; written with plain SQL as hsds.queries.ts reads them. */
export async function upsertOrganizations(tx: Db, rows: OrganizationValues[], onChunk?: (n: number) => void): Promise<void> {
  for (const part of chunks(rows, 500)) {
    const values = part.map(
      (r) =>
        sql`(${r.id}, ${r.officeId}, ${r.name}, ${r.alternateName}, ${r.type}, ${r.description}, ${r.email}, ${r.phone}, ${r.website}, ${r.street}, ${r.postalCode}, ${r.city}, ${r.lon}::float8, ${r.lat}::float8, ${r.parentId}::uuid, ${JSON.stringify(r.hsds)}::jsonb)`,
    );
    await tx.execute(sql`insert into organizations (id, office_id, name, alternate_name, type, description, email, phone, website, street, postal_code, city, lon, lat, parent_id, hsds)
      values ${sql.join(values, sql`, `)}
      on conflict (id) do update set name = excluded.name, alternate_name = excluded.alternate_name, type = excluded.type, description = excluded.description,
        email = excluded.email, phone = excluded.phone, website = excluded.website, street = excluded.street, postal_code = excluded.postal_code, city = excluded.city,
        lon = excluded.lon, lat = excluded.lat, parent_id = excluded.parent_id, hsds = excluded.hsds, updated_at = now()`);
    onChunk?.(part.length);
  }
}

/** Parents that were written in the same import: set once every organisation exists (the column is a foreign key). */
export async function setOrganizationParents(tx: Db, pairs: { id: string; parentId: string }[]): Promise<void> {
  for (const part of chunks(pairs, 500)) {
    const values = part.map((p) => sql`(${p.id}::uuid, ${p.parentId}::uuid)`);
    await tx.execute(sql`update organizations o set parent_id = v.parent_id from (values ${sql.join(values, sql`, `)}) as v(id, parent_id) where o.id = v.id`);
  }
}

export async function upsertMetadata(tx: Db, rows: (typeof hsdsMetadata.$inferInsert & { id: string })[]): Promise<void> {
  for (const part of chunks(rows, 500)) {
    await tx
      .insert(hsdsMetadata)
      .values(part)
      .onConflictDoUpdate({
        target: hsdsMetadata.id,
        set: excludedSet(hsdsMetadata, ['resourceId', 'resourceType', 'lastActionDate', 'lastActionType', 'fieldName', 'previousValue', 'replacementValue', 'updatedBy']),
      });
  }
}

/** Existing change metadata, to tell a new entry from a repeated one. */
export async function metadataByIds(tx: Db, ids: readonly string[]) {
  const out: (typeof hsdsMetadata.$inferSelect)[] = [];
  for (const part of chunks([...new Set(ids)])) out.push(...(await tx.select().from(hsdsMetadata).where(anyUuid(hsdsMetadata.id, part))));
  return out;
}

/** Locations that no offer uses get their social space here; those of offers get it from reindexServices(). */
export async function setLocationSpaces(tx: Db, pairs: { id: string; spaceId: string | null }[]): Promise<void> {
  for (const part of chunks(pairs, 500)) {
    const values = part.map((p) => sql`(${p.id}::uuid, ${p.spaceId}::uuid)`);
    await tx.execute(sql`update locations l set space_id = v.space_id from (values ${sql.join(values, sql`, `)}) as v(id, space_id) where l.id = v.id`);
  }
}

/** Offers at any of these locations or of these organisations: their search text and map point depend on them. */
export async function servicesTouchedBy(tx: Db, officeId: string, locationIds: readonly string[], organizationIds: readonly string[]): Promise<string[]> {
  if (locationIds.length === 0 && organizationIds.length === 0) return [];
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`select distinct s.id from services s left join service_at_locations sal on sal.service_id = s.id
        where s.office_id = ${officeId} and (${anyUuid(sql`sal.location_id`, locationIds)} or ${anyUuid(sql`s.organization_id`, organizationIds)})`,
  );
  return rows.map((r) => r.id);
}

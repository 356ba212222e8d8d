import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, firstRow, oneRow, queryRows } from '../../platform/db/database';
import { hsdsMetadata, locations, serviceAtLocations, services, serviceSettings, taxonomies, taxonomyTerms } from './services.tables';

export type ServiceRow = typeof services.$inferSelect;
export type LocationRow = typeof locations.$inferSelect;
export type TermRow = typeof taxonomyTerms.$inferSelect;


export async function staleAfterMonthsOf(tx: Db, officeId: string): Promise<number> {
  const row = firstRow(await tx.select().from(serviceSettings).where(eq(serviceSettings.officeId, officeId)));
  return row?.staleAfterMonths ?? 12;
}

export async function setStaleAfterMonths(tx: Db, officeId: string, staleAfterMonths: number) {
  await tx.insert(serviceSettings).values({ officeId, staleAfterMonths }).onConflictDoUpdate({ target: serviceSettings.officeId, set: { staleAfterMonths } });
}

export async function topicNames(tx: Db, ids: string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx.select({ id: taxonomyTerms.id, name: taxonomyTerms.name }).from(taxonomyTerms).where(inArray(taxonomyTerms.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The first location's address per offer, as one line ("Straße 1, 22844 Norderstedt"). */
export async function firstAddresses(tx: Db, serviceIds: string[]): Promise<Map<string, string>> {
  if (serviceIds.length === 0) return new Map();
  const rows = await queryRows<{ service_id: string; street: string | null; postal_code: string | null; city: string | null; name: string | null }>(
    tx,
    sql`select distinct on (sal.service_id) sal.service_id, l.street, l.postal_code, l.city, l.name
        from service_at_locations sal join locations l on l.id = sal.location_id
        where sal.service_id in (${sql.join(serviceIds.map((id) => sql`${id}`), sql`, `)})
        order by sal.service_id, sal.sort_order, sal.id`,
  );
  const map = new Map<string, string>();
  for (const r of rows) {
    const line = [r.street, [r.postal_code, r.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || r.name;
    if (line) map.set(r.service_id, line);
  }
  return map;
}

export const findService = async (tx: Db, id: string) => firstRow(await tx.select().from(services).where(eq(services.id, id)));
export const findServiceForUpdate = async (tx: Db, id: string) => firstRow(await tx.select().from(services).where(eq(services.id, id)).for('update'));

export async function insertService(tx: Db, values: typeof services.$inferInsert) {
  return oneRow(await tx.insert(services).values(values).returning());
}

export async function updateServiceRow(tx: Db, id: string, values: Partial<typeof services.$inferInsert>) {
  return oneRow(await tx.update(services).set({ ...values, updatedAt: sql`now()` }).where(eq(services.id, id)).returning());
}

export async function deleteServiceRow(tx: Db, id: string) {
  const links = await tx.delete(serviceAtLocations).where(eq(serviceAtLocations.serviceId, id)).returning({ locationId: serviceAtLocations.locationId });
  await tx.delete(services).where(eq(services.id, id));
  await deleteOrphanLocations(tx, links.map((l) => l.locationId));
}

/** Locations that no offer uses any more and that belong to no organisation are removed with their last offer. */
export async function deleteOrphanLocations(tx: Db, locationIds: string[]) {
  if (locationIds.length === 0) return;
  await tx.execute(
    sql`delete from locations l where l.id in (${sql.join(locationIds.map((id) => sql`${id}`), sql`, `)})
        and l.organization_id is null and not exists (select 1 from service_at_locations sal where sal.location_id = l.id)`,
  );
}

export async function locationsOfService(tx: Db, serviceId: string) {
  return tx
    .select({ link: serviceAtLocations, location: locations })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(eq(serviceAtLocations.serviceId, serviceId))
    .orderBy(asc(serviceAtLocations.sortOrder), asc(serviceAtLocations.id));
}

export async function upsertLocation(tx: Db, values: typeof locations.$inferInsert & { id: string }) {
  return oneRow(
    await tx
      .insert(locations)
      .values(values)
      .onConflictDoUpdate({ target: locations.id, set: { ...values, updatedAt: sql`now()` } })
      .returning(),
  );
}

export async function replaceServiceLocations(tx: Db, officeId: string, serviceId: string, locationIds: string[]) {
  const before = await tx.delete(serviceAtLocations).where(eq(serviceAtLocations.serviceId, serviceId)).returning();
  const keep = new Map(before.map((b) => [b.locationId, b]));
  if (locationIds.length) {
    await tx.insert(serviceAtLocations).values(
      locationIds.map((locationId, sortOrder) => {
        const old = keep.get(locationId);
        return { ...(old ? { id: old.id, hsds: old.hsds, description: old.description } : {}), officeId, serviceId, locationId, sortOrder };
      }),
    );
  }
  await deleteOrphanLocations(tx, before.map((b) => b.locationId).filter((id) => !locationIds.includes(id)));
}

export async function recordMetadata(tx: Db, rows: (typeof hsdsMetadata.$inferInsert)[]) {
  if (rows.length) await tx.insert(hsdsMetadata).values(rows);
}

// ---- topics ----

export const termsOfOffice = (tx: Db, officeId: string) =>
  tx.select().from(taxonomyTerms).where(eq(taxonomyTerms.officeId, officeId)).orderBy(asc(taxonomyTerms.sortOrder), asc(taxonomyTerms.name));

export async function topicUsage(tx: Db, officeId: string): Promise<Map<string, number>> {
  const rows = await queryRows<{ id: string; n: number }>(
    tx,
    sql`select t.id, count(*)::int as n from services s cross join lateral unnest(s.topic_path) as t(id)
        where s.office_id = ${officeId} and s.status = 'active' group by t.id`,
  );
  return new Map(rows.map((r) => [r.id, r.n]));
}

export const findTerm = async (tx: Db, id: string) => firstRow(await tx.select().from(taxonomyTerms).where(eq(taxonomyTerms.id, id)));

export async function insertTerm(tx: Db, values: typeof taxonomyTerms.$inferInsert) {
  return oneRow(await tx.insert(taxonomyTerms).values(values).returning());
}

export async function updateTermRow(tx: Db, id: string, values: Partial<typeof taxonomyTerms.$inferInsert>) {
  return oneRow(await tx.update(taxonomyTerms).set({ ...values, updatedAt: sql`now()` }).where(eq(taxonomyTerms.id, id)).returning());
}

export async function deleteTermRow(tx: Db, id: string) {
  await tx.delete(taxonomyTerms).where(eq(taxonomyTerms.id, id));
}

export async function servicesWithTopic(tx: Db, officeId: string, termId: string): Promise<string[]> {
  const rows = await tx
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.officeId, officeId), sql`${services.topicPath} @> ${`{${termId}}`}::uuid[]`));
  return rows.map((r) => r.id);
}

export async function ownTaxonomy(tx: Db, officeId: string) {
  return firstRow(await tx.select().from(taxonomies).where(and(eq(taxonomies.officeId, officeId), sql`${taxonomies.hsds} ->> 'sozialraum_default' = 'true'`)));
}

export async function insertTaxonomy(tx: Db, values: typeof taxonomies.$inferInsert) {
  return oneRow(await tx.insert(taxonomies).values(values).returning());
}

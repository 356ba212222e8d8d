import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/database';
import { services } from './services.tables';

export type SheetOrganization = { id: string; name: string };
export type SheetTopic = { id: string; name: string; code: string | null; parentId: string | null };
export type SheetLocation = {
  serviceId: string;
  id: string;
  name: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  spaceId: string | null;
  spaceSetByHand: boolean;
};

export const organizationsForSheet = (tx: Db, officeId: string) =>
  queryRows<SheetOrganization>(tx, sql`select id, name from organizations where office_id = ${officeId} order by name, id`);

export const topicsForSheet = (tx: Db, officeId: string) =>
  queryRows<SheetTopic>(
    tx,
    sql`select id, name, code, parent_id as "parentId" from taxonomy_terms where office_id = ${officeId} and is_topic order by sort_order, name`,
  );

export const officeCode = async (tx: Db, officeId: string): Promise<string> =>
  (await queryRows<{ code: string }>(tx, sql`select code from offices where id = ${officeId}`))[0]?.code ?? 'jugendamt';

/** The office's offers (all, or those with the given ids) with their locations in order: two statements. */
export async function offersForSheet(tx: Db, officeId: string, ids?: readonly string[]) {
  if (ids && ids.length === 0) return { rows: [], locations: new Map<string, SheetLocation[]>() };
  const rows = await tx
    .select()
    .from(services)
    .where(and(eq(services.officeId, officeId), ids ? inArray(services.id, [...ids]) : undefined))
    .orderBy(asc(services.name), asc(services.id));
  const located = rows.length
    ? await queryRows<SheetLocation>(
        tx,
        sql`select sal.service_id as "serviceId", l.id, l.name, l.street, l.postal_code as "postalCode", l.city, l.latitude, l.longitude,
              l.space_id as "spaceId", l.space_set_by_hand as "spaceSetByHand"
            from service_at_locations sal join locations l on l.id = sal.location_id
            where sal.office_id = ${officeId} ${ids ? sql`and sal.service_id in (${sql.join(ids.map((id) => sql`${id}`), sql`, `)})` : sql``}
            order by sal.service_id, sal.sort_order, sal.id`,
      )
    : [];
  const locations = new Map<string, SheetLocation[]>();
  for (const l of located) locations.set(l.serviceId, [...(locations.get(l.serviceId) ?? []), l]);
  return { rows, locations };
}

import { type SQL, sql } from 'drizzle-orm';
import type { MapFeatureCollection, MapQuery, ServiceSearchQuery, ServiceSearchResult } from '../../../common/api/services';
import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { type Db, queryRows } from '../../platform/db/database';
import { officeForReading } from '../offices';
import { queryTerms } from './search-text';
import { servicesPolicy } from './services.policy';
import { firstAddresses, staleAfterMonthsOf, topicNames } from './services.queries';
import { isStale, minuteOfWeek, staleCutoff, todayInBerlin } from './services.rules';

export type Filters = Omit<ServiceSearchQuery, 'sort' | 'page' | 'perPage' | 'office'>;
type Correction = { term: string; alternatives: string[] };

/**
 * Typo tolerance: a query word that is neither a word nor the start of a word of any offer is matched against the
 * vocabulary by trigram similarity ("fusball" → "fussball"). One statement for all words.
 */
async function corrections(tx: Db, terms: string[]): Promise<Correction[]> {
  if (terms.length === 0) return [];
  const rows = await queryRows<{ term: string; known: boolean; alternatives: string[] | null }>(
    tx,
    sql`select t.term,
          exists (select 1 from search_words w where left(w.word, length(t.term)) = t.term) as known,
          (select array_agg(s.word) from (
             select w.word from search_words w
             where w.word % t.term and similarity(w.word, t.term) >= 0.45
             order by similarity(w.word, t.term) desc, w.word limit 3) s) as alternatives
        from unnest(${`{${terms.join(',')}}`}::text[]) as t(term)`,
  );
  return rows.filter((r) => !r.known && r.alternatives?.length).map((r) => ({ term: r.term, alternatives: r.alternatives ?? [] }));
}

/** Terms are normalized to [a-z0-9] by queryTerms(), so they are safe inside a tsquery string. */
function tsQueryText(terms: string[], fixes: Correction[]): string {
  return terms
    .map((term) => {
      const alternatives = fixes.find((f) => f.term === term)?.alternatives ?? [];
      return `(${[`${term}:*`, ...alternatives].join(' | ')})`;
    })
    .join(' & ');
}

const distanceSql = (near: [number, number]) =>
  sql`(12742000 * asin(sqrt(power(sin(radians(s.lat - ${near[1]}) / 2), 2) + cos(radians(${near[1]})) * cos(radians(s.lat)) * power(sin(radians(s.lon - ${near[0]}) / 2), 2))))`;

/** The WHERE clause of every search, list and map query: one definition of what the filters mean. */
export function filterConditions(officeId: string, filters: Filters, tsquery: string | null, staleMonths: number): SQL[] {
  const where: SQL[] = [sql`s.office_id = ${officeId}`];
  const status = filters.status ?? 'active';
  if (status !== 'all') where.push(sql`s.status = ${status}`);
  if (tsquery) where.push(sql`s.search_vector @@ to_tsquery('german', ${tsquery})`);
  if (filters.spaceId?.length) where.push(sql`s.space_ids && ${`{${filters.spaceId.join(',')}}`}::uuid[]`);
  if (filters.topic?.length) where.push(sql`s.topic_path && ${`{${filters.topic.join(',')}}`}::uuid[]`);
  if (filters.organizationId) where.push(sql`s.organization_id = ${filters.organizationId}`);
  if (filters.age !== undefined) where.push(sql`(s.minimum_age is null or s.minimum_age <= ${filters.age}) and (s.maximum_age is null or s.maximum_age >= ${filters.age})`);
  if (filters.traits?.length) where.push(sql`s.traits @> ${`{${filters.traits.join(',')}}`}::text[]`);
  if (filters.language?.length) where.push(sql`s.languages && ${`{${filters.language.join(',')}}`}::text[]`);
  if (filters.targetGroup?.length) where.push(sql`s.target_groups && ${`{${filters.targetGroup.join(',')}}`}::text[]`);
  if (filters.openDay) {
    if (filters.openTime) where.push(sql`s.open_week @> ${minuteOfWeek(filters.openDay, filters.openTime)}::int4`);
    else where.push(sql`s.open_week && int4multirange(int4range(${minuteOfWeek(filters.openDay, '00:00')}, ${minuteOfWeek(filters.openDay, '00:00') + 1440}))`);
  }
  if (filters.near && filters.radius) {
    const [lon, lat] = filters.near;
    const dLat = filters.radius / 111_320;
    const dLon = filters.radius / (111_320 * Math.max(0.01, Math.cos((lat * Math.PI) / 180)));
    where.push(sql`s.lat between ${lat - dLat} and ${lat + dLat} and s.lon between ${lon - dLon} and ${lon + dLon}`);
    where.push(sql`${distanceSql(filters.near)} <= ${filters.radius}`);
  }
  if (filters.stale !== undefined) {
    const cutoff = staleCutoff(todayInBerlin(), staleMonths);
    where.push(filters.stale ? sql`(s.assured_date is null or s.assured_date < ${cutoff})` : sql`s.assured_date >= ${cutoff}`);
  }
  return where;
}

export async function prepareQuery(tx: Db, q: string | undefined): Promise<{ tsquery: string | null; fixes: Correction[] }> {
  const terms = queryTerms(q ?? '');
  if (terms.length === 0) return { tsquery: null, fixes: [] };
  const fixes = await corrections(tx, terms);
  return { tsquery: tsQueryText(terms, fixes), fixes };
}

/** The one search behind the public map, the staff lists, the API and HSDS `/services?search=`. */
export async function searchServices(ctx: Ctx, input: ServiceSearchQuery): Promise<ServiceSearchResult> {
  authorize(ctx.actor, servicesPolicy.searchServices);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  return runSearch(ctx.tx, office.id, input);
}

export async function runSearch(tx: Db, officeId: string, input: Omit<ServiceSearchQuery, 'office'>): Promise<ServiceSearchResult> {
  const staleMonths = await staleAfterMonthsOf(tx, officeId);
  const { tsquery, fixes } = await prepareQuery(tx, input.q);
  const where = sql.join(filterConditions(officeId, input, tsquery, staleMonths), sql` and `);
  const rank = tsquery ? sql`ts_rank(s.search_vector, to_tsquery('german', ${tsquery}))` : sql`null::real`;
  const distance = input.near ? sql`${distanceSql(input.near)}` : sql`null::double precision`;
  const sort = input.sort ?? (tsquery ? 'relevance' : input.near ? 'distance' : 'name');
  const order =
    sort === 'relevance' && tsquery
      ? sql`rank desc, s.name, s.id`
      : sort === 'distance' && input.near
        ? sql`distance asc nulls last, s.name, s.id`
        : sort === 'assured'
          ? sql`s.assured_date asc nulls first, s.name, s.id`
          : sql`lower(s.name), s.id`;
  const rows = await queryRows<{
    id: string;
    name: string;
    organization_id: string;
    organization_name: string;
    description: string;
    status: ServiceSearchResult['items'][number]['status'];
    topic_ids: string[];
    space_ids: string[];
    traits: string[];
    languages: string[];
    minimum_age: number | null;
    maximum_age: number | null;
    lon: number | null;
    lat: number | null;
    assured_date: string | null;
    rank: number | null;
    distance: number | null;
    total: number;
  }>(
    tx,
    sql`select s.id, s.name, s.organization_id, o.name as organization_name, left(s.description, 280) as description, s.status,
          s.topic_ids, s.space_ids, s.traits, s.languages, s.minimum_age, s.maximum_age, s.lon, s.lat,
          to_char(s.assured_date, 'YYYY-MM-DD') as assured_date, ${rank} as rank, ${distance} as distance, count(*) over ()::int as total
        from services s join organizations o on o.id = s.organization_id
        where ${where}
        order by ${order}
        limit ${input.perPage} offset ${(input.page - 1) * input.perPage}`,
  );
  const ids = rows.map((r) => r.id);
  const names = await topicNames(tx, [...new Set(rows.flatMap((r) => r.topic_ids))]);
  const addresses = await firstAddresses(tx, ids);
  const today = todayInBerlin();
  return {
    items: rows.map((r) => ({
      id: r.id,
      name: r.name,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      description: r.description,
      status: r.status,
      topics: r.topic_ids.flatMap((id) => (names.has(id) ? [{ id, name: names.get(id) as string }] : [])),
      spaceIds: r.space_ids,
      traits: r.traits,
      languages: r.languages,
      minimumAge: r.minimum_age,
      maximumAge: r.maximum_age,
      point: r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null,
      address: addresses.get(r.id) ?? null,
      assuredDate: r.assured_date,
      stale: isStale(r.assured_date, today, staleMonths),
      distanceMeters: r.distance === null ? null : Math.round(r.distance),
      rank: r.rank,
    })),
    total: rows[0]?.total ?? (input.page > 1 ? await countOnly(tx, where) : 0),
    page: input.page,
    perPage: input.perPage,
    corrections: fixes,
  };
}

// A page past the end has no rows to carry the window count; count separately only then.
async function countOnly(tx: Db, where: SQL): Promise<number> {
  const rows = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from services s where ${where}`);
  return rows[0]?.n ?? 0;
}

/**
 * The map: at most ~400 features for any view. Offers are grouped on a grid of about 20 × 20 cells over the bbox
 * (finer with zoom); a cell with one offer becomes a point, others a cluster with its count and extent.
 */
export async function mapServices(ctx: Ctx, input: MapQuery): Promise<MapFeatureCollection> {
  authorize(ctx.actor, servicesPolicy.readMap);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  const staleMonths = await staleAfterMonthsOf(ctx.tx, office.id);
  const { tsquery } = await prepareQuery(ctx.tx, input.q);
  const [minLon, minLat, maxLon, maxLat] = input.bbox;
  const where = [...filterConditions(office.id, input, tsquery, staleMonths), sql`s.lon between ${minLon} and ${maxLon} and s.lat between ${minLat} and ${maxLat}`];
  // Cells: the larger of a 20th of the view and a size that shrinks with zoom (about 40 px on a 256 px tile).
  const zoomCell = 360 / 2 ** input.zoom / 6;
  const cellLon = Math.max((maxLon - minLon) / 20, zoomCell);
  const cellLat = Math.max((maxLat - minLat) / 20, zoomCell * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180));
  const rows = await queryRows<{ n: number; lon: number; lat: number; min_lon: number; min_lat: number; max_lon: number; max_lat: number; id: string | null; name: string | null; organization_name: string | null }>(
    ctx.tx,
    sql`select count(*)::int as n, avg(s.lon) as lon, avg(s.lat) as lat, min(s.lon) as min_lon, min(s.lat) as min_lat, max(s.lon) as max_lon, max(s.lat) as max_lat,
          case when count(*) = 1 then min(s.id::text) end as id,
          case when count(*) = 1 then min(s.name) end as name,
          case when count(*) = 1 then min(o.name) end as organization_name
        from services s join organizations o on o.id = s.organization_id
        where ${sql.join(where, sql` and `)}
        group by floor((s.lon - ${minLon}) / ${cellLon}), floor((s.lat - ${minLat}) / ${cellLat})`,
  );
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return {
    type: 'FeatureCollection',
    total: rows.reduce((sum, r) => sum + r.n, 0),
    features: rows.map((r) => ({
      type: 'Feature' as const,
      geometry: { type: 'Point' as const, coordinates: [round(r.lon), round(r.lat)] as [number, number] },
      properties:
        r.n === 1 && r.id
          ? { kind: 'point' as const, id: r.id, name: r.name ?? '', organizationName: r.organization_name ?? '' }
          : { kind: 'cluster' as const, count: r.n, bbox: [round(r.min_lon), round(r.min_lat), round(r.max_lon), round(r.max_lat)] as [number, number, number, number] },
    })),
  };
}

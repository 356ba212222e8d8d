import { type SQL, sql } from 'drizzle-orm';
import type { MapFeatureCollection, MapQuery, ServiceSearchQuery, ServiceSearchResult } from '../../../common/api/services';
import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { type Db, queryRows } from '../../platform/db/database';
import { officeForReading } from '../offices';
import { queryTerms } from './search-text';
import { servicesPolicy } from './services.policy';
import { staleAfterMonthsOf } from './services.queries';
import { minuteOfWeek, staleCutoff, todayInBerlin } from './services.rules';

export type Filters = Omit<ServiceSearchQuery, 'sort' | 'page' | 'perPage' | 'office'>;
type Correction = { term: string; alternatives: string[] };

/** What the vocabulary says about one query word. */
type TermInfo = { term: string; stop: boolean; word: boolean; starts: number; endings: string[]; alternatives: string[] };

/** A word that starts more words than this is matched as a word with its endings, not as a prefix (see findGroup). */
const MANY_STARTS = 8;

/**
 * One statement for all query words: is it a stop word ("in", "der": no lexeme), a word of some offer, how many words
 * of the vocabulary start with it (up to MANY_STARTS + 1) — and if it is neither a word nor a start, which words are
 * like it by trigram similarity ("fusball" → "fussball": typo tolerance). The word and start tests are lookups in the
 * `search_words` indexes (a `left(word, n)` test would read the whole vocabulary); the similarity search runs only
 * for unknown words (CASE evaluates its subqueries lazily).
 */
async function lookUpTerms(tx: Db, terms: string[]): Promise<TermInfo[]> {
  if (terms.length === 0) return [];
  const rows = await queryRows<{ term: string; stop: boolean; word: boolean; starts: number; endings: string[] | null; alternatives: string[] | null }>(
    tx,
    sql`select t.term, k.stop, k.word, k.starts,
          case when k.starts > ${MANY_STARTS} then (select array_agg(e.word) from (
             select w.word from search_words w
             where w.word ~>~ t.term and w.word ~<~ (t.term || chr(1114111)) and length(w.word) <= length(t.term) + 3
             order by length(w.word), w.word limit 5) e) end as endings,
          case when k.word or k.starts > 0 then null
          else (select array_agg(s.word) from (
             select w.word from search_words w
             where w.word % t.term and similarity(w.word, t.term) >= 0.45
             order by similarity(w.word, t.term) desc, w.word limit 3) s) end as alternatives
        from unnest(${`{${terms.join(',')}}`}::text[]) with ordinality as t(term, n)
        cross join lateral (select
          length(to_tsvector('german', t.term)) = 0 as stop,
          exists (select 1 from search_words w where w.word = t.term) as word,
          (select count(*)::int from (select 1 from search_words w where w.word ~>=~ t.term and w.word ~<~ (t.term || chr(1114111))
             limit ${MANY_STARTS + 1}) x) as starts) k
        order by t.n`,
  );
  return rows.map((r) => ({ term: r.term, stop: r.stop, word: r.word, starts: r.starts, endings: r.endings ?? [], alternatives: r.alternatives ?? [] }));
}

/**
 * One query word as a tsquery (terms are normalized to letters and digits by queryTerms(): safe in a tsquery).
 * To find offers a word is matched as a prefix ("Erzieh…", "Mathe" → "Mathematik", "Kita" → "Kitas"), with its
 * look-alikes if it is no word at all — except a word that starts many words ("Kinder…", "Familie…": hundreds of
 * compounds). A prefix match costs the index one walk per word with that start, and building a bitmap of two thirds
 * of all offers for "kind:*" took longer than the rest of the search; so such a word is matched as itself and with its
 * short endings ("Baby" → "Babys"), and its compounds are found through their parts, which the search document holds
 * (weight D). To rank, every word counts as a prefix, so that "Familienzentrum" ranks as a name match for "Familie".
 */
const findGroup = (t: TermInfo) =>
  `(${[...(t.starts > MANY_STARTS ? [t.term, ...t.endings] : [`${t.term}:*`]), ...t.alternatives].join(' | ')})`;
const rankGroup = (t: TermInfo) => `(${[`${t.term}:*`, ...t.alternatives].join(' | ')})`;

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

/** The search words as tsqueries: all of them (`tsquery`); any of them (`anyTsquery`, two words or more). */
export type PreparedQuery = {
  tsquery: string | null;
  anyTsquery: string | null;
  /** The same words with every word as a prefix too: for ts_rank. */
  rankTsquery: string | null;
  anyRankTsquery: string | null;
  /** The words that are not stop words, each as a tsquery with its alternatives: for ranking by any words. */
  groups: string[];
  fixes: Correction[];
};

/**
 * The search uses `anyTsquery` when all words together find fewer than `FEW_RESULTS` offers: "Gewalt in der Familie"
 * then still finds the counselling on "häusliche Gewalt", ranked first.
 */
export async function prepareQuery(tx: Db, q: string | undefined): Promise<PreparedQuery> {
  const terms = queryTerms(q ?? '');
  const none = { tsquery: null, anyTsquery: null, rankTsquery: null, anyRankTsquery: null, groups: [], fixes: [] };
  if (terms.length === 0) return none;
  const infos = await lookUpTerms(tx, terms);
  const content = infos.filter((t) => !t.stop);
  return {
    tsquery: infos.map(findGroup).join(' & '),
    anyTsquery: content.length > 1 ? content.map(findGroup).join(' | ') : null,
    rankTsquery: infos.map(rankGroup).join(' & '),
    anyRankTsquery: content.length > 1 ? content.map(rankGroup).join(' | ') : null,
    groups: content.map(findGroup),
    fixes: infos.filter((t) => t.alternatives.length).map((t) => ({ term: t.term, alternatives: t.alternatives })),
  };
}

/**
 * Relevance when any word will do: ts_rank times the share of the words an offer has (Lucene's "coord" factor), so
 * that an offer with all the words comes before one with a single word in its name.
 */
const anyWordsRank = (prepared: PreparedQuery) =>
  sql`ts_rank(s.search_vector, to_tsquery('german', ${prepared.anyRankTsquery})) * (${sql.join(
    prepared.groups.map((group) => sql`(s.search_vector @@ to_tsquery('german', ${group}))::int`),
    sql` + `,
  )}) / ${prepared.groups.length}::real`;

/** Below this many offers with all search words, offers with some of them are found as well (ranked by relevance). */
export const FEW_RESULTS = 10;

/**
 * Counting and ranking cost time in proportion to the offers found ("Kinder" is in most of them; on 100,000 offers a
 * full count took 50–90 ms on PostgreSQL, ranking all matches as long). So a list counts at most this many matches (or
 * to the end of the requested page, if that is further): `total` is exact below the cap and the cap above it ("500
 * und mehr"). By relevance, the first this many matches the index yields are ranked — a broad query ranks a sample of
 * its matches, a specific one all of them. Other orders (name, distance, verified) are exact.
 */
export const SEARCH_CAP = 500;

/** The one search behind the public map, the staff lists, the API and HSDS `/services?search=`. */
export async function searchServices(ctx: Ctx, input: ServiceSearchQuery): Promise<ServiceSearchResult> {
  authorize(ctx.actor, servicesPolicy.searchServices);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  // Every query of the search stops after SEARCH_CAP + 1 matches, and with such a LIMIT the planner likes a sequential
  // scan that "will soon have found enough" — a gamble on its row estimate. Lost, it reads the whole table: 100,000
  // offers, "Hebame" open on Tuesday 16:00, 201 of 210 matches: 83 ms by sequential scan, 5 ms through the indexes.
  // So this transaction, which only searches, goes through the indexes (the map, which reads whole areas, does not).
  await ctx.tx.execute(sql`set local enable_seqscan = off`);
  return runSearch(ctx.tx, office.id, input);
}

type SearchRow = {
  id: string;
  name: string;
  organization_id: string;
  organization_name: string;
  description: string;
  status: ServiceSearchResult['items'][number]['status'];
  topics: { id: string; name: string }[];
  address: AddressParts | null;
  space_ids: string[];
  traits: string[];
  languages: string[];
  minimum_age: number | null;
  maximum_age: number | null;
  lon: number | null;
  lat: number | null;
  assured_date: string | null;
  stale: boolean;
  rank: number | null;
  distance: number | null;
  total: number;
};

/**
 * Not verified within the office's period (services.rules.ts staleCutoff(): today in Berlin minus the months, the day
 * clamped to the month's end, as PostgreSQL subtracts months): in SQL, so that a list needs no statement to read the
 * period first.
 */
const staleSql = sql`(s.assured_date is null or s.assured_date < ((now() at time zone 'Europe/Berlin')::date
  - make_interval(months => coalesce((select ss.stale_after_months from service_settings ss where ss.office_id = s.office_id), 12))))`;

/**
 * What a list shows of an offer, read for the page's rows only — with its topics' names and its first location's
 * address, so that a page costs one statement whatever its size.
 */
const summaryColumns = sql`s.id, s.name, s.organization_id, o.name as organization_name, left(s.description, 280) as description, s.status,
  s.space_ids, s.traits, s.languages, s.minimum_age, s.maximum_age, s.lon, s.lat, to_char(s.assured_date, 'YYYY-MM-DD') as assured_date,
  (select coalesce(json_agg(json_build_object('id', t.id, 'name', t.name) order by array_position(s.topic_ids, t.id)), '[]'::json)
     from taxonomy_terms t where t.id = any(s.topic_ids)) as topics,
  (select json_build_object('street', l.street, 'postalCode', l.postal_code, 'city', l.city, 'name', l.name)
     from service_at_locations sal join locations l on l.id = sal.location_id
     where sal.service_id = s.id order by sal.sort_order, sal.id limit 1) as address,
  ${staleSql} as stale`;



type AddressParts = { street: string | null; postalCode: string | null; city: string | null; name: string | null };
/** One line, as on the detail page: "Straße 1, 22844 Norderstedt" (or the location's name). */
const addressLine = (a: AddressParts | null) => (a ? [a.street, [a.postalCode, a.city].filter(Boolean).join(' ')].filter(Boolean).join(', ') || a.name || null : null);

/**
 * One page of offers and the (capped) total, in one statement; the total comes even for a page past the end.
 * By relevance, the first `limit + 1` matches are ranked (only id, name and rank are carried) and only the page's rows
 * are read whole. Other orders walk their index (name, distance within the radius) and count up to `limit + 1`.
 */
async function pageOfOffers(
  tx: Db,
  where: SQL,
  rank: SQL | null,
  input: { sort: string; near?: [number, number] | undefined; page: number; perPage: number },
): Promise<SearchRow[]> {
  const offset = (input.page - 1) * input.perPage;
  const limit = Math.max(SEARCH_CAP, offset + input.perPage);
  const distance = input.near ? distanceSql(input.near) : sql`null::double precision`;
  if (input.sort === 'relevance' && rank) {
    return queryRows<SearchRow>(
      tx,
      sql`with candidates as materialized (
            select s.id, s.name, ${rank} as rank, ${distance} as distance
            from services s where ${where} limit ${limit + 1})
          select ${summaryColumns}, p.rank, p.distance, n.total
          from (select count(*)::int as total from candidates) n
          left join lateral (select c.* from candidates c order by c.rank desc, c.name, c.id limit ${input.perPage} offset ${offset}) p on true
          left join services s on s.id = p.id
          left join organizations o on o.id = s.organization_id
          order by p.rank desc, p.name, p.id`,
    );
  }
  // Orders over the narrow rows: of the table (s), of the candidates (c), of the page (p), whose rows are read whole.
  const order = (t: string) =>
    sql.raw(
      input.sort === 'distance' && input.near
        ? `${t === 's' ? '' : `${t}.`}distance asc nulls last, ${t}.name, ${t}.id`
        : input.sort === 'assured'
          ? `${t}.assured_date asc nulls first, ${t}.name, ${t}.id`
          : `lower(${t}.name), ${t}.id`,
    );
  // The first `limit + 1` matches both count and, if that is all of them, are the page's source (one scan); only if
  // there are more is the table itself read in order (the name index; all offers within the radius for distance).
  // `n.total` in the branches is a one-time filter: the branch that does not apply is not run.
  return queryRows<SearchRow>(
    tx,
    sql`with candidates as materialized (
          select s.id, s.name, s.assured_date, ${rank ?? sql`null::real`} as rank, ${distance} as distance
          from services s where ${where} limit ${limit + 1})
        select ${summaryColumns}, p.rank, p.distance, n.total
        from (select count(*)::int as total from candidates) n
        left join lateral (
          (select c.* from candidates c where n.total <= ${limit} order by ${order('c')} limit ${input.perPage} offset ${offset})
          union all
          (select s.id, s.name, s.assured_date, ${rank ?? sql`null::real`} as rank, ${distance} as distance
           from services s where n.total > ${limit} and ${where}
           order by ${order('s')}
           limit ${input.perPage} offset ${offset})) p on true
        left join services s on s.id = p.id
        left join organizations o on o.id = s.organization_id
        order by ${order('p')}`,
  );
}

export async function runSearch(tx: Db, officeId: string, input: Omit<ServiceSearchQuery, 'office'>): Promise<ServiceSearchResult> {
  // The period is read only for the `stale` filter; the list's stale flags come from SQL (staleSql).
  const staleMonths = input.stale === undefined ? 12 : await staleAfterMonthsOf(tx, officeId);
  const prepared = await prepareQuery(tx, input.q);
  const { tsquery, anyTsquery, fixes } = prepared;
  const sort = input.sort ?? (tsquery ? 'relevance' : input.near ? 'distance' : 'name');
  const limit = Math.max(SEARCH_CAP, input.page * input.perPage);
  const search = (query: string | null, rank: SQL | null) =>
    pageOfOffers(tx, sql.join(filterConditions(officeId, input, query, staleMonths), sql` and `), rank, { sort, near: input.near, page: input.page, perPage: input.perPage });
  let rows = await search(tsquery, tsquery ? sql`ts_rank(s.search_vector, to_tsquery('german', ${prepared.rankTsquery}))` : null);
  // Few offers with every word: offers with some of the words as well (the same decision as the map's).
  if (anyTsquery && (rows[0]?.total ?? 0) < FEW_RESULTS) rows = await search(anyTsquery, anyWordsRank(prepared));
  const total = Math.min(rows[0]?.total ?? 0, limit);
  const found = rows.filter((r) => r.id !== null);
  return {
    items: found.map((r) => ({
      id: r.id,
      name: r.name,
      organizationId: r.organization_id,
      organizationName: r.organization_name,
      description: r.description,
      status: r.status,
      topics: r.topics,
      spaceIds: r.space_ids,
      traits: r.traits,
      languages: r.languages,
      minimumAge: r.minimum_age,
      maximumAge: r.maximum_age,
      point: r.lon !== null && r.lat !== null ? [r.lon, r.lat] : null,
      address: addressLine(r.address),
      assuredDate: r.assured_date,
      stale: r.stale,
      distanceMeters: r.distance === null ? null : Math.round(r.distance),
      rank: r.rank,
    })),
    total,
    totalCapped: (rows[0]?.total ?? 0) > limit,
    page: input.page,
    perPage: input.perPage,
    corrections: fixes,
  };
}

/** Whether all words of a query find fewer than FEW_RESULTS offers with these filters (then: any word). */
async function fewWithAllWords(tx: Db, where: SQL): Promise<boolean> {
  const rows = await queryRows<{ n: number }>(tx, sql`select count(*)::int as n from (select 1 from services s where ${where} limit ${FEW_RESULTS}) c`);
  return (rows[0]?.n ?? 0) < FEW_RESULTS;
}

/**
 * The map: at most ~400 features for any view. Offers are grouped on a grid of about 20 × 20 cells over the bbox
 * (finer with zoom); a cell with one offer becomes a point, others a cluster with its count and extent.
 */
export async function mapServices(ctx: Ctx, input: MapQuery): Promise<MapFeatureCollection> {
  authorize(ctx.actor, servicesPolicy.readMap);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  // Only the `stale` filter needs the office's period.
  const staleMonths = input.stale === undefined ? 12 : await staleAfterMonthsOf(ctx.tx, office.id);
  const prepared = await prepareQuery(ctx.tx, input.q);
  // The list's decision, made on the whole office (not the view): all words, or any when all find too few.
  const tsquery =
    prepared.anyTsquery && (await fewWithAllWords(ctx.tx, sql.join(filterConditions(office.id, input, prepared.tsquery, staleMonths), sql` and `))) ? prepared.anyTsquery : prepared.tsquery;
  const [minLon, minLat, maxLon, maxLat] = input.bbox;
  const where = [...filterConditions(office.id, input, tsquery, staleMonths), sql`s.lon between ${minLon} and ${maxLon} and s.lat between ${minLat} and ${maxLat}`];
  // Cells: the larger of a 20th of the view and a size that shrinks with zoom (about 40 px on a 256 px tile).
  // The grid is fixed to the globe, not to the view: cell sizes are powers of two of the degree and cells start at
  // 0°, so panning (Leaflet pans to fit an opened popup) keeps every cluster and point where it was — a grid that
  // moved with the view regrouped the markers and closed the popup. At most 21 × 21 cells touch a view.
  const zoomCell = 360 / 2 ** input.zoom / 6;
  const gridSize = (size: number) => 2 ** Math.ceil(Math.log2(size));
  const cellLon = gridSize(Math.max((maxLon - minLon) / 20, zoomCell));
  const cellLat = gridSize(Math.max((maxLat - minLat) / 20, zoomCell * Math.cos((((minLat + maxLat) / 2) * Math.PI) / 180)));
  // Cells first (numbers only), then the one offer of each single-offer cell — its point is the cell's extent — by the
  // point index. Naming every offer while grouping doubled the time of a whole-city view; doing it in the same statement
  // (a lateral join per cell) made PostgreSQL expect 93,000 cells and spend 230 ms compiling the plan (JIT).
  const filtered = sql.join(where, sql` and `);
  const cells = await queryRows<{ n: number; lon: number; lat: number; min_lon: number; min_lat: number; max_lon: number; max_lat: number }>(
    ctx.tx,
    sql`select count(*)::int as n, avg(s.lon) as lon, avg(s.lat) as lat, min(s.lon) as min_lon, min(s.lat) as min_lat, max(s.lon) as max_lon, max(s.lat) as max_lat
        from services s
        where ${filtered}
        group by floor(s.lon / ${cellLon}), floor(s.lat / ${cellLat})`,
  );
  const singles = cells.filter((c) => c.n === 1);
  const points = singles.length ? sql.join(singles.map((c) => sql`(${c.min_lat}::float8, ${c.min_lon}::float8)`), sql`, `) : null;
  const named = await queryRows<{ id: string; name: string; organization_name: string; lon: number; lat: number }>(
    ctx.tx,
    sql`select s.id, s.name, o.name as organization_name, s.lon, s.lat
        from services s join organizations o on o.id = s.organization_id
        where ${points ? sql`(s.lat, s.lon) in (${points}) and ${filtered}` : sql`false`}`,
  );
  const offerAt = new Map(named.map((r) => [`${r.lon},${r.lat}`, r]));
  const round = (v: number) => Math.round(v * 1e5) / 1e5;
  return {
    type: 'FeatureCollection',
    total: cells.reduce((sum, c) => sum + c.n, 0),
    features: cells.map((c) => {
      const offer = c.n === 1 ? offerAt.get(`${c.min_lon},${c.min_lat}`) : undefined;
      return {
        type: 'Feature' as const,
        geometry: { type: 'Point' as const, coordinates: [round(c.lon), round(c.lat)] as [number, number] },
        properties: offer
          ? { kind: 'point' as const, id: offer.id, name: offer.name, organizationName: offer.organization_name }
          : { kind: 'cluster' as const, count: c.n, bbox: [round(c.min_lon), round(c.min_lat), round(c.max_lon), round(c.max_lat)] as [number, number, number, number] },
      };
    }),
  };
}

import { sql } from 'drizzle-orm';
import { type Db, queryRows } from '../../platform/db/database';
import { prepareQuery } from './search-services';

/**
 * What other modules need to know about offers without reading our tables: the offers of a space with the fields
 * the gap analysis compares, short references for lists, and the office's topic tree.
 */

export type OfferTraits = {
  id: string;
  name: string;
  organizationId: string;
  organizationName: string;
  status: string;
  spaceIds: string[];
  topicPath: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  targetGroups: string[];
  traits: string[];
  languages: string[];
  /** PostgreSQL int4multirange text of the opening times, minutes of the week. */
  openWeek: string | null;
  /** Spaces in which the offer has a place of its own (a location whose point or setting lies there). */
  locationSpaceIds: string[];
};

/** Every offer of the office that lies in one of the spaces (all statuses: the caller decides what counts). */
export async function offersInSpaces(tx: Db, officeId: string, spaceIds: string[]): Promise<OfferTraits[]> {
  if (spaceIds.length === 0) return [];
  return queryRows<OfferTraits>(
    tx,
    sql`select s.id, s.name, s.organization_id as "organizationId", o.name as "organizationName", s.status,
          s.space_ids::text[] as "spaceIds", s.topic_path::text[] as "topicPath", s.minimum_age as "minimumAge",
          s.maximum_age as "maximumAge", s.target_groups as "targetGroups", s.traits, s.languages,
          s.open_week::text as "openWeek",
          coalesce((select array_agg(distinct l.space_id::text) from service_at_locations sal join locations l on l.id = sal.location_id
                    where sal.service_id = s.id and l.space_id is not null), '{}') as "locationSpaceIds"
        from services s join organizations o on o.id = s.organization_id
        where s.office_id = ${officeId} and s.space_ids && ${`{${spaceIds.join(',')}}`}::uuid[]
        order by s.name, s.id`,
  );
}

export type ServiceReference = { id: string; name: string; organizationId: string; organizationName: string; status: string };

/** Short references of offers of one office; ids that do not exist (any more) or belong elsewhere are left out. */
export async function serviceReferences(tx: Db, officeId: string, ids: readonly string[]): Promise<ServiceReference[]> {
  if (ids.length === 0) return [];
  return queryRows<ServiceReference>(
    tx,
    sql`select s.id, s.name, s.organization_id as "organizationId", o.name as "organizationName", s.status
        from services s join organizations o on o.id = s.organization_id
        where s.office_id = ${officeId} and s.id = any(${`{${[...new Set(ids)].join(',')}}`}::uuid[])
        order by s.name, s.id`,
  );
}

export type TopicTerm = { id: string; name: string; parentId: string | null; sortOrder: number };

/** The office's own topics (the filterable taxonomy), in display order. */
export async function topicTerms(tx: Db, officeId: string): Promise<TopicTerm[]> {
  return queryRows<TopicTerm>(
    tx,
    sql`select id, name, parent_id as "parentId", sort_order as "sortOrder" from taxonomy_terms
        where office_id = ${officeId} and is_topic order by sort_order, name`,
  );
}

/** Active offers in a space whose text matches words of a need's text (German stemming, any word). */
export async function offersMatchingText(tx: Db, officeId: string, spaceId: string, text: string, limit = 8): Promise<ServiceReference[]> {
  const prepared = await prepareQuery(tx, text.slice(0, 500));
  const tsquery = prepared.anyTsquery ?? prepared.tsquery;
  if (!tsquery) return [];
  return queryRows<ServiceReference>(
    tx,
    sql`select s.id, s.name, s.organization_id as "organizationId", o.name as "organizationName", s.status
        from services s join organizations o on o.id = s.organization_id
        where s.office_id = ${officeId} and s.status = 'active' and ${spaceId}::uuid = any(s.space_ids)
          and s.search_vector @@ to_tsquery('german', ${tsquery})
        order by ts_rank(s.search_vector, to_tsquery('german', ${tsquery})) desc, s.name
        limit ${limit}`,
  );
}

import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import { type LowThresholdTrait, type TargetGroup, targetGroupLabels, traitLabels } from '../../../common/service-terms';
import type { Db } from '../../platform/db/database';
import { buildSpaceIndex, organizationNames, spacesOfOffice } from '../social-spaces';
import { decompound, searchDocument, tokenize } from './search-text';
import { type HsdsScheduleLike, openWeekOf, opensEveningsOrWeekends, todayInBerlin, hsdsList } from './services.rules';
import { locations, searchWords, serviceAtLocations, services, taxonomyTerms } from './services.tables';


/**
 * Recomputes what we derive from an offer's stored record: the social spaces of its locations (point in space,
 * unless set by hand), its map point, opening times, languages, the topic path, the German search vector and the
 * typo-correction vocabulary. Every write path (forms, API, HSDS and CSV import, demo seed) ends here, so search
 * and map always agree with the record. A constant number of statements per call, plus one update per offer.
 */
export async function reindexServices(tx: Db, officeId: string, serviceIds: readonly string[]): Promise<void> {
  if (serviceIds.length === 0) return;
  const ids = [...new Set(serviceIds)];
  const rows = await tx.select().from(services).where(and(eq(services.officeId, officeId), inArray(services.id, ids)));
  if (rows.length === 0) return;

  const links = await tx
    .select({ serviceId: serviceAtLocations.serviceId, hsds: serviceAtLocations.hsds, location: locations })
    .from(serviceAtLocations)
    .innerJoin(locations, eq(locations.id, serviceAtLocations.locationId))
    .where(inArray(serviceAtLocations.serviceId, ids))
    .orderBy(asc(serviceAtLocations.serviceId), asc(serviceAtLocations.sortOrder), asc(serviceAtLocations.id));

  // Point in space for locations whose space is not set by hand.
  const unplaced = links.filter((l) => !l.location.spaceSetByHand);
  if (unplaced.length > 0) {
    const spaces = await spacesOfOffice(tx, officeId);
    const index = buildSpaceIndex(spaces.map((s) => ({ value: s.id, boundary: s.boundary })));
    const changed = new Map<string, string | null>();
    for (const link of unplaced) {
      const { latitude, longitude } = link.location;
      const spaceId = latitude !== null && longitude !== null ? (index.locate(longitude, latitude) ?? null) : null;
      if (spaceId !== link.location.spaceId) changed.set(link.location.id, spaceId);
      link.location.spaceId = spaceId;
    }
    for (const [locationId, spaceId] of changed) await tx.update(locations).set({ spaceId }).where(eq(locations.id, locationId));
  }

  const orgIds = [...new Set(rows.map((r) => r.organizationId))];
  const orgs = await organizationNames(tx, orgIds);
  const terms = await tx
    .select({ id: taxonomyTerms.id, parentId: taxonomyTerms.parentId, name: taxonomyTerms.name })
    .from(taxonomyTerms)
    .where(eq(taxonomyTerms.officeId, officeId));
  const termById = new Map(terms.map((t) => [t.id, t]));
  const pathOf = (topicIds: readonly string[]) => {
    const path = new Set<string>();
    for (const id of topicIds) {
      let cursor = termById.get(id);
      for (let depth = 0; cursor && depth < 20 && !path.has(cursor.id); depth++) {
        path.add(cursor.id);
        cursor = cursor.parentId ? termById.get(cursor.parentId) : undefined;
      }
    }
    return [...path];
  };

  const today = todayInBerlin();
  const vocabulary = new Set<string>();
  for (const row of rows) {
    const own = links.filter((l) => l.serviceId === row.id);
    const located = own.find((l) => l.location.latitude !== null && l.location.longitude !== null)?.location;
    const schedules = [...hsdsList(row.hsds.schedules), ...own.flatMap((l) => hsdsList(l.hsds.schedules))] as HsdsScheduleLike[];
    const languages = [...new Set(hsdsList(row.hsds.languages).map((l) => (typeof l.code === 'string' ? l.code.toLowerCase() : null)).filter((c): c is string => !!c))];
    const spaceIds = row.spacesSetByHand ? row.spaceIds : [...new Set(own.map((l) => l.location.spaceId).filter((s): s is string => s !== null))];
    const traits = new Set(row.traits);
    if (opensEveningsOrWeekends(schedules)) traits.add('evenings_weekends');
    const topicPath = pathOf(row.topicIds);
    const doc = searchDocument(
      searchFieldsOf({
        name: row.name,
        alternateName: row.alternateName,
        keywords: row.keywords,
        addresses: own.map((l) => [l.location.name, l.location.street, l.location.postalCode, l.location.city].filter(Boolean).join(' ')),
        description: row.description,
        topics: topicPath.map((id) => termById.get(id)?.name ?? '').filter(Boolean),
        organization: orgs.get(row.organizationId) ?? null,
        traits: [...traits],
        targetGroups: row.targetGroups,
      }),
    );
    for (const word of doc.words) vocabulary.add(word);
    await tx
      .update(services)
      .set({
        spaceIds,
        lon: located?.longitude ?? null,
        lat: located?.latitude ?? null,
        openWeek: openWeekOf(schedules, today),
        languages,
        traits: [...traits],
        topicPath,
        searchVector: sql`setweight(to_tsvector('german', ${doc.weighted.A}), 'A') || setweight(to_tsvector('german', ${doc.weighted.B}), 'B') || setweight(to_tsvector('german', ${doc.weighted.C}), 'C') || setweight(to_tsvector('german', ${doc.weighted.D}), 'D')`,
      })
      .where(eq(services.id, row.id));
  }
  await addSearchWords(tx, [...vocabulary]);
}

/**
 * What the search document of an offer is made of; one definition for reindexServices() and the search benchmark
 * (scripts/bench-search.ts), which fills 100,000 offers in SQL and must index them the same way. The German labels of
 * the traits and target groups count as description: families type "abends", "kostenlos" or "Alleinerziehende" where
 * the provider only ticked a box or gave opening hours until 21:00. The parts of the name's compounds count as name.
 */
export function searchFieldsOf(offer: {
  name: string;
  alternateName: string | null;
  keywords: readonly string[];
  addresses: readonly string[];
  description: string;
  topics: readonly string[];
  organization: string | null;
  traits: readonly string[];
  targetGroups: readonly string[];
}): Parameters<typeof searchDocument>[0] {
  const labels = [
    ...offer.traits.map((t) => traitLabels[t as LowThresholdTrait]?.de),
    ...offer.targetGroups.map((g) => targetGroupLabels[g as TargetGroup]?.de),
  ].filter((label): label is string => !!label);
  // The parts of the name's compounds rank as the name: "Beratung" finds "Allgemeine Sozialberatung" as a name match.
  const nameParts = [...new Set(tokenize(offer.name).flatMap(decompound))];
  return {
    name: offer.name,
    alternateName: [offer.alternateName, ...nameParts].filter(Boolean).join(' ') || null,
    keywords: [...offer.keywords, ...offer.addresses],
    description: [offer.description, ...labels].filter(Boolean).join('\n'),
    topics: [...offer.topics],
    organization: offer.organization,
  };
}

export async function addSearchWords(tx: Db, words: readonly string[]): Promise<void> {
  const usable = [...new Set(words)].filter((w) => w.length >= 3 && w.length <= 60);
  for (let i = 0; i < usable.length; i += 5_000) {
    const chunk = usable.slice(i, i + 5_000);
    await tx.insert(searchWords).values(chunk.map((word) => ({ word }))).onConflictDoNothing();
  }
}

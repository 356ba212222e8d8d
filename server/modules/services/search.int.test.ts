import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ServiceSearchResult } from '../../../common/api/services';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { createSpace, type Boundary } from '../social-spaces';
import { relevanceOffers, relevanceOrganizations, relevanceQueries } from './search-relevance.fixture';
import { SEARCH_CAP } from './search-services';
import { haversineMeters, staleCutoff, todayInBerlin } from './services.rules';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

type Item = ServiceSearchResult['items'][number];

/** Helpers shared by both worlds: topics by code, organisations and offers through the API. */
function helpers(world: () => TestWorld) {
  let topics: Map<string, string> | null = null;
  const topicId = async (code: string) => {
    if (!topics) {
      const response = await world().request({ method: 'GET', url: '/api/topics?office=own-office' });
      topics = new Map((response.json() as { id: string; code: string }[]).map((t) => [t.code, t.id]));
    }
    const id = topics.get(code);
    if (!id) throw new Error(`unknown topic ${code}`);
    return id;
  };
  const organization = async (name: string, type: string) => {
    const response = await world().request({ method: 'POST', url: '/api/organizations', as: 'admin', payload: { name, type } });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  const offer = async (payload: Record<string, unknown>) => {
    const response = await world().request({ method: 'POST', url: '/api/services', as: 'admin', payload });
    expect(response.statusCode, response.body).toBe(201);
    return response.json().id as string;
  };
  /** Anonymous search, as families use it. */
  const search = async (query: string): Promise<ServiceSearchResult> => {
    const response = await world().request({ method: 'GET', url: `/api/services?office=own-office&${query}` });
    expect(response.statusCode, `${query}: ${response.body}`).toBe(200);
    return response.json();
  };
  return { topicId, organization, offer, search };
}

const ids = (result: ServiceSearchResult) => result.items.map((i) => i.id);
const sorted = (list: string[]) => [...list].sort();

describe('offer search: filters, sorting, pages, parameters', () => {
  let world: TestWorld;
  const { topicId, organization, offer, search } = helpers(() => world);
  const space = { mitte: '', nord: '' };
  const org = { a: '', b: '' };
  const o = { kinderfussball: '', jugendberatung: '', elterncafe: '', ruhend: '', ohneOrt: '' };

  beforeAll(async () => {
    world = await createTestWorld();
    await world.database.db.transaction(async (tx) => {
      const ctx = { tx, actor: { kind: 'system' as const, label: 'Test', officeId: world.offices.own.id } };
      space.mitte = (await createSpace(ctx, { code: 'MITTE', name: 'Mitte', description: '', boundary: square(10, 53.7) as Boundary, population: null, colour: null })).id;
      space.nord = (await createSpace(ctx, { code: 'NORD', name: 'Nord', description: '', boundary: square(10, 53.72) as Boundary, population: null, colour: null })).id;
    });
    org.a = await organization('SV Mitte e. V.', 'sports_club');
    org.b = await organization('Beratungsdienst Nord', 'counselling_centre');
    o.kinderfussball = await offer({
      organizationId: org.a,
      name: 'Kinderfußball Mitte',
      description: 'Training für Kinder.',
      topicIds: [await topicId('sport')],
      minimumAge: 6,
      maximumAge: 10,
      traits: ['free_of_charge', 'inclusive'],
      languages: ['de', 'tr'],
      targetGroups: ['children'],
      locations: [{ name: 'Sportplatz', point: [10.005, 53.705] }],
      schedules: [{ days: ['MO'], opensAt: '16:00', closesAt: '18:00' }],
    });
    o.jugendberatung = await offer({
      organizationId: org.b,
      name: 'Jugendberatung Nord',
      description: 'Beratung für Jugendliche.',
      topicIds: [await topicId('erziehungsberatung')],
      minimumAge: 14,
      maximumAge: 21,
      traits: ['no_registration'],
      languages: ['de', 'ar'],
      targetGroups: ['youth'],
      locations: [{ name: 'Beratungsstelle', point: [10.005, 53.725] }],
      schedules: [{ days: ['TU', 'TH'], opensAt: '10:00', closesAt: '14:00' }],
    });
    o.elterncafe = await offer({
      organizationId: org.a,
      name: 'Elterncafé Mitte',
      description: 'Treffpunkt für Eltern.',
      topicIds: [await topicId('familienbildung')],
      traits: ['childcare'],
      languages: ['de'],
      targetGroups: ['parents'],
      locations: [{ name: 'Vereinsheim', point: [10.008, 53.708] }],
      schedules: [{ days: ['WE'], opensAt: '09:00', closesAt: '11:00' }],
    });
    o.ruhend = await offer({
      organizationId: org.b,
      name: 'Ruhender Kindertreff',
      status: 'inactive',
      topicIds: [await topicId('jugendtreff')],
      locations: [{ name: 'Treff', point: [10.002, 53.702] }],
    });
    o.ohneOrt = await offer({ organizationId: org.a, name: 'Bewegungsspiele ohne festen Ort', topicIds: [await topicId('sport')], minimumAge: 3, maximumAge: 5 });
    for (const id of [o.kinderfussball, o.elterncafe, o.ohneOrt]) {
      const verified = await world.request({ method: 'POST', url: `/api/services/${id}/verify`, as: 'admin' });
      expect(verified.statusCode).toBe(200);
    }
  });
  afterAll(() => world.close());

  it('filters by social space, topic (a parent topic finds its children) and organisation', async () => {
    expect(sorted(ids(await search(`spaceId=${space.mitte}`)))).toEqual(sorted([o.kinderfussball, o.elterncafe]));
    expect(ids(await search(`spaceId=${space.nord}`))).toEqual([o.jugendberatung]);
    expect(sorted(ids(await search(`spaceId=${space.mitte},${space.nord}`)))).toEqual(sorted([o.kinderfussball, o.elterncafe, o.jugendberatung]));
    expect(sorted(ids(await search(`topic=${await topicId('sport')}`)))).toEqual(sorted([o.kinderfussball, o.ohneOrt]));
    expect(sorted(ids(await search(`topic=${await topicId('freizeit-sport')}`)))).toEqual(sorted([o.kinderfussball, o.ohneOrt]));
    expect(ids(await search(`topic=${await topicId('beratung')}`))).toEqual([o.jugendberatung]);
    expect(ids(await search(`topic=${await topicId('trauer')}`))).toEqual([]);
    expect(ids(await search(`organizationId=${org.b}`))).toEqual([o.jugendberatung]);
    // A list item carries its topics' names and its first location's address.
    const item = (await search(`spaceId=${space.mitte}&traits=inclusive`)).items[0] as Item;
    expect(item).toMatchObject({ id: o.kinderfussball, topics: [{ id: await topicId('sport'), name: 'Sport' }], address: 'Sportplatz', point: [10.005, 53.705] });
  });

  it('filters by age within minimum and maximum (no limits: every age)', async () => {
    expect(sorted(ids(await search('age=8')))).toEqual(sorted([o.kinderfussball, o.elterncafe]));
    expect(sorted(ids(await search('age=4')))).toEqual(sorted([o.elterncafe, o.ohneOrt]));
    expect(sorted(ids(await search('age=6')))).toEqual(sorted([o.kinderfussball, o.elterncafe]));
    expect(sorted(ids(await search('age=21')))).toEqual(sorted([o.jugendberatung, o.elterncafe]));
  });

  it('filters by traits (all of them), language and target group (any of them)', async () => {
    expect(ids(await search('traits=free_of_charge'))).toEqual([o.kinderfussball]);
    expect(ids(await search('traits=free_of_charge,inclusive'))).toEqual([o.kinderfussball]);
    expect(ids(await search('traits=inclusive&traits=childcare'))).toEqual([]);
    expect(ids(await search('traits=childcare'))).toEqual([o.elterncafe]);
    expect(ids(await search('language=ar'))).toEqual([o.jugendberatung]);
    expect(sorted(ids(await search('language=tr,ar')))).toEqual(sorted([o.kinderfussball, o.jugendberatung]));
    expect(ids(await search('targetGroup=parents'))).toEqual([o.elterncafe]);
    expect(sorted(ids(await search('targetGroup=youth,children')))).toEqual(sorted([o.kinderfussball, o.jugendberatung]));
  });

  it('filters by opening day and time', async () => {
    expect(ids(await search('openDay=MO&openTime=17:00'))).toEqual([o.kinderfussball]);
    expect(ids(await search('openDay=MO&openTime=18:30'))).toEqual([]);
    expect(ids(await search('openDay=MO&openTime=16:00'))).toEqual([o.kinderfussball]);
    expect(ids(await search('openDay=TU'))).toEqual([o.jugendberatung]);
    expect(ids(await search('openDay=WE&openTime=10:00'))).toEqual([o.elterncafe]);
    expect(ids(await search('openDay=SA'))).toEqual([]);
  });

  it('finds offers near a point within a radius, nearest first, with the distance', async () => {
    const near = await search('near=10.005,53.705&radius=1000');
    expect(ids(near)).toEqual([o.kinderfussball, o.elterncafe]);
    expect(near.items[0]?.distanceMeters).toBe(0);
    expect(near.items[1]?.distanceMeters).toBeGreaterThan(300);
    expect(near.items[1]?.distanceMeters).toBeLessThan(500);
    const wider = await search('near=10.005,53.705&radius=5000&sort=distance');
    expect(ids(wider)).toEqual([o.kinderfussball, o.elterncafe, o.jugendberatung]);
    const distances = wider.items.map((i) => i.distanceMeters ?? -1);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    expect(distances[2]).toBeGreaterThan(2000);
    expect(distances[2]).toBeLessThan(2400);
    // Sorted by name, the same circle.
    expect(ids(await search('near=10.005,53.705&radius=5000&sort=name'))).toEqual([o.elterncafe, o.jugendberatung, o.kinderfussball]);
  });

  it('filters by status (active by default, all on request) and by "not verified"', async () => {
    expect(ids(await search('')).includes(o.ruhend)).toBe(false);
    expect(ids(await search('status=inactive'))).toEqual([o.ruhend]);
    expect(sorted(ids(await search('status=all')))).toEqual(sorted(Object.values(o)));
    expect(ids(await search('stale=true'))).toEqual([o.jugendberatung]);
    expect(sorted(ids(await search('stale=true&status=all')))).toEqual(sorted([o.jugendberatung, o.ruhend]));
    expect(sorted(ids(await search('stale=false')))).toEqual(sorted([o.kinderfussball, o.elterncafe, o.ohneOrt]));
    const item = (await search('stale=true')).items[0] as Item;
    expect(item).toMatchObject({ stale: true, assuredDate: null });
  });

  it('combines filters', async () => {
    expect(ids(await search(`spaceId=${space.mitte}&age=8&traits=inclusive&language=tr`))).toEqual([o.kinderfussball]);
    expect(ids(await search(`spaceId=${space.mitte}&age=8&traits=inclusive&language=ar`))).toEqual([]);
    expect(ids(await search(`q=Eltern&spaceId=${space.mitte}`))).toEqual([o.elterncafe]);
  });

  it('sorts by name without a search term, and pages through the results', async () => {
    const all = await search('');
    expect(all.items.map((i) => i.name)).toEqual(['Bewegungsspiele ohne festen Ort', 'Elterncafé Mitte', 'Jugendberatung Nord', 'Kinderfußball Mitte']);
    expect(all).toMatchObject({ total: 4, page: 1, perPage: 20, corrections: [] });
    const pages = [await search('perPage=3&page=1'), await search('perPage=3&page=2'), await search('perPage=3&page=3')];
    expect(pages.map((p) => p.items.length)).toEqual([3, 1, 0]);
    expect(pages.map((p) => p.total)).toEqual([4, 4, 4]);
    expect(pages.flatMap(ids)).toEqual(ids(all));
    expect(pages[1]).toMatchObject({ page: 2, perPage: 3 });
  });

  it('answers bad parameters with a German 400 that names the field', async () => {
    const cases: [string, string, RegExp][] = [
      ['age=abc', 'age', /Zahl|erwartet/],
      ['age=200', 'age', /0 bis 120/],
      ['perPage=500', 'perPage', /Höchstens 100/],
      ['page=0', 'page', /./],
      ['near=Rathaus', 'near', /Länge,Breite/],
      ['radius=10', 'radius', /./],
      ['sort=beliebt', 'sort', /Sortierung/],
      ['status=offen', 'status', /Unbekannter Status/],
      ['traits=billig', 'traits', /Unbekanntes Merkmal/],
      ['spaceId=mitte', 'spaceId', /Sozialraum/],
      ['openDay=Montag', 'openDay', /Wochentag/],
      ['openTime=25:00', 'openTime', /Uhrzeit/],
      ['language=Deutsch', 'language', /ISO-Kürzel/],
      ['stale=ja', 'stale', /./],
      ['farbe=blau', 'farbe', /Unbekanntes Feld/],
    ];
    for (const [query, field, message] of cases) {
      const response = await world.request({ method: 'GET', url: `/api/services?office=own-office&${query}` });
      expect(response.statusCode, query).toBe(400);
      const error = (response.json().errors as { field: string; message: string }[]).find((e) => e.field.startsWith(field));
      expect(error, `${query}: ${response.body}`).toBeDefined();
      expect(error?.message, query).toMatch(message);
      // German, not zod's English default.
      expect(error?.message, query).not.toMatch(/\b(Invalid|expected|received|Too big|Too small)\b/);
    }
  });

  it('flags and filters "not verified" with the office\'s period, to the day', async () => {
    const settings = await world.request({ method: 'PUT', url: '/api/service-settings', as: 'admin', payload: { staleAfterMonths: 1 } });
    expect(settings.statusCode).toBe(200);
    const cutoff = staleCutoff(todayInBerlin(), 1);
    const dayBefore = new Date(Date.parse(`${cutoff}T12:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
    await world.database.db.execute(sql`update services set assured_date = ${cutoff} where id = ${o.kinderfussball}`);
    await world.database.db.execute(sql`update services set assured_date = ${dayBefore} where id = ${o.elterncafe}`);
    const all = await search('status=all&perPage=100');
    const flag = (id: string) => all.items.find((i) => i.id === id)?.stale;
    expect([flag(o.kinderfussball), flag(o.elterncafe), flag(o.ohneOrt), flag(o.jugendberatung)]).toEqual([false, true, false, true]);
    expect(sorted(ids(await search('stale=true')))).toEqual(sorted([o.elterncafe, o.jugendberatung]));
    expect(sorted(ids(await search('stale=false')))).toEqual(sorted([o.kinderfussball, o.ohneOrt]));
  });
});

describe('offer search: German words, typos, compounds, relevance, statements, map', () => {
  let world: TestWorld;
  const { topicId, organization, offer, search } = helpers(() => world);
  const byKey = new Map<string, string>();
  const keyOf = new Map<string, string>();

  beforeAll(async () => {
    world = await createTestWorld();
    const orgs = new Map<string, string>();
    for (const o of relevanceOrganizations) orgs.set(o.key, await organization(o.name, o.type));
    let n = 0;
    for (const o of relevanceOffers) {
      n += 1;
      const id = await offer({
        organizationId: orgs.get(o.organization),
        name: o.name,
        description: o.description,
        topicIds: await Promise.all(o.topics.map(topicId)),
        keywords: o.keywords ?? [],
        minimumAge: o.minimumAge ?? null,
        maximumAge: o.maximumAge ?? null,
        traits: o.traits ?? [],
        languages: o.languages ?? [],
        targetGroups: o.targetGroups ?? [],
        schedules: o.schedules ?? [],
        // Spread over the city, so that the map has something to cluster.
        locations: [{ name: null, point: [9.95 + (n % 8) * 0.012, 53.66 + Math.floor(n / 8) * 0.012] }],
      });
      byKey.set(o.key, id);
      keyOf.set(id, o.key);
    }
  });
  afterAll(() => world.close());

  const all = async (q: string) => ids(await search(`q=${encodeURIComponent(q)}&perPage=100`));

  it('finds the same offers for "Kinder" and "Kindern"', async () => {
    const kinder = await all('Kinder');
    expect(kinder.length).toBeGreaterThan(10);
    expect(sorted(await all('Kindern'))).toEqual(sorted(kinder));
    expect(sorted(await all('Kind'))).toEqual(sorted(kinder));
    expect(sorted(await all('Mütter'))).toEqual(sorted(await all('Mutter')));
  });

  it('finds "Fußball" for "Fusball" and says which word it looked for instead', async () => {
    const result = await search('q=Fusball');
    const found = result.items.map((i) => keyOf.get(i.id));
    expect(found).toEqual(expect.arrayContaining(['fussballinklusiv', 'fussball', 'maedchenfussball']));
    expect(result.corrections).toEqual([{ term: 'fusball', alternatives: expect.arrayContaining(['fussball']) }]);
    // A word that exists is not corrected.
    expect((await search('q=Fussball')).corrections).toEqual([]);
    expect(sorted(await all('Fussball'))).toEqual(sorted(await all('Fußball')));
  });

  it('finds compounds from their parts', async () => {
    const parts: [string, string][] = [
      ['Beratung', 'erziehungsberatung'],
      ['Beratungsstelle', 'erziehungsberatung'],
      ['Strasse', 'streetwork'],
      ['Straße', 'streetwork'],
      ['Sucht', 'sucht'],
      ['Massage', 'babymassage'],
      ['Sprechstunde', 'hebamme'],
      ['Platz', 'kitalotsen'],
    ];
    for (const [q, key] of parts) expect(await all(q), `${q} → ${key}`).toContain(byKey.get(key));
  });

  it('finds plurals the German stemmer does not know, and the start of a word', async () => {
    expect(await all('Kita')).toContain(byKey.get('bewegtekitas'));
    expect(await all('Baby')).toContain(byKey.get('pekip'));
    expect(await all('Erzieh')).toContain(byKey.get('erziehungsberatung'));
    expect(await all('Mathe')).toContain(byKey.get('lernfoerderung'));
  });

  it(`returns the expected offer among the first ten for at least 18 of ${relevanceQueries.length} German queries`, async () => {
    const misses: string[] = [];
    const report: string[] = [];
    for (const query of relevanceQueries) {
      const result = await search(`q=${encodeURIComponent(query.q)}&perPage=10`);
      const keys = result.items.map((i) => keyOf.get(i.id) ?? '?');
      const position = keys.indexOf(query.expected) + 1;
      report.push(`${position ? `#${position}` : 'miss'}\t${query.q} → ${query.expected} (${result.total} found) ${position === 1 ? '' : `[${keys.slice(0, 3).join(', ')}]`}`);
      if (!position) misses.push(`${query.q} → ${query.expected} (${query.why}); found: ${keys.join(', ') || 'nothing'}`);
    }
    console.log(`relevance set: ${relevanceQueries.length - misses.length}/${relevanceQueries.length} among the first ten\n${report.join('\n')}`);
    if (misses.length) console.log(`missed:\n${misses.join('\n')}`);
    expect(relevanceQueries).toHaveLength(20);
    expect(relevanceOffers.length).toBeGreaterThanOrEqual(60);
    expect(relevanceQueries.length - misses.length, misses.join('\n')).toBeGreaterThanOrEqual(18);
  });

  it('orders results by relevance when there is a search term', async () => {
    for (const q of ['Beratung', 'Kinder', 'Fußball', 'Eltern Kinder', 'Hebame']) {
      const result = await search(`q=${encodeURIComponent(q)}&perPage=100`);
      const ranks = result.items.map((i) => i.rank);
      expect(ranks.every((r) => typeof r === 'number' && r > 0), q).toBe(true);
      expect(ranks, q).toEqual([...ranks].sort((a, b) => (b ?? 0) - (a ?? 0)));
    }
    // A word in the name outranks the same word only in the description.
    const beratung = ids(await search('q=Beratung&perPage=100'));
    const at = (key: string) => beratung.indexOf(byKey.get(key) as string);
    for (const inName of ['trennung', 'gewalt', 'sozialberatung']) {
      expect(at(inName), inName).toBeGreaterThanOrEqual(0);
      for (const inText of ['jmd', 'tagespflege', 'jugendcafe']) expect(at(inName), `${inName} before ${inText}`).toBeLessThan(at(inText));
    }
    const schwimm = ids(await search('q=Schwimmkurs'));
    expect(schwimm[0]).toBe(byKey.get('seepferdchen'));
    // Pages of a ranked search do not overlap and keep the order.
    const whole = ids(await search('q=Beratung&perPage=12'));
    const paged = [...ids(await search('q=Beratung&perPage=5&page=1')), ...ids(await search('q=Beratung&perPage=5&page=2')), ...ids(await search('q=Beratung&perPage=5&page=3'))];
    expect(paged.slice(0, whole.length)).toEqual(whole.slice(0, paged.length));
  });

  /** The statements one anonymous request sends to the database. */
  const statements = async (url: string) => {
    const seen: string[] = [];
    const stop = world.database.onQuery((query) => seen.push(query));
    try {
      const response = await world.request({ method: 'GET', url });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    } finally {
      stop();
    }
    return seen.length;
  };
  const signedInStatements = async (url: string) => {
    const seen: string[] = [];
    const stop = world.database.onQuery((query) => seen.push(query));
    try {
      const response = await world.request({ method: 'GET', url, as: 'admin' });
      expect(response.statusCode, `${url}: ${response.body}`).toBe(200);
    } finally {
      stop();
    }
    return seen.length;
  };
  const listCounts: Record<string, number> = {};

  it('sends the same number of statements at page size 10 and 100', async () => {
    // [query, more than ten results?]: the first three make the page size matter; the others walk other code paths.
    const lists: [string, boolean][] = [
      ['status=active', true],
      ['q=Kinder', true],
      ['near=10.0,53.7&radius=20000', true],
      ['q=Fusball', false],
      ['q=Gewalt%20in%20der%20Familie', true],
      [`topic=${await topicId('fruehe-hilfen')}&age=1`, false],
    ];
    for (const [query, many] of lists) {
      const url = `/api/services?office=own-office&${query}`;
      const ten = await statements(`${url}&perPage=10`);
      const hundred = await statements(`${url}&perPage=100`);
      expect(hundred, url).toBe(ten);
      const found = (await search(`${query}&perPage=100`)).items.length;
      expect(found, url).toBeGreaterThan(many ? 10 : 0);
      listCounts[url] = ten;
    }
    // The map: a small view with one point and the whole city with everything.
    const tiny = await statements('/api/map/services?office=own-office&bbox=9.9615,53.6715,9.9625,53.6725&zoom=18');
    const city = await statements('/api/map/services?office=own-office&bbox=9.8,53.6,10.2,53.8&zoom=11');
    expect(city).toBe(tiny);
    listCounts.map = city;
    listCounts.stale = await signedInStatements('/api/services/stale');
    listCounts.topics = await statements('/api/topics?office=own-office');
  });

  it('keeps the map under 500 features and 100 KB gzipped for a whole-city view of 2,000 more offers', async () => {
    // A single offer in view is a point with its id, name and organisation.
    const one = await world.request({ method: 'GET', url: '/api/map/services?office=own-office&bbox=9.9618,53.6598,9.9622,53.6602&zoom=18' });
    expect(one.json().features).toEqual([
      { type: 'Feature', geometry: { type: 'Point', coordinates: [9.962, 53.66] }, properties: { kind: 'point', id: byKey.get('babymassage'), name: 'Babymassage im Familienzentrum', organizationName: 'Familienzentrum Lupinenweg' } },
    ]);
    const orgId = (await world.database.db.execute(sql`select id from organizations where office_id = ${world.offices.own.id} limit 1`)) as unknown as { rows: { id: string }[] };
    const organizationId = orgId.rows[0]?.id as string;
    // Direct insert of the derived columns: what reindexServices() would write for offers with a point.
    await world.database.db.execute(sql`
      insert into services (office_id, organization_id, name, description, lon, lat, search_vector)
      select ${world.offices.own.id}, ${organizationId}, 'Angebot Nummer ' || g, 'Beschreibung ' || g,
             9.85 + (g % 50) * 0.006 + ((g * 7919) % 100) * 0.00005, 53.62 + (g / 50) * 0.0035 + ((g * 104729) % 100) * 0.00003,
             to_tsvector('german', 'Angebot Nummer ' || g)
      from generate_series(1, 2000) as g`);
    const response = await world.request({ method: 'GET', url: '/api/map/services?office=own-office&bbox=9.8,53.6,10.2,53.8&zoom=11' });
    expect(response.statusCode).toBe(200);
    const body = response.json() as { total: number; features: { properties: { kind: string; count?: number } }[] };
    expect(body.total).toBe(2000 + relevanceOffers.length);
    expect(body.features.length).toBeGreaterThan(20);
    expect(body.features.length).toBeLessThanOrEqual(500);
    expect(body.features.reduce((sum, f) => sum + (f.properties.kind === 'cluster' ? (f.properties.count ?? 0) : 1), 0)).toBe(body.total);
    const gzipped = gzipSync(response.body).length;
    expect(gzipped).toBeLessThanOrEqual(100 * 1024);
    console.log(`map, whole city: ${body.features.length} features for ${body.total} offers, ${response.body.length} bytes, ${gzipped} bytes gzipped`);
    // Zoomed in on a corner: points appear, still capped.
    const zoomed = await world.request({ method: 'GET', url: '/api/map/services?office=own-office&bbox=9.85,53.62,9.88,53.64&zoom=16' });
    const zoomedBody = zoomed.json() as { features: { properties: { kind: string } }[] };
    expect(zoomedBody.features.length).toBeLessThanOrEqual(500);
    expect(zoomedBody.features.some((f) => f.properties.kind === 'point')).toBe(true);

    // With 33 times the offers, every list sends the same statements as before.
    for (const [url, before] of Object.entries(listCounts)) {
      if (url === 'map') expect(await statements('/api/map/services?office=own-office&bbox=9.8,53.6,10.2,53.8&zoom=11'), url).toBe(before);
      else if (url === 'stale') expect(await signedInStatements('/api/services/stale'), url).toBe(before);
      else if (url === 'topics') expect(await statements('/api/topics?office=own-office'), url).toBe(before);
      else expect(await statements(`${url}&perPage=100`), url).toBe(before);
    }
  });

  it('counts up to the cap and pages on past it, by relevance and by name', async () => {
    // The 2,000 offers of the map test are "Angebot Nummer 1" … "Angebot Nummer 2000".
    const first = await search('q=Angebot%20Nummer&perPage=20');
    expect(first.total).toBe(SEARCH_CAP);
    expect(first.totalCapped).toBe(true);
    expect(first.items).toHaveLength(20);
    const past = await search(`q=Angebot%20Nummer&perPage=20&page=${SEARCH_CAP / 20 + 2}`);
    expect(past.items).toHaveLength(20);
    expect(past.total).toBe(SEARCH_CAP + 40);
    expect(new Set([...ids(first), ...ids(past)]).size).toBe(40);
    // By name the order is exact over all matches, not over a sample.
    const byName = await search('q=Angebot%20Nummer&sort=name&perPage=3');
    expect(byName.items.map((i) => i.name)).toEqual(['Angebot Nummer 1', 'Angebot Nummer 10', 'Angebot Nummer 100']);
    const lastByName = await search('q=Angebot%20Nummer&sort=name&perPage=100&page=20');
    expect(lastByName.items.at(-1)?.name).toBe('Angebot Nummer 999');
    expect(lastByName.total).toBe(2000);
    expect(lastByName.totalCapped).toBe(false);
    // By distance as well: the nearest of all 2,000, computed here from the points the map test inserted.
    const near: [number, number] = [10.03, 53.7];
    const distances = Array.from({ length: 2000 }, (_, i) => {
      const g = i + 1;
      const point: [number, number] = [9.85 + (g % 50) * 0.006 + ((g * 7919) % 100) * 0.00005, 53.62 + Math.floor(g / 50) * 0.0035 + ((g * 104729) % 100) * 0.00003];
      return Math.round(haversineMeters(near, point));
    }).sort((a, b) => a - b);
    const nearest = await search(`q=Angebot%20Nummer&near=${near.join(',')}&radius=50000&sort=distance&perPage=5`);
    expect(nearest.total).toBe(SEARCH_CAP);
    expect(nearest.items.map((i) => i.distanceMeters)).toEqual(distances.slice(0, 5));
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapSummary, NeedDetail } from '../../../common/api/needs';
import { queryRows } from '../../platform/db/database';
import { createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

describe('gap analysis: summary, voices, CSV, correction, recomputation', () => {
  let world: TestWorld;
  const space = { a: '', b: '' };
  let club = '';
  let turnen = '';
  let topics: { id: string; code: string | null; name: string }[] = [];
  const topic = (code: string) => {
    const id = topics.find((t) => t.code === code)?.id;
    if (!id) throw new Error(`topic ${code}`);
    return id;
  };
  const post = async (url: string, payload: object) => {
    const response = await world.request({ method: 'POST', url, as: 'admin', payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json();
  };
  const createNeed = async (fields: Record<string, unknown>): Promise<NeedDetail> =>
    post('/api/needs', { spaceId: space.a, source: 'home_visit', voice: 'affected', text: 'Hier fehlt etwas für Kinder.', ...fields });
  const summary = async (query = 'from=2025-01-01&to=2025-12-31'): Promise<GapSummary> => {
    const response = await world.request({ method: 'GET', url: `/api/gaps/summary?${query}`, as: 'admin' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json();
  };
  const cellOf = (s: GapSummary, spaceId: string, code: string) => s.cells.find((c) => c.spaceId === spaceId && c.topicId === topic(code));
  const pairs = (s: GapSummary) => s.cells.reduce((sum, c) => sum + c.needs, 0);
  /** (accepted need, topic) pairs of the office in a period, straight from the tables. */
  const pairsInDb = async (where: string) => {
    const [row] = await queryRows<{ n: number }>(
      world.database.db,
      sql.raw(`select count(*)::int as n from needs n cross join unnest(n.topic_ids) t where n.office_id = '${world.offices.own.id}' and n.review_state = 'accepted' and ${where}`),
    );
    return row?.n ?? 0;
  };

  beforeAll(async () => {
    world = await createTestWorld();
    space.a = (await post('/api/social-spaces', { code: 'A', name: 'Altstadt', boundary: square(10.0, 53.7) })).id;
    space.b = (await post('/api/social-spaces', { code: 'B', name: 'Bahnhof', boundary: square(10.05, 53.7) })).id;
    club = (await post('/api/organizations', { name: 'SV Altstadt', type: 'sports_club' })).id;
    topics = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json();
    turnen = (await post('/api/services', { organizationId: club, name: 'Kinderturnen', minimumAge: 6, maximumAge: 13, topicIds: [topic('sport')], locations: [{ point: [10.005, 53.705] }] })).id;

    // 2025: five accepted needs with six (need, topic) pairs; one the year before, one the year after.
    await createNeed({ topicIds: [topic('sport')], voice: 'affected', source: 'home_visit', ageBands: ['6-9'], recordedOn: '2025-03-01' });
    await createNeed({ topicIds: [topic('sport'), topic('trauer')], voice: 'professional', source: 'case_closure', ageBands: ['10-13'], recordedOn: '2025-04-01' });
    await createNeed({ topicIds: [topic('trauer')], voice: 'affected', source: 'participation', ageBands: ['parents'], recordedOn: '2025-05-01' });
    await createNeed({ spaceId: space.b, topicIds: [topic('sport')], voice: 'affected', source: 'home_visit', ageBands: ['6-9'], recordedOn: '2025-06-01' });
    await createNeed({
      topicIds: [topic('sport')],
      voice: 'professional',
      source: 'meeting',
      ageBands: ['6-9'],
      knownServiceIds: [turnen],
      requirements: { freeOfCharge: true },
      recordedOn: '2025-07-01',
    });
    await createNeed({ topicIds: [topic('sport')], voice: 'affected', recordedOn: '2024-12-31' });
    await createNeed({ topicIds: [topic('inklusion')], voice: 'affected', source: 'other', recordedOn: '2026-01-10' });
  });
  afterAll(() => world.close());

  it('counts affected and professional voices apart, in the totals and in every cell', async () => {
    const s = await summary();
    expect(s).toMatchObject({ from: '2025-01-01', to: '2025-12-31' });
    expect(s.totals).toMatchObject({ needs: 5, byVoice: { affected: 3, professional: 2 }, kinds: { missing: 3, reach: 2, fit: 1 }, withoutTopic: 0 });
    expect(s.spaces.map((x) => [x.id, x.needs]).sort()).toEqual([[space.a, 4], [space.b, 1]].sort());
    expect(s.topics.map((t) => t.id).sort()).toEqual([topic('sport'), topic('trauer')].sort());
    expect(s.cells).toHaveLength(3);
    expect(cellOf(s, space.a, 'sport')).toMatchObject({
      needs: 3,
      kinds: { missing: 0, reach: 2, fit: 1 },
      byVoice: { affected: { missing: 0, reach: 1, fit: 0 }, professional: { missing: 0, reach: 1, fit: 1 } },
      open: 3,
      openedInPeriod: 3,
      closedInPeriod: 0,
    });
    expect(cellOf(s, space.a, 'trauer')).toMatchObject({
      needs: 2,
      kinds: { missing: 2, reach: 0, fit: 0 },
      byVoice: { affected: { missing: 1, reach: 0, fit: 0 }, professional: { missing: 1, reach: 0, fit: 0 } },
    });
    expect(cellOf(s, space.b, 'sport')).toMatchObject({ needs: 1, kinds: { missing: 1, reach: 0, fit: 0 }, byVoice: { affected: { missing: 1 }, professional: { missing: 0 } } });
  });

  it('adds up: missing + reach + fit = needs in every cell and voice, and the cells hold every (need, topic) pair of the period', async () => {
    for (const query of ['from=2025-01-01&to=2025-12-31', 'from=2024-01-01&to=2026-12-31', 'from=2025-04-01&to=2025-05-31', 'from=2025-01-01&to=2025-12-31&voice=professional']) {
      const s = await summary(query);
      for (const c of s.cells) {
        expect(c.kinds.missing + c.kinds.reach + c.kinds.fit, query).toBe(c.needs);
        for (const k of ['missing', 'reach', 'fit'] as const) expect(c.byVoice.affected[k] + c.byVoice.professional[k], `${query} ${k}`).toBe(c.kinds[k]);
      }
      expect(s.totals.kinds.missing + s.totals.kinds.reach + s.totals.kinds.fit, query).toBe(pairs(s));
      expect(s.totals.byVoice.affected + s.totals.byVoice.professional, query).toBe(s.totals.needs);
      expect(s.spaces.reduce((sum, x) => sum + x.needs, 0), query).toBe(s.totals.needs);
    }
    expect(pairs(await summary())).toBe(await pairsInDb(`n.recorded_on between '2025-01-01' and '2025-12-31'`));
    expect(pairs(await summary('from=2024-01-01&to=2026-12-31'))).toBe(await pairsInDb(`n.recorded_on between '2024-01-01' and '2026-12-31'`));
    expect(pairs(await summary('from=2024-01-01&to=2026-12-31'))).toBe(8);
  });

  it('filters by voice, source, age band, space and period', async () => {
    const affected = await summary('from=2025-01-01&to=2025-12-31&voice=affected');
    expect(affected.totals).toMatchObject({ needs: 3, byVoice: { affected: 3, professional: 0 } });
    expect(pairs(affected)).toBe(3);
    expect(affected.cells.every((c) => c.byVoice.professional.missing + c.byVoice.professional.reach + c.byVoice.professional.fit === 0)).toBe(true);

    const professional = await summary('from=2025-01-01&to=2025-12-31&voice=professional');
    expect(professional.totals).toMatchObject({ needs: 2, byVoice: { affected: 0, professional: 2 }, kinds: { missing: 1, reach: 1, fit: 1 } });

    const homeVisits = await summary('from=2025-01-01&to=2025-12-31&source=home_visit');
    expect(homeVisits.totals.needs).toBe(2);
    expect(homeVisits.cells.map((c) => [c.spaceId, c.needs]).sort()).toEqual([[space.a, 1], [space.b, 1]].sort());

    const youngest = await summary('from=2025-01-01&to=2025-12-31&ageBand=6-9');
    expect(youngest.totals).toMatchObject({ needs: 3, kinds: { missing: 1, reach: 1, fit: 1 } });

    const spaceB = await summary(`from=2025-01-01&to=2025-12-31&spaceId=${space.b}`);
    expect(spaceB.totals.needs).toBe(1);
    expect(spaceB.cells.map((c) => c.spaceId)).toEqual([space.b]);
    expect(spaceB.spaces.map((x) => x.id)).toEqual([space.b]);

    const spring = await summary('from=2025-04-01&to=2025-05-31');
    expect(spring.totals).toMatchObject({ needs: 2, byVoice: { affected: 1, professional: 1 } });
    expect(pairs(spring)).toBe(3);

    const bad = await world.request({ method: 'GET', url: '/api/gaps/summary?from=2025-12-31&to=2025-01-01', as: 'admin' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('to');
  });

  it('exports the summary as CSV for German Excel: BOM, semicolons, German header, one row per cell', async () => {
    const response = await world.request({ method: 'GET', url: '/api/gaps/summary.csv?from=2025-01-01&to=2025-12-31', as: 'committee' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toContain('text/csv');
    expect(response.headers['content-disposition']).toContain('attachment');
    const body = response.body;
    expect(body.startsWith('\uFEFF')).toBe(true);
    const lines = body.slice(1).split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(
      'Sozialraum;Thema;Bedarfe;Lücke: fehlt;Lücke: unbekannt;Lücke: passt nicht;Betroffene: fehlt;Betroffene: unbekannt;Betroffene: passt nicht;' +
        'Fachkräfte: fehlt;Fachkräfte: unbekannt;Fachkräfte: passt nicht;heute offen;im Zeitraum eröffnet;im Zeitraum geschlossen',
    );
    expect(lines).toHaveLength(1 + 3);
    const sportName = topics.find((t) => t.code === 'sport')?.name;
    const trauerName = topics.find((t) => t.code === 'trauer')?.name;
    expect(lines).toContain(`Altstadt;${sportName};3;0;2;1;0;1;0;0;1;1;3;3;0`);
    expect(lines).toContain(`Altstadt;${trauerName};2;2;0;0;1;0;0;1;0;0;2;2;0`);
    expect(lines).toContain(`Bahnhof;${sportName};1;1;0;0;1;0;0;0;0;0;1;1;0`);
    expect(lines.slice(1).every((l) => l.split(';').length === 15)).toBe(true);
  });

  it('lets a team member correct a gap: kind changes, it is confirmed, the history keeps the note', async () => {
    const need = await createNeed({ topicIds: [topic('sport')], ageBands: ['6-9'], recordedOn: '2026-02-01', text: 'Die Kinder kennen kein Sportangebot.' });
    const gap = need.gaps[0];
    expect(gap?.kind).toBe('reach');
    const refused = await world.request({ method: 'POST', url: `/api/gaps/${gap?.id}/correct`, as: 'admin', payload: { kind: 'reach', reasons: ['time'], note: 'Passt zeitlich nicht' } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('reasons');
    const foreignOrg = await world.request({ method: 'POST', url: '/api/organizations', as: world.users.foreign.admin, payload: { name: 'Fremd', type: 'other' } });
    const foreignOffer = await world.request({ method: 'POST', url: '/api/services', as: world.users.foreign.admin, payload: { organizationId: foreignOrg.json().id, name: 'Fremd' } });
    expect(foreignOffer.statusCode).toBe(201);
    const foreignMatch = await world.request({ method: 'POST', url: `/api/gaps/${gap?.id}/correct`, as: 'admin', payload: { kind: 'reach', matchServiceIds: [foreignOffer.json().id], note: 'Fremdes Angebot' } });
    expect(foreignMatch.statusCode).toBe(400);
    expect(foreignMatch.json().errors[0].field).toBe('matchServiceIds');
    const noNote = await world.request({ method: 'POST', url: `/api/gaps/${gap?.id}/correct`, as: 'admin', payload: { kind: 'fit' } });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().errors[0].field).toBe('note');

    const response = await world.request({
      method: 'POST',
      url: `/api/gaps/${gap?.id}/correct`,
      as: 'admin',
      payload: { kind: 'fit', reasons: ['time'], note: 'Die Familie kennt das Turnen, es ist zu früh am Tag.' },
    });
    expect(response.statusCode, response.body).toBe(200);
    const corrected = (response.json() as NeedDetail).gaps[0];
    expect(corrected).toMatchObject({ id: gap?.id, kind: 'fit', reasons: ['time'], confirmed: true, matches: [{ id: turnen }] });
    expect(corrected?.history.map((h) => h.event)).toEqual(['opened', 'corrected']);
    expect(corrected?.history.at(-1)).toMatchObject({ event: 'corrected', kind: 'fit', note: 'Die Familie kennt das Turnen, es ist zu früh am Tag.', byName: 'admin own' });
    const [audit] = await queryRows<{ before: { kind: string }; after: { kind: string; confirmed: boolean } }>(
      world.database.db,
      sql`select before, after from audit_log where entity = 'gap' and entity_id = ${gap?.id ?? ''} and action = 'correct'`,
    );
    expect(audit).toMatchObject({ before: { kind: 'reach' }, after: { kind: 'fit', confirmed: true } });
  });

  it('keeps the matches the gap had before a correction to “missing” in the audit entry', async () => {
    const need = await createNeed({ topicIds: [topic('sport')], ageBands: ['10-13'], recordedOn: '2026-02-02', text: 'Es fehlt ein Sportangebot.' });
    const gap = need.gaps[0];
    expect(gap?.matches.map((m) => m.id)).toEqual([turnen]);
    const response = await world.request({ method: 'POST', url: `/api/gaps/${gap?.id}/correct`, as: 'admin', payload: { kind: 'missing', note: 'Das Turnen findet nicht mehr statt.' } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().gaps[0]).toMatchObject({ kind: 'missing', matches: [], confirmed: true });
    const [audit] = await queryRows<{ before: { kind: string; matchServiceIds: string[] }; after: { matchServiceIds: string[] } }>(
      world.database.db,
      sql`select before, after from audit_log where entity = 'gap' and entity_id = ${gap?.id ?? ''} and action = 'correct'`,
    );
    expect(audit?.after.matchServiceIds).toEqual([]);
    expect(audit?.before).toMatchObject({ kind: 'reach', matchServiceIds: [turnen] });
  });

  it('recomputes unconfirmed gaps after an offer was added (missing → reach), and leaves confirmed ones alone', async () => {
    const loose = await createNeed({ topicIds: [topic('kultur')], ageBands: ['6-9'], recordedOn: '2026-03-01', text: 'Ein Malkurs für Kinder fehlt.' });
    const held = await createNeed({ topicIds: [topic('kultur')], ageBands: ['6-9'], recordedOn: '2026-03-02', text: 'Musik für Kinder fehlt.' });
    const corrected = await createNeed({ topicIds: [topic('kultur')], ageBands: ['6-9'], recordedOn: '2026-03-03', text: 'Theater für Kinder fehlt.' });
    for (const n of [loose, held, corrected]) expect(n.gaps[0]?.kind).toBe('missing');
    const confirm = await world.request({ method: 'POST', url: `/api/gaps/${held.gaps[0]?.id}/confirm`, as: 'admin' });
    expect(confirm.statusCode).toBe(200);
    expect(confirm.json().gaps[0]).toMatchObject({ confirmed: true, kind: 'missing' });
    expect(confirm.json().gaps[0].history.map((h: { event: string }) => h.event)).toEqual(['opened', 'confirmed']);
    await world.request({ method: 'POST', url: `/api/gaps/${corrected.gaps[0]?.id}/correct`, as: 'admin', payload: { kind: 'fit', note: 'Kennt die Musikschule' } });

    const kunst = await post('/api/services', { organizationId: club, name: 'Kunstwerkstatt', minimumAge: 5, maximumAge: 12, topicIds: [topic('kultur')], locations: [{ point: [10.004, 53.704] }] });
    // Adding an offer alone changes nothing recorded.
    const read = async (id: string) => (await world.request({ method: 'GET', url: `/api/needs/${id}`, as: 'admin' })).json() as NeedDetail;
    expect((await read(loose.id)).gaps[0]?.kind).toBe('missing');

    const recomputed = await world.request({ method: 'POST', url: '/api/gaps/recompute', as: 'team_member', payload: {} });
    expect(recomputed.statusCode).toBe(200);
    // A team member on no team recomputes nothing.
    expect(recomputed.json()).toEqual({ checked: 0, changed: 0 });

    const response = await world.request({ method: 'POST', url: '/api/gaps/recompute', as: 'admin', payload: { spaceId: space.a } });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().changed).toBe(1);
    expect(response.json().checked).toBeGreaterThanOrEqual(1);

    const after = (await read(loose.id)).gaps[0];
    expect(after).toMatchObject({ kind: 'reach', confirmed: false, matches: [{ id: kunst.id }] });
    expect(after?.history.map((h) => h.event)).toEqual(['opened', 'reclassified']);
    expect(after?.history.at(-1)).toMatchObject({ kind: 'reach', note: expect.stringContaining('missing') });
    expect((await read(held.id)).gaps[0]).toMatchObject({ kind: 'missing', confirmed: true });
    expect((await read(corrected.id)).gaps[0]).toMatchObject({ kind: 'fit', confirmed: true });

    // A second run finds nothing more to change.
    const again = await world.request({ method: 'POST', url: '/api/gaps/recompute', as: 'admin', payload: {} });
    expect(again.json().changed).toBe(0);
  });
});

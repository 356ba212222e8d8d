import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import type { ReportPeriod } from '../../platform/report-period';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { needsReport } from './index';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

/**
 * Needs of 2025 (and one of 2024) in two spaces with no offers, so every gap opens as "missing"; two public-form
 * entries dated into 2025, one accepted later. Every figure below is counted by hand from this list:
 *   N1 Nord 01.02.2025 affected participation  Sport + Kultur (both under "Freizeit und Sport")  6–9, 10–13  closed 01.06.2025
 *   N2 Nord 01.03.2025 professional meeting     Sport + Trauer                                  6–9         closed 31.12.2025 23:30 UTC = 01.01.2026 Berlin
 *   N3 Süd  01.04.2025 affected other           Trauer (gap corrected to "reach" later)          —
 *   N4 Nord 31.12.2024 affected participation   Trauer                                          —           (before the year)
 *   P1 Nord 01.06.2025 public form, accepted today with Familienbildung (under "Eltern und Familie"), 0–2
 *   P2 Nord 01.06.2025 public form, still pending
 */
describe('needs: figures for the annual report', () => {
  let world: TestWorld;
  const space = { nord: '', sued: '' };
  const need = { n1: '', n2: '', n3: '' };
  let topic: (code: string) => string;
  let officeId = '';
  const period = (year: number, spaceId: string | null): ReportPeriod => ({ officeId, year, from: `${year}-01-01`, to: `${year}-12-31`, spaceId });

  const post = async (url: string, payload: object) => {
    const response = await world.request({ method: 'POST', url, as: 'admin', payload });
    expect(response.statusCode, `${url} ${response.body}`).toBeLessThan(300);
    return response.json().id as string;
  };
  const record = (spaceId: string, recordedOn: string, voice: string, source: string, topics: string[], ageBands: string[]) =>
    post('/api/needs', { spaceId, recordedOn, voice, source, topicIds: topics.map(topic), ageBands, text: 'Im Stadtteil fehlt ein Angebot am Nachmittag.' });
  /** Moves the closing events of a need's gaps to a moment (the closing happened "then"). */
  const closeAt = async (needId: string, at: string) => {
    await post(`/api/needs/${needId}/status`, { status: 'closed', note: 'Thema entfällt' });
    await world.database.db.execute(sql`update gap_events e set at = ${at}::timestamptz from gaps g where g.id = e.gap_id and g.need_id = ${needId} and e.event = 'closed'`);
  };

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.offices.own.id;
    space.nord = await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) });
    space.sued = await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) });
    const topics: { id: string; code: string | null }[] = (await world.request({ method: 'GET', url: '/api/topics?office=own-office', as: 'admin' })).json();
    topic = (code) => topics.find((t) => t.code === code)?.id as string;

    need.n1 = await record(space.nord, '2025-02-01', 'affected', 'participation', ['sport', 'kultur'], ['6-9', '10-13']);
    need.n2 = await record(space.nord, '2025-03-01', 'professional', 'meeting', ['sport', 'trauer'], ['6-9']);
    need.n3 = await record(space.sued, '2025-04-01', 'affected', 'other', ['trauer'], []);
    await record(space.nord, '2024-12-31', 'affected', 'participation', ['trauer'], []);

    for (const text of ['Ein Treffpunkt für Eltern mit Babys fehlt.', 'Es fehlt ein Spielplatz mit Schatten.']) {
      const sent = await world.request({ method: 'POST', url: '/api/public/needs', payload: { office: 'own-office', spaceId: space.nord, text, ageBands: ['0-2'] } });
      expect(sent.statusCode, sent.body).toBe(201);
    }
    await world.database.db.execute(sql`update needs set recorded_on = '2025-06-01' where source = 'public_form'`);
    const [p1] = await queryRows<{ id: string }>(world.database.db, sql`select id from needs where source = 'public_form' and text like 'Ein Treffpunkt%'`);
    await post(`/api/needs/${p1?.id}/review`, { decision: 'accepted', topicIds: [topic('familienbildung')] });

    await closeAt(need.n1, '2025-06-01T10:00:00Z');
    await closeAt(need.n2, '2025-12-31T23:30:00Z');
    const detail = (await world.request({ method: 'GET', url: `/api/needs/${need.n3}`, as: 'admin' })).json();
    await post(`/api/gaps/${detail.gaps[0].id}/correct`, { kind: 'reach', note: 'Die Familie kennt die Trauergruppe doch.' });
  });
  afterAll(() => world.close());

  const byTopicName = (figures: { byTopic: { name: string; needs: number }[] }) => Object.fromEntries(figures.byTopic.filter((t) => t.needs > 0).map((t) => [t.name, t.needs]));

  it('counts the office-wide figures of 2025 as counted by hand', async () => {
    const { figures, appendix } = await needsReport(world.database.db, period(2025, null));
    expect(figures).toMatchObject({
      total: 4,
      byVoice: { affected: 3, professional: 1 },
      bySource: { home_visit: 0, case_closure: 0, participation: 1, meeting: 1, public_form: 1, other: 1 },
      withoutTopic: 0,
      byAgeBand: { '0-2': 1, '3-5': 0, '6-9': 2, '10-13': 1, '14-17': 0, '18-26': 0, parents: 0 },
      withoutAgeBand: 1,
      // Six gaps opened in 2025, all "missing" when opened (N3's correction to "reach" came later).
      gapsOpened: { missing: 6, reach: 0, fit: 0 },
      // N1's two; N2's closed at 00:30 on 1 January 2026 in Berlin.
      gapsClosed: { missing: 2, reach: 0, fit: 0 },
      pendingReviewAtYearEnd: 2,
    });
    // N1 counts once under "Freizeit und Sport" although it has two of its topics; N2 counts under two top-level topics.
    expect(byTopicName(figures)).toEqual({ 'Freizeit und Sport': 2, 'Trauer und Verlust': 2, 'Eltern und Familie': 1 });
    expect(figures.byTopic.map((t) => t.name)).toContain('Beratung');
    expect(figures.byTopic.map((t) => t.name)).not.toContain('Sport');
    expect(appendix.map((a) => a.table)).toContain('Bedarfe nach Stimme');
    expect(appendix[0]?.filters).toBe('alle Sozialräume; 01.01.2025–31.12.2025; ohne ungeprüfte und abgelehnte Einträge aus dem Online-Formular');
  });

  it('counts one space only', async () => {
    const nord = await needsReport(world.database.db, period(2025, space.nord));
    expect(nord.figures).toMatchObject({ total: 3, byVoice: { affected: 2, professional: 1 }, gapsOpened: { missing: 5 }, gapsClosed: { missing: 2 }, pendingReviewAtYearEnd: 2 });
    expect(byTopicName(nord.figures)).toEqual({ 'Freizeit und Sport': 2, 'Trauer und Verlust': 1, 'Eltern und Familie': 1 });
    expect(nord.appendix[0]?.filters).toMatch(/^Sozialraum Nord; 01\.01\.2025–31\.12\.2025/);
    const sued = await needsReport(world.database.db, period(2025, space.sued));
    expect(sued.figures).toMatchObject({ total: 1, byVoice: { affected: 1, professional: 0 }, withoutAgeBand: 1, gapsOpened: { missing: 1, reach: 0 }, gapsClosed: { missing: 0 }, pendingReviewAtYearEnd: 0 });
    expect(byTopicName(sued.figures)).toEqual({ 'Trauer und Verlust': 1 });
  });

  it('leaves out other years: 2024 has N4 only, 2026 the closing at Berlin new year and the one entry still pending', async () => {
    const y2024 = await needsReport(world.database.db, period(2024, null));
    expect(y2024.figures).toMatchObject({ total: 1, gapsOpened: { missing: 1 }, gapsClosed: { missing: 0 }, pendingReviewAtYearEnd: 0 });
    const y2026 = await needsReport(world.database.db, period(2026, space.nord));
    expect(y2026.figures).toMatchObject({ total: 0, gapsOpened: { missing: 0 }, gapsClosed: { missing: 2, reach: 0, fit: 0 }, pendingReviewAtYearEnd: 1 });
  });
});

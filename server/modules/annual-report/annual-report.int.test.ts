import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnualReport } from '../../../common/api/annual-report';
import { todayInBerlin } from '../../platform/calendar';
import { createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

// The annual report as JSON: figures from the data, small counts hidden so that nothing can be recomputed, the same
// cells in the office's report and in a space's report.
describe('annual report: the JSON report and its hidden cells', () => {
  let world: TestWorld;
  let north = '';
  let south = '';
  const year = Number(todayInBerlin().slice(0, 4));
  type As = Parameters<TestWorld['request']>[0]['as'];
  const report = async (query = '', as: As = 'committee') => {
    const response = await world.request({ method: 'GET', url: `/api/annual-report/${year}${query}`, as });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as AnnualReport;
  };

  beforeAll(async () => {
    world = await createTestWorld();
    const post = async (url: string, payload: object) => {
      const response = await world.request({ method: 'POST', url, as: 'admin', payload });
      expect(response.statusCode, response.body).toBe(201);
      return response.json();
    };
    north = (await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) })).id;
    south = (await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) })).id;
    const topic = (await post('/api/topics', { name: 'Freizeit' })).id;
    const need = (spaceId: string, voice: string, i: number) =>
      post('/api/needs', { spaceId, topicIds: [topic], source: 'meeting', voice, text: `Im Netzwerktreffen fehlte ein Angebot am Nachmittag (${i}).` });
    let i = 0;
    // Nord: 3 from the affected, 12 from professionals; Süd: 9 and 7.
    for (const [spaceId, affected, professional] of [[north, 3, 12], [south, 9, 7]] as const) {
      for (let k = 0; k < affected; k++) await need(spaceId, 'affected', i++);
      for (let k = 0; k < professional; k++) await need(spaceId, 'professional', i++);
    }
  });
  afterAll(() => world.close());

  it('hides 3 and, so that it cannot be recomputed, the cells that would give it back', async () => {
    const r = await report();
    const nord = r.spaces.find((s) => s.name === 'Nord');
    const sued = r.spaces.find((s) => s.name === 'Süd');
    expect(nord?.needs.total).toBe(15);
    expect(nord?.needs.byVoice).toEqual({ affected: { suppressed: true }, professional: { suppressed: true } });
    // Office: affected 12 = Nord (hidden) + Süd 9 → Süd's affected is hidden too, and then Süd's professional.
    expect(sued?.needs.byVoice).toEqual({ affected: { suppressed: true }, professional: { suppressed: true } });
    expect(r.overview.needs.byVoice).toEqual({ affected: 12, professional: 19 });
    expect(r.overview.needs.total).toBe(31);
    // A hidden cell is never a number anywhere in the JSON.
    expect(JSON.stringify(r)).not.toMatch(/"affected":3\b/);
    expect(r.appendix.some((a) => a.table === 'Kleine Anzahlen')).toBe(true);
  });

  it("shows a space's report with exactly the cells of the office's report for that space", async () => {
    const office = await report();
    const one = await report(`?spaceId=${north}`);
    expect(one.space?.name).toBe('Nord');
    expect(one.spaces).toHaveLength(1);
    expect(one.spaces[0]).toEqual(office.spaces.find((s) => s.spaceId === north));
    expect(one.overview.needs).toEqual(one.spaces[0]?.needs);
  });

  it('a higher threshold hides more; the committee reads, the public does not; another office space is refused', async () => {
    expect((await world.request({ method: 'PUT', url: '/api/report-settings', as: 'admin', payload: { suppressionThreshold: 10 } })).statusCode).toBe(200);
    const r = await report();
    expect(r.suppressionThreshold).toBe(10);
    expect(r.spaces.find((s) => s.name === 'Süd')?.needs.byVoice.affected).toEqual({ suppressed: true });
    await world.request({ method: 'PUT', url: '/api/report-settings', as: 'admin', payload: { suppressionThreshold: 5 } });
    expect((await world.request({ method: 'GET', url: `/api/annual-report/${year}` })).statusCode).toBe(401);
    const foreign = await world.request({ method: 'GET', url: `/api/annual-report/${year}?spaceId=${north}`, as: world.users.foreign.committee });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].field).toBe('spaceId');
  });
});

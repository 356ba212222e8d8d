import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TextBlock } from '../../../common/api/annual-report';
import { countRows, createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

// The closing text blocks of the annual report: versions are kept, a stale save is refused, families stay out.
describe('annual report: text blocks with versions, and the settings', () => {
  let world: TestWorld;
  let north = '';
  let south = '';
  type As = Parameters<TestWorld['request']>[0]['as'];
  const put = (key: string, text: string, baseVersion: number, as: As = 'head_of_department', space?: string) =>
    world.request({ method: 'PUT', url: `/api/annual-report/2026/texts/${key}${space ? `?spaceId=${space}` : ''}`, as, payload: { text, baseVersion } });
  const get = async (url: string, as: As = 'committee') => world.request({ method: 'GET', url, as });

  beforeAll(async () => {
    world = await createTestWorld();
    const created = async (code: string, lon: number) => (await world.request({ method: 'POST', url: '/api/social-spaces', as: 'admin', payload: { code, name: code, boundary: square(lon, 53.7) } })).json().id as string;
    north = await created('NORD', 10.0);
    south = await created('SUED', 10.05);
    const membership = await world.request({ method: 'POST', url: '/api/team-memberships', as: 'admin', payload: { spaceId: north, userId: world.users.own.team_member.id, personName: 'Fachkraft', teamRole: 'asd', validFrom: '2020-01-01' } });
    expect(membership.statusCode, membership.body).toBe(201);
  });
  afterAll(() => world.close());

  it('saves every change as a new version; the newest counts; the history keeps all', async () => {
    const first = await put('summary', 'Die Sozialräume arbeiten enger zusammen.', 0);
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ key: 'summary', title: 'Zusammenfassung', version: 1 });
    expect((await put('summary', 'Die Sozialräume arbeiten enger zusammen als im Vorjahr.', 1)).json().version).toBe(2);
    const blocks = (await get('/api/annual-report/2026/texts')).json() as TextBlock[];
    expect(blocks.map((b) => [b.key, b.version, b.text])).toEqual([['summary', 2, 'Die Sozialräume arbeiten enger zusammen als im Vorjahr.']]);
    const versions = (await get('/api/annual-report/2026/texts/summary/versions')).json() as TextBlock[];
    expect(versions.map((v) => v.version)).toEqual([2, 1]);
  });

  it('refuses a save on top of an older version (409) and keeps both texts', async () => {
    const before = await countRows(world.database, 'report_text_blocks');
    const stale = await put('summary', 'Ein anderer Entwurf.', 1);
    expect(stale.statusCode).toBe(409);
    expect(stale.json().detail).toContain('Version 2');
    expect(await countRows(world.database, 'report_text_blocks')).toBe(before);
  });

  it('keeps a family out of the report text (422, nothing stored)', async () => {
    const before = await countRows(world.database, 'report_text_blocks');
    const refused = await put('difficulties', 'Familie Yilmaz kam nicht mehr, Tel. 0171 2345678.', 0);
    expect(refused.statusCode).toBe(422);
    expect(refused.json().code).toBe('PERSONAL_DATA_REJECTED');
    expect(await countRows(world.database, 'report_text_blocks')).toBe(before);
  });

  it('a team member writes the blocks of their own space only; office-wide blocks are for managers; the committee reads', async () => {
    expect((await put('successes', 'Das Elterncafé läuft.', 0, 'team_member', north)).statusCode).toBe(200);
    expect((await put('successes', 'Im Süden auch.', 0, 'team_member', south)).statusCode).toBe(403);
    expect((await put('outlook', 'Für das ganze Amt.', 0, 'team_member')).statusCode).toBe(403);
    expect((await put('outlook', 'Nicht für den Ausschuss.', 0, 'committee', north)).statusCode).toBe(403);
    const space = (await get(`/api/annual-report/2026/texts?spaceId=${north}`)).json() as TextBlock[];
    expect(space.map((b) => b.key)).toEqual(['successes']);
    expect((await get('/api/annual-report/2026/texts', world.users.foreign.committee)).json()).toEqual([]);
    expect((await world.request({ method: 'GET', url: '/api/annual-report/2026/texts' })).statusCode).toBe(401);
    expect((await put('nonsense', 'x', 0)).statusCode).toBe(400);
  });

  it('the threshold is a setting of the admin (2 to 20)', async () => {
    expect((await get('/api/report-settings')).json()).toEqual({ suppressionThreshold: 5 });
    expect((await world.request({ method: 'PUT', url: '/api/report-settings', as: 'head_of_department', payload: { suppressionThreshold: 3 } })).statusCode).toBe(403);
    const bad = await world.request({ method: 'PUT', url: '/api/report-settings', as: 'admin', payload: { suppressionThreshold: 1 } });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors[0].field).toBe('suppressionThreshold');
    expect((await world.request({ method: 'PUT', url: '/api/report-settings', as: 'admin', payload: { suppressionThreshold: 10 } })).json()).toEqual({ suppressionThreshold: 10 });
  });
});

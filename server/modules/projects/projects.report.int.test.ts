import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { todayInBerlin } from '../../platform/calendar';
import type { ReportPeriod } from '../../platform/report-period';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { projectsReport } from './index';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

// The projects' figures for the annual report, counted from the status events and checked by hand.
// A project is created today (its first event); moves dated in the past make it older than that.
describe('projects: figures for the annual report', () => {
  let world: TestWorld;
  let officeId = '';
  const space = { a: '', b: '' };
  const Y = Number(todayInBerlin().slice(0, 4));
  const p: Record<string, string> = {};
  let topicId = '';

  const post = async (url: string, payload: object, status = 201) => {
    const response = await world.request({ method: 'POST', url, as: 'admin', payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(status);
    return response.json().id as string;
  };
  const need = (spaceId: string, voice: 'affected' | 'professional') =>
    post('/api/needs', { spaceId, topicIds: [topicId], source: voice === 'affected' ? 'home_visit' : 'meeting', voice, text: 'Für Kinder in Trauer fehlt eine Gruppe in der Nähe.' });
  const project = async (title: string, spaceIds: string[], initiatedBy: string, moves: [string, string, string?][], extra: object = {}) => {
    const id = await post('/api/projects', { title, spaceIds, initiatedBy, ...extra });
    for (const [status, on, reason] of moves) await post(`/api/projects/${id}/status`, { status, on, reason: reason ?? '' }, 200);
    return id;
  };
  const note = async (id: string, year: number, payload: object) => {
    const response = await world.request({ method: 'PUT', url: `/api/projects/${id}/years/${year}`, as: 'admin', payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
  };
  const period = (spaceId: string | null, y = Y): ReportPeriod => ({ officeId, year: y, from: `${y}-01-01`, to: `${y}-12-31`, spaceId });

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.users.own.admin.officeId;
    space.a = await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) });
    space.b = await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) });
    const topics = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json() as { id: string; code: string | null }[];
    topicId = topics.find((t) => t.code === 'trauer')?.id ?? '';

    // P1 affected, A: running since February → new, started, running; an affected need; reach and a note this year.
    p.p1 = await project('Kochgruppe der Eltern', [space.a], 'affected', [['running', `${Y}-02-01`]], {
      needIds: [await need(space.a, 'affected')],
      reach: [
        { year: Y, ageBand: '0-2', count: 5 },
        { year: Y, ageBand: 'parents', count: 7 },
        { year: Y - 1, ageBand: 'parents', count: 3 },
      ],
    });
    await note(p.p1, Y, { successes: 'Viele Väter kamen – auch „neue“.', difficulties: 'Der Raum war zu klein.' });
    // P2 professionals, A and B: running since last year, completed in June; needs of professionals only.
    p.p2 = await project('Lesepaten', [space.a, space.b], 'professionals', [['running', `${Y - 1}-03-01`], ['completed', `${Y}-06-30`]], {
      needIds: [await need(space.a, 'professional'), await need(space.b, 'professional')],
      reach: [{ year: Y, ageBand: '10-13', count: 12 }],
    });
    await note(p.p2, Y - 1, { successes: 'Letztes Jahr gut.' });
    // P3 joint, B: running since last year, stopped in April with a reason; only difficulties this year.
    p.p3 = await project('Mädchentreff', [space.b], 'joint', [['running', `${Y - 1}-01-10`], ['stopped', `${Y}-04-01`, 'Die Räume fielen weg.']]);
    await note(p.p3, Y, { difficulties: 'Keine Räume mehr.' });
    // P4 affected, A: ran and completed before this year: nothing this year.
    p.p4 = await project('Spielplatzfest', [space.a], 'affected', [['planned', `${Y - 2}-05-01`], ['running', `${Y - 2}-06-01`], ['completed', `${Y - 1}-09-01`]], {
      needIds: [await need(space.a, 'professional')],
      reach: [{ year: Y - 1, ageBand: '6-9', count: 40 }],
    });
    // P5 professionals, B: created today as an idea → new; a professional need.
    p.p5 = await project('Elterncafé', [space.b], 'professionals', [], { needIds: [await need(space.b, 'professional')] });
    // P6 affected, A: planned last year, stopped in January without ever running.
    p.p6 = await project('Ferienfahrt', [space.a], 'affected', [['planned', `${Y - 1}-10-01`], ['stopped', `${Y}-01-15`, 'Die Eltern zogen weg.']]);
  });
  afterAll(() => world.close());

  it('counts the whole office from the status events, each project once, by initiator', async () => {
    const { figures, appendix } = await projectsReport(world.database.db, period(null));
    expect(figures.counts).toEqual({ new: 2, started: 1, running: 3, completed: 1, stopped: 2, ofYear: 5 });
    expect(figures.byInitiator).toEqual({
      affected: { new: 1, started: 1, running: 1, completed: 0, stopped: 1, ofYear: 2 },
      professionals: { new: 1, started: 0, running: 1, completed: 1, stopped: 0, ofYear: 2 },
      joint: { new: 0, started: 0, running: 1, completed: 0, stopped: 1, ofYear: 1 },
    });
    expect(figures.stoppedProjects).toEqual([
      { id: p.p6, title: 'Ferienfahrt', initiatedBy: 'affected', stoppedOn: `${Y}-01-15`, reason: 'Die Eltern zogen weg.' },
      { id: p.p3, title: 'Mädchentreff', initiatedBy: 'joint', stoppedOn: `${Y}-04-01`, reason: 'Die Räume fielen weg.' },
    ]);
    expect(figures.reached).toEqual({ total: 24, byAgeBand: { '0-2': 5, '3-5': 0, '6-9': 0, '10-13': 12, '14-17': 0, '18-26': 0, parents: 7 } });
    expect(figures.stories).toEqual([
      { id: p.p1, title: 'Kochgruppe der Eltern', spaceIds: [space.a], status: 'running', initiatedBy: 'affected', successes: 'Viele Väter kamen – auch „neue“.', difficulties: 'Der Raum war zu klein.' },
      { id: p.p3, title: 'Mädchentreff', spaceIds: [space.b], status: 'stopped', initiatedBy: 'joint', successes: '', difficulties: 'Keine Räume mehr.' },
    ]);
    expect([figures.withNeeds, figures.withoutAffectedVoice]).toEqual([3, 2]);
    expect(appendix.map((a) => a.table)).toContain('Projekte nach Initiative');
    expect(appendix.every((a) => a.filters.includes(`01.01.${Y}–31.12.${Y}`))).toBe(true);
  });

  it('counts one space: a project in two spaces counts in each', async () => {
    const a = (await projectsReport(world.database.db, period(space.a))).figures;
    expect(a.counts).toEqual({ new: 1, started: 1, running: 2, completed: 1, stopped: 1, ofYear: 3 });
    expect(a.stoppedProjects.map((s) => s.id)).toEqual([p.p6]);
    expect(a.reached.total).toBe(24);
    expect(a.stories.map((s) => s.id)).toEqual([p.p1]);
    expect([a.withNeeds, a.withoutAffectedVoice]).toEqual([2, 1]);

    const b = (await projectsReport(world.database.db, period(space.b))).figures;
    expect(b.counts).toEqual({ new: 1, started: 0, running: 2, completed: 1, stopped: 1, ofYear: 3 });
    expect(b.byInitiator.joint).toEqual({ new: 0, started: 0, running: 1, completed: 0, stopped: 1, ofYear: 1 });
    expect(b.reached).toMatchObject({ total: 12 });
    expect(b.stories.map((s) => s.id)).toEqual([p.p3]);
    expect([b.withNeeds, b.withoutAffectedVoice]).toEqual([2, 2]);
  });

  it('counts another year by its own events, and nothing of another office', async () => {
    const last = (await projectsReport(world.database.db, period(null, Y - 1))).figures;
    // New last year: P2, P3, P6 (first events); running: P2, P3, P4; completed: P4.
    expect(last.counts).toEqual({ new: 3, started: 2, running: 3, completed: 1, stopped: 0, ofYear: 4 });
    expect(last.reached).toMatchObject({ total: 43 });
    expect(last.stories.map((s) => s.id)).toEqual([p.p2]);
    expect(last.stoppedProjects).toEqual([]);
    const foreign = (await projectsReport(world.database.db, { ...period(null), officeId: world.users.foreign.admin.officeId })).figures;
    expect(foreign.counts).toEqual({ new: 0, started: 0, running: 0, completed: 0, stopped: 0, ofYear: 0 });
    expect([foreign.reached.total, foreign.stories.length, foreign.withNeeds]).toEqual([0, 0, 0]);
  });
});

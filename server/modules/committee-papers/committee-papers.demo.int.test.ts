import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Committee, type CommitteeMeeting, defaultResolutionTemplate, type Paper, type PaperSummary } from '../../../common/api/committee-papers';
import { oparlErrors } from '../../test/oparl-schema';
import { DEMO_FIRST_YEAR } from '../../bootstrap';
import { createTestWorld, seedDemoCity, type TestWorld } from '../../test/test-app';

const FIRST_YEAR = DEMO_FIRST_YEAR;

const berlin = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', weekday: 'short', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

// The council side of the demo city: committees, their meetings, one report paper a year, each naming last year's.
describe('demo: committees, meetings and the yearly report papers', () => {
  let world: TestWorld;
  const currentYear = new Date().getFullYear();
  let committees: Committee[];
  let meetings: CommitteeMeeting[];
  let papers: Paper[];

  beforeAll(async () => {
    world = await createTestWorld();
    await seedDemoCity(world);
    const get = async (url: string) => {
      const response = await world.request({ method: 'GET', url, as: 'committee' });
      expect(response.statusCode, `${url} ${response.body.slice(0, 300)}`).toBe(200);
      return response.json();
    };
    committees = (await get('/api/committees')) as Committee[];
    meetings = (await get('/api/committee-meetings')) as CommitteeMeeting[];
    const summaries = (await get('/api/papers')) as PaperSummary[];
    papers = [];
    for (const s of summaries) papers.push((await get(`/api/papers/${s.id}`)) as Paper);
  }, 240_000);
  afterAll(() => world.close());

  it('has the three committees, two administrative units, and about six JHA meetings a year on Thursdays at 17:00 in Berlin', () => {
    expect(committees.map((c) => [c.name, c.shortName, c.kind]).sort()).toEqual(
      [
        ['Amt für Jugend, Schulen und Sport', null, 'administration'],
        ['Fachbereich Jugend', 'FB Jugend', 'administration'],
        ['Hauptausschuss', 'HA', 'committee'],
        ['Jugendhilfeausschuss', 'JHA', 'committee'],
        ['Sozialausschuss', 'SozA', 'committee'],
      ].sort(),
    );
    const jha = meetings.filter((m) => m.committeeName === 'Jugendhilfeausschuss');
    expect(jha).toHaveLength(6 * (currentYear - FIRST_YEAR + 1));
    for (const m of jha) {
      expect(berlin.format(new Date(m.startsAt)), m.startsAt).toBe('Thu 17:00');
      expect(m.place).toBe('Rathaus, Sitzungsraum 2');
    }
    expect(meetings.filter((m) => m.committeeName === 'Sozialausschuss').length).toBeGreaterThan(0);
    expect(meetings.filter((m) => m.committeeName === 'Hauptausschuss').length).toBeGreaterThan(0);
  });

  it('has one report paper per finished year, numbered by the year it was written, each naming the previous one', () => {
    expect(papers.length).toBeGreaterThan(5);
    const byYear = [...papers].sort((a, b) => a.year - b.year);
    expect(byYear.at(-1)?.year).toBe(currentYear - 1);
    byYear.forEach((paper, i) => {
      expect(paper.reference).toMatch(new RegExp(`^B ${String((paper.year + 1) % 100).padStart(2, '0')}/\\d{4}$`));
      expect(paper).toMatchObject({ name: `Bericht zur Sozialraumorientierung ${paper.year}`, paperType: 'Berichtsvorlage', responsibleUnitName: 'Fachbereich Jugend', resolutionTemplate: defaultResolutionTemplate, spaceId: null });
      expect(paper.date.slice(0, 7)).toBe(`${paper.year + 1}-03`);
      const previous = byYear[i - 1];
      expect(paper.relatedPapers.map((r) => r.id), paper.reference).toEqual(previous ? [previous.id] : []);
      // The JHA decides, at one of its meetings after the paper's date; the Sozialausschuss hears it before, if at all.
      const decision = paper.consultations.at(-1);
      expect(decision).toMatchObject({ committeeName: 'Jugendhilfeausschuss', role: 'decision', authoritative: true });
      expect(decision?.meetingStartsAt && decision.meetingStartsAt > paper.date).toBe(true);
      for (const c of paper.consultations.slice(0, -1)) expect(c).toMatchObject({ committeeName: 'Sozialausschuss', role: 'hearing', authoritative: false });
    });
    expect(papers.some((p) => p.consultations.length === 2)).toBe(true);
    expect(papers.find((p) => p.year === 2025)?.reference ?? 'B 26/0042').toBe('B 26/0042');
  });

  it('leaves the newest paper a draft and publishes the others, which OParl shows valid', async () => {
    const [newest, ...older] = papers;
    expect(newest?.year).toBe(currentYear - 1);
    expect(newest?.publishedAt).toBeNull();
    for (const p of older) expect(p.publishedAt, p.reference).not.toBeNull();
    const list = await world.request({ method: 'GET', url: `/oparl/body/${world.offices.own.id}/papers` });
    expect(list.statusCode).toBe(200);
    const data = list.json().data as Record<string, unknown>[];
    expect(data.map((p) => p.reference).sort()).toEqual(older.map((p) => p.reference).sort());
    for (const p of data) expect(oparlErrors('Paper', p), String(p.reference)).toEqual([]);
    expect((await world.request({ method: 'GET', url: `/oparl/paper/${newest?.id}` })).statusCode).toBe(404);
  });
});

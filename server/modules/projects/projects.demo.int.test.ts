import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPrivacy } from '../../../common/privacy';
import { modules } from '../../modules';
import { todayInBerlin } from '../../platform/calendar';
import { queryRows } from '../../platform/db/database';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { seedProjects } from './projects.demo';

const FIRST_YEAR = 2015;

type ProjectRow = {
  id: string;
  title: string;
  description: string;
  spaces: string[];
  spaceIds: string[];
  topicCount: number;
  initiatedBy: string;
  initiationNote: string;
  status: string;
  statusReason: string;
  startsOn: string | null;
  endsOn: string | null;
  createdOn: string;
  partnerCount: number;
  carrierIds: string[];
};
type EventRow = { projectId: string; status: string; on: string; reason: string };
type NeedRow = { id: string; projectIds: string[]; spaceId: string; voice: string; status: string; text: string; statusNote: string; recordedOn: string; updatedOn: string };
type NoteRow = { projectId: string; year: number; successes: string; difficulties: string; updatedOn: string };
type ReachRow = { projectId: string; year: number; ageBand: string; count: number };

describe('demo projects: the source paper’s projects and about 30 more, 2015 to today', () => {
  let world: TestWorld;
  let officeId = '';
  const logged: string[] = [];
  let rows: ProjectRow[] = [];
  let events: EventRow[] = [];
  let linkedNeeds: NeedRow[] = [];
  let notes: NoteRow[] = [];
  let reach: ReachRow[] = [];
  const today = todayInBerlin();
  const currentYear = new Date().getFullYear();
  const byTitle = (pattern: RegExp) => {
    const found = rows.filter((r) => pattern.test(r.title));
    expect(found.map((r) => r.title), String(pattern)).toHaveLength(1);
    return found[0] as ProjectRow;
  };

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.offices.own.id;
    await world.database.db.transaction(async (tx) => {
      const ctx = { tx, actor: { kind: 'system' as const, label: 'Demo-Daten', officeId }, officeId, firstYear: FIRST_YEAR, currentYear, log: (line: string) => logged.push(line) };
      // Everything a project builds on, as at a real first start: accounts, spaces and teams, offers, needs.
      for (const name of ['accounts', 'social-spaces', 'services', 'needs']) {
        const module = modules.find((m) => m.name === name);
        if (!module?.seedDemo) throw new Error(`module ${name} has no demo seed`);
        await module.seedDemo(ctx);
      }
      await seedProjects(ctx);
    });
    const db = world.database.db;
    rows = await queryRows<ProjectRow>(
      db,
      sql`select p.id, p.title, p.description, p.space_ids as "spaceIds",
            (select array_agg(s.code order by s.code) from social_spaces s where s.id = any(p.space_ids)) as spaces,
            cardinality(p.topic_ids)::int as "topicCount", p.initiated_by as "initiatedBy", p.initiation_note as "initiationNote",
            p.status, p.status_reason as "statusReason", p.starts_on::text as "startsOn", p.ends_on::text as "endsOn",
            p.created_at::date::text as "createdOn", cardinality(p.partner_organization_ids)::int as "partnerCount",
            p.carrier_membership_ids as "carrierIds"
          from projects p where p.office_id = ${officeId}`,
    );
    events = await queryRows<EventRow>(
      db,
      sql`select e.project_id as "projectId", e.status, e.occurred_on::text as on, e.reason from project_status_events e
          join projects p on p.id = e.project_id where p.office_id = ${officeId} order by e.occurred_on, e.created_at`,
    );
    linkedNeeds = await queryRows<NeedRow>(
      db,
      sql`select id, project_ids as "projectIds", space_id as "spaceId", voice, status, text, status_note as "statusNote", recorded_on::text as "recordedOn", updated_at::date::text as "updatedOn"
          from needs where office_id = ${officeId} and cardinality(project_ids) > 0`,
    );
    notes = await queryRows<NoteRow>(
      db,
      sql`select n.project_id as "projectId", n.year, n.successes, n.difficulties, n.updated_at::date::text as "updatedOn"
          from project_year_notes n join projects p on p.id = n.project_id where p.office_id = ${officeId}`,
    );
    reach = await queryRows<ReachRow>(
      db,
      sql`select r.project_id as "projectId", r.year, r.age_band as "ageBand", r.count from project_reach r
          join projects p on p.id = r.project_id where p.office_id = ${officeId}`,
    );
  });
  afterAll(() => world.close());
  it('has the four projects of the source with their status, initiative and reasons, and the inclusive football training', () => {
    const grief = byTitle(/^Trauergruppe für Kinder$/);
    expect(grief.status).toBe('completed');
    expect(grief.endsOn).not.toBeNull();

    const cooking = byTitle(/^Kochgruppe/);
    expect(cooking.status).toBe('running');
    expect(cooking.initiatedBy).toBe('affected');
    expect(cooking.initiationNote).toBe('Eltern beim Osterfrühstück des ambulanten Trägers');
    expect(cooking.partnerCount).toBeGreaterThanOrEqual(2);

    const sports = byTitle(/Kooperation mit Sportvereinen/);
    expect(sports.status).toBe('stopped');
    expect(sports.statusReason).toMatch(/engerer Kontakt .*kam nicht zustande/);

    const mentallyIll = byTitle(/Kinder psychisch kranker Eltern/);
    expect(mentallyIll.status).toBe('stopped');
    expect(mentallyIll.initiatedBy).toBe('professionals');
    expect(mentallyIll.statusReason).toMatch(/Sicht der Fachkräfte/);
    expect(mentallyIll.statusReason).toMatch(/nicht angenommen/);

    const football = byTitle(/Inklusives Fußballtraining/);
    expect(football.status).toBe('running');
  });

  it('has at least 30 projects from 2015 to now across all five spaces, with every status and every kind of initiative', () => {
    expect(rows.length).toBeGreaterThanOrEqual(35);
    expect(new Set(rows.flatMap((r) => r.spaces))).toEqual(new Set(['SR1', 'SR2', 'SR3', 'SR4', 'SR5']));
    expect(rows.filter((r) => r.spaces.length > 1).length).toBeGreaterThanOrEqual(3);
    const years = new Set(rows.map((r) => Number((r.startsOn ?? r.createdOn).slice(0, 4))));
    expect(Math.min(...years)).toBe(FIRST_YEAR);
    expect(years.has(currentYear) || rows.some((r) => r.createdOn.startsWith(String(currentYear - 1)))).toBe(true);
    const statuses = new Map<string, number>();
    for (const r of rows) statuses.set(r.status, (statuses.get(r.status) ?? 0) + 1);
    expect(statuses.get('running') ?? 0).toBeGreaterThanOrEqual(8);
    for (const status of ['idea', 'planned', 'completed', 'stopped']) expect(statuses.get(status) ?? 0, status).toBeGreaterThanOrEqual(2);
    expect(new Set(rows.map((r) => r.initiatedBy))).toEqual(new Set(['affected', 'professionals', 'joint']));
    expect(rows.filter((r) => r.initiatedBy !== 'professionals').every((r) => r.initiationNote.length > 10)).toBe(true);
    expect(rows.every((r) => r.topicCount > 0 && r.partnerCount > 0 && r.description.length > 40)).toBe(true);
    // Every space has a running project today and one in each year since 2017 (the budget pays for them).
    for (const code of ['SR1', 'SR2', 'SR3', 'SR4', 'SR5']) {
      expect(rows.some((r) => r.spaces.includes(code) && r.status === 'running'), code).toBe(true);
      for (let year = 2017; year <= currentYear; year++) {
        const ran = rows.some((r) => r.spaces.includes(code) && r.startsOn && r.startsOn <= `${year}-12-31` && (r.endsOn ?? today) >= `${year}-01-01`);
        expect(ran, `${code} ${year}`).toBe(true);
      }
    }
  });

  it('gives every stopped project a reason, and every project its history of statuses in order', () => {
    for (const r of rows.filter((p) => p.status === 'stopped')) {
      expect(r.statusReason.length, r.title).toBeGreaterThanOrEqual(20);
      expect(events.some((e) => e.projectId === r.id && e.status === 'stopped' && e.reason === r.statusReason), r.title).toBe(true);
    }
    const order = ['idea', 'planned', 'running', 'completed', 'stopped'];
    for (const r of rows) {
      const own = events.filter((e) => e.projectId === r.id);
      expect(own[0]?.status, r.title).toBe('idea');
      expect(own.at(-1)?.status, r.title).toBe(r.status);
      expect(own.map((e) => e.on), r.title).toEqual([...own.map((e) => e.on)].sort());
      expect(own.map((e) => order.indexOf(e.status)), r.title).toEqual([...own.map((e) => order.indexOf(e.status))].sort((a, b) => a - b));
      if (r.startsOn) expect(own.find((e) => e.status === 'running')?.on, r.title).toBe(r.startsOn);
      if (['idea', 'planned'].includes(r.status)) expect(r.startsOn, r.title).toBeNull();
    }
  });

  it('is carried by team members of the project’s own spaces, some people carrying more than others', async () => {
    const memberships = await queryRows<{ id: string; spaceId: string; personName: string }>(
      world.database.db,
      sql`select id, space_id as "spaceId", person_name as "personName" from team_memberships where office_id = ${officeId}`,
    );
    const byId = new Map(memberships.map((m) => [m.id, m]));
    const load = new Map<string, number>();
    for (const r of rows) {
      expect(r.carrierIds.length, r.title).toBeGreaterThanOrEqual(1);
      expect(r.carrierIds.length, r.title).toBeLessThanOrEqual(4);
      for (const id of r.carrierIds) {
        const m = byId.get(id);
        expect(m, r.title).toBeDefined();
        expect(r.spaceIds, r.title).toContain(m?.spaceId);
        load.set(m?.personName ?? '', (load.get(m?.personName ?? '') ?? 0) + 1);
      }
    }
    const counts = [...load.values()].sort((a, b) => b - a);
    expect(counts.length).toBeGreaterThanOrEqual(10);
    expect(counts[0]).toBeGreaterThanOrEqual(3 * (counts.at(-1) ?? 1));
  });

  it('links needs of the project’s spaces, taken up (status project); affected-initiated projects answer the affected', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(linkedNeeds.length).toBeGreaterThanOrEqual(30);
    for (const need of linkedNeeds) {
      expect(need.status).toBe('project');
      for (const projectId of need.projectIds) {
        const project = byId.get(projectId);
        expect(project).toBeDefined();
        expect(project?.spaceIds).toContain(need.spaceId);
        if (project?.initiatedBy === 'affected') expect(need.voice, project.title).toBe('affected');
        expect(need.recordedOn <= (project?.endsOn ?? today), project?.title).toBe(true);
      }
    }
    const needsOf = (id: string) => linkedNeeds.filter((n) => n.projectIds.includes(id));
    // The cooking group answers what the parents said at the Easter breakfast.
    const cooking = needsOf(byTitle(/^Kochgruppe/).id);
    expect(cooking.every((n) => n.voice === 'affected')).toBe(true);
    expect(cooking.some((n) => /Osterfrühstück/.test(n.text) && n.voice === 'affected')).toBe(true);
    expect(needsOf(byTitle(/Inklusives Fußballtraining/).id).length).toBeGreaterThanOrEqual(2);
    // The warning case: needs, but none of them voiced by the affected.
    const mentallyIll = needsOf(byTitle(/Kinder psychisch kranker Eltern/).id);
    expect(mentallyIll.length).toBeGreaterThanOrEqual(1);
    expect(mentallyIll.every((n) => n.voice === 'professional')).toBe(true);
    expect(mentallyIll.some((n) => /Gruppenangebot kam nicht zustande/.test(n.statusNote))).toBe(true);
    // Many projects answer needs (how many depends on the day: the needs demo follows today's date).
    expect(rows.filter((r) => needsOf(r.id).length > 0).length).toBeGreaterThanOrEqual(rows.length * 0.4);
  });

  it('closes the gaps of the needs it took up', async () => {
    const open = await queryRows<{ n: number }>(
      world.database.db,
      sql`select count(*)::int as n from gaps g join needs n on n.id = g.need_id where n.office_id = ${officeId} and n.status = 'project' and g.state = 'open'`,
    );
    expect(open[0]?.n).toBe(0);
  });

  it('counts people reached by year and age band for the years a project ran, and has the team’s notes for those years', () => {
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(reach.length).toBeGreaterThan(100);
    for (const r of reach) {
      const project = byId.get(r.projectId);
      expect(project?.startsOn, project?.title).not.toBeNull();
      expect(r.year).toBeGreaterThanOrEqual(Number(project?.startsOn?.slice(0, 4)));
      expect(r.year).toBeLessThanOrEqual(Number((project?.endsOn ?? today).slice(0, 4)));
      expect(r.count).toBeGreaterThan(0);
    }
    for (const project of rows.filter((r) => r.startsOn)) {
      const first = Number(project.startsOn?.slice(0, 4));
      const last = Number((project.endsOn ?? today).slice(0, 4));
      const own = notes.filter((n) => n.projectId === project.id).map((n) => n.year).sort();
      expect(own, project.title).toEqual(Array.from({ length: last - first + 1 }, (_, i) => first + i));
    }
    expect(notes.every((n) => n.successes.length > 20 && n.difficulties.length > 20)).toBe(true);
    // Quotable in the annual report: no personal data in any free text.
    const texts = [...notes.flatMap((n) => [n.successes, n.difficulties]), ...rows.flatMap((r) => [r.title, r.description, r.initiationNote, r.statusReason])];
    expect(texts.filter((t) => !checkPrivacy(t).ok)).toEqual([]);
  });

  it('dates nothing in the future, and logs what it did', () => {
    const dates = [
      ...rows.flatMap((r) => [r.startsOn, r.endsOn, r.createdOn]),
      ...events.map((e) => e.on),
      ...notes.map((n) => n.updatedOn),
      ...linkedNeeds.map((n) => n.updatedOn),
    ].filter((d): d is string => d !== null);
    expect(dates.filter((d) => d > today)).toEqual([]);
    expect(reach.every((r) => r.year <= currentYear)).toBe(true);
    expect(logged.some((line) => /Projekte/.test(line))).toBe(true);
  });
});

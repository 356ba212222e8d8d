import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../platform/db/database';
import type { ReportPeriod } from '../../platform/report-period';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { meetingsReport } from './index';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

/**
 * Meetings written straight into the tables (what counts is what a held meeting is, not how the API validates one):
 *   M1 Nord      10.02.2025 held       A 2, B 3, guests 1; 2 agenda items; note, task done 01.06.2025, task done 10.01.2026, project draft (project exists)
 *   M2 Nord+Süd  31.12.2025 23:30 held B 1, C 4;         1 agenda item;  task open, project draft whose project is gone
 *   M3 Nord      01.05.2025 cancelled A 1;               1 agenda item;  note            (counts as cancelled only)
 *   M4 Nord      01.01.2026 00:30 held A 5               (22:30/23:30 UTC on 31.12.2025: belongs to 2026 in Berlin)
 *   M5 Süd       01.03.2025 held       C 2, guests 2
 *   M6 Nord      01.07.2025 planned    A 1               (neither held nor cancelled)
 */
describe('meetings: figures for the annual report', () => {
  let world: TestWorld;
  let officeId = '';
  const space = { nord: '', sued: '' };
  const org = { a: '', b: '', c: '' };
  const period = (year: number, spaceId: string | null): ReportPeriod => ({ officeId, year, from: `${year}-01-01`, to: `${year}-12-31`, spaceId });

  const post = async (url: string, payload: object) => {
    const response = await world.request({ method: 'POST', url, as: 'admin', payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json().id as string;
  };
  const uuids = (ids: string[]) => `{${ids.join(',')}}`;
  async function meeting(input: { spaces: string[]; startsAt: string; state: string; attending: [string, number][]; guests?: number; agenda?: number; decisions?: { kind: string; doneOn?: string; projectId?: string }[] }) {
    const [row] = await queryRows<{ id: string }>(
      world.database.db,
      sql`insert into meetings (office_id, space_ids, title, starts_at, ends_at, state, organizer_membership_ids, guest_count)
          values (${officeId}, ${uuids(input.spaces)}::uuid[], 'Netzwerktreffen', ${input.startsAt}::timestamptz, ${input.startsAt}::timestamptz + interval '2 hours',
                  ${input.state}, array[gen_random_uuid()], ${input.guests ?? 0}) returning id`,
    );
    const id = row?.id as string;
    for (const [organizationId, heads] of input.attending) {
      await world.database.db.execute(sql`insert into meeting_attendance (meeting_id, organization_id, head_count) values (${id}, ${organizationId}, ${heads})`);
    }
    for (let position = 1; position <= (input.agenda ?? 0); position++) {
      await world.database.db.execute(sql`insert into agenda_items (meeting_id, position, title) values (${id}, ${position}, 'Thema')`);
    }
    for (const d of input.decisions ?? []) {
      await world.database.db.execute(
        sql`insert into meeting_decisions (meeting_id, kind, text, done_on, project_id) values (${id}, ${d.kind}, 'Beschluss', ${d.doneOn ?? null}::date, ${d.projectId ?? null}::uuid)`,
      );
    }
  }

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.offices.own.id;
    space.nord = await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) });
    space.sued = await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) });
    org.a = await post('/api/organizations', { name: 'ASD Nord', type: 'asd' });
    org.b = await post('/api/organizations', { name: 'Grundschule Nord', type: 'school' });
    org.c = await post('/api/organizations', { name: 'Familienzentrum Süd', type: 'family_centre' });
    const project = await post('/api/projects', { title: 'Elterncafé', spaceIds: [space.nord], initiatedBy: 'joint' });

    await meeting({
      spaces: [space.nord],
      startsAt: '2025-02-10T16:00:00+01:00',
      state: 'held',
      attending: [[org.a, 2], [org.b, 3]],
      guests: 1,
      agenda: 2,
      decisions: [{ kind: 'note' }, { kind: 'task', doneOn: '2025-06-01' }, { kind: 'task', doneOn: '2026-01-10' }, { kind: 'project_draft', projectId: project }],
    });
    await meeting({ spaces: [space.nord, space.sued], startsAt: '2025-12-31T23:30:00+01:00', state: 'held', attending: [[org.b, 1], [org.c, 4]], agenda: 1, decisions: [{ kind: 'task' }, { kind: 'project_draft' }] });
    await meeting({ spaces: [space.nord], startsAt: '2025-05-01T16:00:00+02:00', state: 'cancelled', attending: [[org.a, 1]], agenda: 1, decisions: [{ kind: 'note' }] });
    await meeting({ spaces: [space.nord], startsAt: '2026-01-01T00:30:00+01:00', state: 'held', attending: [[org.a, 5]] });
    await meeting({ spaces: [space.sued], startsAt: '2025-03-01T10:00:00+01:00', state: 'held', attending: [[org.c, 2]], guests: 2 });
    await meeting({ spaces: [space.nord], startsAt: '2025-07-01T16:00:00+02:00', state: 'planned', attending: [[org.a, 1]] });
  });
  afterAll(() => world.close());

  it('counts the office-wide figures of 2025 as counted by hand (a meeting of two spaces once)', async () => {
    const { figures, appendix } = await meetingsReport(world.database.db, period(2025, null));
    expect(figures).toEqual({
      held: 3,
      cancelled: 1,
      organizationsAttending: 3,
      // (2 + 3 + 1) + (1 + 4) + (2 + 2)
      people: 15,
      agendaItems: 3,
      decisionsByKind: { note: 1, task: 3, project_draft: 2 },
      tasksDone: 1,
      tasksOpen: 2,
      projectDraftsStarted: 1,
    });
    expect(appendix.map((a) => a.table)).toEqual(['Netzwerktreffen', 'Beschlüsse der Netzwerktreffen']);
    expect(appendix[0]?.filters).toMatch(/^alle Sozialräume .*; 01\.01\.2025–31\.12\.2025$/);
  });

  it('counts one space, including the meetings it shares with another', async () => {
    const nord = await meetingsReport(world.database.db, period(2025, space.nord));
    expect(nord.figures).toEqual({
      held: 2,
      cancelled: 1,
      organizationsAttending: 3,
      people: 11,
      agendaItems: 3,
      decisionsByKind: { note: 1, task: 3, project_draft: 2 },
      tasksDone: 1,
      tasksOpen: 2,
      projectDraftsStarted: 1,
    });
    expect(nord.appendix[0]?.filters).toMatch(/^Sozialraum Nord/);
    const sued = await meetingsReport(world.database.db, period(2025, space.sued));
    expect(sued.figures).toEqual({
      held: 2,
      cancelled: 0,
      organizationsAttending: 2,
      people: 9,
      agendaItems: 1,
      decisionsByKind: { note: 0, task: 1, project_draft: 1 },
      tasksDone: 0,
      tasksOpen: 1,
      projectDraftsStarted: 0,
    });
  });

  it('dates a meeting by its Berlin day: the one at half past midnight on 1 January belongs to 2026', async () => {
    const y2026 = await meetingsReport(world.database.db, period(2026, space.nord));
    expect(y2026.figures).toMatchObject({ held: 1, cancelled: 0, organizationsAttending: 1, people: 5, agendaItems: 0 });
    const y2024 = await meetingsReport(world.database.db, period(2024, null));
    expect(y2024.figures).toMatchObject({ held: 0, cancelled: 0, organizationsAttending: 0, people: 0, tasksOpen: 0 });
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPrivacy } from '../../../common/privacy';
import { modules } from '../../modules';
import { todayInBerlin } from '../../platform/calendar';
import { queryRows } from '../../platform/db/database';
import { createTestWorld, type TestWorld } from '../../test/test-app';
import { NO_SPORTS_CLUB_SPACE, seedMeetings, UNEVEN_ORGANISER_SPACE } from './meetings.demo';

const FIRST_YEAR = 2015;

type MeetingRow = {
  id: string;
  space: string;
  spaceCount: number;
  on: string;
  year: number;
  inPast: boolean;
  state: string;
  cancelReason: string;
  minutes: string;
  place: string;
  guestCount: number;
  organizers: string[];
  invitedCount: number;
  createdInFuture: boolean;
  updatedInFuture: boolean;
};
type OrganiserRow = { meetingId: string; membershipId: string; space: string; memberSpace: string; role: string; activeThen: boolean };
type AttendanceRow = { meetingId: string; space: string; type: string; headCount: number; orgSpaces: string[] };
type ItemRow = { meetingId: string; position: number; title: string; notes: string; broughtBy: string | null; bringerSpace: string | null; needCount: number; serviceCount: number; needsElsewhere: number };
type DecisionRow = { meetingId: string; kind: string; text: string; owner: string | null; dueOn: string | null; doneOn: string | null; meetingOn: string; itemOfMeeting: boolean | null };

describe('demo network meetings: quarterly per space from 2015, organised by the networker, then by the team', () => {
  let world: TestWorld;
  let officeId = '';
  const logged: string[] = [];
  let rows: MeetingRow[] = [];
  let organisers: OrganiserRow[] = [];
  let attendance: AttendanceRow[] = [];
  let items: ItemRow[] = [];
  let decisions: DecisionRow[] = [];
  const today = todayInBerlin();
  const currentYear = new Date().getFullYear();
  const spaces = ['SR1', 'SR2', 'SR3', 'SR4', 'SR5'];

  beforeAll(async () => {
    world = await createTestWorld();
    officeId = world.offices.own.id;
    await world.database.db.transaction(async (tx) => {
      const ctx = { tx, actor: { kind: 'system' as const, label: 'Demo-Daten', officeId }, officeId, firstYear: FIRST_YEAR, currentYear, log: (line: string) => logged.push(line) };
      // Everything the meetings build on, as at a real first start: teams, offers, needs, projects.
      for (const name of ['accounts', 'social-spaces', 'services', 'needs', 'projects']) {
        const module = modules.find((m) => m.name === name);
        if (!module?.seedDemo) throw new Error(`module ${name} has no demo seed`);
        await module.seedDemo(ctx);
      }
      await seedMeetings(ctx);
    });
    const db = world.database.db;
    rows = await queryRows<MeetingRow>(
      db,
      sql`select m.id, s.code as space, cardinality(m.space_ids)::int as "spaceCount",
            (m.starts_at at time zone 'Europe/Berlin')::date::text as on,
            extract(year from m.starts_at at time zone 'Europe/Berlin')::int as year, m.starts_at < now() as "inPast",
            m.state, m.cancel_reason as "cancelReason", m.minutes, m.place, m.guest_count as "guestCount",
            m.organizer_membership_ids::text[] as organizers, cardinality(m.invited_organization_ids)::int as "invitedCount",
            m.created_at > now() as "createdInFuture", m.updated_at > now() as "updatedInFuture"
          from meetings m join social_spaces s on s.id = m.space_ids[1] where m.office_id = ${officeId} order by m.starts_at`,
    );
    organisers = await queryRows<OrganiserRow>(
      db,
      sql`select m.id as "meetingId", t.id as "membershipId", s.code as space, ts.code as "memberSpace", t.team_role as role,
            (t.valid_from <= (m.starts_at at time zone 'Europe/Berlin')::date and (t.valid_to is null or t.valid_to >= (m.starts_at at time zone 'Europe/Berlin')::date)) as "activeThen"
          from meetings m cross join lateral unnest(m.organizer_membership_ids) o(id)
          join team_memberships t on t.id = o.id join social_spaces s on s.id = m.space_ids[1] join social_spaces ts on ts.id = t.space_id
          where m.office_id = ${officeId}`,
    );
    attendance = await queryRows<AttendanceRow>(
      db,
      sql`select a.meeting_id as "meetingId", s.code as space, o.type, a.head_count as "headCount",
            coalesce((select array_agg(x.code) from organization_spaces os join social_spaces x on x.id = os.space_id where os.organization_id = o.id), '{}') as "orgSpaces"
          from meeting_attendance a join meetings m on m.id = a.meeting_id join organizations o on o.id = a.organization_id
          join social_spaces s on s.id = m.space_ids[1] where m.office_id = ${officeId}`,
    );
    items = await queryRows<ItemRow>(
      db,
      sql`select i.meeting_id as "meetingId", i.position, i.title, i.notes, i.brought_by_membership_id as "broughtBy",
            (select x.code from team_memberships t join social_spaces x on x.id = t.space_id where t.id = i.brought_by_membership_id) as "bringerSpace",
            cardinality(i.need_ids)::int as "needCount", cardinality(i.service_ids)::int as "serviceCount",
            (select count(*)::int from needs n where n.id = any(i.need_ids) and not (n.space_id = any(m.space_ids))) as "needsElsewhere"
          from agenda_items i join meetings m on m.id = i.meeting_id where m.office_id = ${officeId}`,
    );
    decisions = await queryRows<DecisionRow>(
      db,
      sql`select d.meeting_id as "meetingId", d.kind, d.text, d.owner_membership_id as owner, d.due_on::text as "dueOn", d.done_on::text as "doneOn",
            (m.starts_at at time zone 'Europe/Berlin')::date::text as "meetingOn",
            case when d.agenda_item_id is null then null else exists (select 1 from agenda_items i where i.id = d.agenda_item_id and i.meeting_id = m.id) end as "itemOfMeeting"
          from meeting_decisions d join meetings m on m.id = d.meeting_id where m.office_id = ${officeId}`,
    );
  });
  afterAll(() => world.close());

  const held = () => rows.filter((r) => r.state === 'held');
  const recent = (r: MeetingRow) => r.year >= currentYear - 3;

  it('holds four meetings a year in every space up to today, and the next one is planned or invited', () => {
    expect(rows.every((r) => r.spaceCount === 1)).toBe(true);
    for (const space of spaces) {
      const own = rows.filter((r) => r.space === space);
      for (let year = FIRST_YEAR; year < currentYear; year++) expect(own.filter((r) => r.year === year), `${space} ${year}`).toHaveLength(4);
      const thisYear = own.filter((r) => r.year === currentYear && r.on < today);
      expect(thisYear.length).toBeLessThanOrEqual(4);
      const upcoming = own.filter((r) => r.on >= today);
      expect(upcoming, space).toHaveLength(1);
      expect(['planned', 'invited']).toContain(upcoming[0]?.state);
      // Quarterly: no two meetings of a space in the same quarter.
      const quarters = own.map((r) => `${r.year}-${Math.ceil(Number(r.on.slice(5, 7)) / 3)}`);
      expect(new Set(quarters).size).toBe(quarters.length);
    }
  });

  it('has nothing in the future except planned and invited meetings', () => {
    for (const r of rows) {
      if (r.state === 'held' || r.state === 'cancelled') expect(r.inPast, `${r.space} ${r.on}`).toBe(true);
      else expect(r.on >= today, `${r.space} ${r.on} ${r.state}`).toBe(true);
      expect(r.createdInFuture || r.updatedInFuture).toBe(false);
    }
    for (const d of decisions) {
      if (d.doneOn) {
        expect(d.doneOn <= today).toBe(true);
        expect(d.doneOn > d.meetingOn).toBe(true);
      }
    }
    // Only held meetings have attendance, minutes and decisions.
    const heldIds = new Set(held().map((r) => r.id));
    expect(attendance.every((a) => heldIds.has(a.meetingId))).toBe(true);
    expect(decisions.every((d) => heldIds.has(d.meetingId))).toBe(true);
    expect(rows.filter((r) => r.state !== 'held').every((r) => r.minutes === '' && r.guestCount === 0)).toBe(true);
  });

  it('cancels one meeting per space, with a reason', () => {
    for (const space of spaces) {
      const cancelled = rows.filter((r) => r.space === space && r.state === 'cancelled');
      expect(cancelled, space).toHaveLength(1);
      expect(cancelled[0]?.cancelReason.length).toBeGreaterThan(20);
    }
    expect(rows.filter((r) => r.state !== 'cancelled').every((r) => r.cancelReason === '')).toBe(true);
  });

  it('is organised by the space’s networker until 2016 and by team members of the space from 2017', () => {
    expect(organisers.every((o) => o.memberSpace === o.space && o.activeThen)).toBe(true);
    for (const r of rows) {
      const own = organisers.filter((o) => o.meetingId === r.id);
      expect(own.length).toBe(r.organizers.length);
      if (r.year <= 2016) {
        expect(own.map((o) => o.role), `${r.space} ${r.on}`).toEqual(['networker']);
      } else {
        expect(own.some((o) => o.role === 'networker' || o.role === 'head_of_department')).toBe(false);
      }
    }
    // From 2017 the team takes turns: several people organise in every space.
    for (const space of spaces) {
      const people = new Set(organisers.filter((o) => o.space === space && rows.find((r) => r.id === o.meetingId && r.year >= 2017)).map((o) => o.membershipId));
      expect(people.size, space).toBeGreaterThanOrEqual(2);
    }
  });

  it('leaves the organising in one space to one person (more than half of the recent meetings), elsewhere spread evenly', () => {
    for (const space of spaces) {
      const recentMeetings = held().filter((r) => r.space === space && recent(r));
      expect(recentMeetings.length).toBeGreaterThanOrEqual(12);
      const counts = new Map<string, number>();
      for (const r of recentMeetings) for (const id of r.organizers) counts.set(id, (counts.get(id) ?? 0) + 1);
      const top = Math.max(...counts.values());
      if (space === UNEVEN_ORGANISER_SPACE) {
        expect(top / recentMeetings.length, space).toBeGreaterThan(0.5);
        expect(counts.size).toBeLessThanOrEqual(2);
      } else {
        expect(top / recentMeetings.length, space).toBeLessThanOrEqual(0.5);
        expect(counts.size, space).toBeGreaterThanOrEqual(4);
      }
    }
  });

  it('gives the uneven space’s organiser more than half of the weighted network work (default weights), the others less', async () => {
    // Meetings organised 3, projects carried 3, agenda items 1, needs recorded 1 — the last three full years.
    const from = `${currentYear - 3}-01-01`;
    const to = `${currentYear - 1}-12-31`;
    for (const space of spaces) {
      const scores = await queryRows<{ person: string; score: number }>(
        world.database.db,
        sql`with team as (
              select t.id, t.person_name, t.user_id from team_memberships t join social_spaces s on s.id = t.space_id
              where s.office_id = ${officeId} and s.code = ${space} and t.valid_from <= ${to}::date and (t.valid_to is null or t.valid_to >= ${from}::date)),
            m as (select * from meetings where office_id = ${officeId} and state = 'held' and (starts_at at time zone 'Europe/Berlin')::date between ${from}::date and ${to}::date),
            organised as (select o.id, count(*) * 3 as points from m cross join lateral unnest(m.organizer_membership_ids) o(id) group by o.id),
            brought as (select i.brought_by_membership_id as id, count(*) as points from agenda_items i join m on m.id = i.meeting_id group by 1),
            carried as (select c.id, count(distinct p.id) * 3 as points from projects p cross join lateral unnest(p.carrier_membership_ids) c(id)
                        where coalesce(p.starts_on, p.created_at::date) <= ${to}::date and (p.ends_on is null or p.ends_on >= ${from}::date) group by c.id),
            recorded as (select team.id, count(n.id) as points from team join needs n on n.recorded_by_user_id = team.user_id
                         join social_spaces s on s.id = n.space_id and s.code = ${space}
                         where n.recorded_on between ${from}::date and ${to}::date group by team.id)
            select team.person_name as person, (coalesce(organised.points, 0) + coalesce(brought.points, 0) + coalesce(carried.points, 0) + coalesce(recorded.points, 0))::int as score
            from team left join organised on organised.id = team.id left join brought on brought.id = team.id
              left join carried on carried.id = team.id left join recorded on recorded.id = team.id`,
      );
      const total = scores.reduce((sum, s) => sum + s.score, 0);
      const top = Math.max(...scores.map((s) => s.score));
      expect(total, space).toBeGreaterThan(0);
      if (space === UNEVEN_ORGANISER_SPACE) expect(top / total, space).toBeGreaterThan(0.55);
      else expect(top / total, space).toBeLessThan(0.45);
    }
  });

  it('never has a sports club at a meeting in one space, while a club comes now and then elsewhere', () => {
    expect(attendance.filter((a) => a.space === NO_SPORTS_CLUB_SPACE && a.type === 'sports_club')).toHaveLength(0);
    const clubVisits = attendance.filter((a) => a.type === 'sports_club');
    expect(clubVisits.filter((a) => a.space === 'SR3').length).toBeGreaterThanOrEqual(10);
    expect(new Set(clubVisits.map((a) => a.space)).size).toBeGreaterThanOrEqual(3);
    // Clubs come to some meetings, not to all.
    const sr3Held = held().filter((r) => r.space === 'SR3').length;
    expect(clubVisits.filter((a) => a.space === 'SR3').length).toBeLessThan(sr3Held);
  });

  it('records attendance of 4–12 organisations of the space with head counts, and guests now and then', () => {
    for (const r of held()) {
      const own = attendance.filter((a) => a.meetingId === r.id);
      expect(own.length, `${r.space} ${r.on}`).toBeGreaterThanOrEqual(4);
      expect(own.length).toBeLessThanOrEqual(12);
      expect(own.every((a) => a.headCount >= 1)).toBe(true);
      expect(r.invitedCount).toBeGreaterThanOrEqual(own.length);
      expect(r.place.length).toBeGreaterThan(3);
    }
    expect(held().filter((r) => r.guestCount > 0).length).toBeGreaterThan(held().length / 5);
    expect(held().filter((r) => r.guestCount === 0).length).toBeGreaterThan(held().length / 5);
  });

  it('writes minutes of 3–6 sentences and an agenda of 3–6 items brought by the space’s team, linking needs and offers', () => {
    for (const r of held()) {
      // A sentence ends with a word and . ! or ? before a capital letter; abbreviations ("e. V.", "Ev.") end none.
      const sentences = r.minutes.split(/(?<=[a-zäöüß]{3}[.!?])\s+(?=[A-ZÄÖÜ])/).filter(Boolean);
      expect(sentences.length, r.minutes).toBeGreaterThanOrEqual(3);
      expect(sentences.length, r.minutes).toBeLessThanOrEqual(6);
      const agenda = items.filter((i) => i.meetingId === r.id).sort((a, b) => a.position - b.position);
      expect(agenda.length).toBeGreaterThanOrEqual(3);
      expect(agenda.length).toBeLessThanOrEqual(6);
      expect(agenda.map((i) => i.position)).toEqual(agenda.map((_, i) => i + 1));
    }
    expect(items.every((i) => i.broughtBy !== null)).toBe(true);
    const own = new Map(rows.map((r) => [r.id, r.space]));
    expect(items.every((i) => i.bringerSpace === own.get(i.meetingId))).toBe(true);
    expect(items.filter((i) => i.needCount > 0).length).toBeGreaterThan(50);
    expect(items.every((i) => i.needsElsewhere === 0)).toBe(true);
    expect(items.filter((i) => i.serviceCount > 0).length).toBeGreaterThan(30);
  });

  it('decides 1–3 things per meeting: tasks with an owner and a due date, most of the old ones done, some open', () => {
    for (const r of held()) {
      const own = decisions.filter((d) => d.meetingId === r.id);
      expect(own.length, `${r.space} ${r.on}`).toBeGreaterThanOrEqual(1);
      expect(own.length).toBeLessThanOrEqual(3);
    }
    const tasks = decisions.filter((d) => d.kind === 'task');
    expect(tasks.every((d) => d.owner !== null && d.dueOn !== null && d.dueOn > d.meetingOn)).toBe(true);
    expect(decisions.every((d) => d.itemOfMeeting !== false)).toBe(true);
    const overdue = tasks.filter((d) => (d.dueOn ?? '') < today);
    expect(overdue.filter((d) => d.doneOn).length / overdue.length).toBeGreaterThan(0.7);
    expect(overdue.some((d) => !d.doneOn)).toBe(true);
    expect(decisions.some((d) => d.kind === 'note')).toBe(true);
  });

  it('writes minutes, agenda, decisions and reasons without personal data', () => {
    const texts = [
      ...rows.flatMap((r) => [r.minutes, r.cancelReason, r.place]),
      ...items.flatMap((i) => [i.title, i.notes]),
      ...decisions.map((d) => d.text),
    ].filter(Boolean);
    const refused = texts.filter((t) => !checkPrivacy(t).ok);
    expect(refused).toEqual([]);
  });

  it('logs what it wrote', () => {
    expect(logged.some((line) => /Netzwerktreffen .* Tagesordnungspunkten/.test(line))).toBe(true);
  });
});

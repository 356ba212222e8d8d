/*
 * How fast is the yearly report ("Bericht zur Sozialraumorientierung") on a city? (issue 8, "Speed")
 *
 *   npm run bench:report                       # PostgreSQL on 127.0.0.1:5432, scratch database sozialraum_bench_report
 *   npm run bench:report -- --rounds=10 --keep # more rounds; keep the database for EXPLAIN ANALYZE
 *
 * A city of 10 spaces, 5,000 offers, 20,000 needs, 500 projects and three years of bookings, meetings and
 * consultations, filled with a few `INSERT … SELECT generate_series(…)` statements (not through the API: ids and
 * spreads come from md5/hashtext of the row number, so every run has the same data). Then the JSON report for the
 * last full year through the app (`GET /api/annual-report/:year` as a signed-in committee user), for the whole office
 * and for one space: one warm-up and five timed runs each (min/median/max), and each module's report function alone
 * (office-wide, and once for the office plus every space as the report calls them). Targets are reported, not
 * asserted: JSON ≤ 2 s, PDF ≤ 10 s (`GET /api/annual-report/:year/export?format=pdf`, the whole office: the report built
 * and rendered with its charts); DOCX and HTML are timed alongside.
 *
 * The database: BENCH_DATABASE_URL if set (used as it is, its tables are dropped first), else a scratch database
 * `sozialraum_bench_report` on postgres://postgres@127.0.0.1:5432, dropped and created anew on every run.
 */
import { parseArgs } from 'node:util';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app';
import { setUpOffice } from '../server/modules';
import { createUser } from '../server/modules/accounts';
import { budgetReport } from '../server/modules/budget';
import { caseConsultationsReport } from '../server/modules/case-consultations';
import { meetingsReport } from '../server/modules/meetings';
import { needsReport } from '../server/modules/needs';
import { networkAnalysisReport } from '../server/modules/network-analysis';
import { projectsReport } from '../server/modules/projects';
import { servicesReport } from '../server/modules/services';
import { createSpace, type Boundary } from '../server/modules/social-spaces';
import { createSession, SESSION_COOKIE } from '../server/platform/auth/session';
import { type Database, type Db, openPostgres, queryRows } from '../server/platform/db/database';
import { migrate } from '../server/platform/db/migrate';
import { insertOffice } from '../server/platform/db/offices';
import { readSettings } from '../server/platform/env';
import type { ReportFunction, ReportPeriod } from '../server/platform/report-period';

const ORIGIN = 'http://127.0.0.1';
const scratchName = 'sozialraum_bench_report';

const round = (v: number, digits = 0) => Math.round(v * 10 ** digits) / 10 ** digits;
const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};
const stats = (values: number[]) => ({ min: Math.min(...values), median: median(values), max: Math.max(...values) });

async function openScratch(): Promise<{ database: Database; where: string; drop: () => Promise<void> }> {
  const given = process.env.BENCH_DATABASE_URL;
  if (given) {
    const database = openPostgres(given);
    await database.db.execute(sql.raw('drop schema public cascade; create schema public'));
    return { database, where: given, drop: async () => undefined };
  }
  const server = 'postgres://postgres@127.0.0.1:5432/postgres';
  const admin = openPostgres(server);
  await admin.db.execute(sql.raw(`drop database if exists ${scratchName} with (force)`));
  await admin.db.execute(sql.raw(`create database ${scratchName}`));
  await admin.close();
  const url = new URL(server);
  url.pathname = `/${scratchName}`;
  return {
    database: openPostgres(url.toString()),
    where: url.toString(),
    drop: async () => {
      const again = openPostgres(server);
      await again.db.execute(sql.raw(`drop database if exists ${scratchName} with (force)`));
      await again.close();
    },
  };
}

// ---------------------------------------------------------------------------------------------------------------
// The city
// ---------------------------------------------------------------------------------------------------------------

type City = { officeId: string; spaceIds: string[]; cookie: string; counts: Record<string, number>; seconds: Record<string, number> };

/** `hashtext` of a label and a number as a non-negative integer: a fixed "random" pick for row i. */
const hs = (label: string, i: string) => `(hashtext('${label}' || ${i}) & 2147483647)`;
const h = (label: string, i: string) => sql.raw(hs(label, i));
/** A deterministic uuid for row i of a kind (see bench_uuid below): the other tables refer to it without a lookup. */
const id = (kind: string, i: string) => sql.raw(`bench_uuid('${kind}' || ${i})::uuid`);

async function fill(database: Database, year: number, log: (line: string) => void): Promise<City> {
  const seconds: Record<string, number> = {};
  const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    seconds[label] = round((performance.now() - t0) / 1000, 2);
    log(`  ${label}: ${seconds[label]} s`);
    return result;
  };
  const db = database.db;
  await time('migrate', () => migrate(db));
  // md5 of a text as a valid version-4 uuid (the API's schemas check the version and variant digits); dropped again below.
  await db.execute(sql`create function bench_uuid(text) returns uuid language sql immutable as $$
    select overlay(overlay(md5($1) placing '4' from 13) placing '8' from 17)::uuid $$`);
  const first = year - 2;
  // Years as SQL literals (as parameters generate_series and make_date could not tell int from bigint).
  const [F, Y, Y1] = [first, year, year + 1].map((n) => sql.raw(String(n)));
  const settings = readSettings({ LOG_LEVEL: 'silent', PUBLIC_URL: ORIGIN });

  const { officeId, spaceIds, cookie } = await time('office, 10 spaces, committee user', () =>
    db.transaction(async (tx) => {
      const office = await insertOffice(tx, { code: 'bench-report', name: 'Bench-Stadt' });
      const ctx = { tx, actor: { kind: 'system' as const, label: 'Benchmark', officeId: office.id }, officeId: office.id };
      await setUpOffice(ctx);
      const ids: string[] = [];
      for (let i = 0; i < 10; i++) {
        const [x, y] = [9.9 + (i % 5) * 0.02, 53.7 + Math.floor(i / 5) * 0.02];
        const boundary = { type: 'Polygon', coordinates: [[[x, y], [x + 0.02, y], [x + 0.02, y + 0.02], [x, y + 0.02], [x, y]]] } as Boundary;
        const space = await createSpace(ctx, { code: `SR-${i + 1}`, name: `Sozialraum ${i + 1}`, description: '', boundary, population: null, colour: null });
        ids.push(space.id);
      }
      const { user } = await createUser(ctx, { officeId: office.id, email: 'ausschuss@bench.test', displayName: 'Ausschuss', roles: ['committee'], password: 'ein-langes-bench-passwort' });
      const session = await createSession(tx, user.id, { idleMs: settings.sessionIdleMs, maxMs: settings.sessionMaxMs });
      return { officeId: office.id, spaceIds: ids, cookie: session.token };
    }),
  );
  const o = sql`${officeId}::uuid`;
  // The spaces as an array: `(${spaces})[1 + n % 10]` picks one.
  const spaces = sql`${`{${spaceIds.join(',')}}`}::uuid[]`;
  const sp = (n: ReturnType<typeof sql.raw>) => sql`(${spaces})[1 + ${n} % 10]`;
  const topicRows = await queryRows<{ id: string; parent_id: string | null }>(db, sql`select id, parent_id from taxonomy_terms where office_id = ${officeId} and is_topic order by sort_order, id`);
  const subtopics = topicRows.filter((t) => t.parent_id !== null);
  const leaves = subtopics.length > 0 ? subtopics : topicRows;
  const leafIds = sql`${`{${leaves.map((t) => t.id).join(',')}}`}::uuid[]`;
  const parentIds = sql`${`{${leaves.map((t) => t.parent_id ?? t.id).join(',')}}`}::uuid[]`;
  const nLeaves = leaves.length;
  const ageBands = sql`array['0-2','3-5','6-9','10-13','14-17','18-26','parents']`;
  const orgTypes = sql`array['asd','provider_outpatient','provider_residential','family_centre','youth_work','school','kita','school_social_work','street_social_work','sports_club','parents_initiative','counselling_centre','other']`;

  await time('organisations, staff, team memberships, contracts', () =>
    db.transaction(async (tx) => {
      // 300 organisations: one ASD per space (rows 1–10), the rest of every type; each in one or two spaces.
      await tx.execute(sql`insert into organizations (id, office_id, name, type, created_at)
        select ${id('org', 'i')}, ${o}, 'Träger ' || i, case when i <= 10 then 'asd' else (${orgTypes})[1 + ${h('ot', 'i')} % 12 + 1] end, ${`${first - 1}-06-01`}::timestamptz
        from generate_series(1, 300) i`);
      await tx.execute(sql`insert into organization_spaces (organization_id, space_id)
        select ${id('org', 'i')}, ${sp(sql.raw('(i - 1)'))} from generate_series(1, 300) i
        union
        select ${id('org', 'i')}, ${sp(sql.raw('(i + 3)'))} from generate_series(11, 300, 3) i`);
      // 100 staff users (10 per space) and their team memberships; everyone has been on the team since before the data.
      await tx.execute(sql`insert into users (id, office_id, email, display_name, password_hash, roles)
        select ${id('user', 'i')}, ${o}, 'fachkraft' || i || '@bench.test', 'Fachkraft ' || i, 'x', array['team_member']
        from generate_series(1, 100) i`);
      await tx.execute(sql`insert into team_memberships (id, office_id, space_id, organization_id, user_id, person_name, team_role, valid_from, valid_to)
        select ${id('member', 'i')}, ${o}, ${sp(sql.raw('(i - 1)'))},
          case when (i - 1) / 10 = 0 then ${id('org', '(1 + (i - 1) % 10)')} else ${id('org', `(11 + ${hs('mo', 'i')} % 290)`)} end,
          ${id('user', 'i')}, 'Fachkraft ' || i,
          (array['asd','networker','provider_outpatient','provider_residential','youth_work_coordinator','school_social_worker','family_centre_coordinator','street_social_worker','key_person','head_of_department'])[1 + (i - 1) / 10],
          ${`${first - 1}-01-01`}::date, case when i % 17 = 0 then ${`${year - 1}-06-30`}::date end
        from generate_series(1, 100) i`);
      await tx.execute(sql`insert into contracts (office_id, organization_id, space_id, kind, valid_from, valid_to)
        select ${o}, ${id('org', '(11 + i * 7 % 290)')}, ${sp(sql.raw('i'))}, 'service_agreement', (${`${first}-01-01`}::date + (i * 37 % 900)), case when i % 3 = 0 then ${`${year + 1}-12-31`}::date end
        from generate_series(1, 60) i`);
    }),
  );

  await time('5,000 offers (locations, topics, change history)', () =>
    db.transaction(async (tx) => {
      await tx.execute(sql`insert into services (id, office_id, organization_id, name, description, status, assured_date, topic_ids, topic_path, space_ids, lon, lat, created_at, updated_at)
        select ${id('svc', 'i')}, ${o}, ${id('org', `(1 + ${hs('so', 'i')} % 300)`)}, 'Angebot ' || i, 'Beschreibung ' || i,
          case when i % 23 = 0 then 'inactive' when i % 31 = 0 then 'temporarily closed' else 'active' end,
          case when i % 7 = 0 then null else ${`${first - 1}-01-01`}::date + ${h('sa', 'i')} % 1400 end,
          array[(${leafIds})[1 + i % ${nLeaves}]], array[(${leafIds})[1 + i % ${nLeaves}], (${parentIds})[1 + i % ${nLeaves}]],
          array[${sp(sql.raw('i'))}], 9.9 + (i % 100) * 0.001, 53.7 + (i / 100) * 0.001,
          ${`${first - 1}-01-01`}::timestamptz + (${h('sc', 'i')} % 1400) * interval '1 day', now()
        from generate_series(1, 5000) i`);
      await tx.execute(sql`insert into locations (id, office_id, street, postal_code, city, latitude, longitude, space_id)
        select id, office_id, 'Straße ' || name, '22846', 'Norderstedt', lat, lon, space_ids[1] from services where office_id = ${officeId}`);
      await tx.execute(sql`insert into service_at_locations (office_id, service_id, location_id) select office_id, id, id from services where office_id = ${officeId}`);
      // Change history: 3,000 status changes and 4,000 earlier verifications, spread over the years.
      await tx.execute(sql`insert into hsds_metadata (office_id, resource_id, resource_type, last_action_date, last_action_type, field_name, previous_value, replacement_value, updated_by, created_at)
        select ${o}, ${id('svc', '(1 + i * 3 % 5000)')}, 'service', d, 'update', 'status', case when i % 2 = 0 then 'temporarily closed' else 'active' end, 'active', 'bench', d::timestamptz
        from generate_series(1, 3000) i, lateral (select ${`${first}-01-01`}::date + ${h('hm', 'i')} % 1050 as d) x
        union all
        select ${o}, ${id('svc', '(1 + i * 7 % 5000)')}, 'service', d, 'update', 'assured_date', to_char(d - 400, 'YYYY-MM-DD'), to_char(d, 'YYYY-MM-DD'), 'bench', d::timestamptz
        from generate_series(1, 4000) i, lateral (select ${`${first}-01-01`}::date + ${h('ha', 'i')} % 1050 as d) x`);
    }),
  );

  await time('500 projects (status events, reach, year notes)', () =>
    db.transaction(async (tx) => {
      // Created over three years and a bit; 60 % running, of those some completed or stopped later.
      await tx.execute(sql`insert into projects (id, office_id, title, description, space_ids, topic_ids, initiated_by, status, status_reason, starts_on, ends_on, partner_organization_ids, carrier_membership_ids, created_at)
        select ${id('proj', 'i')}, ${o}, 'Projekt ' || i, 'Beschreibung', case when i % 9 = 0 then array[${sp(sql.raw('i'))}, ${sp(sql.raw('(i + 1)'))}] else array[${sp(sql.raw('i'))}] end,
          array[(${leafIds})[1 + i % ${nLeaves}]], (array['affected','professionals','joint'])[1 + i % 3],
          case when i % 11 = 0 then 'stopped' when i % 4 = 0 then 'completed' when i % 5 < 3 then 'running' when i % 5 = 3 then 'planned' else 'idea' end,
          case when i % 11 = 0 then 'Keine Teilnehmenden gefunden' else '' end,
          c + 30, case when i % 11 = 0 or i % 4 = 0 then c + 300 end,
          array[${id('org', '(11 + i % 290)')}, ${id('org', '(11 + (i * 7) % 290)')}, ${id('org', '(1 + i % 10)')}],
          array[${id('member', '(1 + i % 100)')}, ${id('member', '(1 + (i * 3) % 100)')}],
          c::timestamptz
        from generate_series(1, 500) i, lateral (select ${`${first - 1}-10-01`}::date + ${h('pc', 'i')} % 1150 as c) x`);
      await tx.execute(sql`insert into project_status_events (project_id, status, occurred_on, reason)
        select p.id, 'idea', p.created_at::date, '' from projects p where p.office_id = ${officeId}
        union all
        select p.id, 'running', p.starts_on, '' from projects p where p.office_id = ${officeId} and p.status in ('running','completed','stopped')
        union all
        select p.id, p.status, p.ends_on, p.status_reason from projects p where p.office_id = ${officeId} and p.status in ('completed','stopped')`);
      await tx.execute(sql`insert into project_reach (project_id, year, age_band, count)
        select ${id('proj', 'i')}, y, (${ageBands})[1 + (i + b) % 7], 3 + ${h('pr', 'i')} % 40
        from generate_series(1, 500) i, generate_series(${F}, ${Y}) y, generate_series(0, 1) b`);
      await tx.execute(sql`insert into project_year_notes (project_id, year, successes, difficulties)
        select ${id('proj', 'i')}, y, 'Viele Familien kamen regelmäßig.', case when i % 3 = 0 then 'Der Raum war oft belegt.' else '' end
        from generate_series(1, 500) i, generate_series(${F}, ${Y}) y where (i + y) % 2 = 0`);
    }),
  );

  await time('20,000 needs (gaps, gap events, referrals)', () =>
    db.transaction(async (tx) => {
      // Over the three years; 5 % from the public form (some still pending), a third linked to a project.
      await tx.execute(sql`insert into needs (id, office_id, space_id, topic_ids, age_bands, source, voice, recorded_on, recorded_by_user_id, text, requirements, status, project_ids, review_state, reviewed_at, created_at)
        select ${id('need', 'i')}, ${o}, ${sp(h('ns', 'i'))},
          case when i % 13 = 0 then '{}'::uuid[] when i % 4 = 0 then array[(${leafIds})[1 + i % ${nLeaves}], (${leafIds})[1 + (i * 7) % ${nLeaves}]] else array[(${leafIds})[1 + i % ${nLeaves}]] end,
          case when i % 9 = 0 then '{}'::text[] else array[(${ageBands})[1 + i % 7]] end,
          case when i % 20 = 0 then 'public_form' else (array['home_visit','case_closure','participation','meeting','other'])[1 + i % 5] end,
          case when i % 5 < 2 then 'affected' else 'professional' end,
          d, case when i % 20 = 0 then null else ${id('user', '(1 + i % 100)')} end,
          'Bedarf ' || i, '{}'::jsonb,
          case when i % 3 = 0 then 'project' else 'open' end,
          case when i % 3 = 0 then array[${id('proj', '(1 + i % 500)')}] else '{}'::uuid[] end,
          case when i % 20 = 0 and i % 60 = 0 then 'pending' when i % 20 = 0 and i % 100 = 0 then 'rejected' else 'accepted' end,
          case when i % 20 = 0 and i % 60 <> 0 then (d + 20)::timestamptz end,
          d::timestamptz
        from generate_series(1, 20000) i, lateral (select ${`${first}-01-01`}::date + ${h('nd', 'i')} % 1090 as d) x`);
      // A gap for every third accepted need and topic; half of them closed some weeks later.
      await tx.execute(sql`insert into gaps (id, office_id, need_id, topic_id, kind, state, opened_on, closed_on, close_reason)
        select bench_uuid('gap' || n.id || t.id)::uuid, n.office_id, n.id, t.id, (array['missing','reach','fit'])[1 + ${h('gk', 'n.id::text')} % 3],
          case when ${h('gs', 'n.id::text')} % 2 = 0 then 'closed' else 'open' end, n.recorded_on,
          case when ${h('gs', 'n.id::text')} % 2 = 0 then n.recorded_on + 20 + ${h('gc', 'n.id::text')} % 200 end,
          case when ${h('gs', 'n.id::text')} % 2 = 0 then 'Angebot gefunden' end
        from needs n cross join lateral unnest(n.topic_ids) as t(id)
        where n.office_id = ${officeId} and n.review_state = 'accepted' and ${h('gp', 'n.id::text')} % 3 = 0`);
      await tx.execute(sql`insert into gap_events (office_id, gap_id, at, event, kind)
        select office_id, id, opened_on::timestamptz + interval '9 hours', 'opened', kind from gaps where office_id = ${officeId}
        union all
        select office_id, id, closed_on::timestamptz + interval '15 hours', 'closed', kind from gaps where office_id = ${officeId} and state = 'closed'`);
      await tx.execute(sql`insert into referrals (office_id, need_id, service_id, to_organization_id, from_organization_id, referred_on)
        select ${o}, ${id('need', 'i')}, ${id('svc', '(1 + i % 5000)')}, ${id('org', '(11 + i % 290)')}, ${id('org', '(1 + i % 10)')},
          ${`${first}-01-01`}::date + ${h('rd', 'i')} % 1090
        from generate_series(7, 20000, 7) i`);
    }),
  );

  await time('budget (60 lines, commitments, ~10,000 bookings)', () =>
    db.transaction(async (tx) => {
      // Per space and year both kinds at 10.920 € = 21.840 € per space.
      await tx.execute(sql`insert into budget_lines (id, office_id, space_id, year, kind, label, planned_cents, account_code, resolution_date, resolution_reference)
        select bench_uuid('line' || s || y || k)::uuid, ${o}, (${spaces})[s], y, k, case k when 'network_work' then 'Netzwerkarbeit' else 'Kollegiale Beratung' end, 1092000,
          '4.3.1.' || s, make_date(y - 1, 11, 15), 'JHA ' || (y - 1) || '/07'
        from generate_series(1, 10) s, generate_series(${F}, ${Y1}) y, unnest(array['network_work','case_consultation']) k`);
      await tx.execute(sql`insert into commitments (id, office_id, line_id, project_id, amount_cents, drawn_cents, status, created_at)
        select ${id('com', 'i')}, ${o}, bench_uuid('line' || array_position(${spaces}, p.space_ids[1]) || extract(year from p.created_at)::int || 'network_work')::uuid, p.id,
          20000, case when i % 4 = 2 then 5000 else 0 end, (array['pending','open','closed','rejected'])[1 + i % 4], p.created_at + interval '10 days'
        from (select p.*, row_number() over (order by p.id) as i from projects p where p.office_id = ${officeId} and extract(year from p.created_at) between ${F} and ${Y1}) p`);
      // About 10,000 bookings on the lines of the three years and this year so far, 2 % of them reversed.
      await tx.execute(sql`insert into bookings (id, office_id, line_id, booked_on, amount_cents, purpose, payee, created_at)
        select ${id('book', 'i')}, ${o}, l.id, make_date(l.year, 1, 1) + ${h('bd', 'i')} % (case when l.year > ${Y} then 300 else 360 end), 500 + ${h('ba', 'i')} % 4000,
          case when l.kind = 'network_work' then 'networker_position' else 'consultation_participation' end, 'Träger ' || (1 + i % 300), now()
        from generate_series(1, 10000) i
        join lateral (select * from budget_lines l where l.office_id = ${officeId} order by l.id offset (i % 80) limit 1) l on true`);
      await tx.execute(sql`insert into bookings (office_id, line_id, booked_on, amount_cents, purpose, payee, reverses_booking_id, created_at)
        select office_id, line_id, booked_on, -amount_cents, purpose, payee, id, now() from bookings b where b.office_id = ${officeId} and ${h('br', 'b.id::text')} % 50 = 0`);
      await tx.execute(sql`update budget_lines l set
          committed_cents = coalesce((select sum(c.amount_cents - c.drawn_cents) from commitments c where c.line_id = l.id and c.status = 'open'), 0),
          booked_cents = coalesce((select sum(b.amount_cents) from bookings b where b.line_id = l.id), 0)
        where l.office_id = ${officeId}`);
    }),
  );

  await time('meetings (quarterly per space) and consultations (monthly per space)', () =>
    db.transaction(async (tx) => {
      // Four network meetings a year in every space, three years and this one; one in twelve cancelled.
      await tx.execute(sql`insert into meetings (id, office_id, space_ids, title, starts_at, ends_at, state, cancel_reason, organizer_membership_ids, invited_organization_ids, guest_count)
        select bench_uuid('meet' || s || q)::uuid, ${o}, array[(${spaces})[s]], 'Netzwerktreffen ' || q, t, t + interval '2 hours',
          case when t > now() then 'planned' when (s + q) % 12 = 0 then 'cancelled' else 'held' end, case when t <= now() and (s + q) % 12 = 0 then 'Krankheit' else '' end,
          array[${id('member', '(10 + s)')}], '{}'::uuid[], (s + q) % 6
        from generate_series(1, 10) s, generate_series(0, 15) q,
          lateral (select (make_date(${F} + q / 4, 1 + (q % 4) * 3, 15)::timestamp + interval '16 hours') at time zone 'Europe/Berlin' as t) x`);
      await tx.execute(sql`insert into meeting_attendance (meeting_id, organization_id, head_count)
        select m.id, o.id, 1 + ${h('ma', 'o.id::text')} % 3 from meetings m
        join lateral (select os.organization_id as id from organization_spaces os where os.space_id = m.space_ids[1] order by bench_uuid(os.organization_id::text || m.id) limit 7) o on true
        where m.office_id = ${officeId} and m.state = 'held'`);
      await tx.execute(sql`insert into agenda_items (id, meeting_id, position, title, brought_by_membership_id)
        select bench_uuid('item' || m.id || p)::uuid, m.id, p, 'Punkt ' || p, bench_uuid('member' || (${h('ab', 'm.id::text || p')} % 10 * 10 + array_position(${spaces}, m.space_ids[1])))::uuid
        from meetings m, generate_series(1, 5) p where m.office_id = ${officeId}`);
      await tx.execute(sql`insert into meeting_decisions (meeting_id, agenda_item_id, kind, text, owner_membership_id, due_on, done_on, project_id)
        select m.id, bench_uuid('item' || m.id || p)::uuid, (array['note','task','project_draft'])[p], 'Beschluss ' || p, m.organizer_membership_ids[1],
          case when p = 2 then (m.starts_at + interval '30 days')::date end, case when p = 2 and ${h('dd', 'm.id::text')} % 2 = 0 then (m.starts_at + interval '20 days')::date end,
          case when p = 3 then ${id('proj', `(1 + ${hs('dp', 'm.id::text')} % 500)`)} end
        from meetings m, generate_series(1, 3) p where m.office_id = ${officeId} and m.state = 'held'`);
      // A collegial case consultation every month in every space, with four to seven roles (all required ones in every fourth) and three to six cases.
      await tx.execute(sql`insert into case_consultations (id, office_id, space_id, held_on, participants)
        select bench_uuid('cons' || s || mo)::uuid, ${o}, (${spaces})[s], make_date(${F} + mo / 12, 1 + mo % 12, 10),
          (select jsonb_agg(jsonb_build_object('teamRole', r, 'membershipId', null)) from unnest(
             (array['asd','provider_outpatient','provider_residential','networker','head_of_department','youth_work_coordinator','school_social_worker'])[1:4 + (s + mo) % 4]) r)
        from generate_series(1, 10) s, generate_series(0, 46) mo where make_date(${F} + mo / 12, 1 + mo % 12, 10) < current_date`);
      await tx.execute(sql`insert into consultation_cases (consultation_id, position, help_type, low_threshold_offer_found)
        select c.id, p, (array['space_offer','outpatient','residential','referral','none'])[1 + ${h('ch', 'c.id::text || p')} % 5], p % 3 = 0
        from case_consultations c, generate_series(1, 6) p where c.office_id = ${officeId} and p <= 3 + ${h('cn', 'c.id::text')} % 4`);
    }),
  );
  await db.execute(sql`drop function bench_uuid(text)`);
  await time('analyze', () => db.execute(sql`analyze`));

  const counted = await queryRows<Record<string, number>>(
    db,
    sql`select (select count(*) from services)::int as offers, (select count(*) from needs)::int as needs, (select count(*) from gaps)::int as gaps,
          (select count(*) from gap_events)::int as "gapEvents", (select count(*) from projects)::int as projects,
          (select count(*) from project_status_events)::int as "statusEvents", (select count(*) from budget_lines)::int as "budgetLines",
          (select count(*) from bookings)::int as bookings, (select count(*) from commitments)::int as commitments, (select count(*) from meetings)::int as meetings,
          (select count(*) from case_consultations)::int as consultations, (select count(*) from consultation_cases)::int as cases,
          (select count(*) from organizations)::int as organisations, (select count(*) from team_memberships)::int as memberships, (select count(*) from referrals)::int as referrals`,
  );
  return { officeId, spaceIds, cookie, counts: counted[0] ?? {}, seconds };
}

// ---------------------------------------------------------------------------------------------------------------
// Measuring
// ---------------------------------------------------------------------------------------------------------------

const modules: [string, ReportFunction<unknown>][] = [
  ['budget', budgetReport],
  ['projects', projectsReport],
  ['needs', needsReport],
  ['services', servicesReport],
  ['meetings', meetingsReport],
  ['case-consultations', caseConsultationsReport],
  ['network-analysis', networkAnalysisReport],
];

async function timed(runs: number, work: () => Promise<unknown>): Promise<number[]> {
  await work(); // warm-up: plans, caches, lazily loaded code
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await work();
    ms.push(performance.now() - t0);
  }
  return ms;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { rounds: { type: 'string', default: '5' }, keep: { type: 'boolean', default: false } } });
  const runs = Number(values.rounds);
  const year = Number(new Date().toISOString().slice(0, 4)) - 1;
  const log = (line: string) => console.log(line);
  const { database, where, drop } = await openScratch();
  log(`Bericht zur Sozialraumorientierung ${year}: PostgreSQL ${where}`);
  const t0 = performance.now();
  const city = await fill(database, year, log);
  const fillSeconds = round((performance.now() - t0) / 1000, 1);
  log(`  Befüllung gesamt / fill total: ${fillSeconds} s  ${JSON.stringify(city.counts)}`);

  const settings = readSettings({ LOG_LEVEL: 'silent', PUBLIC_URL: ORIGIN });
  const app = await buildApp({ settings, database, logger: false, serveWeb: false });
  await app.ready();
  const get = async (url: string) => {
    const response = await app.inject({ method: 'GET', url, headers: { origin: ORIGIN, cookie: `${SESSION_COOKIE}=${city.cookie}` } });
    if (response.statusCode !== 200) throw new Error(`${url}: ${response.statusCode} ${response.body.slice(0, 300)}`);
    return response;
  };
  try {
    const officeBody = (await get(`/api/annual-report/${year}`)).body;
    const spaceId = city.spaceIds[3] as string;
    const whole = stats(await timed(runs, () => get(`/api/annual-report/${year}`)));
    const one = stats(await timed(runs, () => get(`/api/annual-report/${year}?spaceId=${spaceId}`)));
    const exportUrl = (format: string) => `/api/annual-report/${year}/export?format=${format}`;
    const pdfBytes = (await get(exportUrl('pdf'))).rawPayload.length;
    const docxBytes = (await get(exportUrl('docx'))).rawPayload.length;
    const pdf = stats(await timed(runs, () => get(exportUrl('pdf'))));
    const docx = stats(await timed(runs, () => get(exportUrl('docx'))));
    const html = stats(await timed(runs, () => get(exportUrl('html'))));

    // Each module alone, in a read-only transaction like the route's: office-wide, and office plus the ten spaces.
    const period = (id: string | null): ReportPeriod => ({ officeId: city.officeId, year, from: `${year}-01-01`, to: `${year}-12-31`, spaceId: id });
    const inTx = (work: (tx: Db) => Promise<unknown>) => database.db.transaction(work);
    const perModule: { name: string; office: ReturnType<typeof stats>; allScopes: ReturnType<typeof stats> }[] = [];
    for (const [name, report] of modules) {
      const office = stats(await timed(runs, () => inTx((tx) => report(tx, period(null)))));
      const allScopes = stats(
        await timed(runs, () =>
          inTx(async (tx) => {
            await report(tx, period(null));
            for (const s of city.spaceIds) await report(tx, period(s));
          }),
        ),
      );
      perModule.push({ name, office, allScopes });
    }

    const ms = (v: number) => `${round(v)} ms`;
    const row = (cells: string[]) => log(`| ${cells.join(' | ')} |`);
    log(`\nJSON-Bericht ${year} (GET /api/annual-report/${year}, ${Math.round(officeBody.length / 1024)} KiB; 1 Aufwärmlauf + ${runs} Läufe)\n`);
    row(['Messung / measure', 'Ziel / target', 'min', 'Median', 'max', 'erfüllt / met']);
    row(['---', '---', '---', '---', '---', '---']);
    row(['JSON, ganzes Amt / whole office', '≤ 2000 ms', ms(whole.min), ms(whole.median), ms(whole.max), whole.median <= 2000 ? 'ja / yes' : 'NEIN / NO']);
    row(['JSON, ein Sozialraum / one space', '≤ 2000 ms', ms(one.min), ms(one.median), ms(one.max), one.median <= 2000 ? 'ja / yes' : 'NEIN / NO']);
    row([`PDF, ganzes Amt / whole office (${Math.round(pdfBytes / 1024)} KiB)`, '≤ 10000 ms', ms(pdf.min), ms(pdf.median), ms(pdf.max), pdf.median <= 10_000 ? 'ja / yes' : 'NEIN / NO']);
    row([`DOCX, ganzes Amt / whole office (${Math.round(docxBytes / 1024)} KiB)`, '–', ms(docx.min), ms(docx.median), ms(docx.max), '–']);
    row(['HTML, ganzes Amt / whole office', '–', ms(html.min), ms(html.median), ms(html.max), '–']);
    log(`\nBerichtsfunktionen der Module / report functions per module (Median, min–max)\n`);
    row(['Modul / module', 'ganzes Amt / office', 'Amt + 10 Sozialräume (wie im Bericht) / office + 10 spaces']);
    row(['---', '---', '---']);
    for (const m of perModule) row([m.name, `${ms(m.office.median)} (${round(m.office.min)}–${round(m.office.max)})`, `${ms(m.allScopes.median)} (${round(m.allScopes.min)}–${round(m.allScopes.max)})`]);
    const sum = perModule.reduce((s, m) => s + m.allScopes.median, 0);
    row(['Summe / sum', ms(perModule.reduce((s, m) => s + m.office.median, 0)), ms(sum)]);
    log(`\nBefüllung / fill: ${fillSeconds} s (${Object.entries(city.seconds).map(([k, v]) => `${k} ${v} s`).join('; ')})`);
  } finally {
    await app.close();
    await database.close();
    if (values.keep) log(`behalten / kept: ${where}`);
    else await drop();
  }
}

await main();

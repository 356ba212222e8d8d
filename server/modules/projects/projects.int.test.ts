import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedDetail } from '../../../common/api/needs';
import type { ProjectDetail, ProjectSummary } from '../../../common/api/projects';
import { queryRows } from '../../platform/db/database';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});
const berlinToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
const NOWHERE = '00000000-0000-4000-8000-000000000000';

type As = Parameters<TestWorld['request']>[0]['as'];

describe('projects: create, read, change, status, year notes, permissions', () => {
  let world: TestWorld;
  const space = { a: '', b: '', foreign: '' };
  const org = { provider: '', club: '', foreign: '' };
  /** Team memberships: carriers in A and B, the team member's and the provider editor's own (both in A), one abroad. */
  const carrier = { a: '', b: '', teamMember: '', providerEditor: '', foreign: '' };
  let topics: { id: string; code: string | null }[] = [];
  const topic = (code: string) => {
    const id = topics.find((t) => t.code === code)?.id;
    if (!id) throw new Error(`topic ${code}`);
    return id;
  };
  let foreignTopic = '';
  let foreignNeed = '';
  let pendingNeed = '';

  const post = async (url: string, payload: object, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url, as, payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json().id as string;
  };
  const newNeed = (spaceId: string, voice: 'affected' | 'professional', text = 'Für Kinder in Trauer fehlt eine Gruppe in der Nähe.') =>
    post('/api/needs', { spaceId, topicIds: [topic('trauer')], source: voice === 'affected' ? 'home_visit' : 'meeting', voice, text });
  const readNeed = async (id: string) => (await world.request({ method: 'GET', url: `/api/needs/${id}`, as: 'admin' })).json() as NeedDetail;

  const projectBody = (overrides: Record<string, unknown> = {}) => ({
    title: 'Kochgruppe für Eltern',
    spaceIds: [space.a],
    initiatedBy: 'joint',
    ...overrides,
  });
  const createProject = async (overrides: Record<string, unknown> = {}, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url: '/api/projects', as, payload: projectBody(overrides) });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as ProjectDetail;
  };
  const readProject = async (id: string, as: As = 'admin') => {
    const response = await world.request({ method: 'GET', url: `/api/projects/${id}`, as });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ProjectDetail;
  };
  const patch = (id: string, payload: object, as: As = 'admin') => world.request({ method: 'PATCH', url: `/api/projects/${id}`, as, payload });
  const move = (id: string, payload: object, as: As = 'admin') => world.request({ method: 'POST', url: `/api/projects/${id}/status`, as, payload });
  const list = async (query: string, as: As = 'admin') => {
    const response = await world.request({ method: 'GET', url: `/api/projects${query}`, as });
    expect(response.statusCode, response.body).toBe(200);
    return (response.json() as ProjectSummary[]).map((p) => p.id);
  };
  /** Everything a refused request could have written. */
  const written = async () => ({
    projects: await countRows(world.database, 'projects'),
    reach: await countRows(world.database, 'project_reach'),
    events: await countRows(world.database, 'project_status_events'),
    notes: await countRows(world.database, 'project_year_notes'),
    audit: await auditCount(world.database),
    linkedNeeds: (await queryRows<{ n: number }>(world.database.db, sql`select count(*)::int as n from needs where cardinality(project_ids) > 0`))[0]?.n ?? 0,
  });

  beforeAll(async () => {
    world = await createTestWorld();
    space.a = await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) });
    space.b = await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) });
    org.provider = await post('/api/organizations', { name: 'Jugendhilfe Nord gGmbH', type: 'provider_outpatient' });
    org.club = await post('/api/organizations', { name: 'SV Nord', type: 'sports_club' });
    topics = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json();
    const membership = (spaceId: string, personName: string, userId: string | null = null) =>
      post('/api/team-memberships', { spaceId, userId, organizationId: org.provider, personName, teamRole: 'asd', validFrom: '2020-01-01' });
    carrier.a = await membership(space.a, 'Fachkraft Nord');
    carrier.b = await membership(space.b, 'Fachkraft Süd');
    carrier.teamMember = await membership(space.a, 'Teamkraft Nord', world.users.own.team_member.id);
    carrier.providerEditor = await membership(space.a, 'Trägerkraft Nord', world.users.own.provider_editor.id);

    const foreignAdmin = world.users.foreign.admin;
    space.foreign = await post('/api/social-spaces', { code: 'NORD', name: 'Fremd-Nord', boundary: square(10.0, 53.7) }, foreignAdmin);
    org.foreign = await post('/api/organizations', { name: 'Fremder Träger', type: 'other' }, foreignAdmin);
    carrier.foreign = await post(
      '/api/team-memberships',
      { spaceId: space.foreign, personName: 'Fremde Fachkraft', teamRole: 'asd', validFrom: '2020-01-01' },
      foreignAdmin,
    );
    const foreignTopics: { id: string; code: string | null }[] = (await world.request({ method: 'GET', url: '/api/topics?office=foreign-office' })).json();
    foreignTopic = foreignTopics.find((t) => t.code === 'trauer')?.id ?? '';
    foreignNeed = await post(
      '/api/needs',
      { spaceId: space.foreign, topicIds: [foreignTopic], source: 'meeting', voice: 'professional', text: 'Im Netzwerktreffen fehlte eine Trauergruppe.' },
      foreignAdmin,
    );
    // A public-form entry nobody has accepted yet: it may not be taken up into a project.
    const text = 'Hier fehlt ein Treffpunkt für Eltern mit kleinen Kindern.';
    const submitted = await world.request({ method: 'POST', url: '/api/public/needs', as: 'admin', payload: { office: 'own-office', spaceId: space.a, text } });
    expect(submitted.statusCode, submitted.body).toBe(201);
    pendingNeed = (await world.request({ method: 'GET', url: `/api/needs?review=pending&q=${encodeURIComponent(text)}`, as: 'admin' })).json().items[0].id;
  });
  afterAll(() => world.close());

  describe('creating and reading', () => {
    it('creates a project with every field: 201 as an idea, the detail shows everything, linked needs are taken up, audit in the same request', async () => {
      const affected = await newNeed(space.a, 'affected', 'Eltern wünschen sich einen Ort, an dem sie gemeinsam kochen können.');
      const professional = await newNeed(space.b, 'professional', 'Im Netzwerktreffen fiel auf, dass Angebote für Eltern fehlen.');
      expect((await readNeed(affected)).status).toBe('open');
      const before = await written();

      const response = await world.request({
        method: 'POST',
        url: '/api/projects',
        as: 'admin',
        payload: {
          title: 'Kochgruppe für Eltern',
          description: 'Eltern kochen einmal in der Woche gemeinsam und laden andere Familien ein.',
          spaceIds: [space.a, space.b],
          topicIds: [topic('eltern-familie'), topic('gesundheit')],
          initiatedBy: 'affected',
          initiationNote: 'Eltern beim Osterfrühstück des ambulanten Trägers',
          startsOn: '2026-04-01',
          endsOn: '2026-12-31',
          needIds: [affected, professional],
          partnerOrganizationIds: [org.club, org.provider],
          carrierMembershipIds: [carrier.a, carrier.b],
          reach: [
            { year: 2026, ageBand: 'parents', count: 12 },
            { year: 2026, ageBand: '3-5', count: 9 },
          ],
        },
      });
      expect(response.statusCode, response.body).toBe(201);
      const project = response.json() as ProjectDetail;
      expect(project).toMatchObject({
        title: 'Kochgruppe für Eltern',
        description: 'Eltern kochen einmal in der Woche gemeinsam und laden andere Familien ein.',
        initiatedBy: 'affected',
        initiationNote: 'Eltern beim Osterfrühstück des ambulanten Trägers',
        status: 'idea',
        statusReason: '',
        startsOn: '2026-04-01',
        endsOn: '2026-12-31',
        needCount: 2,
        affectedNeedCount: 1,
        carrierCount: 2,
        reachedTotal: 21,
        noAffectedVoice: false,
        editable: true,
        yearNotes: [],
        attachments: [],
      });
      expect([...project.spaceIds].sort()).toEqual([space.a, space.b].sort());
      expect([...project.topicIds].sort()).toEqual([topic('eltern-familie'), topic('gesundheit')].sort());
      expect(project.partners.map((p) => [p.name, p.type]).sort()).toEqual([
        ['Jugendhilfe Nord gGmbH', 'provider_outpatient'],
        ['SV Nord', 'sports_club'],
      ]);
      expect(project.carriers.map((c) => [c.membershipId, c.spaceId, c.name, c.teamRole, c.organizationName]).sort()).toEqual(
        [
          [carrier.a, space.a, 'Fachkraft Nord', 'asd', 'Jugendhilfe Nord gGmbH'],
          [carrier.b, space.b, 'Fachkraft Süd', 'asd', 'Jugendhilfe Nord gGmbH'],
        ].sort(),
      );
      expect(project.needs.map((n) => [n.id, n.spaceId, n.voice, n.status]).sort()).toEqual(
        [
          [affected, space.a, 'affected', 'project'],
          [professional, space.b, 'professional', 'project'],
        ].sort(),
      );
      expect(project.reach).toEqual(
        expect.arrayContaining([
          { year: 2026, ageBand: 'parents', count: 12 },
          { year: 2026, ageBand: '3-5', count: 9 },
        ]),
      );
      expect(project.reach).toHaveLength(2);
      expect(project.history).toEqual([{ status: 'idea', on: berlinToday(), reason: '', byName: 'admin own' }]);

      // The needs are taken up: status `project`, and the project is found from the need.
      for (const id of [affected, professional]) {
        const need = await readNeed(id);
        expect(need.status).toBe('project');
        expect(await list(`?needId=${id}`)).toEqual([project.id]);
      }
      expect(await readProject(project.id)).toEqual(project);

      // One row each, and the audit entries of the project and of both needs carry this request's id.
      const after = await written();
      expect(after).toEqual({ ...before, projects: before.projects + 1, reach: before.reach + 2, events: before.events + 1, audit: after.audit, linkedNeeds: before.linkedNeeds + 2 });
      const entries = await queryRows<{ action: string; entity: string; entity_id: string; request_id: string | null }>(
        world.database.db,
        sql`select action, entity, entity_id, request_id from audit_log where request_id = ${String(response.headers['x-request-id'])} order by id`,
      );
      expect(entries.map((e) => [e.action, e.entity, e.entity_id]).sort()).toEqual(
        [
          ['create', 'project', project.id],
          ['link_project', 'need', affected],
          ['link_project', 'need', professional],
        ].sort(),
      );
      expect(after.audit - before.audit).toBe(entries.length);
      const created = await queryRows<{ after: { title: string; needIds: string[] } }>(
        world.database.db,
        sql`select after from audit_log where entity = 'project' and action = 'create' and entity_id = ${project.id}`,
      );
      expect(created[0]?.after.title).toBe('Kochgruppe für Eltern');
      expect([...(created[0]?.after.needIds ?? [])].sort()).toEqual([affected, professional].sort());
    });

    it('warns when no linked need was voiced by the affected: true with professional needs only, false with one affected, false with none', async () => {
      const pro1 = await newNeed(space.a, 'professional');
      const pro2 = await newNeed(space.a, 'professional', 'Fachkräfte sehen Bedarf an einer Gruppe für Kinder psychisch kranker Eltern.');
      const affected = await newNeed(space.a, 'affected');

      const professionalOnly = await createProject({ title: 'Angebot aus fachlicher Sicht', needIds: [pro1, pro2], initiatedBy: 'professionals' });
      expect(professionalOnly).toMatchObject({ needCount: 2, affectedNeedCount: 0, noAffectedVoice: true });
      const mixed = await createProject({ title: 'Angebot mit Stimme der Betroffenen', needIds: [pro1, affected] });
      expect(mixed).toMatchObject({ needCount: 2, affectedNeedCount: 1, noAffectedVoice: false });
      const none = await createProject({ title: 'Angebot ohne Bedarfe' });
      expect(none).toMatchObject({ needCount: 0, affectedNeedCount: 0, noAffectedVoice: false });

      // The list carries the counts the warning is made of.
      const summaries = (await world.request({ method: 'GET', url: '/api/projects', as: 'admin' })).json() as ProjectSummary[];
      const byId = new Map(summaries.map((p) => [p.id, p]));
      expect([professionalOnly.id, mixed.id, none.id].map((id) => [byId.get(id)?.needCount, byId.get(id)?.affectedNeedCount])).toEqual([
        [2, 0],
        [2, 1],
        [0, 0],
      ]);
      // Linking the affected need later lifts the warning.
      const lifted = await patch(professionalOnly.id, { needIds: [pro1, pro2, affected] });
      expect(lifted.statusCode, lifted.body).toBe(200);
      expect(lifted.json().noAffectedVoice).toBe(false);
    });

    it('filters the list by status, space, initiator, topic, year and text', async () => {
      const old = await createProject({
        title: 'Trauergruppe für Kinder',
        description: 'Eine Gruppe für Kinder nach einem Verlust.',
        spaceIds: [space.b],
        topicIds: [topic('trauer')],
        initiatedBy: 'professionals',
        startsOn: '2019-02-01',
        endsOn: '2019-11-30',
      });
      const current = await createProject({
        title: 'Sportvereine im Stadtteil',
        initiationNote: 'Idee aus dem Netzwerktreffen mit den Vereinen',
        spaceIds: [space.a],
        topicIds: [topic('sport')],
        initiatedBy: 'affected',
      });
      expect((await move(current.id, { status: 'running' })).statusCode).toBe(200);

      const has = (ids: string[]) => [ids.includes(old.id), ids.includes(current.id)];
      expect(has(await list(''))).toEqual([true, true]);
      expect(has(await list('?status=idea'))).toEqual([true, false]);
      expect(has(await list('?status=running'))).toEqual([false, true]);
      expect(has(await list('?status=idea,running'))).toEqual([true, true]);
      expect(has(await list('?status=completed'))).toEqual([false, false]);
      expect(has(await list(`?spaceId=${space.b}`))).toEqual([true, false]);
      expect(has(await list(`?spaceId=${space.a}`))).toEqual([false, true]);
      expect(has(await list('?initiatedBy=professionals'))).toEqual([true, false]);
      expect(has(await list('?initiatedBy=affected'))).toEqual([false, true]);
      expect(has(await list(`?topicId=${topic('trauer')}`))).toEqual([true, false]);
      expect(has(await list('?year=2019'))).toEqual([true, false]);
      expect(has(await list('?year=2020'))).toEqual([false, false]);
      expect(has(await list(`?year=${berlinToday().slice(0, 4)}`))).toEqual([false, true]);
      expect(has(await list('?q=trauergruppe'))).toEqual([true, false]);
      expect(has(await list('?q=Verlust'))).toEqual([true, false]);
      expect(has(await list('?q=netzwerktreffen'))).toEqual([false, true]);
      // A % in the search text is a character, not a wildcard.
      expect(has(await list(`?q=${encodeURIComponent('%')}`))).toEqual([false, false]);
      const bad = await world.request({ method: 'GET', url: '/api/projects?status=unknown', as: 'admin' });
      expect(bad.statusCode).toBe(400);
    });
  });

  describe('refusals: 400 naming the field, 422 for personal data, nothing written', () => {
    const cases: [string, () => Record<string, unknown>, string][] = [
      ['missing title', () => ({ title: undefined }), 'title'],
      ['title too short', () => ({ title: 'ab' }), 'title'],
      ['no spaces', () => ({ spaceIds: [] }), 'spaceIds'],
      ['unknown space', () => ({ spaceIds: [NOWHERE] }), 'spaceIds'],
      ['space of another office', () => ({ spaceIds: [space.foreign] }), 'spaceIds'],
      ['unknown topic', () => ({ topicIds: [NOWHERE] }), 'topicIds'],
      ['topic of another office', () => ({ topicIds: [foreignTopic] }), 'topicIds'],
      ['unknown organisation', () => ({ partnerOrganizationIds: [NOWHERE] }), 'partnerOrganizationIds'],
      ['organisation of another office', () => ({ partnerOrganizationIds: [org.foreign] }), 'partnerOrganizationIds'],
      ['unknown carrier', () => ({ carrierMembershipIds: [NOWHERE] }), 'carrierMembershipIds'],
      ['carrier of a space not in the project', () => ({ carrierMembershipIds: [carrier.a, carrier.b] }), 'carrierMembershipIds'],
      ['carrier of another office', () => ({ carrierMembershipIds: [carrier.foreign] }), 'carrierMembershipIds'],
      ['unknown need', () => ({ needIds: [NOWHERE] }), 'needIds'],
      ['need of another office', () => ({ needIds: [foreignNeed] }), 'needIds'],
      ['public-form need not yet accepted', () => ({ needIds: [pendingNeed] }), 'needIds'],
      [
        'duplicate reach year and age band',
        () => ({ reach: [{ year: 2026, ageBand: '6-9', count: 3 }, { year: 2026, ageBand: '6-9', count: 4 }] }),
        'reach',
      ],
      ['negative reach', () => ({ reach: [{ year: 2026, ageBand: '6-9', count: -1 }] }), 'reach'],
      ['end before start', () => ({ startsOn: '2026-05-01', endsOn: '2026-04-30' }), 'endsOn'],
      ['unknown initiator', () => ({ initiatedBy: 'city' }), 'initiatedBy'],
    ];
    for (const [name, overrides, field] of cases) {
      it(`create: ${name} → 400 naming ${field}`, async () => {
        const before = await written();
        const response = await world.request({ method: 'POST', url: '/api/projects', as: 'admin', payload: projectBody(overrides()) });
        expect(response.statusCode, response.body).toBe(400);
        const body = response.json();
        expect(body.code).toBe('INVALID_INPUT');
        const error = (body.errors as { field: string; message: string }[]).find((e) => e.field === field || e.field.startsWith(`${field}.`) || e.field.startsWith(`${field}[`));
        expect(error, JSON.stringify(body.errors)).toBeDefined();
        // German, not the validator's English.
        expect(error?.message).toMatch(/[äöüß]|Bitte|Höchstens|Mindestens|Jahr|Datum|Jede|Einträge|gibt es|Ungültig|Ende|Team|Wert|Zahl|Anzahl|Zeichen|mindestens|zwischen|erwartet/);
        expect(error?.message).not.toMatch(/\b(Invalid|Expected|Required|Too small|must)\b/i);
        expect(await written()).toEqual(before);
      });
    }

    it('create: a need of a space the project is not in → 400 naming needIds, and the need stays open', async () => {
      const needB = await newNeed(space.b, 'affected');
      const before = await written();
      const response = await world.request({ method: 'POST', url: '/api/projects', as: 'admin', payload: projectBody({ needIds: [needB] }) });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors[0]).toEqual({ field: 'needIds', message: 'Mindestens ein Bedarf liegt in keinem der Sozialräume dieses Projekts.' });
      expect(await written()).toEqual(before);
      expect((await readNeed(needB)).status).toBe('open');
    });

    it('create: a family\'s personal data in free text → 422 PERSONAL_DATA_REJECTED naming each field, nothing stored', async () => {
      const need = await newNeed(space.a, 'affected');
      const before = await written();
      const response = await world.request({
        method: 'POST',
        url: '/api/projects',
        as: 'admin',
        payload: projectBody({
          title: 'Kochgruppe',
          description: 'Angefangen mit Familie Yilmaz, Tel. 0171 2345678',
          initiationNote: 'Familie Yilmaz, Tel. 0171 2345678',
          needIds: [need],
        }),
      });
      expect(response.statusCode, response.body).toBe(422);
      expect(response.json().code).toBe('PERSONAL_DATA_REJECTED');
      expect(response.json().errors.map((e: { field: string }) => e.field).sort()).toEqual(['description', 'initiationNote']);
      expect(response.json().errors[0].message).toContain('personenbezogene Daten');
      expect(await written()).toEqual(before);
      expect((await readNeed(need)).status).toBe('open');
      const stored = await queryRows<{ n: number }>(world.database.db, sql`select count(*)::int as n from projects where description like '%Yilmaz%' or initiation_note like '%Yilmaz%'`);
      expect(stored[0]?.n).toBe(0);
    });

    it('update, status reason and year note: personal data → 422, nothing changed', async () => {
      const project = await createProject({ title: 'Elterncafé' });
      const before = await written();
      const changed = await patch(project.id, { description: 'Familie Yilmaz, Tel. 0171 2345678' });
      expect(changed.statusCode).toBe(422);
      expect(changed.json().errors[0].field).toBe('description');
      const stopped = await move(project.id, { status: 'stopped', reason: 'Familie Yilmaz, Tel. 0171 2345678' });
      expect(stopped.statusCode).toBe(422);
      expect(stopped.json().errors[0].field).toBe('reason');
      const note = await world.request({ method: 'PUT', url: `/api/projects/${project.id}/years/2026`, as: 'admin', payload: { successes: 'Familie Yilmaz, Tel. 0171 2345678' } });
      expect(note.statusCode).toBe(422);
      expect(note.json().errors[0].field).toBe('successes');
      expect(await written()).toEqual(before);
      expect(await readProject(project.id)).toMatchObject({ description: '', status: 'idea', yearNotes: [] });
    });

    it('update: end before the stored start → 400 naming endsOn, nothing changed', async () => {
      const project = await createProject({ title: 'Ferienfreizeit', startsOn: '2026-07-01' });
      const before = await written();
      const response = await patch(project.id, { endsOn: '2026-06-30' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('endsOn');
      expect(await written()).toEqual(before);
      expect((await readProject(project.id)).endsOn).toBeNull();
    });
  });

  describe('changing a project', () => {
    it('PATCH replacing needIds unlinks: a need left without a project is open again, one still in another project stays `project`', async () => {
      const shared = await newNeed(space.a, 'affected');
      const only = await newNeed(space.a, 'professional');
      const kept = await newNeed(space.a, 'affected', 'Eltern fehlt ein Ort zum Austausch.');
      const first = await createProject({ title: 'Erstes Projekt', needIds: [shared, only, kept] });
      const second = await createProject({ title: 'Zweites Projekt', needIds: [shared] });
      expect((await list(`?needId=${shared}`)).sort()).toEqual([first.id, second.id].sort());

      const response = await patch(first.id, { needIds: [kept] });
      expect(response.statusCode, response.body).toBe(200);
      expect((response.json() as ProjectDetail).needs.map((n) => n.id)).toEqual([kept]);
      expect((await readNeed(only)).status).toBe('open');
      expect((await readNeed(shared)).status).toBe('project');
      expect((await readNeed(kept)).status).toBe('project');
      expect(await list(`?needId=${shared}`)).toEqual([second.id]);
      expect(await list(`?needId=${only}`)).toEqual([]);
      const unlinked = await queryRows<{ n: number }>(world.database.db, sql`select count(*)::int as n from audit_log where action = 'unlink_project' and entity_id in (${only}, ${shared})`);
      expect(unlinked[0]?.n).toBe(2);

      // An empty list unlinks all.
      expect((await patch(first.id, { needIds: [] })).statusCode).toBe(200);
      expect((await readNeed(kept)).status).toBe('open');
      // A PATCH without needIds leaves the links alone.
      expect((await patch(second.id, { title: 'Zweites Projekt, umbenannt' })).statusCode).toBe(200);
      expect((await readProject(second.id)).needs.map((n) => n.id)).toEqual([shared]);
    });

    it('PATCH reach replaces the list', async () => {
      const project = await createProject({ title: 'Lesepaten', reach: [{ year: 2025, ageBand: '6-9', count: 5 }] });
      const response = await patch(project.id, { reach: [{ year: 2026, ageBand: '10-13', count: 7 }] });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ reach: [{ year: 2026, ageBand: '10-13', count: 7 }], reachedTotal: 7 });
    });

    it('PATCH changing the spaces rechecks the carriers: a carrier of a space left behind → 400, with the carriers replaced → 200', async () => {
      const project = await createProject({ title: 'Netzwerk Nord und Süd', spaceIds: [space.a, space.b], carrierMembershipIds: [carrier.a, carrier.b] });
      const before = await written();
      const refused = await patch(project.id, { spaceIds: [space.a] });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().errors[0].field).toBe('carrierMembershipIds');
      expect(refused.json().errors[0].message).toContain('Fachkraft Süd');
      expect(await written()).toEqual(before);
      expect((await readProject(project.id)).spaceIds).toHaveLength(2);

      const ok = await patch(project.id, { spaceIds: [space.a], carrierMembershipIds: [carrier.a] });
      expect(ok.statusCode, ok.body).toBe(200);
      expect(ok.json()).toMatchObject({ spaceIds: [space.a], carrierCount: 1 });
      // New carriers alone are checked against the stored spaces.
      const wrong = await patch(project.id, { carrierMembershipIds: [carrier.b] });
      expect(wrong.statusCode).toBe(400);
      expect(wrong.json().errors[0].field).toBe('carrierMembershipIds');
    });

    it('PATCH changing the spaces rechecks the linked needs: a need of a space left behind → 400 naming needIds', async () => {
      const needB = await newNeed(space.b, 'affected');
      const project = await createProject({ title: 'Treffpunkt Nord und Süd', spaceIds: [space.a, space.b], needIds: [needB] });
      const before = await written();
      const refused = await patch(project.id, { spaceIds: [space.a] });
      expect(refused.statusCode, refused.body).toBe(400);
      expect(refused.json().errors[0].field).toBe('needIds');
      expect(await written()).toEqual(before);
    });

    it('status: idea → planned → running → completed, each with a history event and its date; running sets the start, completing the end', async () => {
      const project = await createProject({ title: 'Trauergruppe' });
      const today = berlinToday();
      const planned = await move(project.id, { status: 'planned' });
      expect(planned.statusCode, planned.body).toBe(200);
      expect(planned.json()).toMatchObject({ status: 'planned', startsOn: null, endsOn: null });
      const running = await move(project.id, { status: 'running', on: today });
      expect(running.statusCode, running.body).toBe(200);
      expect(running.json()).toMatchObject({ status: 'running', startsOn: today, endsOn: null });
      const completed = await move(project.id, { status: 'completed', reason: 'Die Gruppe trifft sich jetzt selbst.' });
      expect(completed.statusCode, completed.body).toBe(200);
      const detail = completed.json() as ProjectDetail;
      expect(detail).toMatchObject({ status: 'completed', startsOn: today, endsOn: today, statusReason: 'Die Gruppe trifft sich jetzt selbst.' });
      expect(detail.history).toEqual([
        { status: 'idea', on: today, reason: '', byName: 'admin own' },
        { status: 'planned', on: today, reason: '', byName: 'admin own' },
        { status: 'running', on: today, reason: '', byName: 'admin own' },
        { status: 'completed', on: today, reason: 'Die Gruppe trifft sich jetzt selbst.', byName: 'admin own' },
      ]);
      const audits = await queryRows<{ n: number }>(world.database.db, sql`select count(*)::int as n from audit_log where action = 'change_status' and entity_id = ${project.id}`);
      expect(audits[0]?.n).toBe(3);
    });

    it('status: dates already set stay; the given day is the event\'s day', async () => {
      const project = await createProject({ title: 'Hausaufgabenhilfe', startsOn: '2026-02-01', endsOn: '2026-10-31' });
      const running = await move(project.id, { status: 'running', on: '2026-02-15' });
      expect(running.statusCode, running.body).toBe(200);
      expect(running.json()).toMatchObject({ startsOn: '2026-02-01', endsOn: '2026-10-31' });
      const completed = await move(project.id, { status: 'completed', on: '2026-11-15' });
      expect(completed.statusCode, completed.body).toBe(200);
      expect(completed.json()).toMatchObject({ startsOn: '2026-02-01', endsOn: '2026-10-31' });
      // The history is in the order the steps were recorded, each with the day it names.
      expect((completed.json() as ProjectDetail).history.map((e) => [e.status, e.on])).toEqual([
        ['idea', berlinToday()],
        ['running', '2026-02-15'],
        ['completed', '2026-11-15'],
      ]);
    });

    it('status: forbidden moves → 400 naming status (completed → running, idea → completed), nothing written', async () => {
      const idea = await createProject({ title: 'Spielplatzfest' });
      const done = await createProject({ title: 'Sommerfest' });
      expect((await move(done.id, { status: 'running' })).statusCode).toBe(200);
      expect((await move(done.id, { status: 'completed' })).statusCode).toBe(200);
      const before = await written();
      for (const [id, status] of [
        [done.id, 'running'],
        [done.id, 'stopped'],
        [idea.id, 'completed'],
        [idea.id, 'idea'],
      ] as const) {
        const response = await move(id, { status, reason: 'Weil es so ist.' });
        expect(response.statusCode, `${status}: ${response.body}`).toBe(400);
        expect(response.json().errors[0].field).toBe('status');
        expect(response.json().errors[0].message).toMatch(/^Von „.+“ geht es nicht zu „.+“\.$/);
      }
      expect(await written()).toEqual(before);
      expect((await readProject(idea.id)).status).toBe('idea');
      expect((await readProject(done.id)).status).toBe('completed');
    });

    it('status: stopping needs a reason (400 naming reason); with one it is stopped for good', async () => {
      const project = await createProject({ title: 'Kooperation mit Sportvereinen' });
      const before = await written();
      for (const reason of [undefined, '', 'ab']) {
        const response = await move(project.id, { status: 'stopped', ...(reason === undefined ? {} : { reason }) });
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0].field).toBe('reason');
      }
      expect(await written()).toEqual(before);
      const stopped = await move(project.id, { status: 'stopped', reason: 'Es kam kein engerer Kontakt zustande.' });
      expect(stopped.statusCode, stopped.body).toBe(200);
      expect(stopped.json()).toMatchObject({ status: 'stopped', statusReason: 'Es kam kein engerer Kontakt zustande.', endsOn: berlinToday() });
      expect((await move(project.id, { status: 'planned' })).statusCode).toBe(400);
    });

    it('status: a completion day before the start → 400 naming on', async () => {
      const project = await createProject({ title: 'Elternkurs', startsOn: '2026-03-01' });
      expect((await move(project.id, { status: 'running' })).statusCode).toBe(200);
      const response = await move(project.id, { status: 'completed', on: '2026-02-28' });
      expect(response.statusCode).toBe(400);
      expect(response.json().errors[0].field).toBe('on');
    });

    it('status: running on a day after the stored end → 400 naming on (not a database error)', async () => {
      const project = await createProject({ title: 'Herbstferienprogramm', endsOn: '2026-06-30' });
      const before = await written();
      const response = await move(project.id, { status: 'running', on: '2026-07-01' });
      expect(response.statusCode, response.body).toBe(400);
      expect(response.json().errors[0].field).toBe('on');
      expect(await written()).toEqual(before);
    });

    it('year notes: PUT twice for the same year keeps one note, updated; another year is a second note', async () => {
      const project = await createProject({ title: 'Stadtteilfrühstück' });
      const notesBefore = await countRows(world.database, 'project_year_notes');
      const first = await world.request({ method: 'PUT', url: `/api/projects/${project.id}/years/2025`, as: 'team_member', payload: { successes: 'Viele neue Eltern kamen.', difficulties: 'Der Raum war zu klein.' } });
      expect(first.statusCode, first.body).toBe(200);
      const second = await world.request({ method: 'PUT', url: `/api/projects/${project.id}/years/2025`, as: 'admin', payload: { successes: 'Viele neue Eltern kamen, auch Väter.', difficulties: '' } });
      expect(second.statusCode, second.body).toBe(200);
      expect(await countRows(world.database, 'project_year_notes')).toBe(notesBefore + 1);
      expect((second.json() as ProjectDetail).yearNotes.map(({ year, successes, difficulties }) => ({ year, successes, difficulties }))).toEqual([
        { year: 2025, successes: 'Viele neue Eltern kamen, auch Väter.', difficulties: '' },
      ]);
      await world.request({ method: 'PUT', url: `/api/projects/${project.id}/years/2026`, as: 'admin', payload: { successes: 'Es läuft.' } });
      expect((await readProject(project.id)).yearNotes.map((n) => n.year)).toEqual([2026, 2025]);
      expect(await countRows(world.database, 'project_year_notes')).toBe(notesBefore + 2);
      const bad = await world.request({ method: 'PUT', url: `/api/projects/${project.id}/years/1999`, as: 'admin', payload: { successes: 'Zu früh.' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0].field).toBe('year');
    });
  });

  describe('permissions', () => {
    it('the committee reads list and detail (no attachments, not editable) but cannot create, change, move or delete', async () => {
      const project = await createProject({ title: 'Lernwerkstatt', carrierMembershipIds: [carrier.a] });
      const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
      const upload = await world.request({ method: 'POST', url: `/api/projects/${project.id}/attachments?name=plan.pdf`, as: 'admin', payload: pdf, headers: { 'content-type': 'application/pdf' } });
      expect(upload.statusCode, upload.body).toBe(201);
      expect((await readProject(project.id, 'admin')).attachments).toHaveLength(1);

      expect(await list('', 'committee')).toContain(project.id);
      const detail = await readProject(project.id, 'committee');
      expect(detail).toMatchObject({ title: 'Lernwerkstatt', editable: false, attachments: [] });
      expect(detail.carriers).toHaveLength(1);
      const before = await written();
      expect((await world.request({ method: 'POST', url: '/api/projects', as: 'committee', payload: projectBody() })).statusCode).toBe(403);
      expect((await patch(project.id, { title: 'Geändert vom Ausschuss' }, 'committee')).statusCode).toBe(403);
      expect((await move(project.id, { status: 'planned' }, 'committee')).statusCode).toBe(403);
      expect((await world.request({ method: 'PUT', url: `/api/projects/${project.id}/years/2026`, as: 'committee', payload: { successes: 'Gut.' } })).statusCode).toBe(403);
      expect((await world.request({ method: 'DELETE', url: `/api/projects/${project.id}`, as: 'committee' })).statusCode).toBe(403);
      expect(await written()).toEqual(before);
    });

    for (const role of ['team_member', 'provider_editor'] as const) {
      it(`a ${role} on the team of space A works on projects in A, not on one only in space B (403)`, async () => {
        const inA = await createProject({ title: `Projekt in Nord (${role})`, spaceIds: [space.a] });
        const inBoth = await createProject({ title: `Projekt in Nord und Süd (${role})`, spaceIds: [space.a, space.b] });
        const inB = await createProject({ title: `Projekt in Süd (${role})`, spaceIds: [space.b] });

        // Reading: all projects of the office; editable only where on the team.
        expect((await readProject(inA.id, role)).editable).toBe(true);
        expect((await readProject(inBoth.id, role)).editable).toBe(true);
        expect((await readProject(inB.id, role)).editable).toBe(false);
        expect(await list('', role)).toEqual(expect.arrayContaining([inA.id, inB.id]));

        expect((await patch(inA.id, { description: 'Geändert vom Team Nord.' }, role)).statusCode).toBe(200);
        expect((await patch(inBoth.id, { description: 'Geändert vom Team Nord.' }, role)).statusCode).toBe(200);
        expect((await move(inA.id, { status: 'planned' }, role)).statusCode).toBe(200);
        const before = await written();
        expect((await patch(inB.id, { description: 'Geändert vom Team Nord.' }, role)).statusCode).toBe(403);
        expect((await move(inB.id, { status: 'planned' }, role)).statusCode).toBe(403);
        expect((await world.request({ method: 'PUT', url: `/api/projects/${inB.id}/years/2026`, as: role, payload: { successes: 'Gut.' } })).statusCode).toBe(403);
        // Moving one's own project out of one's spaces is refused as well.
        expect((await patch(inA.id, { spaceIds: [space.b] }, role)).statusCode).toBe(403);
        // Creating: only with one of one's own spaces.
        expect((await world.request({ method: 'POST', url: '/api/projects', as: role, payload: projectBody({ spaceIds: [space.b] }) })).statusCode).toBe(403);
        // Deleting: managers only, even in one's own space.
        expect((await world.request({ method: 'DELETE', url: `/api/projects/${inA.id}`, as: role })).statusCode).toBe(403);
        expect(await written()).toEqual(before);
        expect((await readProject(inB.id)).description).toBe('');

        const own = await world.request({ method: 'POST', url: '/api/projects', as: role, payload: projectBody({ title: `Neu von ${role}`, spaceIds: [space.a], carrierMembershipIds: [carrier.teamMember] }) });
        expect(own.statusCode, own.body).toBe(201);
        expect(own.json().editable).toBe(true);
      });
    }

    it('the public gets 401 everywhere; another office\'s project is not found (404)', async () => {
      const project = await createProject({ title: 'Offener Treff' });
      expect((await world.request({ method: 'GET', url: '/api/projects' })).statusCode).toBe(401);
      expect((await world.request({ method: 'GET', url: `/api/projects/${project.id}` })).statusCode).toBe(401);
      expect((await world.request({ method: 'POST', url: '/api/projects', payload: projectBody() })).statusCode).toBe(401);
      expect((await world.request({ method: 'PATCH', url: `/api/projects/${project.id}`, payload: { title: 'Öffentlich geändert' } })).statusCode).toBe(401);

      const foreign = world.users.foreign.admin;
      expect(await list('', foreign)).not.toContain(project.id);
      expect(await list(`?spaceId=${space.a}`, foreign)).toEqual([]);
      expect((await world.request({ method: 'GET', url: `/api/projects/${project.id}`, as: foreign })).statusCode).toBe(404);
      expect((await world.request({ method: 'PATCH', url: `/api/projects/${project.id}`, as: foreign, payload: { title: 'Fremd geändert' } })).statusCode).toBe(404);
      expect((await world.request({ method: 'POST', url: `/api/projects/${project.id}/status`, as: foreign, payload: { status: 'planned' } })).statusCode).toBe(404);
      expect((await world.request({ method: 'PUT', url: `/api/projects/${project.id}/years/2026`, as: foreign, payload: { successes: 'Fremd.' } })).statusCode).toBe(404);
      expect((await world.request({ method: 'DELETE', url: `/api/projects/${project.id}`, as: foreign })).statusCode).toBe(404);
      expect((await world.request({ method: 'GET', url: `/api/projects/${project.id}`, as: world.users.foreign.committee })).statusCode).toBe(404);
      expect(await readProject(project.id)).toMatchObject({ title: 'Offener Treff', status: 'idea' });
    });

    it('deleting: managers only; the needs go back to open, the rows and links are gone, an audit entry stays', async () => {
      const need = await newNeed(space.a, 'affected');
      const project = await createProject({ title: 'Wird gelöscht', needIds: [need], reach: [{ year: 2026, ageBand: '6-9', count: 4 }] });
      await world.request({ method: 'PUT', url: `/api/projects/${project.id}/years/2026`, as: 'admin', payload: { successes: 'Kurz.' } });
      expect((await world.request({ method: 'DELETE', url: `/api/projects/${project.id}`, as: 'team_member' })).statusCode).toBe(403);
      const response = await world.request({ method: 'DELETE', url: `/api/projects/${project.id}`, as: 'head_of_department' });
      expect(response.statusCode, response.body).toBe(204);
      expect((await world.request({ method: 'GET', url: `/api/projects/${project.id}`, as: 'admin' })).statusCode).toBe(404);
      expect((await readNeed(need)).status).toBe('open');
      expect(await list(`?needId=${need}`)).toEqual([]);
      const left = await queryRows<{ n: number }>(
        world.database.db,
        sql`select (select count(*) from project_reach where project_id = ${project.id}) + (select count(*) from project_year_notes where project_id = ${project.id})
              + (select count(*) from project_status_events where project_id = ${project.id}) as n`,
      );
      expect(Number(left[0]?.n)).toBe(0);
      const audit = await queryRows<{ n: number }>(world.database.db, sql`select count(*)::int as n from audit_log where action = 'delete' and entity = 'project' and entity_id = ${project.id}`);
      expect(audit[0]?.n).toBe(1);
      expect((await world.request({ method: 'DELETE', url: `/api/projects/${project.id}`, as: 'admin' })).statusCode).toBe(404);
    });

    it('deleting a project that holds a commitment → 409 CONFLICT, nothing deleted (stop it instead)', async () => {
      const need = await newNeed(space.a, 'affected');
      const project = await createProject({ title: 'Kochgruppe mit Geld', needIds: [need] });
      const year = await world.request({ method: 'POST', url: '/api/budget/years', as: 'head_of_department', payload: { spaceId: space.a, year: 2026 } });
      expect(year.statusCode, year.body).toBe(201);
      const line = (year.json().lines as { id: string; kind: string }[]).find((l) => l.kind === 'network_work');
      const commitment = await world.request({
        method: 'POST',
        url: `/api/budget/lines/${line?.id}/commitments`,
        as: 'head_of_department',
        payload: { projectId: project.id, amountCents: 50_000, note: 'Lebensmittel für das Jahr' },
      });
      expect(commitment.statusCode, commitment.body).toBe(201);
      const before = await written();
      const response = await world.request({ method: 'DELETE', url: `/api/projects/${project.id}`, as: 'admin' });
      expect(response.statusCode, response.body).toBe(409);
      expect(response.json()).toMatchObject({ code: 'CONFLICT', detail: expect.stringContaining('einstellen') });
      expect(await written()).toEqual(before);
      expect((await readProject(project.id)).needs.map((n) => n.id)).toEqual([need]);
      expect((await readNeed(need)).status).toBe('project');
      // Stopping it is the way.
      expect((await move(project.id, { status: 'stopped', reason: 'Die Eltern haben keine Zeit mehr.' })).statusCode).toBe(200);
    });
  });
});

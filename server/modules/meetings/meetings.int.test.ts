import net from 'node:net';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail, MeetingSummary } from '../../../common/api/meetings';
import type { ProjectDetail } from '../../../common/api/projects';
import { queryRows } from '../../platform/db/database';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});
const NOWHERE = '00000000-0000-4000-8000-000000000000';

type As = Parameters<TestWorld['request']>[0]['as'];

/** Builds the shared fixtures of both test worlds: two spaces, organisations of several types, team memberships. */
async function buildNetwork(world: TestWorld) {
  const post = async (url: string, payload: object, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url, as, payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json().id as string;
  };
  const space = {
    a: await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) }),
    b: await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) }),
    rotation: await post('/api/social-spaces', { code: 'WEST', name: 'West', boundary: square(10.1, 53.7) }),
  };
  const org = {
    schoolA: await post('/api/organizations', { name: 'Grundschule Nord', type: 'school', spaceIds: [space.a], email: 'sekretariat@gs-nord.example' }),
    kitaA: await post('/api/organizations', { name: 'Kita Sonnenschein', type: 'kita', spaceIds: [space.a], email: 'kita@sonnenschein.example' }),
    schoolB: await post('/api/organizations', { name: 'Gesamtschule Süd', type: 'school', spaceIds: [space.b] }),
    provider: await post('/api/organizations', { name: 'Jugendhilfe Nord gGmbH', type: 'provider_outpatient', spaceIds: [space.a] }),
  };
  const membership = (spaceId: string, personName: string, userId: string | null = null, validFrom = '2020-01-01', validTo: string | null = null) =>
    post('/api/team-memberships', { spaceId, userId, organizationId: org.provider, personName, teamRole: 'asd', validFrom, validTo });
  const person = {
    a: await membership(space.a, 'Fachkraft Nord'),
    b: await membership(space.b, 'Fachkraft Süd'),
    teamMember: await membership(space.a, 'Teamkraft Nord', world.users.own.team_member.id),
  };
  return { post, space, org, person, membership };
}

describe('network meetings: create, change, states, agenda, decisions, rotation, invitation, permissions', () => {
  let world: TestWorld;
  let net_: Awaited<ReturnType<typeof buildNetwork>>;

  const body = (overrides: Record<string, unknown> = {}) => ({
    spaceIds: [net_.space.a],
    title: 'Netzwerktreffen Nord',
    startsAt: '2031-03-05T16:00:00+01:00',
    endsAt: '2031-03-05T18:00:00+01:00',
    place: 'Familienzentrum Nord, Saal',
    organizerMembershipIds: [net_.person.a],
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url: '/api/meetings', as, payload: body(overrides) });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as MeetingDetail;
  };
  const read = async (id: string, as: As = 'admin') => {
    const response = await world.request({ method: 'GET', url: `/api/meetings/${id}`, as });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as MeetingDetail;
  };
  const patch = (id: string, payload: object, as: As = 'admin') => world.request({ method: 'PATCH', url: `/api/meetings/${id}`, as, payload });
  const move = (id: string, payload: object, as: As = 'admin') => world.request({ method: 'POST', url: `/api/meetings/${id}/state`, as, payload });
  const sequenceOf = async (id: string) => (await queryRows<{ sequence: number }>(world.database.db, sql`select sequence from meetings where id = ${id}`))[0]?.sequence;
  /** Everything a refused request could have written. */
  const written = async () => ({
    meetings: await countRows(world.database, 'meetings'),
    attendance: await countRows(world.database, 'meeting_attendance'),
    agenda: await countRows(world.database, 'agenda_items'),
    decisions: await countRows(world.database, 'meeting_decisions'),
    projects: await countRows(world.database, 'projects'),
    audit: await auditCount(world.database),
  });

  beforeAll(async () => {
    world = await createTestWorld();
    net_ = await buildNetwork(world);
  });
  afterAll(() => world.close());

  describe('creating and reading', () => {
    it('creates a meeting: 201 planned, invited types expand to the organisations of the meeting\'s spaces, audit in the same request', async () => {
      const before = await written();
      const response = await world.request({
        method: 'POST',
        url: '/api/meetings',
        as: 'admin',
        payload: body({ invitedOrganizationIds: [net_.org.provider], invitedOrganizationTypes: ['school', 'kita'], onlineUrl: 'https://meet.example/nord' }),
      });
      expect(response.statusCode, response.body).toBe(201);
      const meeting = response.json() as MeetingDetail;
      expect(meeting).toMatchObject({
        state: 'planned',
        title: 'Netzwerktreffen Nord',
        startsAt: '2031-03-05T15:00:00.000Z',
        endsAt: '2031-03-05T17:00:00.000Z',
        onlineUrl: 'https://meet.example/nord',
        organizers: [{ membershipId: net_.person.a, name: 'Fachkraft Nord' }],
        attendance: [],
        agenda: [],
        decisions: [],
        editable: true,
      });
      // The school of the other space is not invited: only organisations of the meeting's spaces.
      expect(meeting.invitedOrganizations.map((o) => o.name)).toEqual(['Grundschule Nord', 'Jugendhilfe Nord gGmbH', 'Kita Sonnenschein']);
      expect(await written()).toEqual({ ...before, meetings: before.meetings + 1, audit: before.audit + 1 });
      const audit = await queryRows<{ action: string; entity: string }>(world.database.db, sql`select action, entity from audit_log where entity_id = ${meeting.id}`);
      expect(audit).toEqual([{ action: 'create', entity: 'meeting' }]);
      expect(await read(meeting.id)).toEqual(meeting);
    });

    it('lists meetings filtered by space, state and Berlin days', async () => {
      const late = await create({ title: 'Spätes Treffen Nord', startsAt: '2031-04-01T23:30:00+02:00', endsAt: '2031-04-02T00:30:00+02:00' });
      const south = await create({ spaceIds: [net_.space.b], title: 'Treffen Süd', organizerMembershipIds: [net_.person.b] });
      const list = async (query: string) => {
        const response = await world.request({ method: 'GET', url: `/api/meetings${query}`, as: 'team_member' });
        expect(response.statusCode, response.body).toBe(200);
        return (response.json() as MeetingSummary[]).map((m) => m.id);
      };
      expect(await list(`?spaceId=${net_.space.b}`)).toEqual([south.id]);
      // 23:30 in Berlin on 1 April is 21:30 UTC: the Berlin day counts.
      expect(await list(`?spaceId=${net_.space.a}&from=2031-04-01&to=2031-04-01`)).toEqual([late.id]);
      expect(await list(`?spaceId=${net_.space.a}&from=2031-04-02`)).toEqual([]);
      expect(await list(`?state=cancelled&spaceId=${net_.space.a}`)).toEqual([]);
    });
  });

  describe('refusals: German field errors, nothing written', () => {
    it('bad input → 400 naming each field in German', async () => {
      const before = await written();
      const response = await world.request({
        method: 'POST',
        url: '/api/meetings',
        as: 'admin',
        payload: { spaceIds: [], title: 'ab', startsAt: '5.3.2031 16 Uhr', endsAt: '2031-03-05T18:00:00+01:00', onlineUrl: 'ftp://x.example', organizerMembershipIds: [] },
      });
      expect(response.statusCode).toBe(400);
      const errors = Object.fromEntries((response.json().errors as { field: string; message: string }[]).map((e) => [e.field, e.message]));
      expect(errors).toMatchObject({
        spaceIds: 'Bitte mindestens einen Sozialraum wählen.',
        title: 'Bitte einen Titel mit mindestens 3 Zeichen angeben.',
        startsAt: expect.stringContaining('Zeitpunkt mit Datum, Uhrzeit und Zeitzone'),
        onlineUrl: 'Bitte eine Adresse mit https:// angeben.',
        organizerMembershipIds: 'Bitte mindestens eine Person angeben, die das Treffen organisiert.',
      });
      expect(await written()).toEqual(before);
    });

    it('end before start, an organiser of another space or not yet on the team, a foreign space or organisation → 400 naming the field', async () => {
      const before = await written();
      const cases: [Record<string, unknown>, string, string][] = [
        [{ endsAt: '2031-03-05T15:00:00+01:00' }, 'endsAt', 'Das Ende muss nach dem Beginn liegen.'],
        [{ organizerMembershipIds: [net_.person.b] }, 'organizerMembershipIds', 'Fachkraft Süd ist in keinem Team der Sozialräume dieses Treffens.'],
        [{ startsAt: '2019-03-05T16:00:00+01:00', endsAt: '2019-03-05T18:00:00+01:00' }, 'organizerMembershipIds', 'Fachkraft Nord ist am Tag des Treffens nicht im Team.'],
        [{ spaceIds: [NOWHERE] }, 'spaceIds', 'Mindestens einen der Sozialräume gibt es in diesem Jugendamt nicht.'],
        [{ invitedOrganizationIds: [NOWHERE] }, 'invitedOrganizationIds', 'Mindestens eine der eingeladenen Organisationen gibt es nicht.'],
      ];
      for (const [overrides, field, message] of cases) {
        const response = await world.request({ method: 'POST', url: '/api/meetings', as: 'admin', payload: body(overrides) });
        expect(response.statusCode, JSON.stringify(overrides)).toBe(400);
        expect(response.json().errors).toEqual([{ field, message }]);
      }
      expect(await written()).toEqual(before);
    });

    it('a family\'s name in the minutes, title or cancel reason → 422, nothing stored', async () => {
      const meeting = await create();
      const before = await written();
      const minutes = await patch(meeting.id, { minutes: 'Besprochen wurde der Fall von Familie Yilmaz, Tel. 0171 2345678.' });
      expect(minutes.statusCode, minutes.body).toBe(422);
      expect(minutes.json().code).toBe('PERSONAL_DATA_REJECTED');
      expect(minutes.json().errors.map((e: { field: string }) => e.field)).toEqual(['minutes']);
      const created = await world.request({ method: 'POST', url: '/api/meetings', as: 'admin', payload: body({ title: 'Treffen bei Familie Yilmaz' }) });
      expect(created.statusCode).toBe(422);
      const cancelled = await move(meeting.id, { state: 'cancelled', reason: 'Frau Yilmaz ist krank, Tel. 0171 2345678' });
      expect(cancelled.statusCode).toBe(422);
      expect(cancelled.json().errors[0].field).toBe('reason');
      expect(await written()).toEqual(before);
      const stored = await queryRows<{ n: number }>(world.database.db, sql`select count(*)::int as n from meetings where minutes like '%Yilmaz%' or title like '%Yilmaz%' or cancel_reason like '%Yilmaz%'`);
      expect(stored[0]?.n).toBe(0);
    });
  });

  describe('changing', () => {
    it('attendance replaces the list, guests count to the total; time, place or title raise the calendar sequence, minutes do not', async () => {
      const meeting = await create();
      expect(await sequenceOf(meeting.id)).toBe(0);
      const first = await patch(meeting.id, { attendance: [{ organizationId: net_.org.schoolA, headCount: 2 }, { organizationId: net_.org.kitaA, headCount: 3 }], guestCount: 4, minutes: 'Die Kita stellt ihr Sommerfest vor.' });
      expect(first.statusCode, first.body).toBe(200);
      expect(first.json()).toMatchObject({ attendanceTotal: 9, organizationCount: 2, guestCount: 4, minutes: 'Die Kita stellt ihr Sommerfest vor.' });
      expect(await sequenceOf(meeting.id)).toBe(0);
      const second = await patch(meeting.id, { attendance: [{ organizationId: net_.org.provider, headCount: 1 }] });
      expect(second.json().attendance).toEqual([{ organizationId: net_.org.provider, organizationName: 'Jugendhilfe Nord gGmbH', organizationType: 'provider_outpatient', headCount: 1 }]);
      expect(second.json().attendanceTotal).toBe(5);
      expect((await patch(meeting.id, { place: 'Schule Nord, Aula' })).statusCode).toBe(200);
      expect(await sequenceOf(meeting.id)).toBe(1);
      expect((await patch(meeting.id, { startsAt: '2031-03-05T17:00:00+01:00', endsAt: '2031-03-05T19:00:00+01:00' })).statusCode).toBe(200);
      expect(await sequenceOf(meeting.id)).toBe(2);
      // The same title again is no change.
      expect((await patch(meeting.id, { title: 'Netzwerktreffen Nord' })).statusCode).toBe(200);
      expect(await sequenceOf(meeting.id)).toBe(2);
      const bad = await patch(meeting.id, { attendance: [{ organizationId: net_.org.kitaA, headCount: 0 }] });
      expect(bad.statusCode).toBe(400);
      expect(bad.json().errors[0]).toEqual({ field: 'attendance.0.headCount', message: 'Mindestens 1.' });
    });

    it('states: held only after the start, cancelled needs a reason, held and cancelled are final', async () => {
      const future = await create();
      const held = await move(future.id, { state: 'held' });
      expect(held.statusCode).toBe(400);
      expect(held.json().errors[0]).toEqual({ field: 'state', message: 'Ein Treffen kann erst als stattgefunden gelten, wenn es begonnen hat.' });
      const noReason = await move(future.id, { state: 'cancelled' });
      expect(noReason.json().errors[0]).toEqual({ field: 'reason', message: 'Bitte angeben, warum das Treffen abgesagt wird.' });
      const sequence = (await sequenceOf(future.id)) ?? 0;
      const cancelled = await move(future.id, { state: 'cancelled', reason: 'Raum nicht verfügbar' });
      expect(cancelled.statusCode, cancelled.body).toBe(200);
      expect(cancelled.json()).toMatchObject({ state: 'cancelled', cancelReason: 'Raum nicht verfügbar' });
      expect(await sequenceOf(future.id)).toBe(sequence + 1);
      const again = await move(future.id, { state: 'invited' });
      expect(again.json().errors[0]).toEqual({ field: 'state', message: 'Von „abgesagt“ geht es nicht zu „eingeladen“.' });

      const past = await create({ startsAt: '2025-03-05T16:00:00+01:00', endsAt: '2025-03-05T18:00:00+01:00' });
      expect((await move(past.id, { state: 'invited' })).json().state).toBe('invited');
      expect((await move(past.id, { state: 'held' })).json().state).toBe('held');
      expect((await move(past.id, { state: 'cancelled', reason: 'zu spät' })).statusCode).toBe(400);
    });

    it('delete: managers only, only planned meetings', async () => {
      const planned = await create();
      const invited = await create();
      expect((await move(invited.id, { state: 'invited' })).statusCode).toBe(200);
      expect((await world.request({ method: 'DELETE', url: `/api/meetings/${planned.id}`, as: 'team_member' })).statusCode).toBe(403);
      const refused = await world.request({ method: 'DELETE', url: `/api/meetings/${invited.id}`, as: 'head_of_department' });
      expect(refused.statusCode).toBe(409);
      expect(refused.json().detail).toBe('Nur geplante Treffen können gelöscht werden; dieses bitte absagen.');
      const before = await auditCount(world.database);
      expect((await world.request({ method: 'DELETE', url: `/api/meetings/${planned.id}`, as: 'head_of_department' })).statusCode).toBe(204);
      expect((await world.request({ method: 'GET', url: `/api/meetings/${planned.id}`, as: 'admin' })).statusCode).toBe(404);
      expect(await auditCount(world.database)).toBe(before + 1);
    });
  });

  describe('agenda and decisions', () => {
    let needA = '';
    let serviceA = '';
    let projectA = '';
    let foreignNeed = '';
    beforeAll(async () => {
      const topics: { id: string; code: string | null }[] = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json();
      const topic = topics.find((t) => t.code === 'trauer')?.id ?? '';
      needA = await net_.post('/api/needs', { spaceId: net_.space.a, topicIds: [topic], source: 'meeting', voice: 'professional', text: 'Im Netzwerktreffen fehlte eine Trauergruppe für Kinder.' });
      serviceA = await net_.post('/api/services', { organizationId: net_.org.provider, name: 'Elterncafé Nord', locations: [{ point: [10.005, 53.705] }] });
      projectA = await net_.post('/api/projects', { title: 'Sommerfest Nord', spaceIds: [net_.space.a], initiatedBy: 'joint' });
      const foreignSpace = await net_.post('/api/social-spaces', { code: 'NORD', name: 'Fremd', boundary: square(10.0, 53.7) }, world.users.foreign.admin);
      const foreignTopics: { id: string; code: string | null }[] = (await world.request({ method: 'GET', url: '/api/topics?office=foreign-office' })).json();
      foreignNeed = await net_.post(
        '/api/needs',
        { spaceId: foreignSpace, topicIds: [foreignTopics.find((t) => t.code === 'trauer')?.id], source: 'meeting', voice: 'professional', text: 'Es fehlt eine Trauergruppe.' },
        world.users.foreign.admin,
      );
    });

    it('agenda items get the next position, link the office\'s needs, offers and projects; foreign links and people of other spaces → 400', async () => {
      const meeting = await create();
      const add = (payload: object, as: As = 'admin') => world.request({ method: 'POST', url: `/api/meetings/${meeting.id}/agenda`, as, payload });
      const first = await add({ title: 'Trauergruppe für Kinder', broughtByMembershipId: net_.person.teamMember, needIds: [needA], serviceIds: [serviceA], projectIds: [projectA] }, 'team_member');
      expect(first.statusCode, first.body).toBe(201);
      const second = await add({ title: 'Sommerfest', notes: 'Termine abstimmen' });
      const agenda = (second.json() as MeetingDetail).agenda;
      expect(agenda.map((a) => [a.position, a.title, a.broughtByName])).toEqual([
        [1, 'Trauergruppe für Kinder', 'Teamkraft Nord'],
        [2, 'Sommerfest', null],
      ]);
      expect(agenda[0]).toMatchObject({ needIds: [needA], serviceIds: [serviceA], projectIds: [projectA] });

      const before = await written();
      const refusals: [object, string][] = [
        [{ title: 'Fremd', needIds: [foreignNeed] }, 'needIds'],
        [{ title: 'Fremd', serviceIds: [NOWHERE] }, 'serviceIds'],
        [{ title: 'Fremd', projectIds: [NOWHERE] }, 'projectIds'],
        [{ title: 'Fremd', broughtByMembershipId: net_.person.b }, 'broughtByMembershipId'],
      ];
      for (const [payload, field] of refusals) {
        const response = await add(payload);
        expect(response.statusCode, response.body).toBe(400);
        expect(response.json().errors[0].field).toBe(field);
      }
      const personal = await add({ title: 'Fall Yilmaz', notes: 'Familie Yilmaz, Tel. 0171 2345678' });
      expect(personal.statusCode).toBe(422);
      expect(await written()).toEqual(before);

      const itemId = agenda[1]?.id ?? '';
      const replaced = await world.request({ method: 'PUT', url: `/api/meetings/${meeting.id}/agenda/${itemId}`, as: 'admin', payload: { title: 'Sommerfest 2031', projectIds: [projectA] } });
      expect(replaced.statusCode, replaced.body).toBe(200);
      expect(replaced.json().agenda[1]).toMatchObject({ position: 2, title: 'Sommerfest 2031', notes: '', projectIds: [projectA] });
      expect((await world.request({ method: 'DELETE', url: `/api/meetings/${meeting.id}/agenda/${itemId}`, as: 'admin' })).statusCode).toBe(204);
      expect((await read(meeting.id)).agenda.map((a) => a.title)).toEqual(['Trauergruppe für Kinder']);
      const third = await add({ title: 'Verschiedenes' });
      expect((third.json() as MeetingDetail).agenda.map((a) => a.position)).toEqual([1, 2]);
    });

    it('decisions: a task needs an owner and a due date; a project draft starts a project (idea) with the agenda item\'s needs', async () => {
      const meeting = await create();
      const item = (await world.request({ method: 'POST', url: `/api/meetings/${meeting.id}/agenda`, as: 'admin', payload: { title: 'Trauergruppe', needIds: [needA] } })).json() as MeetingDetail;
      const agendaItemId = item.agenda[0]?.id;
      const decide = (payload: object, as: As = 'admin') => world.request({ method: 'POST', url: `/api/meetings/${meeting.id}/decisions`, as, payload });
      const before = await written();
      const noOwner = await decide({ kind: 'task', text: 'Räume für die Gruppe suchen', dueOn: '2031-04-01' });
      expect(noOwner.statusCode).toBe(400);
      expect(noOwner.json().errors).toEqual([{ field: 'ownerMembershipId', message: 'Eine Aufgabe braucht eine Person, die sie übernimmt.' }]);
      const noDue = await decide({ kind: 'task', text: 'Räume für die Gruppe suchen', ownerMembershipId: net_.person.teamMember });
      expect(noDue.json().errors).toEqual([{ field: 'dueOn', message: 'Eine Aufgabe braucht ein Datum, bis wann sie erledigt wird.' }]);
      const otherSpace = await decide({ kind: 'task', text: 'Räume suchen', ownerMembershipId: net_.person.b, dueOn: '2031-04-01' });
      expect(otherSpace.json().errors[0].field).toBe('ownerMembershipId');
      const noTitle = await decide({ kind: 'project_draft', text: 'Eine Trauergruppe gründen' });
      expect(noTitle.json().errors[0].field).toBe('projectTitle');
      expect(await written()).toEqual(before);

      const task = await decide({ agendaItemId, kind: 'task', text: 'Räume für die Gruppe suchen', ownerMembershipId: net_.person.teamMember, dueOn: '2026-01-15' }, 'team_member');
      expect(task.statusCode, task.body).toBe(201);
      const draft = await decide({ agendaItemId, kind: 'project_draft', text: 'Eine Trauergruppe für Kinder gründen', projectTitle: 'Trauergruppe Nord', initiatedBy: 'professionals' });
      expect(draft.statusCode, draft.body).toBe(201);
      const decisions = (draft.json() as MeetingDetail).decisions;
      expect(decisions.map((d) => [d.kind, d.ownerName, d.dueOn])).toEqual([
        ['task', 'Teamkraft Nord', '2026-01-15'],
        ['project_draft', null, null],
      ]);
      const projectId = decisions[1]?.projectId ?? '';
      const project = (await world.request({ method: 'GET', url: `/api/projects/${projectId}`, as: 'committee' })).json() as ProjectDetail;
      expect(project).toMatchObject({ title: 'Trauergruppe Nord', status: 'idea', initiatedBy: 'professionals', spaceIds: [net_.space.a], description: 'Eine Trauergruppe für Kinder gründen' });
      expect(project.needs.map((n) => n.id)).toEqual([needA]);
      expect(project.initiationNote).toBe('Netzwerktreffen „Netzwerktreffen Nord“ am 05.03.2031');

      // The team member's open tasks, across meetings; overdue once the due date has passed.
      const mine = await world.request({ method: 'GET', url: '/api/meeting-tasks?mine=true', as: 'team_member' });
      expect(mine.statusCode, mine.body).toBe(200);
      expect(mine.json()).toEqual([expect.objectContaining({ meetingId: meeting.id, text: 'Räume für die Gruppe suchen', ownerName: 'Teamkraft Nord', overdue: true, doneOn: null })]);
      expect((await world.request({ method: 'GET', url: '/api/meeting-tasks?mine=true', as: 'head_of_department' })).json()).toEqual([]);

      const taskId = decisions[0]?.id ?? '';
      const done = await world.request({ method: 'POST', url: `/api/meetings/${meeting.id}/decisions/${taskId}/done`, as: 'team_member', payload: { doneOn: '2026-01-10' } });
      expect(done.statusCode, done.body).toBe(200);
      expect(done.json().decisions[0].doneOn).toBe('2026-01-10');
      expect((await world.request({ method: 'GET', url: '/api/meeting-tasks?mine=true', as: 'team_member' })).json()).toEqual([]);
      expect((await world.request({ method: 'GET', url: '/api/meeting-tasks?mine=true&includeDone=true', as: 'team_member' })).json()).toHaveLength(1);
      const noteDone = await world.request({ method: 'POST', url: `/api/meetings/${meeting.id}/decisions/${decisions[1]?.id}/done`, as: 'admin', payload: { doneOn: '2026-01-10' } });
      expect(noteDone.statusCode).toBe(400);
    });
  });

  describe('organiser rotation', () => {
    it('lists the team on the day: never organised first, then least recently, then least often, then by name', async () => {
      const space = net_.space.rotation;
      const [anton, berta, carla, dora, emil] = [
        await net_.membership(space, 'Anton West'),
        await net_.membership(space, 'Berta West'),
        await net_.membership(space, 'Carla West'),
        await net_.membership(space, 'Dora West'),
        await net_.membership(space, 'Emil West'),
      ];
      await net_.membership(space, 'Fritz West', null, '2020-01-01', '2024-12-31');
      const meeting = (day: string, organizers: string[]) => create({ spaceIds: [space], startsAt: `${day}T16:00:00+02:00`, endsAt: `${day}T18:00:00+02:00`, organizerMembershipIds: organizers });
      // Dora organised twice, Carla once, both last on 1 June 2025; Emil last on 1 July 2025.
      await meeting('2025-04-01', [dora]);
      await meeting('2025-06-01', [carla, dora]);
      await meeting('2025-07-01', [emil]);
      // A cancelled meeting does not count; Anton's "turn" there is no turn.
      const cancelled = await meeting('2025-08-01', [anton]);
      expect((await move(cancelled.id, { state: 'cancelled', reason: 'Ferien' })).statusCode).toBe(200);
      const response = await world.request({ method: 'GET', url: `/api/meetings/organizer-suggestion?spaceId=${space}&on=2025-10-01`, as: 'team_member' });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json().map((s: { name: string; lastOrganisedOn: string | null; timesOrganised: number }) => [s.name, s.lastOrganisedOn, s.timesOrganised])).toEqual([
        ['Anton West', null, 0],
        ['Berta West', null, 0],
        ['Carla West', '2025-06-01', 1],
        ['Dora West', '2025-06-01', 2],
        ['Emil West', '2025-07-01', 1],
      ]);
      expect(response.json()[0]).toMatchObject({ membershipId: anton, teamRole: 'asd', organizationName: 'Jugendhilfe Nord gGmbH' });
      void berta;
      // On a day before any of it, everyone is new (meetings after the day do not count); Fritz is still on the team then.
      const earlier = await world.request({ method: 'GET', url: `/api/meetings/organizer-suggestion?spaceId=${space}&on=2024-06-01`, as: 'admin' });
      expect(earlier.json().map((s: { name: string }) => s.name)).toEqual(['Anton West', 'Berta West', 'Carla West', 'Dora West', 'Emil West', 'Fritz West']);
      const foreign = await world.request({ method: 'GET', url: `/api/meetings/organizer-suggestion?spaceId=${NOWHERE}`, as: 'admin' });
      expect(foreign.statusCode).toBe(400);
      expect(foreign.json().errors[0].field).toBe('spaceId');
    });
  });

  describe('invitation', () => {
    it('a German text with title, weekday and date, time, place and link, agenda and organisers; recipients with their e-mail; no mail server → 409', async () => {
      const meeting = await create({ invitedOrganizationTypes: ['school', 'kita'], onlineUrl: 'https://meet.example/nord', organizerMembershipIds: [net_.person.a, net_.person.teamMember] });
      await world.request({ method: 'POST', url: `/api/meetings/${meeting.id}/agenda`, as: 'admin', payload: { title: 'Sommerfest' } });
      await world.request({ method: 'POST', url: `/api/meetings/${meeting.id}/agenda`, as: 'admin', payload: { title: 'Neue Angebote der Kita' } });
      const response = await world.request({ method: 'GET', url: `/api/meetings/${meeting.id}/invitation`, as: 'team_member' });
      expect(response.statusCode, response.body).toBe(200);
      const invitation = response.json();
      expect(invitation.subject).toBe('Einladung: Netzwerktreffen Nord am Mittwoch, 5. März 2031');
      for (const part of [
        'Sozialraum Nord',
        'Netzwerktreffen Nord',
        'Datum: Mittwoch, 5. März 2031',
        'Zeit: 16:00–18:00 Uhr',
        'Ort: Familienzentrum Nord, Saal',
        'Online: https://meet.example/nord',
        'Tagesordnung:\n1. Sommerfest\n2. Neue Angebote der Kita',
        'Fachkraft Nord, Teamkraft Nord',
      ]) {
        expect(invitation.text).toContain(part);
      }
      expect(invitation.recipients).toEqual([
        { organizationName: 'Grundschule Nord', email: 'sekretariat@gs-nord.example' },
        { organizationName: 'Kita Sonnenschein', email: 'kita@sonnenschein.example' },
      ]);
      expect(invitation.canSend).toBe(false);
      const before = await written();
      const send = await world.request({ method: 'POST', url: `/api/meetings/${meeting.id}/invitation/send`, as: 'admin' });
      expect(send.statusCode).toBe(409);
      expect(send.json().detail).toContain('kein Mailserver eingerichtet');
      expect(await written()).toEqual(before);
      expect((await read(meeting.id)).state).toBe('planned');
    });
  });

  describe('permissions', () => {
    it('a team member works only in their spaces; the committee reads and writes nothing; the public gets 401', async () => {
      const south = await create({ spaceIds: [net_.space.b], title: 'Treffen Süd', organizerMembershipIds: [net_.person.b] });
      expect((await read(south.id, 'team_member')).editable).toBe(false);
      expect((await patch(south.id, { minutes: 'Notiz' }, 'team_member')).statusCode).toBe(403);
      expect((await move(south.id, { state: 'invited' }, 'team_member')).statusCode).toBe(403);
      expect((await world.request({ method: 'POST', url: `/api/meetings/${south.id}/agenda`, as: 'team_member', payload: { title: 'Punkt' } })).statusCode).toBe(403);
      expect((await world.request({ method: 'POST', url: '/api/meetings', as: 'team_member', payload: body({ spaceIds: [net_.space.b], organizerMembershipIds: [net_.person.b] }) })).statusCode).toBe(403);
      // Moving one's meeting out of one's own spaces would take it out of reach.
      const own = await create({}, 'team_member');
      expect((await patch(own.id, { spaceIds: [net_.space.b], organizerMembershipIds: [net_.person.b] }, 'team_member')).statusCode).toBe(403);
      expect((await patch(own.id, { minutes: 'Gute Runde.' }, 'team_member')).statusCode).toBe(200);

      expect((await world.request({ method: 'POST', url: '/api/meetings', as: 'committee', payload: body() })).statusCode).toBe(403);
      expect((await world.request({ method: 'GET', url: '/api/meetings', as: 'committee' })).statusCode).toBe(403);
      expect((await world.request({ method: 'GET', url: `/api/meetings/${own.id}`, as: 'committee' })).statusCode).toBe(403);
      expect((await world.request({ method: 'GET', url: '/api/meetings' })).statusCode).toBe(401);
      expect((await world.request({ method: 'POST', url: '/api/meetings', payload: body() })).statusCode).toBe(401);
      // Another office's meeting does not exist for this office.
      expect((await world.request({ method: 'GET', url: `/api/meetings/${own.id}`, as: world.users.foreign.admin })).statusCode).toBe(404);
      expect((await patch(own.id, { minutes: 'x' }, world.users.foreign.admin)).statusCode).toBe(404);
    });
  });
});

/** A minimal SMTP server that accepts one message and keeps it, so sending is tested against a real connection. */
function smtpSink() {
  const messages: { from: string; to: string[]; data: string }[] = [];
  const server = net.createServer((socket) => {
    let buffer = '';
    let inData = false;
    let current = { from: '', to: [] as string[], data: '' };
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk) => {
      buffer += chunk.toString('utf8');
      let index: number;
      while ((index = buffer.indexOf('\r\n')) >= 0) {
        const line = buffer.slice(0, index);
        buffer = buffer.slice(index + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            messages.push(current);
            current = { from: '', to: [], data: '' };
            socket.write('250 OK\r\n');
          } else current.data += `${line}\n`;
          continue;
        }
        const command = line.slice(0, 4).toUpperCase();
        if (command === 'MAIL') current.from = line;
        if (command === 'RCPT') current.to.push(line);
        if (command === 'DATA') inData = true;
        if (command === 'QUIT') socket.end('221 bye\r\n');
        else socket.write(command === 'DATA' ? '354 go\r\n' : command === 'EHLO' || command === 'HELO' ? '250 sink\r\n' : '250 OK\r\n');
      }
    });
  });
  return {
    messages,
    listen: () => new Promise<number>((resolve) => server.listen(0, '127.0.0.1', () => resolve((server.address() as net.AddressInfo).port))),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

describe('sending the invitation through a configured mail server', () => {
  let world: TestWorld;
  const sink = smtpSink();

  beforeAll(async () => {
    const port = await sink.listen();
    world = await createTestWorld({ smtp: { url: `smtp://127.0.0.1:${port}`, from: 'Jugendamt <netzwerk@jugendamt.example>' } });
  });
  afterAll(async () => {
    await world.close();
    await sink.close();
  });

  it('canSend is true; sending mails the invited organisations (blind copies) and moves planned → invited, with an audit entry', async () => {
    const network = await buildNetwork(world);
    const created = await world.request({
      method: 'POST',
      url: '/api/meetings',
      as: 'admin',
      payload: {
        spaceIds: [network.space.a],
        title: 'Netzwerktreffen Nord',
        startsAt: '2031-03-05T16:00:00+01:00',
        endsAt: '2031-03-05T18:00:00+01:00',
        organizerMembershipIds: [network.person.a],
        invitedOrganizationTypes: ['school', 'kita', 'provider_outpatient'],
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const id = created.json().id as string;
    expect((await world.request({ method: 'GET', url: `/api/meetings/${id}/invitation`, as: 'admin' })).json().canSend).toBe(true);
    const audit = await auditCount(world.database);
    const sent = await world.request({ method: 'POST', url: `/api/meetings/${id}/invitation/send`, as: 'team_member' });
    expect(sent.statusCode, sent.body).toBe(200);
    expect(sent.json().subject).toBe('Einladung: Netzwerktreffen Nord am Mittwoch, 5. März 2031');
    expect(sink.messages).toHaveLength(1);
    // The provider has no address: only the school and the kita get the mail.
    expect(sink.messages[0]?.to.sort()).toEqual(['RCPT TO:<kita@sonnenschein.example>', 'RCPT TO:<netzwerk@jugendamt.example>', 'RCPT TO:<sekretariat@gs-nord.example>']);
    expect(sink.messages[0]?.data).toContain('Subject: =?UTF-8?Q?Einladung=3A_Netzwerktreffen_Nord');
    expect(sink.messages[0]?.data).toContain('Datum: Mittwoch, 5. M=C3=A4rz 2031');
    expect(sink.messages[0]?.data).not.toContain('sekretariat@gs-nord.example');
    expect((await world.request({ method: 'GET', url: `/api/meetings/${id}`, as: 'admin' })).json().state).toBe('invited');
    expect(await auditCount(world.database)).toBe(audit + 1);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseConsultation, ConsultationsSummary } from '../../../common/api/case-consultations';
import { queryRows } from '../../platform/db/database';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

type As = Parameters<TestWorld['request']>[0]['as'];
type Participant = { teamRole: string; membershipId?: string | null };

/** Everyone the source asks for, by role only (the networker is added where a test needs one). */
const fullRoles: Participant[] = ['asd', 'head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential'].map((teamRole) => ({ teamRole }));

describe('case consultations: record, flag missing roles, no family data, permissions, committee figures', () => {
  let world: TestWorld;
  const space = { a: '', b: '', foreign: '' };
  /** Team memberships in A: the team member's (asd) and the provider editor's (provider_outpatient), a networker 2014–2016, a residential provider; one in B. */
  const member = { teamMember: '', providerEditor: '', networker: '', residential: '', b: '' };

  const post = async (url: string, payload: object, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url, as, payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json().id as string;
  };
  const body = (overrides: Record<string, unknown> = {}) => ({
    spaceId: space.a,
    heldOn: '2020-05-12',
    participants: fullRoles,
    cases: [{ helpType: 'space_offer', lowThresholdOfferFound: true, note: 'Kind mit Schulangst; die Hausaufgabenhilfe im Stadtteil passt.' }],
    note: 'Drei Fälle vorbereitet, zwei besprochen.',
    ...overrides,
  });
  const create = async (overrides: Record<string, unknown> = {}, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url: '/api/case-consultations', as, payload: body(overrides) });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as CaseConsultation;
  };
  const list = async (query: string, as: As = 'admin') => {
    const response = await world.request({ method: 'GET', url: `/api/case-consultations${query}`, as });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as CaseConsultation[];
  };
  const summary = async (query: string, as: As = 'committee') => {
    const response = await world.request({ method: 'GET', url: `/api/case-consultations/summary${query}`, as });
    expect(response.statusCode, response.body).toBe(200);
    return response.json() as ConsultationsSummary;
  };
  /** Everything a refused request could have written. */
  const written = async () => ({
    consultations: await countRows(world.database, 'case_consultations'),
    cases: await countRows(world.database, 'consultation_cases'),
    settings: await countRows(world.database, 'consultation_settings'),
    audit: await auditCount(world.database),
  });
  const auditText = async () =>
    (await queryRows<{ t: string }>(world.database.db, sql`select coalesce(string_agg(before::text || ' ' || after::text, ' '), '') as t from audit_log where entity = 'case_consultation'`))[0]?.t ?? '';

  beforeAll(async () => {
    world = await createTestWorld();
    space.a = await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) });
    space.b = await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) });
    const provider = await post('/api/organizations', { name: 'Jugendhilfe Nord gGmbH', type: 'provider_outpatient' });
    const membership = (spaceId: string, personName: string, teamRole: string, validFrom: string, extra: Record<string, unknown> = {}) =>
      post('/api/team-memberships', { spaceId, personName, teamRole, validFrom, ...extra });
    member.teamMember = await membership(space.a, 'Teamkraft Nord', 'asd', '2014-01-01', { userId: world.users.own.team_member.id });
    member.providerEditor = await membership(space.a, 'Trägerkraft Nord', 'provider_outpatient', '2014-01-01', { userId: world.users.own.provider_editor.id, organizationId: provider });
    member.networker = await membership(space.a, 'Netzwerkerin Nord', 'networker', '2014-01-01', { validTo: '2016-12-31' });
    member.residential = await membership(space.a, 'Stationär Nord', 'provider_residential', '2014-01-01');
    member.b = await membership(space.b, 'Fachkraft Süd', 'asd', '2014-01-01');
    // The source: a networker per space until 2016, the whole team from 2017.
    await post('/api/network-model', { model: 'networker', validFrom: '2014-01-01' });
    await post('/api/network-model', { model: 'team', validFrom: '2017-01-01' });

    const foreignAdmin = world.users.foreign.admin;
    space.foreign = await post('/api/social-spaces', { code: 'NORD', name: 'Fremd-Nord', boundary: square(10.0, 53.7) }, foreignAdmin);
  });
  afterAll(() => world.close());

  describe('recording and reading', () => {
    it('records a consultation: 201 with participants, cases and missing roles; the audit entry is written with it', async () => {
      const before = await written();
      const created = await create({
        participants: [
          { teamRole: 'asd', membershipId: member.teamMember },
          { teamRole: 'provider_outpatient', membershipId: member.providerEditor },
          { teamRole: 'head_of_department' },
          { teamRole: 'youth_work_coordinator' },
          { teamRole: 'provider_residential', membershipId: member.residential },
        ],
        cases: [
          { helpType: 'space_offer', lowThresholdOfferFound: true, note: 'Jugendlicher ohne Tagesstruktur; offener Treff gefunden.' },
          { helpType: 'outpatient', note: 'Alleinerziehende Mutter, Entlastung im Alltag nötig.' },
          { helpType: 'none' },
        ],
      });
      expect(created).toMatchObject({
        spaceId: space.a,
        heldOn: '2020-05-12',
        missingRoles: [],
        caseCount: 3,
        note: 'Drei Fälle vorbereitet, zwei besprochen.',
        editable: true,
      });
      expect(created.participants[0]).toEqual({ teamRole: 'asd', membershipId: member.teamMember, name: 'Teamkraft Nord', organizationName: null });
      expect(created.participants[1]).toEqual({ teamRole: 'provider_outpatient', membershipId: member.providerEditor, name: 'Trägerkraft Nord', organizationName: 'Jugendhilfe Nord gGmbH' });
      expect(created.participants[2]).toEqual({ teamRole: 'head_of_department', membershipId: null, name: null, organizationName: null });
      expect(created.cases.map((c) => [c.position, c.helpType, c.lowThresholdOfferFound, c.note])).toEqual([
        [1, 'space_offer', true, 'Jugendlicher ohne Tagesstruktur; offener Treff gefunden.'],
        [2, 'outpatient', false, 'Alleinerziehende Mutter, Entlastung im Alltag nötig.'],
        [3, 'none', false, ''],
      ]);
      expect(await written()).toEqual({ ...before, consultations: before.consultations + 1, cases: before.cases + 3, audit: before.audit + 1 });
      const audit = await queryRows<{ action: string; after: { heldOn: string; cases: unknown[] } }>(
        world.database.db,
        sql`select action, after from audit_log where entity = 'case_consultation' and entity_id = ${created.id}`,
      );
      expect(audit.map((a) => [a.action, a.after.heldOn, a.after.cases.length])).toEqual([['create', '2020-05-12', 3]]);

      const read = await world.request({ method: 'GET', url: `/api/case-consultations/${created.id}`, as: 'admin' });
      expect(read.statusCode).toBe(200);
      expect(read.json()).toEqual(created);
    });

    it('flags a consultation without a residential provider, and the list filters by the missing role', async () => {
      const without = await create({ heldOn: '2020-06-09', participants: fullRoles.filter((p) => p.teamRole !== 'provider_residential') });
      expect(without.missingRoles).toEqual(['provider_residential']);
      const complete = await create({ heldOn: '2020-06-10' });
      expect(complete.missingRoles).toEqual([]);
      // Two outpatient providers do not stand in for a residential one.
      const twoOutpatient = await create({ heldOn: '2020-06-11', participants: [...fullRoles.filter((p) => p.teamRole !== 'provider_residential'), { teamRole: 'provider_outpatient' }] });
      expect(twoOutpatient.missingRoles).toEqual(['provider_residential']);

      const flagged = (await list('?missingRole=provider_residential&from=2020-06-01&to=2020-06-30')).map((c) => c.id);
      expect(flagged).toEqual([twoOutpatient.id, without.id]);
      expect((await list('?from=2020-06-01&to=2020-06-30')).map((c) => c.id)).toEqual([twoOutpatient.id, complete.id, without.id]);
    });

    it('requires the networker only while the networker model is in force: 2015 without one is flagged, 2020 is not', async () => {
      const in2015 = await create({ heldOn: '2015-03-10' });
      expect(in2015.missingRoles).toEqual(['networker']);
      const withNetworker = await create({ heldOn: '2015-04-14', participants: [...fullRoles, { teamRole: 'networker', membershipId: member.networker }] });
      expect(withNetworker.missingRoles).toEqual([]);
      expect(withNetworker.participants.at(-1)?.name).toBe('Netzwerkerin Nord');
      const in2020 = await create({ heldOn: '2020-03-10' });
      expect(in2020.missingRoles).toEqual([]);
      // The last day of the networker model and the first of the team model.
      expect((await create({ heldOn: '2016-12-31' })).missingRoles).toEqual(['networker']);
      expect((await create({ heldOn: '2017-01-01' })).missingRoles).toEqual([]);
    });

    it('lists newest first and filters by space and period', async () => {
      const inB = await create({ spaceId: space.b, heldOn: '2021-02-02', participants: [{ teamRole: 'asd', membershipId: member.b }] });
      const inB2 = await create({ spaceId: space.b, heldOn: '2021-03-02', participants: [{ teamRole: 'asd' }] });
      expect((await list(`?spaceId=${space.b}`)).map((c) => c.id)).toEqual([inB2.id, inB.id]);
      expect((await list(`?spaceId=${space.b}&to=2021-02-28`)).map((c) => c.id)).toEqual([inB.id]);
      const all = await list('');
      expect(all.map((c) => c.heldOn)).toEqual([...all.map((c) => c.heldOn)].sort().reverse());
    });

    it('the settings decide which roles are required; only admins change them', async () => {
      const settings = await world.request({ method: 'GET', url: '/api/case-consultation-settings', as: 'team_member' });
      expect(settings.json()).toEqual({ requiredRoles: ['asd', 'head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential', 'networker'] });
      const consultation = await create({ heldOn: '2020-08-04', participants: [{ teamRole: 'asd' }] });
      expect(consultation.missingRoles).toEqual(['head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential']);

      const before = await written();
      for (const as of ['head_of_department', 'team_member', 'committee'] as const) {
        const refused = await world.request({ method: 'PUT', url: '/api/case-consultation-settings', as, payload: { requiredRoles: ['asd'] } });
        expect(refused.statusCode).toBe(403);
      }
      const unknown = await world.request({ method: 'PUT', url: '/api/case-consultation-settings', as: 'admin', payload: { requiredRoles: ['asd', 'babysitter'] } });
      expect(unknown.statusCode).toBe(400);
      expect(unknown.json().errors).toEqual([{ field: 'requiredRoles', message: 'Die Rolle „babysitter“ gibt es im Team nicht.' }]);
      const twice = await world.request({ method: 'PUT', url: '/api/case-consultation-settings', as: 'admin', payload: { requiredRoles: ['asd', 'asd'] } });
      expect(twice.statusCode).toBe(400);
      expect(await written()).toEqual(before);

      const changed = await world.request({ method: 'PUT', url: '/api/case-consultation-settings', as: 'admin', payload: { requiredRoles: ['asd', 'provider_residential', 'networker'] } });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(await written()).toEqual({ ...before, settings: before.settings + 1, audit: before.audit + 1 });
      const reread = await world.request({ method: 'GET', url: `/api/case-consultations/${consultation.id}`, as: 'admin' });
      expect(reread.json().missingRoles).toEqual(['provider_residential']);
      // Back to the source's list for the other tests.
      const restored = await world.request({
        method: 'PUT',
        url: '/api/case-consultation-settings',
        as: 'admin',
        payload: { requiredRoles: ['asd', 'head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential', 'networker'] },
      });
      expect(restored.statusCode).toBe(200);
    });
  });

  describe('refused input: German field errors, nothing written', () => {
    const refusals: [string, Record<string, unknown>, string, RegExp][] = [
      ['an unknown team role', { participants: [{ teamRole: 'asd' }, { teamRole: 'nachbarin' }] }, 'participants', /Nr\. 2: Die Rolle „nachbarin“ gibt es im Team nicht/],
      ['no participants', { participants: [] }, 'participants', /Bitte die Teilnehmenden nach Rolle angeben/],
      ['an unknown help', { cases: [{ helpType: 'heim' }] }, 'cases.0.helpType', /Bitte die Hilfe wählen/],
      ['a day in the future', { heldOn: '2999-01-01' }, 'heldOn', /in der Zukunft/],
      ['a date that is none', { heldOn: '12.05.2020' }, 'heldOn', /JJJJ-MM-TT/],
      ['a space of another office', { spaceId: 'FOREIGN' }, 'spaceId', /gibt es in diesem Jugendamt nicht/],
      ['a name field', { participants: [{ teamRole: 'asd', name: 'Frau Kowalski' }] }, 'participants.0.name', /Unbekanntes Feld/],
      ['a case number field', { cases: [{ helpType: 'none', caseNumber: '51-2024-0815' }] }, 'cases.0.caseNumber', /Unbekanntes Feld/],
      ['a family field', { family: 'Familie Kowalski' }, 'family', /Unbekanntes Feld/],
      ['too long a case note', { cases: [{ helpType: 'none', note: 'x'.repeat(501) }] }, 'cases.0.note', /Höchstens 500 Zeichen/],
      ['a membership of another space', { participants: [{ teamRole: 'asd', membershipId: 'B' }] }, 'participants', /Fachkraft Süd ist nicht im Team dieses Sozialraums/],
      ['a membership not on the team that day', { heldOn: '2018-02-06', participants: [{ teamRole: 'networker', membershipId: 'NETWORKER' }] }, 'participants', /am Tag der Beratung nicht im Team/],
      ['a membership with another role', { participants: [{ teamRole: 'provider_residential', membershipId: 'TEAM_MEMBER' }] }, 'participants', /Rolle „ASD-Fachkraft“, nicht „Freier Träger stationär“/],
      ['the same person twice', { participants: [{ teamRole: 'asd', membershipId: 'TEAM_MEMBER' }, { teamRole: 'asd', membershipId: 'TEAM_MEMBER' }] }, 'participants', /nur einmal/],
      ['an unknown membership', { participants: [{ teamRole: 'asd', membershipId: '00000000-0000-4000-8000-000000000000' }] }, 'participants', /gibt es nicht/],
    ];
    const resolve = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(resolve);
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, resolve(v)]));
      const ids: Record<string, string> = { FOREIGN: space.foreign, B: member.b, NETWORKER: member.networker, TEAM_MEMBER: member.teamMember };
      return typeof value === 'string' && value in ids ? ids[value] : value;
    };

    for (const [what, overrides, field, message] of refusals) {
      it(`refuses ${what} (400 naming ${field})`, async () => {
        const before = await written();
        const response = await world.request({ method: 'POST', url: '/api/case-consultations', as: 'admin', payload: body(resolve(overrides) as Record<string, unknown>) });
        expect(response.statusCode, response.body).toBe(400);
        const error = (response.json().errors as { field: string; message: string }[]).find((e) => e.field === field);
        expect(error?.message, response.body).toMatch(message);
        expect(await written()).toEqual(before);
      });
    }

    it('refuses bad filters with a named field', async () => {
      const unknownRole = await world.request({ method: 'GET', url: '/api/case-consultations?missingRole=nachbarin', as: 'admin' });
      expect(unknownRole.statusCode).toBe(400);
      expect(unknownRole.json().errors[0].field).toBe('missingRole');
      const backwards = await world.request({ method: 'GET', url: '/api/case-consultations/summary?from=2021-01-01&to=2020-01-01', as: 'committee' });
      expect(backwards.statusCode).toBe(400);
      expect(backwards.json().errors[0]).toEqual({ field: 'to', message: 'Das Ende des Zeitraums darf nicht vor dem Beginn liegen.' });
      const foreignSpace = await world.request({ method: 'GET', url: `/api/case-consultations/summary?spaceId=${space.foreign}`, as: 'committee' });
      expect(foreignSpace.statusCode).toBe(400);
      expect(foreignSpace.json().errors[0].field).toBe('spaceId');
    });
  });

  describe('nothing in a consultation can hold a family', () => {
    const personal: [string, Record<string, unknown>, string, string][] = [
      ['a name in a case note', { cases: [{ helpType: 'outpatient', note: 'Familie Kowalski braucht Entlastung.' }] }, 'cases.0.note', 'Kowalski'],
      ['a name in the second case', { cases: [{ helpType: 'none' }, { helpType: 'residential', note: 'Frau Schneider kam mit zwei Kindern.' }] }, 'cases.1.note', 'Schneider'],
      ['a phone number', { cases: [{ helpType: 'referral', note: 'Mutter erreichbar unter 0171 2345678.' }] }, 'cases.0.note', '0171 2345678'],
      ['a case number', { cases: [{ helpType: 'outpatient', note: 'Az. 51-2024-0815, Hilfe läuft weiter.' }] }, 'cases.0.note', '51-2024-0815'],
      ['a case number after a file word', { cases: [{ helpType: 'outpatient', note: 'Fallakte JA/2022/1187 an die neue Fachkraft.' }] }, 'cases.0.note', 'JA/2022/1187'],
      ['a name in the consultation note', { note: 'Protokoll: Herr Petersen hat die Fälle vorgestellt, Familie Yilmaz zuerst.' }, 'note', 'Yilmaz'],
    ];
    for (const [what, overrides, field, word] of personal) {
      it(`refuses ${what}: 422 naming ${field}, nothing stored, nothing audited`, async () => {
        const before = await written();
        const response = await world.request({ method: 'POST', url: '/api/case-consultations', as: 'admin', payload: body(overrides) });
        expect(response.statusCode, response.body).toBe(422);
        expect(response.json().code).toBe('PERSONAL_DATA_REJECTED');
        expect(response.json().errors.map((e: { field: string }) => e.field)).toContain(field);
        expect(await written()).toEqual(before);
        expect(await auditText()).not.toContain(word);
      });
    }

    it('refuses personal data on a change too, and the stored consultation stays as it was', async () => {
      const consultation = await create({ heldOn: '2020-09-01' });
      const before = await written();
      const response = await world.request({
        method: 'PUT',
        url: `/api/case-consultations/${consultation.id}`,
        as: 'admin',
        payload: body({ heldOn: '2020-09-01', cases: [{ helpType: 'none', note: 'Kontakt über mama.kowalski@example.org' }] }),
      });
      expect(response.statusCode).toBe(422);
      expect(await written()).toEqual(before);
      expect((await world.request({ method: 'GET', url: `/api/case-consultations/${consultation.id}`, as: 'admin' })).json()).toEqual(consultation);
      expect(await auditText()).not.toContain('kowalski');
    });
  });

  describe('changing and deleting', () => {
    it('PUT replaces every field, the cases included, with one audit entry holding before and after', async () => {
      const consultation = await create({ heldOn: '2020-10-06', cases: [{ helpType: 'none' }, { helpType: 'referral' }, { helpType: 'outpatient' }] });
      const before = await written();
      const response = await world.request({
        method: 'PUT',
        url: `/api/case-consultations/${consultation.id}`,
        as: 'admin',
        payload: { spaceId: space.b, heldOn: '2020-10-07', participants: [{ teamRole: 'asd', membershipId: member.b }], cases: [{ helpType: 'residential', note: 'Stationäre Hilfe nötig.' }] },
      });
      expect(response.statusCode, response.body).toBe(200);
      const changed = response.json() as CaseConsultation;
      expect(changed).toMatchObject({ id: consultation.id, spaceId: space.b, heldOn: '2020-10-07', note: '', caseCount: 1, missingRoles: ['head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential'] });
      expect(changed.cases.map((c) => [c.position, c.helpType, c.note])).toEqual([[1, 'residential', 'Stationäre Hilfe nötig.']]);
      expect(changed.participants.map((p) => p.name)).toEqual(['Fachkraft Süd']);
      expect(await written()).toEqual({ ...before, cases: before.cases - 2, audit: before.audit + 1 });
      const audit = await queryRows<{ before: { spaceId: string; cases: unknown[] }; after: { spaceId: string; cases: unknown[] } }>(
        world.database.db,
        sql`select before, after from audit_log where entity = 'case_consultation' and entity_id = ${consultation.id} and action = 'update'`,
      );
      expect(audit.map((a) => [a.before.spaceId, a.before.cases.length, a.after.spaceId, a.after.cases.length])).toEqual([[space.a, 3, space.b, 1]]);
    });

    it('only managers delete; the cases go with the consultation', async () => {
      const consultation = await create({ heldOn: '2020-11-03', cases: [{ helpType: 'none' }, { helpType: 'none' }] });
      const before = await written();
      for (const as of ['team_member', 'provider_editor', 'committee'] as const) {
        expect((await world.request({ method: 'DELETE', url: `/api/case-consultations/${consultation.id}`, as })).statusCode).toBe(403);
      }
      expect(await written()).toEqual(before);
      expect((await world.request({ method: 'DELETE', url: `/api/case-consultations/${consultation.id}`, as: 'head_of_department' })).statusCode).toBe(204);
      expect(await written()).toEqual({ ...before, consultations: before.consultations - 1, cases: before.cases - 2, audit: before.audit + 1 });
      expect((await world.request({ method: 'GET', url: `/api/case-consultations/${consultation.id}`, as: 'admin' })).statusCode).toBe(404);
    });
  });

  describe('permissions', () => {
    it('a team member and provider staff work in the space where they are on the team today, not in another (403)', async () => {
      const own = await create({ heldOn: '2021-04-06' }, 'team_member');
      expect(own.editable).toBe(true);
      const byProvider = await create({ heldOn: '2021-04-07' }, 'provider_editor');
      const inB = await create({ spaceId: space.b, heldOn: '2021-04-08', participants: [{ teamRole: 'asd' }] });

      const before = await written();
      for (const as of ['team_member', 'provider_editor'] as const) {
        const createInB = await world.request({ method: 'POST', url: '/api/case-consultations', as, payload: body({ spaceId: space.b, participants: [{ teamRole: 'asd' }] }) });
        expect(createInB.statusCode).toBe(403);
        expect((await world.request({ method: 'GET', url: `/api/case-consultations/${inB.id}`, as })).statusCode).toBe(403);
        const changeInB = await world.request({ method: 'PUT', url: `/api/case-consultations/${inB.id}`, as, payload: body({ spaceId: space.b, participants: [{ teamRole: 'asd' }] }) });
        expect(changeInB.statusCode).toBe(403);
        // Moving one of their own into a space where they are not on the team is refused as well.
        const moveAway = await world.request({ method: 'PUT', url: `/api/case-consultations/${own.id}`, as, payload: body({ spaceId: space.b, participants: [{ teamRole: 'asd' }] }) });
        expect(moveAway.statusCode).toBe(403);
        expect((await world.request({ method: 'GET', url: `/api/case-consultations?spaceId=${space.b}`, as })).statusCode).toBe(403);
        // Without a space, the list holds their spaces only.
        const listed = await list('', as);
        expect(listed.length).toBeGreaterThan(0);
        expect(listed.every((c) => c.spaceId === space.a)).toBe(true);
        expect(listed.map((c) => c.id)).toEqual(expect.arrayContaining([own.id, byProvider.id]));
      }
      expect(await written()).toEqual(before);

      const change = await world.request({ method: 'PUT', url: `/api/case-consultations/${byProvider.id}`, as: 'team_member', payload: body({ heldOn: '2021-04-07', note: '' }) });
      expect(change.statusCode, change.body).toBe(200);
      // Managers see every space; the B consultation is editable for them.
      expect((await list(`?spaceId=${space.b}`, 'head_of_department')).find((c) => c.id === inB.id)?.editable).toBe(true);
    });

    it("another office's consultation is not found, and its people cannot be named", async () => {
      const foreign = await world.request({ method: 'POST', url: '/api/case-consultations', as: world.users.foreign.admin, payload: body({ spaceId: space.foreign, participants: [{ teamRole: 'asd' }] }) });
      expect(foreign.statusCode, foreign.body).toBe(201);
      const id = foreign.json().id as string;
      for (const as of ['admin', 'head_of_department'] as const) {
        expect((await world.request({ method: 'GET', url: `/api/case-consultations/${id}`, as })).statusCode).toBe(404);
        expect((await world.request({ method: 'PUT', url: `/api/case-consultations/${id}`, as, payload: body() })).statusCode).toBe(404);
        expect((await world.request({ method: 'DELETE', url: `/api/case-consultations/${id}`, as })).statusCode).toBe(404);
      }
      expect((await list('')).some((c) => c.id === id)).toBe(false);
      const foreignList = await world.request({ method: 'GET', url: '/api/case-consultations', as: world.users.foreign.admin });
      expect((foreignList.json() as CaseConsultation[]).map((c) => c.id)).toEqual([id]);
    });

    it('the committee reads the figures only; the public nothing', async () => {
      const consultation = await create({ heldOn: '2021-05-04' });
      for (const url of ['/api/case-consultations', `/api/case-consultations/${consultation.id}`]) {
        expect((await world.request({ method: 'GET', url, as: 'committee' })).statusCode).toBe(403);
        expect((await world.request({ method: 'GET', url })).statusCode).toBe(401);
      }
      expect((await world.request({ method: 'POST', url: '/api/case-consultations', as: 'committee', payload: body() })).statusCode).toBe(403);
      for (const url of ['/api/case-consultations/summary', '/api/case-consultation-settings']) {
        expect((await world.request({ method: 'GET', url })).statusCode).toBe(401);
      }
      expect((await world.request({ method: 'POST', url: '/api/case-consultations', payload: body() })).statusCode).toBe(401);
    });
  });

  describe('the committee figures', () => {
    it('counts consultations, cases, help, low-threshold offers and missing roles for a space and period, without notes', async () => {
      const spaceId = space.a;
      const period = 'from=2022-01-01&to=2022-12-31';
      await create({
        heldOn: '2022-01-11',
        cases: [
          { helpType: 'space_offer', lowThresholdOfferFound: true, note: 'Offener Treff im Stadtteil passt gut.' },
          { helpType: 'outpatient', note: 'Erziehungsbeistand vereinbart.' },
        ],
        note: 'Geheime Notiz, nur für das Team.',
      });
      await create({ heldOn: '2022-02-08', participants: fullRoles.filter((p) => p.teamRole !== 'provider_residential'), cases: [{ helpType: 'space_offer', lowThresholdOfferFound: true }] });
      await create({ heldOn: '2022-03-08', participants: [{ teamRole: 'asd' }, { teamRole: 'head_of_department' }], cases: [] });
      await create({ heldOn: '2023-01-10' });
      await create({ spaceId: space.b, heldOn: '2022-04-05', participants: [{ teamRole: 'asd' }] });

      const response = await world.request({ method: 'GET', url: `/api/case-consultations/summary?spaceId=${spaceId}&${period}`, as: 'committee' });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toEqual({
        spaceId,
        from: '2022-01-01',
        to: '2022-12-31',
        consultations: 3,
        cases: 3,
        byHelpType: [
          { helpType: 'space_offer', cases: 2 },
          { helpType: 'outpatient', cases: 1 },
          { helpType: 'residential', cases: 0 },
          { helpType: 'referral', cases: 0 },
          { helpType: 'none', cases: 0 },
        ],
        lowThresholdOfferFound: 2,
        consultationsWithMissingRoles: 2,
        missingByRole: [
          { teamRole: 'youth_work_coordinator', consultations: 1 },
          { teamRole: 'provider_outpatient', consultations: 1 },
          { teamRole: 'provider_residential', consultations: 2 },
        ],
      });
      expect(response.body).not.toMatch(/note|Notiz|Treff|Erziehungsbeistand|membership|name/i);

      // All spaces of the office in that period: the consultation in B adds one more with missing roles.
      const all = await summary(`?${period}`);
      expect([all.consultations, all.consultationsWithMissingRoles]).toEqual([4, 3]);
      // Staff read the same figures.
      expect((await summary(`?spaceId=${spaceId}&${period}`, 'team_member')).consultations).toBe(3);
      // 2015: the networker model, so a consultation without a networker counts as missing one.
      const in2015 = await summary(`?spaceId=${spaceId}&from=2015-01-01&to=2015-12-31`);
      expect(in2015.missingByRole).toEqual([{ teamRole: 'networker', consultations: 1 }]);
    });
  });
});

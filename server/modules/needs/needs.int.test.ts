import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeedDetail } from '../../../common/api/needs';
import { queryRows } from '../../platform/db/database';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});
const berlinDate = (offsetDays = 0) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date(Date.now() + offsetDays * 86_400_000));
const NOWHERE = '00000000-0000-4000-8000-000000000000';

type Gap = NeedDetail['gaps'][number];

describe('needs: recording, gaps, permissions, status', () => {
  let world: TestWorld;
  const space = { nord: '', sued: '', foreign: '' };
  const org = { team: '', club: '', foreign: '' };
  const offer = { turnen: '', malkurs: '', fussballSued: '', foreign: '' };
  let topics: { id: string; code: string | null }[] = [];
  const topic = (code: string) => {
    const id = topics.find((t) => t.code === code)?.id;
    if (!id) throw new Error(`topic ${code}`);
    return id;
  };
  let foreignTopic = '';
  let foreignNeed: NeedDetail;

  const needBody = (overrides: Record<string, unknown> = {}) => ({
    spaceId: space.nord,
    topicIds: [topic('trauer')],
    source: 'home_visit',
    voice: 'affected',
    text: 'Nach dem Tod der Großmutter gibt es für die Kinder keine Trauergruppe in der Nähe.',
    ...overrides,
  });
  const create = async (as: Parameters<TestWorld['request']>[0]['as'], overrides: Record<string, unknown> = {}) => {
    const response = await world.request({ method: 'POST', url: '/api/needs', as, payload: needBody(overrides) });
    expect(response.statusCode, response.body).toBe(201);
    return response.json() as NeedDetail;
  };
  const read = async (id: string) => (await world.request({ method: 'GET', url: `/api/needs/${id}`, as: 'admin' })).json() as NeedDetail;
  const gapOf = (need: NeedDetail, code: string) => {
    const gap = need.gaps.find((g) => g.topicId === topic(code));
    if (!gap) throw new Error(`no gap for ${code}`);
    return gap;
  };
  const post = async (url: string, payload: object, as: Parameters<TestWorld['request']>[0]['as'] = 'admin') => {
    const response = await world.request({ method: 'POST', url, as, payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json().id as string;
  };

  beforeAll(async () => {
    world = await createTestWorld();
    space.nord = await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) });
    space.sued = await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) });
    org.team = await post('/api/organizations', { name: 'Jugendhilfe Nord gGmbH', type: 'provider_outpatient' });
    org.club = await post('/api/organizations', { name: 'SV Nord', type: 'sports_club' });
    topics = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json();
    const membership = (userId: string, spaceId: string) => post('/api/team-memberships', { spaceId, userId, organizationId: org.team, personName: 'Fachkraft', teamRole: 'asd', validFrom: '2020-01-01' });
    await membership(world.users.own.team_member.id, space.nord);
    await membership(world.users.own.provider_editor.id, space.sued);
    const north = { locations: [{ point: [10.005, 53.705] }] };
    offer.turnen = await post('/api/services', {
      organizationId: org.club,
      name: 'Kinderturnen',
      minimumAge: 6,
      maximumAge: 13,
      traits: ['no_registration'],
      languages: ['de'],
      topicIds: [topic('sport')],
      schedules: [{ days: ['TU'], opensAt: '09:30', closesAt: '11:30' }],
      ...north,
    });
    offer.malkurs = await post('/api/services', { organizationId: org.club, name: 'Malkurs', status: 'inactive', topicIds: [topic('kultur')], ...north });
    offer.fussballSued = await post('/api/services', {
      organizationId: org.club,
      name: 'Fußball Süd',
      minimumAge: 0,
      maximumAge: 17,
      topicIds: [topic('sport')],
      locations: [{ point: [10.055, 53.705] }],
    });
    // Another office, with a space, an offer and a need of its own.
    const foreignAdmin = world.users.foreign.admin;
    space.foreign = await post('/api/social-spaces', { code: 'NORD', name: 'Fremd-Nord', boundary: square(10.0, 53.7) }, foreignAdmin);
    org.foreign = await post('/api/organizations', { name: 'Fremder Träger', type: 'other' }, foreignAdmin);
    offer.foreign = await post('/api/services', { organizationId: org.foreign, name: 'Fremdes Angebot', locations: [{ point: [10.005, 53.705] }] }, foreignAdmin);
    const foreignTopics: { id: string; code: string | null }[] = (await world.request({ method: 'GET', url: '/api/topics?office=foreign-office' })).json();
    foreignTopic = foreignTopics.find((t) => t.code === 'trauer')?.id ?? '';
    const created = await world.request({
      method: 'POST',
      url: '/api/needs',
      as: foreignAdmin,
      payload: { spaceId: space.foreign, topicIds: [foreignTopic], source: 'meeting', voice: 'professional', text: 'Im Netzwerktreffen fehlte eine Trauergruppe.' },
    });
    expect(created.statusCode, created.body).toBe(201);
    foreignNeed = created.json();
  });
  afterAll(() => world.close());

  describe('recording', () => {
    it('records a need from a home visit: 201, its fields, an audit entry, one gap per topic', async () => {
      const needsBefore = await countRows(world.database, 'needs');
      const gapsBefore = await countRows(world.database, 'gaps');
      const auditBefore = await auditCount(world.database);
      const response = await world.request({
        method: 'POST',
        url: '/api/needs',
        as: 'team_member',
        payload: needBody({
          topicIds: [topic('trauer'), topic('sport')],
          ageBands: ['6-9'],
          targetGroup: 'children',
          knowsNoOffers: true,
          requirements: { times: ['afternoon'], atmosphere: ['peers'], text: 'Am liebsten mit anderen Kindern, denen es genauso geht.' },
          helpfulText: 'Eine Gruppe nach der Schule.',
        }),
      });
      expect(response.statusCode, response.body).toBe(201);
      const need: NeedDetail = response.json();
      expect(need).toMatchObject({
        spaceId: space.nord,
        spaceName: 'Nord',
        source: 'home_visit',
        voice: 'affected',
        targetGroup: 'children',
        ageBands: ['6-9'],
        recordedOn: berlinDate(),
        status: 'open',
        reviewState: 'accepted',
        officeId: world.offices.own.id,
        knowsNoOffers: true,
        knownServices: [],
        helpfulText: 'Eine Gruppe nach der Schule.',
        recordedBy: { userId: world.users.own.team_member.id, name: 'team_member own', organizationId: org.team, organizationName: 'Jugendhilfe Nord gGmbH' },
      });
      expect(need.text).toBe(needBody().text);
      expect(need.requirements).toMatchObject({ times: ['afternoon'], atmosphere: ['peers'], freeOfCharge: false, text: 'Am liebsten mit anderen Kindern, denen es genauso geht.' });
      expect(need.topics.map((t) => t.id).sort()).toEqual([topic('trauer'), topic('sport')].sort());

      // One gap per topic: no grief group at all (missing); gymnastics exists but the family knew no offer (reach).
      expect(need.gaps).toHaveLength(2);
      expect(gapOf(need, 'trauer')).toMatchObject({ kind: 'missing', reasons: [], matches: [], state: 'open', confirmed: false, openedOn: berlinDate(), closedOn: null });
      expect(gapOf(need, 'sport')).toMatchObject({ kind: 'reach', reasons: [], state: 'open', confirmed: false });
      expect(gapOf(need, 'sport').matches.map((m) => m.id)).toEqual([offer.turnen]);
      for (const gap of need.gaps) expect(gap.history.map((h) => h.event)).toEqual(['opened']);
      expect([...need.gapKinds].sort()).toEqual(['missing', 'reach']);

      expect(await countRows(world.database, 'needs')).toBe(needsBefore + 1);
      expect(await countRows(world.database, 'gaps')).toBe(gapsBefore + 2);
      expect(await auditCount(world.database)).toBe(auditBefore + 1);
      const [audit] = await queryRows<{ action: string; entity: string; actor_user_id: string; after: { text: string } }>(
        world.database.db,
        sql`select action, entity, actor_user_id, after from audit_log where entity_id = ${need.id}`,
      );
      expect(audit).toMatchObject({ action: 'create', entity: 'need', actor_user_id: world.users.own.team_member.id });
      expect(audit?.after.text).toBe(need.text);

      // Reading it back gives the same.
      const again = await world.request({ method: 'GET', url: `/api/needs/${need.id}`, as: 'team_member' });
      expect(again.statusCode).toBe(200);
      expect(again.json().gaps).toEqual(need.gaps);
    });

    it('decides fit when the family knew the matching offer, with the reasons it does not suit them', async () => {
      const need = await create('team_member', {
        topicIds: [topic('sport')],
        ageBands: ['10-13'],
        knownServiceIds: [offer.turnen],
        requirements: { times: ['evening'], freeOfCharge: true, languages: ['tr'], inclusive: true },
        text: 'Das Turnen kennen wir, aber es ist vormittags, kostet Geld und niemand spricht Türkisch.',
      });
      expect(need.knownServices.map((s) => s.id)).toEqual([offer.turnen]);
      const gap = gapOf(need, 'sport');
      expect(gap.kind).toBe('fit');
      expect([...gap.reasons].sort()).toEqual(['cost', 'inclusion', 'language', 'time']);
      expect(gap.matches.map((m) => m.id)).toEqual([offer.turnen]);
      // Only the unmet wishes count: a family asking for mornings in German has just the cost against it.
      const mornings = await create('team_member', {
        topicIds: [topic('sport')],
        ageBands: ['6-9'],
        knownServiceIds: [offer.turnen],
        requirements: { times: ['morning'], freeOfCharge: true, languages: ['de'] },
        text: 'Das Turnen passt zeitlich, ist aber zu teuer.',
      });
      expect(gapOf(mornings, 'sport')).toMatchObject({ kind: 'fit', reasons: ['cost'] });
    });

    it('decides missing when the only offers are inactive, in another space or for other ages; a broader topic finds narrower offers', async () => {
      const inactive = await create('admin', { topicIds: [topic('kultur')], text: 'Ein Malkurs für Kinder fehlt.' });
      expect(gapOf(inactive, 'kultur').kind).toBe('missing');
      const tooOld = await create('admin', { topicIds: [topic('sport')], ageBands: ['14-17'], text: 'Für Jugendliche gibt es keinen Sport.' });
      expect(gapOf(tooOld, 'sport').kind).toBe('missing');
      // Football in the south takes toddlers, gymnastics in the north does not: for the north that is missing.
      const toddlers = await create('admin', { topicIds: [topic('sport')], ageBands: ['0-2'], text: 'Bewegung für Kleinkinder fehlt.' });
      expect(gapOf(toddlers, 'sport').kind).toBe('missing');
      const inSouth = await create('admin', { spaceId: space.sued, topicIds: [topic('sport')], ageBands: ['0-2'], text: 'Bewegung für Kleinkinder fehlt.' });
      expect(gapOf(inSouth, 'sport')).toMatchObject({ kind: 'reach', matches: [{ id: offer.fussballSued }] });
      const broad = await create('admin', { topicIds: [topic('freizeit-sport')], ageBands: ['6-9'], text: 'Es fehlt etwas für die Freizeit.' });
      expect(gapOf(broad, 'freizeit-sport')).toMatchObject({ kind: 'reach', matches: [{ id: offer.turnen }] });
    });

    it('refuses bad input naming the field, and stores nothing', async () => {
      const counts = async () => [await countRows(world.database, 'needs'), await countRows(world.database, 'gaps'), await auditCount(world.database)];
      const before = await counts();
      const cases: [Record<string, unknown>, string][] = [
        [{ topicIds: [NOWHERE] }, 'topicIds'],
        [{ topicIds: [foreignTopic] }, 'topicIds'],
        [{ spaceId: space.foreign }, 'spaceId'],
        [{ spaceId: NOWHERE }, 'spaceId'],
        [{ knownServiceIds: [offer.foreign] }, 'knownServiceIds'],
        [{ helpfulServiceIds: [offer.foreign] }, 'helpfulServiceIds'],
        [{ knowsNoOffers: true, knownServiceIds: [offer.turnen] }, 'knowsNoOffers'],
        [{ recordedOn: berlinDate(2) }, 'recordedOn'],
        [{ recordedOn: '1999-12-31' }, 'recordedOn'],
        [{ source: 'public_form' }, 'source'],
        [{ topicIds: [] }, 'topicIds'],
        [{ text: 'x' }, 'text'],
        [{ organizationId: org.foreign }, 'organizationId'],
        [{ voice: 'family' }, 'voice'],
      ];
      for (const [change, field] of cases) {
        const response = await world.request({ method: 'POST', url: '/api/needs', as: 'admin', payload: needBody(change) });
        expect(response.statusCode, JSON.stringify(change)).toBe(400);
        expect(response.json().errors.map((e: { field: string }) => e.field), JSON.stringify(change)).toContain(field);
        expect(response.json().errors[0].message, JSON.stringify(change)).toMatch(/[a-zäöüß]/);
      }
      // The same rules on a change.
      const need = await create('admin', { knownServiceIds: [offer.turnen], topicIds: [topic('sport')], text: 'Turnen ist zu teuer.' });
      const afterCreate = await counts();
      for (const [change, field] of [
        [{ knowsNoOffers: true }, 'knowsNoOffers'],
        [{ recordedOn: berlinDate(2) }, 'recordedOn'],
        [{ topicIds: [NOWHERE] }, 'topicIds'],
        [{ spaceId: space.foreign }, 'spaceId'],
        [{ knownServiceIds: [offer.foreign] }, 'knownServiceIds'],
      ] as const) {
        const response = await world.request({ method: 'PATCH', url: `/api/needs/${need.id}`, as: 'admin', payload: change });
        expect(response.statusCode, JSON.stringify(change)).toBe(400);
        expect(response.json().errors.map((e: { field: string }) => e.field), JSON.stringify(change)).toContain(field);
      }
      expect(afterCreate[0]).toBe((before[0] ?? 0) + 1);
      expect(await counts()).toEqual(afterCreate);
      expect(await read(need.id)).toMatchObject({ knowsNoOffers: false, topics: [{ id: topic('sport') }], spaceId: space.nord });
    });

    it('changes a need with PATCH: only the named fields, gaps follow the topics, audited', async () => {
      const need = await create('team_member', { topicIds: [topic('trauer')], ageBands: ['6-9'], requirements: { freeOfCharge: true } });
      const auditBefore = await auditCount(world.database);
      const response = await world.request({ method: 'PATCH', url: `/api/needs/${need.id}`, as: 'team_member', payload: { topicIds: [topic('sport')] } });
      expect(response.statusCode, response.body).toBe(200);
      const changed: NeedDetail = response.json();
      expect(changed).toMatchObject({ text: need.text, ageBands: ['6-9'], requirements: { freeOfCharge: true }, topics: [{ id: topic('sport') }] });
      expect(changed.gaps.map((g) => [g.topicId, g.kind])).toEqual([[topic('sport'), 'reach']]);
      expect(await auditCount(world.database)).toBe(auditBefore + 1);
    });
    it('follows a change of what the family needs: reasons are decided again', async () => {
      const need = await create('team_member', { topicIds: [topic('sport')], ageBands: ['6-9'], knownServiceIds: [offer.turnen], requirements: { freeOfCharge: true } });
      expect(gapOf(need, 'sport')).toMatchObject({ kind: 'fit', reasons: ['cost'] });
      const cheaper = await world.request({ method: 'PATCH', url: `/api/needs/${need.id}`, as: 'team_member', payload: { requirements: { languages: ['ar'] } } });
      expect(cheaper.statusCode, cheaper.body).toBe(200);
      expect(gapOf(cheaper.json(), 'sport')).toMatchObject({ kind: 'fit', reasons: ['language'] });
      const unknown = await world.request({ method: 'PATCH', url: `/api/needs/${need.id}`, as: 'team_member', payload: { knownServiceIds: [], knowsNoOffers: true } });
      expect(gapOf(unknown.json(), 'sport')).toMatchObject({ kind: 'reach', reasons: [] });
      expect(gapOf(unknown.json(), 'sport').history.map((h) => h.event)).toEqual(['opened', 'reclassified']);
    });

    it('stores each offer and age band once, on a change as on creation', async () => {
      const created = await create('team_member', { topicIds: [topic('sport')], ageBands: ['6-9', '6-9'], knownServiceIds: [offer.turnen, offer.turnen] });
      expect(created.ageBands).toEqual(['6-9']);
      expect(created.knownServices.map((s) => s.id)).toEqual([offer.turnen]);
      const changed = await world.request({
        method: 'PATCH',
        url: `/api/needs/${created.id}`,
        as: 'team_member',
        payload: { ageBands: ['10-13', '10-13'], knownServiceIds: [offer.turnen, offer.turnen], helpfulServiceIds: [offer.turnen, offer.turnen] },
      });
      expect(changed.statusCode, changed.body).toBe(200);
      const [row] = await queryRows<{ age_bands: string[]; known_service_ids: string[]; helpful_service_ids: string[] }>(
        world.database.db,
        sql`select age_bands, known_service_ids, helpful_service_ids from needs where id = ${created.id}`,
      );
      expect(row).toEqual({ age_bands: ['10-13'], known_service_ids: [offer.turnen], helpful_service_ids: [offer.turnen] });
    });

    it('lists needs with filters: a broader topic finds narrower ones, gap kind, voice', async () => {
      const sport = await create('team_member', { topicIds: [topic('sport')], ageBands: ['6-9'], voice: 'professional', source: 'meeting', text: 'Im Netzwerktreffen: Sport wird nicht gefunden.' });
      const ids = async (query: string) =>
        (await world.request({ method: 'GET', url: `/api/needs?limit=200&${query}`, as: 'team_member' })).json().items.map((n: { id: string }) => n.id) as string[];
      expect(await ids(`topicId=${topic('freizeit-sport')}`)).toContain(sport.id);
      // The heat map's cells count a topic without its narrower ones; their drill-down asks for exactly that topic.
      expect(await ids(`topicId=${topic('freizeit-sport')}&topicExact=true`)).not.toContain(sport.id);
      expect(await ids(`topicId=${topic('sport')}&topicExact=true`)).toContain(sport.id);
      expect(await ids(`topicId=${topic('trauer')}`)).not.toContain(sport.id);
      expect(await ids('gapKind=reach')).toContain(sport.id);
      expect(await ids('gapKind=missing')).not.toContain(sport.id);
      expect(await ids('voice=professional&source=meeting')).toContain(sport.id);
      expect(await ids('voice=affected')).not.toContain(sport.id);
    });

    it('keeps a need workable when a topic it names is deleted', async () => {
      const extra = await post('/api/topics', { name: 'Eltern-Kind-Turnen' });
      const need = await create('admin', { topicIds: [extra, topic('trauer')], text: 'Es fehlt Turnen für Eltern mit Kindern.' });
      expect(need.gaps).toHaveLength(2);
      // The topic is used by no offer, so it may go.
      expect((await world.request({ method: 'DELETE', url: `/api/topics/${extra}`, as: 'admin' })).statusCode).toBe(204);
      expect((await world.request({ method: 'GET', url: `/api/needs/${need.id}`, as: 'admin' })).statusCode).toBe(200);
      const changed = await world.request({ method: 'PATCH', url: `/api/needs/${need.id}`, as: 'admin', payload: { text: 'Es fehlt Turnen für Eltern mit kleinen Kindern.' } });
      expect(changed.statusCode, changed.body).toBe(200);
      expect(changed.json().gaps.map((g: Gap) => g.topicId)).toEqual([topic('trauer')]);
      const closed = await world.request({ method: 'POST', url: `/api/needs/${need.id}/status`, as: 'admin', payload: { status: 'closed', note: 'Thema entfällt' } });
      expect(closed.statusCode, closed.body).toBe(200);
    });

    it('recomputes the office’s gaps even when a need names a deleted topic', async () => {
      const extra = await post('/api/topics', { name: 'Vater-Kind-Angebote' });
      const need = await create('admin', { topicIds: [extra, topic('trauer')], text: 'Es fehlen Angebote für Väter mit Kindern.' });
      expect((await world.request({ method: 'DELETE', url: `/api/topics/${extra}`, as: 'admin' })).statusCode).toBe(204);
      const recomputed = await world.request({ method: 'POST', url: '/api/gaps/recompute', as: 'admin', payload: {} });
      expect(recomputed.statusCode, recomputed.body).toBe(200);
      expect((await read(need.id)).gaps.map((g) => g.topicId)).toEqual([topic('trauer')]);
    });
  });

  describe('permissions', () => {
    it('lets a team member record and read needs only in the spaces where they are on the team', async () => {
      const before = [await countRows(world.database, 'needs'), await auditCount(world.database)];
      const refused = await world.request({ method: 'POST', url: '/api/needs', as: 'team_member', payload: needBody({ spaceId: space.sued }) });
      expect(refused.statusCode).toBe(403);
      expect([await countRows(world.database, 'needs'), await auditCount(world.database)]).toEqual(before);

      const south = await create('admin', { spaceId: space.sued, topicIds: [topic('trauer')] });
      const north = await create('team_member');
      const gapId = south.gaps[0]?.id;
      expect(gapId).toBeDefined();
      const calls = [
        { method: 'GET' as const, url: `/api/needs/${south.id}` },
        { method: 'PATCH' as const, url: `/api/needs/${south.id}`, payload: { text: 'Geändert ohne Befugnis.' } },
        { method: 'POST' as const, url: `/api/needs/${south.id}/status`, payload: { status: 'closed', note: 'Erledigt' } },
        { method: 'POST' as const, url: `/api/needs/${south.id}/referrals`, payload: { serviceId: offer.fussballSued } },
        { method: 'POST' as const, url: `/api/gaps/${gapId}/correct`, payload: { kind: 'reach', note: 'Doch bekannt' } },
        { method: 'POST' as const, url: `/api/gaps/${gapId}/confirm` },
        { method: 'GET' as const, url: `/api/needs/offer-suggestions?spaceId=${space.sued}` },
        { method: 'POST' as const, url: '/api/gaps/recompute', payload: { spaceId: space.sued } },
      ];
      for (const call of calls) {
        const response = await world.request({ ...call, as: 'team_member' });
        expect([403, 400], `${call.method} ${call.url}`).toContain(response.statusCode);
        if (call.url !== '/api/gaps/recompute') expect(response.statusCode, `${call.method} ${call.url}`).toBe(403);
      }
      expect(await read(south.id)).toMatchObject({ text: south.text, status: 'open', gaps: [{ kind: 'missing', confirmed: false, state: 'open' }] });

      const list = await world.request({ method: 'GET', url: '/api/needs?limit=200', as: 'team_member' });
      expect(list.statusCode).toBe(200);
      const ids = list.json().items.map((n: { id: string }) => n.id);
      expect(ids).toContain(north.id);
      expect(ids).not.toContain(south.id);
      expect(list.json().items.every((n: { spaceId: string }) => n.spaceId === space.nord)).toBe(true);
      expect(list.json().total).toBe(ids.length);
      // Asking for the other space by filter does not widen the view.
      const filtered = await world.request({ method: 'GET', url: `/api/needs?spaceId=${space.sued}`, as: 'team_member' });
      expect(filtered.json()).toMatchObject({ items: [], total: 0 });

      // Moving a need out of one's own spaces is refused too.
      const moved = await world.request({ method: 'PATCH', url: `/api/needs/${north.id}`, as: 'team_member', payload: { spaceId: space.sued } });
      expect(moved.statusCode).toBe(403);
      expect((await read(north.id)).spaceId).toBe(space.nord);

      // Heads of department see every space.
      const all = (await world.request({ method: 'GET', url: '/api/needs?limit=200', as: 'head_of_department' })).json().items.map((n: { id: string }) => n.id);
      expect(all).toEqual(expect.arrayContaining([north.id, south.id]));
      expect((await world.request({ method: 'GET', url: `/api/needs/${south.id}`, as: 'head_of_department' })).statusCode).toBe(200);
    });

    it('tells each user the spaces they record needs in: the team spaces of today, all for managers', async () => {
      const of = async (as: 'team_member' | 'provider_editor' | 'head_of_department') => (await world.request({ method: 'GET', url: '/api/needs/my-spaces', as })).json();
      expect(await of('team_member')).toEqual({ allSpaces: false, spaceIds: [space.nord] });
      expect(await of('provider_editor')).toEqual({ allSpaces: false, spaceIds: [space.sued] });
      expect(await of('head_of_department')).toEqual({ allSpaces: true, spaceIds: [] });
      expect((await world.request({ method: 'GET', url: '/api/needs/my-spaces', as: 'committee' })).statusCode).toBe(403);
    });

    it('lets provider staff work only within the spaces where they are on the team', async () => {
      const mine = await create('provider_editor', { spaceId: space.sued });
      expect(mine.recordedBy).toMatchObject({ userId: world.users.own.provider_editor.id, organizationId: org.team });
      expect((await world.request({ method: 'POST', url: '/api/needs', as: 'provider_editor', payload: needBody({ spaceId: space.nord }) })).statusCode).toBe(403);
      const north = await create('admin');
      expect((await world.request({ method: 'GET', url: `/api/needs/${north.id}`, as: 'provider_editor' })).statusCode).toBe(403);
      const list = (await world.request({ method: 'GET', url: '/api/needs?limit=200', as: 'provider_editor' })).json();
      expect(list.items.map((n: { id: string }) => n.id)).toContain(mine.id);
      expect(list.items.every((n: { spaceId: string }) => n.spaceId === space.sued)).toBe(true);
    });

    it('shows the committee the gap summary but no single need', async () => {
      const need = await create('admin');
      expect((await world.request({ method: 'GET', url: '/api/gaps/summary', as: 'committee' })).statusCode).toBe(200);
      expect((await world.request({ method: 'GET', url: '/api/gaps/summary.csv', as: 'committee' })).statusCode).toBe(200);
      expect((await world.request({ method: 'GET', url: '/api/needs', as: 'committee' })).statusCode).toBe(403);
      expect((await world.request({ method: 'GET', url: `/api/needs/${need.id}`, as: 'committee' })).statusCode).toBe(403);
      expect((await world.request({ method: 'POST', url: '/api/needs', as: 'committee', payload: needBody() })).statusCode).toBe(403);
      expect((await world.request({ method: 'POST', url: `/api/gaps/${need.gaps[0]?.id}/confirm`, as: 'committee' })).statusCode).toBe(403);
    });

    it('does not find another office’s needs and gaps, for any role', async () => {
      const foreignGap = foreignNeed.gaps[0]?.id;
      expect(foreignGap).toBeDefined();
      for (const role of ['admin', 'head_of_department', 'team_member', 'provider_editor'] as const) {
        expect((await world.request({ method: 'GET', url: `/api/needs/${foreignNeed.id}`, as: role })).statusCode, role).toBe(404);
        expect((await world.request({ method: 'PATCH', url: `/api/needs/${foreignNeed.id}`, as: role, payload: { text: 'Übernommen!' } })).statusCode, role).toBe(404);
        expect((await world.request({ method: 'POST', url: `/api/needs/${foreignNeed.id}/status`, as: role, payload: { status: 'closed', note: 'Weg damit' } })).statusCode, role).toBe(404);
        expect((await world.request({ method: 'POST', url: `/api/gaps/${foreignGap}/correct`, as: role, payload: { kind: 'reach', note: 'Fremd' } })).statusCode, role).toBe(404);
        const list = (await world.request({ method: 'GET', url: '/api/needs?limit=200', as: role })).json();
        expect(list.items.map((n: { id: string }) => n.id), role).not.toContain(foreignNeed.id);
      }
      expect((await world.request({ method: 'DELETE', url: `/api/needs/${foreignNeed.id}`, as: 'admin' })).statusCode).toBe(404);
      const [row] = await queryRows<{ text: string; status: string }>(world.database.db, sql`select text, status from needs where id = ${foreignNeed.id}`);
      expect(row).toEqual({ text: foreignNeed.text, status: 'open' });
      // Its gaps do not show in this office's summary.
      const summary = (await world.request({ method: 'GET', url: '/api/gaps/summary', as: 'admin' })).json();
      expect(summary.cells.some((c: { spaceId: string }) => c.spaceId === space.foreign)).toBe(false);
    });

    it('lets only managers delete a need, with its gaps, audited', async () => {
      const need = await create('team_member', { topicIds: [topic('trauer'), topic('sport')] });
      expect((await world.request({ method: 'DELETE', url: `/api/needs/${need.id}`, as: 'team_member' })).statusCode).toBe(403);
      const auditBefore = await auditCount(world.database);
      expect((await world.request({ method: 'DELETE', url: `/api/needs/${need.id}`, as: 'head_of_department' })).statusCode).toBe(204);
      expect((await world.request({ method: 'GET', url: `/api/needs/${need.id}`, as: 'admin' })).statusCode).toBe(404);
      const [left] = await queryRows<{ n: number }>(world.database.db, sql`select count(*)::int as n from gaps where need_id = ${need.id}`);
      expect(left?.n).toBe(0);
      expect(await auditCount(world.database)).toBe(auditBefore + 1);
    });
  });

  describe('status', () => {
    const closedInPeriod = async () => {
      const summary = (await world.request({ method: 'GET', url: `/api/gaps/summary?spaceId=${space.nord}`, as: 'admin' })).json();
      const cell = summary.cells.find((c: { topicId: string }) => c.topicId === topic('sport'));
      return (cell?.closedInPeriod ?? 0) as number;
    };

    it('refers a need to offers: records referrals between the organisations and closes its gaps; open reopens them', async () => {
      const need = await create('team_member', { topicIds: [topic('sport')], ageBands: ['6-9'], text: 'Die Kinder kennen kein Sportangebot.' });
      expect(gapOf(need, 'sport').kind).toBe('reach');
      const closedBefore = await closedInPeriod();
      const auditBefore = await auditCount(world.database);

      const referred = await world.request({
        method: 'POST',
        url: `/api/needs/${need.id}/status`,
        as: 'team_member',
        payload: { status: 'referred', serviceIds: [offer.turnen], note: 'Probetraining vereinbart' },
      });
      expect(referred.statusCode, referred.body).toBe(200);
      const body: NeedDetail = referred.json();
      expect(body).toMatchObject({ status: 'referred', statusNote: 'Probetraining vereinbart' });
      expect(body.referrals).toEqual([expect.objectContaining({ service: expect.objectContaining({ id: offer.turnen }), referredOn: berlinDate(), organizationName: 'Jugendhilfe Nord gGmbH' })]);
      const gap = gapOf(body, 'sport');
      expect(gap).toMatchObject({ state: 'closed', closedOn: berlinDate() });
      expect(gap.closeReason).toContain('vermittelt');
      expect(gap.history.map((h) => h.event)).toEqual(['opened', 'closed']);
      const rows = await queryRows<{ from_organization_id: string; to_organization_id: string; referred_by_user_id: string; service_id: string; office_id: string }>(
        world.database.db,
        sql`select from_organization_id, to_organization_id, referred_by_user_id, service_id, office_id from referrals where need_id = ${need.id}`,
      );
      expect(rows).toEqual([
        { from_organization_id: org.team, to_organization_id: org.club, referred_by_user_id: world.users.own.team_member.id, service_id: offer.turnen, office_id: world.offices.own.id },
      ]);
      expect(await auditCount(world.database)).toBe(auditBefore + 1);
      expect(await closedInPeriod()).toBe(closedBefore + 1);
      // Listed as referred.
      const list = (await world.request({ method: 'GET', url: '/api/needs?status=referred&limit=200', as: 'team_member' })).json();
      expect(list.items.map((n: { id: string }) => n.id)).toContain(need.id);

      const reopened = await world.request({ method: 'POST', url: `/api/needs/${need.id}/status`, as: 'team_member', payload: { status: 'open' } });
      expect(reopened.statusCode, reopened.body).toBe(200);
      const open = gapOf(reopened.json(), 'sport');
      expect(open).toMatchObject({ state: 'open', closedOn: null, closeReason: null, kind: 'reach' });
      expect(open.history.map((h) => h.event)).toEqual(['opened', 'closed', 'reopened']);
      expect(reopened.json().status).toBe('open');
      // The referral stays on record.
      expect(reopened.json().referrals).toHaveLength(1);
      expect(await closedInPeriod()).toBe(closedBefore);
    });

    it('needs a note to close a need, and counts the closed gap in the summary', async () => {
      const need = await create('team_member', { topicIds: [topic('sport')], ageBands: ['6-9'], text: 'Sportangebot gesucht.' });
      const closedBefore = await closedInPeriod();
      const auditBefore = await auditCount(world.database);
      for (const payload of [{ status: 'closed' }, { status: 'closed', note: ' ' }, { status: 'project' }]) {
        const refused = await world.request({ method: 'POST', url: `/api/needs/${need.id}/status`, as: 'team_member', payload });
        expect(refused.statusCode, JSON.stringify(payload)).toBe(400);
        expect(refused.json().errors[0].field, JSON.stringify(payload)).toBe('note');
      }
      const noService = await world.request({ method: 'POST', url: `/api/needs/${need.id}/status`, as: 'team_member', payload: { status: 'referred' } });
      expect(noService.statusCode).toBe(400);
      expect(noService.json().errors[0].field).toBe('serviceIds');
      const foreignService = await world.request({ method: 'POST', url: `/api/needs/${need.id}/status`, as: 'team_member', payload: { status: 'referred', serviceIds: [offer.foreign] } });
      expect(foreignService.statusCode).toBe(400);
      expect(foreignService.json().errors[0].field).toBe('serviceIds');
      expect(await auditCount(world.database)).toBe(auditBefore);
      expect((await read(need.id)).status).toBe('open');
      expect(await countRows(world.database, `referrals where need_id = '${need.id}'`)).toBe(0);

      const closed = await world.request({ method: 'POST', url: `/api/needs/${need.id}/status`, as: 'team_member', payload: { status: 'closed', note: 'Familie zugezogen' } });
      expect(closed.statusCode, closed.body).toBe(200);
      const gap = gapOf(closed.json(), 'sport');
      expect(gap).toMatchObject({ state: 'closed', closedOn: berlinDate() });
      expect(gap.closeReason).toContain('Familie zugezogen');
      expect(gap.history.at(-1)).toMatchObject({ event: 'closed', byName: 'team_member own' });
      expect(await closedInPeriod()).toBe(closedBefore + 1);
    });

    it('records a single referral through POST /api/needs/:id/referrals', async () => {
      const need = await create('team_member', { topicIds: [topic('sport')], ageBands: ['6-9'], text: 'Sportangebot gesucht.' });
      const response = await world.request({ method: 'POST', url: `/api/needs/${need.id}/referrals`, as: 'team_member', payload: { serviceId: offer.turnen, note: 'Flyer mitgegeben' } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ status: 'referred', referrals: [{ service: { id: offer.turnen } }] });
      expect(gapOf(response.json(), 'sport').state).toBe('closed');
      expect(await countRows(world.database, `referrals where need_id = '${need.id}'`)).toBe(1);
    });
  });
});

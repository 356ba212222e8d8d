import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GapSummary, NeedDetail, NeedSummary } from '../../../common/api/needs';
import { queryRows } from '../../platform/db/database';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});
const PHONE_TEXT = 'Bitte rufen Sie 0171 2345678 an';
const NAME_TEXT = 'Frau Yılmaz braucht einen Kitaplatz für ihre Kinder.';
const CLEAN_TEXT = 'Im Stadtteil fehlt ein Jugendtreff für Mädchen.';

// Each test speaks from its own address: the limiters count per client for the life of the app.
let lastAddress = 10;
const nextAddress = () => `198.51.100.${++lastAddress}`;

/** The limiters count in fixed windows aligned to the clock: start a burst well inside one, not at its very end. */
async function awayFromWindowEnd(windowMs: number, marginMs: number) {
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await new Promise((resolve) => setTimeout(resolve, left + 50));
}

describe('privacy guard and the public form', () => {
  let world: TestWorld;
  const space = { nord: '', sued: '', foreign: '' };
  let topics: { id: string; code: string | null }[] = [];
  const topic = (code: string) => {
    const id = topics.find((t) => t.code === code)?.id;
    if (!id) throw new Error(`topic ${code}`);
    return id;
  };
  const post = async (url: string, payload: object, as: Parameters<TestWorld['request']>[0]['as'] = 'admin') => {
    const response = await world.request({ method: 'POST', url, as, payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json();
  };
  const needBody = (overrides: Record<string, unknown> = {}) => ({
    spaceId: space.nord,
    topicIds: [topic('kinderbetreuung')],
    source: 'home_visit',
    voice: 'affected',
    text: CLEAN_TEXT,
    ...overrides,
  });
  const publicBody = (overrides: Record<string, unknown> = {}) => ({ office: 'own-office', spaceId: space.nord, text: CLEAN_TEXT, ...overrides });
  const submit = (payload: object, remoteAddress = nextAddress()) => world.request({ method: 'POST', url: '/api/public/needs', payload, remoteAddress });
  const summary = async (query = ''): Promise<GapSummary> => (await world.request({ method: 'GET', url: `/api/gaps/summary${query}`, as: 'admin' })).json();
  const pendingByText = async (text: string): Promise<NeedSummary> => {
    const list = await world.request({ method: 'GET', url: `/api/needs?review=pending&limit=200&q=${encodeURIComponent(text)}`, as: 'admin' });
    expect(list.statusCode).toBe(200);
    const found = list.json().items.filter((n: NeedSummary) => n.text === text);
    expect(found, text).toHaveLength(1);
    return found[0];
  };
  const stored = async () => [await countRows(world.database, 'needs'), await countRows(world.database, 'gaps'), await auditCount(world.database)];

  beforeAll(async () => {
    world = await createTestWorld();
    space.nord = (await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) })).id;
    space.sued = (await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) })).id;
    space.foreign = (await post('/api/social-spaces', { code: 'NORD', name: 'Fremd', boundary: square(10.0, 53.7) }, world.users.foreign.admin)).id;
    topics = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json();
    await post('/api/team-memberships', { spaceId: space.nord, userId: world.users.own.team_member.id, personName: 'Fachkraft', teamRole: 'asd', validFrom: '2020-01-01' });
  });
  afterAll(() => world.close());

  describe('POST /api/privacy/check', () => {
    it('finds a phone number for an anonymous caller, with offsets into the text', async () => {
      const response = await world.request({ method: 'POST', url: '/api/privacy/check', payload: { text: PHONE_TEXT }, remoteAddress: nextAddress() });
      expect(response.statusCode).toBe(200);
      const result = response.json();
      expect(result.ok).toBe(false);
      expect(result.findings).toHaveLength(1);
      expect(result.findings[0].kind).toBe('phone');
      expect(PHONE_TEXT.slice(result.findings[0].start, result.findings[0].end)).toBe('0171 2345678');
    });

    it('finds names and e-mail addresses, and passes clean text', async () => {
      const address = nextAddress();
      const check = async (text: string) => (await world.request({ method: 'POST', url: '/api/privacy/check', payload: { text }, remoteAddress: address })).json();
      const name = await check(NAME_TEXT);
      expect(name.ok).toBe(false);
      expect(name.findings.map((f: { kind: string }) => f.kind)).toEqual(['name']);
      expect(NAME_TEXT.slice(name.findings[0].start, name.findings[0].end)).toContain('Yılmaz');
      const emailText = 'Schreiben Sie an mama.k@example.org bitte.';
      const email = await check(emailText);
      expect(email.findings.map((f: { kind: string }) => f.kind)).toEqual(['email']);
      expect(emailText.slice(email.findings[0].start, email.findings[0].end)).toBe('mama.k@example.org');
      expect(await check(CLEAN_TEXT)).toEqual({ ok: true, findings: [] });
      expect(await check('')).toEqual({ ok: true, findings: [] });
    });

    it('refuses bad bodies with 400', async () => {
      const address = nextAddress();
      for (const payload of [{}, { text: 5 }, { text: 'x'.repeat(10_001) }, { text: 'ok', extra: true }]) {
        const response = await world.request({ method: 'POST', url: '/api/privacy/check', payload, remoteAddress: address });
        expect(response.statusCode, JSON.stringify(payload).slice(0, 40)).toBe(400);
      }
    });

    it('limits anonymous callers to 60 checks a minute (429 with Retry-After), per client; signed-in staff are not limited', async () => {
      await awayFromWindowEnd(60_000, 15_000);
      const address = nextAddress();
      const check = (as?: 'team_member') => world.request({ method: 'POST', url: '/api/privacy/check', payload: { text: CLEAN_TEXT }, remoteAddress: address, ...(as ? { as } : {}) });
      for (let i = 1; i <= 60; i++) expect((await check()).statusCode, `call ${i}`).toBe(200);
      const refused = await check();
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('RATE_LIMITED');
      expect(refused.headers['content-type']).toContain('application/problem+json');
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(60);
      // Another client is not affected.
      expect((await world.request({ method: 'POST', url: '/api/privacy/check', payload: { text: CLEAN_TEXT }, remoteAddress: nextAddress() })).statusCode).toBe(200);
      // Staff from the very same address are not limited: 70 calls in a row.
      for (let i = 1; i <= 70; i++) expect((await check('team_member')).statusCode, `staff call ${i}`).toBe(200);
    });
  });

  describe('refusing personal data: 422, nothing stored', () => {
    it('refuses a need whose text holds a phone number or a name, quoting the words', async () => {
      const before = await stored();
      for (const [text, words] of [
        [PHONE_TEXT, '0171 2345678'],
        [NAME_TEXT, 'Yılmaz'],
      ] as const) {
        const response = await world.request({ method: 'POST', url: '/api/needs', as: 'team_member', payload: needBody({ text }) });
        expect(response.statusCode, text).toBe(422);
        expect(response.headers['content-type']).toContain('application/problem+json');
        const body = response.json();
        expect(body.code).toBe('PERSONAL_DATA_REJECTED');
        expect(body.errors[0].field).toBe('text');
        expect(body.errors[0].message).toContain(words);
        expect(body.errors).toHaveLength(1);
      }
      expect(await stored()).toEqual(before);
    });

    it('checks requirements.text and helpfulText too, naming every field at once', async () => {
      const before = await stored();
      const requirements = await world.request({ method: 'POST', url: '/api/needs', as: 'admin', payload: needBody({ requirements: { text: PHONE_TEXT } }) });
      expect(requirements.statusCode).toBe(422);
      expect(requirements.json().errors.map((e: { field: string }) => e.field)).toEqual(['requirements.text']);
      expect(requirements.json().errors[0].message).toContain('0171 2345678');
      const helpful = await world.request({ method: 'POST', url: '/api/needs', as: 'admin', payload: needBody({ source: 'case_closure', helpfulText: NAME_TEXT }) });
      expect(helpful.statusCode).toBe(422);
      expect(helpful.json().errors.map((e: { field: string }) => e.field)).toEqual(['helpfulText']);
      expect(helpful.json().errors[0].message).toContain('Yılmaz');
      const all = await world.request({ method: 'POST', url: '/api/needs', as: 'admin', payload: needBody({ text: PHONE_TEXT, requirements: { text: NAME_TEXT }, helpfulText: NAME_TEXT }) });
      expect(all.statusCode).toBe(422);
      expect(all.json().errors.map((e: { field: string }) => e.field)).toEqual(['text', 'requirements.text', 'helpfulText']);
      expect(await stored()).toEqual(before);
    });

    it('refuses the same in a change, and keeps the need as it was', async () => {
      const need: NeedDetail = await post('/api/needs', needBody(), 'team_member');
      const before = await stored();
      for (const [payload, field] of [
        [{ text: PHONE_TEXT }, 'text'],
        [{ requirements: { text: NAME_TEXT } }, 'requirements.text'],
        [{ helpfulText: PHONE_TEXT }, 'helpfulText'],
      ] as const) {
        const response = await world.request({ method: 'PATCH', url: `/api/needs/${need.id}`, as: 'team_member', payload });
        expect(response.statusCode, field).toBe(422);
        expect(response.json()).toMatchObject({ code: 'PERSONAL_DATA_REJECTED', errors: [{ field }] });
      }
      expect(await stored()).toEqual(before);
      const [row] = await queryRows<{ text: string; requirements: { text: string }; helpful_text: string }>(
        world.database.db,
        sql`select text, requirements, helpful_text from needs where id = ${need.id}`,
      );
      expect(row).toMatchObject({ text: CLEAN_TEXT, requirements: { text: '' }, helpful_text: '' });
    });

    it('refuses personal data in notes on status, review and gap correction', async () => {
      const need: NeedDetail = await post('/api/needs', needBody(), 'team_member');
      const before = await stored();
      const status = await world.request({ method: 'POST', url: `/api/needs/${need.id}/status`, as: 'team_member', payload: { status: 'closed', note: 'Frau Yılmaz ist weggezogen' } });
      expect(status.statusCode).toBe(422);
      expect(status.json().errors[0].field).toBe('note');
      const correct = await world.request({ method: 'POST', url: `/api/gaps/${need.gaps[0]?.id}/correct`, as: 'team_member', payload: { kind: 'reach', note: PHONE_TEXT } });
      expect(correct.statusCode).toBe(422);
      expect(correct.json().errors[0].field).toBe('note');
      expect(await stored()).toEqual(before);
      const text = 'Es fehlt eine Hebammensprechstunde.';
      expect((await submit(publicBody({ text }))).statusCode).toBe(201);
      const entry = await pendingByText(text);
      const review = await world.request({ method: 'POST', url: `/api/needs/${entry.id}/review`, as: 'team_member', payload: { decision: 'rejected', note: PHONE_TEXT } });
      expect(review.statusCode).toBe(422);
      expect(review.json().errors[0].field).toBe('note');
      expect((await pendingByText(text)).reviewState).toBe('pending');
      expect((await world.request({ method: 'GET', url: `/api/needs/${need.id}`, as: 'team_member' })).json()).toMatchObject({ status: 'open', gaps: [{ confirmed: false, state: 'open' }] });
    });

    it('refuses personal data on the public form, and stores nothing', async () => {
      const before = await stored();
      const text = await submit(publicBody({ text: NAME_TEXT }));
      expect(text.statusCode).toBe(422);
      expect(text.json()).toMatchObject({ code: 'PERSONAL_DATA_REJECTED', errors: [{ field: 'text' }] });
      expect(text.json().errors[0].message).toContain('Yılmaz');
      const requirements = await submit(publicBody({ requirements: { text: PHONE_TEXT } }));
      expect(requirements.statusCode).toBe(422);
      expect(requirements.json().errors.map((e: { field: string }) => e.field)).toEqual(['requirements.text']);
      expect(await stored()).toEqual(before);
    });
  });

  describe('the public form', () => {
    it('stores an anonymous entry without recorder, gaps or any trace of the client address', async () => {
      const address = '203.0.113.77';
      const text = 'Für Kinder unter drei gibt es hier keine Krabbelgruppe.';
      const auditBefore = await auditCount(world.database);
      const response = await submit(publicBody({ text, language: 'tr', ageBands: ['0-2'], topicIds: [topic('kinderbetreuung')], requirements: { times: ['morning'], languages: ['tr'] } }), address);
      expect(response.statusCode, response.body).toBe(201);
      expect(response.json()).toEqual({ received: true });
      // One from the default inject address as well.
      expect((await world.request({ method: 'POST', url: '/api/public/needs', payload: publicBody({ text: 'Es fehlt ein Spielplatz mit Schatten.' }) })).statusCode).toBe(201);
      expect(await auditCount(world.database)).toBe(auditBefore + 2);

      const [row] = await queryRows<{ id: string; recorded_by_user_id: string | null; recorded_by_organization_id: string | null; review_state: string; source: string; voice: string; language: string; office_id: string }>(
        world.database.db,
        sql`select id, recorded_by_user_id, recorded_by_organization_id, review_state, source, voice, language, office_id from needs where text = ${text}`,
      );
      expect(row).toMatchObject({ recorded_by_user_id: null, recorded_by_organization_id: null, review_state: 'pending', source: 'public_form', voice: 'affected', language: 'tr', office_id: world.offices.own.id });
      expect(await countRows(world.database, `gaps where need_id = '${row?.id}'`)).toBe(0);
      const [audit] = await queryRows<{ actor_user_id: string | null; actor_label: string }>(world.database.db, sql`select actor_user_id, actor_label from audit_log where entity_id = ${row?.id ?? ''}`);
      expect(audit).toMatchObject({ actor_user_id: null });

      // No column of any table holds the client address.
      const tables = await queryRows<{ name: string }>(
        world.database.db,
        sql`select table_name as name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
      );
      expect(tables.map((t) => t.name)).toEqual(expect.arrayContaining(['needs', 'audit_log', 'gaps']));
      for (const { name } of tables) {
        for (const ip of [address, '127.0.0.1']) {
          const [hit] = await queryRows<{ n: number }>(world.database.db, sql.raw(`select count(*)::int as n from "${name}" x where x::text like '%${ip}%'`));
          expect(hit?.n, `${name} holds ${ip}`).toBe(0);
        }
      }
    });

    it('never lets an anonymous caller read a need or the gaps', async () => {
      const need: NeedDetail = await post('/api/needs', needBody(), 'admin');
      for (const url of ['/api/needs', '/api/needs?review=pending', `/api/needs/${need.id}`, '/api/gaps/summary', '/api/gaps/summary.csv', `/api/needs/offer-suggestions?spaceId=${space.nord}`]) {
        const response = await world.request({ method: 'GET', url, remoteAddress: nextAddress() });
        expect(response.statusCode, url).toBe(401);
        expect(response.body, url).not.toContain(need.text);
      }
      for (const [method, url, payload] of [
        ['POST', '/api/needs', needBody()],
        ['PATCH', `/api/needs/${need.id}`, { text: 'Geändert.' }],
        ['POST', `/api/needs/${need.id}/review`, { decision: 'accepted', topicIds: [topic('sport')] }],
        ['POST', `/api/needs/${need.id}/status`, { status: 'closed', note: 'Erledigt' }],
        ['DELETE', `/api/needs/${need.id}`, undefined],
        ['POST', `/api/gaps/${need.gaps[0]?.id}/correct`, { kind: 'reach', note: 'anonym' }],
      ] as const) {
        const response = await world.request({ method, url, remoteAddress: nextAddress(), ...(payload ? { payload } : {}) });
        expect(response.statusCode, `${method} ${url}`).toBe(401);
      }
    });

    it('refuses an entry without a valid space of the office', async () => {
      const before = await stored();
      const noOffice = await submit({ spaceId: space.nord, text: CLEAN_TEXT });
      expect(noOffice.statusCode).toBe(400);
      expect(noOffice.json().errors[0].field).toBe('office');
      for (const spaceId of [space.foreign, '00000000-0000-4000-8000-000000000000']) {
        const response = await submit(publicBody({ spaceId }));
        expect(response.statusCode).toBe(400);
        expect(response.json().errors[0].field).toBe('spaceId');
      }
      const staffSource = await submit(publicBody({ voice: 'professional' }));
      expect(staffSource.statusCode).toBe(400);
      expect(await stored()).toEqual(before);
    });

    it('counts an entry only once a team member accepted it; then its gaps exist', async () => {
      const text = 'Es gibt keine Betreuung am Nachmittag für Grundschulkinder.';
      const before = await summary();
      expect((await submit(publicBody({ text, ageBands: ['6-9'] }))).statusCode).toBe(201);
      const waiting = await summary();
      expect(waiting.totals.needs).toBe(before.totals.needs);
      expect(waiting.totals.byVoice).toEqual(before.totals.byVoice);
      expect(waiting.cells).toEqual(before.cells);
      expect(waiting.totals.pendingReview).toBe(before.totals.pendingReview + 1);
      // Not in the default list of needs either, but in the review queue.
      const accepted = (await world.request({ method: 'GET', url: '/api/needs?limit=200', as: 'admin' })).json();
      expect(accepted.items.map((n: NeedSummary) => n.text)).not.toContain(text);
      const entry = await pendingByText(text);
      expect(entry).toMatchObject({ source: 'public_form', voice: 'affected', reviewState: 'pending', gapKinds: [], language: 'de', spaceId: space.nord });

      // Status changes wait for the review; accepting needs a topic; a team member elsewhere may not review.
      expect((await world.request({ method: 'POST', url: `/api/needs/${entry.id}/status`, as: 'team_member', payload: { status: 'closed', note: 'Erledigt' } })).statusCode).toBe(409);
      const noTopic = await world.request({ method: 'POST', url: `/api/needs/${entry.id}/review`, as: 'team_member', payload: { decision: 'accepted' } });
      expect(noTopic.statusCode).toBe(400);
      expect(noTopic.json().errors[0].field).toBe('topicIds');
      expect((await world.request({ method: 'POST', url: `/api/needs/${entry.id}/review`, as: 'provider_editor', payload: { decision: 'accepted', topicIds: [topic('kinderbetreuung')] } })).statusCode).toBe(403);

      const review = await world.request({
        method: 'POST',
        url: `/api/needs/${entry.id}/review`,
        as: 'team_member',
        payload: { decision: 'accepted', topicIds: [topic('kinderbetreuung')], note: 'Passt zum Stadtteil' },
      });
      expect(review.statusCode, review.body).toBe(200);
      const detail: NeedDetail = review.json();
      expect(detail).toMatchObject({ reviewState: 'accepted', reviewNote: 'Passt zum Stadtteil', recordedBy: { userId: null, organizationId: null } });
      expect(detail.gaps).toHaveLength(1);
      expect(detail.gaps[0]).toMatchObject({ topicId: topic('kinderbetreuung'), kind: 'missing', state: 'open', history: [{ event: 'opened' }] });

      const counted = await summary();
      expect(counted.totals.needs).toBe(before.totals.needs + 1);
      expect(counted.totals.byVoice).toEqual({ affected: before.totals.byVoice.affected + 1, professional: before.totals.byVoice.professional });
      expect(counted.totals.pendingReview).toBe(before.totals.pendingReview);
      const cell = (s: GapSummary) => s.cells.find((c) => c.spaceId === space.nord && c.topicId === topic('kinderbetreuung'));
      expect((cell(counted)?.needs ?? 0) - (cell(before)?.needs ?? 0)).toBe(1);
      expect((cell(counted)?.byVoice.affected.missing ?? 0) - (cell(before)?.byVoice.affected.missing ?? 0)).toBe(1);
      const publicOnly = await summary('?source=public_form');
      expect(publicOnly.totals.needs).toBeGreaterThanOrEqual(1);

      // Reviewed once is reviewed.
      expect((await world.request({ method: 'POST', url: `/api/needs/${entry.id}/review`, as: 'team_member', payload: { decision: 'rejected' } })).statusCode).toBe(409);
    });

    it('rejects an entry: it never counts and has no gaps', async () => {
      const text = 'Mehr Bänke im Park wären schön.';
      expect((await submit(publicBody({ text, topicIds: [topic('wohnen')] }))).statusCode).toBe(201);
      const before = await summary();
      const entry = await pendingByText(text);
      const response = await world.request({ method: 'POST', url: `/api/needs/${entry.id}/review`, as: 'team_member', payload: { decision: 'rejected', note: 'Kein Bedarf der Jugendhilfe' } });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.json()).toMatchObject({ reviewState: 'rejected', gaps: [] });
      const after = await summary();
      expect(after.totals.needs).toBe(before.totals.needs);
      expect(after.totals.pendingReview).toBe(before.totals.pendingReview - 1);
      expect(await countRows(world.database, `gaps where need_id = '${entry.id}'`)).toBe(0);
      const rejected = (await world.request({ method: 'GET', url: '/api/needs?review=rejected', as: 'admin' })).json();
      expect(rejected.items.map((n: NeedSummary) => n.id)).toContain(entry.id);
    });

    it('takes at most 10 entries in 10 minutes from one client (429 with Retry-After), nothing stored beyond', async () => {
      await awayFromWindowEnd(600_000, 20_000);
      const address = nextAddress();
      const before = await countRows(world.database, 'needs');
      for (let i = 1; i <= 10; i++) {
        const response = await submit(publicBody({ text: `Eintrag Nummer ${i}: hier fehlt ein Jugendtreff.` }), address);
        expect(response.statusCode, `entry ${i} ${response.body}`).toBe(201);
      }
      const refused = await submit(publicBody({ text: 'Eintrag elf: hier fehlt ein Jugendtreff.' }), address);
      expect(refused.statusCode).toBe(429);
      expect(refused.json().code).toBe('RATE_LIMITED');
      const retryAfter = Number(refused.headers['retry-after']);
      expect(retryAfter).toBeGreaterThanOrEqual(1);
      expect(retryAfter).toBeLessThanOrEqual(600);
      expect(await countRows(world.database, 'needs')).toBe(before + 10);
      // Another client may still submit.
      expect((await submit(publicBody({ text: 'Hier fehlt ein Bolzplatz.' }))).statusCode).toBe(201);
    });
  });
});

import { createHash } from 'node:crypto';
import { sql } from 'drizzle-orm';
import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MeetingDetail } from '../../../common/api/meetings';
import { queryRows } from '../../platform/db/database';
import { auditCount, createTestWorld, type TestWorld } from '../../test/test-app';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]],
});

type As = Parameters<TestWorld['request']>[0]['as'];
type Parsed = { calendar: ICAL.Component; events: ICAL.Event[]; raw: string };

/** A title that needs escaping (; , \) and, with its umlauts, folding inside multi-byte characters. */
const LONG_TITLE = 'Netzwerktreffen Nord: Übergänge Kita → Grundschule; Sprachförderung, Elternarbeit \\ Ganztag – Rückblick und Ausblick äöüß';

describe('calendar feeds (iCalendar, RFC 5545)', () => {
  let world: TestWorld;
  const space = { a: '', b: '' };
  const person = { a: '', b: '', teamMemberA: '', teamMemberOldB: '' };
  const meeting = { winter: '', summer: '', cancelled: '', south: '', southOrganised: '' };

  const post = async (url: string, payload: object, as: As = 'admin') => {
    const response = await world.request({ method: 'POST', url, as, payload });
    expect(response.statusCode, `${url} ${response.body}`).toBe(201);
    return response.json();
  };
  const newMeeting = async (payload: Record<string, unknown>) => ((await post('/api/meetings', payload)) as MeetingDetail).id;
  /** The feed as a calendar program fetches it: no cookie, no Origin, just the address. */
  const fetchFeed = (url: string) => world.app.inject({ method: 'GET', url: url.replace(world.settings.publicUrl, '') });
  const parse = (raw: string): Parsed => {
    const calendar = new ICAL.Component(ICAL.parse(raw));
    const timezone = calendar.getFirstSubcomponent('vtimezone');
    if (timezone) ICAL.TimezoneService.register(timezone);
    return { calendar, events: calendar.getAllSubcomponents('vevent').map((c) => new ICAL.Event(c)), raw };
  };
  const eventOf = (parsed: Parsed, meetingId: string) => {
    const event = parsed.events.find((e) => e.uid === `${meetingId}@localhost`);
    if (!event) throw new Error(`no event for ${meetingId}`);
    return event;
  };

  beforeAll(async () => {
    world = await createTestWorld();
    space.a = (await post('/api/social-spaces', { code: 'NORD', name: 'Nord', boundary: square(10.0, 53.7) })).id;
    space.b = (await post('/api/social-spaces', { code: 'SUED', name: 'Süd', boundary: square(10.05, 53.7) })).id;
    const membership = async (spaceId: string, personName: string, userId: string | null = null, validTo: string | null = null) =>
      (await post('/api/team-memberships', { spaceId, userId, personName, teamRole: 'asd', validFrom: '2020-01-01', validTo })).id as string;
    person.a = await membership(space.a, 'Fachkraft Nord');
    person.b = await membership(space.b, 'Fachkraft Süd');
    person.teamMemberA = await membership(space.a, 'Teamkraft', world.users.own.team_member.id);
    // The team member was on the team in Süd until 2025 and organised a meeting there.
    person.teamMemberOldB = await membership(space.b, 'Teamkraft', world.users.own.team_member.id, '2025-12-31');

    meeting.winter = await newMeeting({
      spaceIds: [space.a],
      title: LONG_TITLE,
      startsAt: '2031-03-05T16:00:00+01:00',
      endsAt: '2031-03-05T18:00:00+01:00',
      place: 'Familienzentrum Nord, Saal 2; Eingang über den Hof',
      organizerMembershipIds: [person.a],
    });
    for (const title of ['Sommerfest', 'Neue Angebote der Kita Sonnenschein und der Grundschule am Park, Vorstellung durch die Leitungen']) {
      await post(`/api/meetings/${meeting.winter}/agenda`, { title });
    }
    meeting.summer = await newMeeting({
      spaceIds: [space.a],
      title: 'Netzwerktreffen Nord im Sommer',
      startsAt: '2031-07-02T16:00:00+02:00',
      endsAt: '2031-07-02T18:00:00+02:00',
      onlineUrl: 'https://meet.example/nord',
      organizerMembershipIds: [person.a],
    });
    meeting.cancelled = await newMeeting({ spaceIds: [space.a], title: 'Abgesagtes Treffen', startsAt: '2031-09-03T16:00:00+02:00', endsAt: '2031-09-03T18:00:00+02:00', organizerMembershipIds: [person.a] });
    const cancel = await world.request({ method: 'POST', url: `/api/meetings/${meeting.cancelled}/state`, as: 'admin', payload: { state: 'cancelled', reason: 'Raum nicht verfügbar' } });
    expect(cancel.statusCode, cancel.body).toBe(200);
    meeting.south = await newMeeting({ spaceIds: [space.b], title: 'Treffen Süd', startsAt: '2031-03-12T16:00:00+01:00', endsAt: '2031-03-12T18:00:00+01:00', organizerMembershipIds: [person.b] });
    meeting.southOrganised = await newMeeting({
      spaceIds: [space.b],
      title: 'Treffen Süd 2025',
      startsAt: '2025-03-12T16:00:00+01:00',
      endsAt: '2025-03-12T18:00:00+01:00',
      organizerMembershipIds: [person.teamMemberOldB],
    });
  });
  afterAll(() => world.close());

  it('creates a space feed: the address carries a fresh token shown once; only its SHA-256 is stored; creating is audited', async () => {
    const before = await auditCount(world.database);
    const feed = await post('/api/calendar-feeds', { scope: 'space', spaceId: space.a }, 'team_member');
    expect(feed).toMatchObject({ scope: 'space', spaceId: space.a, label: 'Netzwerktreffen Nord', revokedAt: null });
    const token = new URL(feed.url).searchParams.get('token') ?? '';
    expect(feed.url).toBe(`${world.settings.publicUrl}/api/calendar.ics?token=${token}`);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    expect(feed.tokenHint).toBe(token.slice(-4));
    const stored = await queryRows<{ token_hash: string }>(world.database.db, sql`select token_hash from calendar_feeds where id = ${feed.id}`);
    expect(stored).toEqual([{ token_hash: createHash('sha256').update(token).digest('hex') }]);
    expect(await auditCount(world.database)).toBe(before + 1);
    const audit = await queryRows<{ after: string }>(world.database.db, sql`select after::text as after from audit_log where entity_id = ${feed.id}`);
    expect(audit[0]?.after).not.toContain(token);
    const listed = (await world.request({ method: 'GET', url: '/api/calendar-feeds', as: 'team_member' })).json();
    expect(listed).toEqual([expect.objectContaining({ id: feed.id, tokenHint: feed.tokenHint })]);
    expect(JSON.stringify(listed)).not.toContain(token);
  });

  it('the space feed parses in ical.js: one event per meeting of the space, times in Europe/Berlin, cancelled marked, no cookie needed, not audited', async () => {
    const feed = await post('/api/calendar-feeds', { scope: 'space', spaceId: space.a }, 'team_member');
    const before = await auditCount(world.database);
    const response = await fetchFeed(feed.url);
    expect(response.statusCode, response.body).toBe(200);
    expect(response.headers['content-type']).toBe('text/calendar; charset=utf-8');
    expect(await auditCount(world.database)).toBe(before);

    const parsed = parse(response.body);
    expect(parsed.calendar.name).toBe('vcalendar');
    expect(parsed.calendar.getFirstPropertyValue('version')).toBe('2.0');
    expect(parsed.calendar.getFirstPropertyValue('prodid')).toBeTruthy();
    expect(parsed.calendar.getFirstPropertyValue('method')).toBe('PUBLISH');
    expect(parsed.calendar.getFirstPropertyValue('calscale')).toBe('GREGORIAN');
    expect(parsed.calendar.getFirstPropertyValue('x-wr-calname')).toBe('Netzwerktreffen Nord');
    expect(parsed.events.map((e) => e.uid).sort()).toEqual([meeting.winter, meeting.summer, meeting.cancelled].map((id) => `${id}@localhost`).sort());

    const winter = eventOf(parsed, meeting.winter);
    expect(winter.startDate.zone.tzid).toBe('Europe/Berlin');
    expect([winter.startDate.hour, winter.startDate.minute, winter.endDate.hour]).toEqual([16, 0, 18]);
    expect(winter.startDate.toJSDate().toISOString()).toBe('2031-03-05T15:00:00.000Z');
    expect(winter.endDate.toJSDate().toISOString()).toBe('2031-03-05T17:00:00.000Z');
    // Escaping survives the round trip: ; , \ and umlauts come back exactly.
    expect(winter.summary).toBe(LONG_TITLE);
    expect(winter.location).toBe('Familienzentrum Nord, Saal 2; Eingang über den Hof');
    expect(winter.description).toContain('Tagesordnung:\n1. Sommerfest\n2. Neue Angebote der Kita Sonnenschein und der Grundschule am Park, Vorstellung durch die Leitungen');
    expect(winter.component.getFirstPropertyValue('url')).toBe(`${world.settings.publicUrl}/treffen/${meeting.winter}`);
    expect(winter.component.getFirstPropertyValue('status')).toBe('CONFIRMED');
    expect(winter.component.getFirstPropertyValue('dtstamp')).toBeTruthy();
    expect(winter.sequence).toBe(0);

    // Summer time: 16:00 in Berlin is 14:00 UTC.
    const summer = eventOf(parsed, meeting.summer);
    expect(summer.startDate.hour).toBe(16);
    expect(summer.startDate.toJSDate().toISOString()).toBe('2031-07-02T14:00:00.000Z');
    expect(summer.location).toBe('Online');
    expect(summer.component.getFirstPropertyValue('url')).toBe('https://meet.example/nord');

    const cancelled = eventOf(parsed, meeting.cancelled);
    expect(cancelled.component.getFirstPropertyValue('status')).toBe('CANCELLED');
    expect(cancelled.sequence).toBe(1);
    expect(cancelled.description).toContain('Abgesagt: Raum nicht verfügbar');
  });

  it('is written to the letter of RFC 5545: CRLF line ends, lines folded at 75 octets without splitting a character, escaped text', async () => {
    const feed = await post('/api/calendar-feeds', { scope: 'space', spaceId: space.a }, 'admin');
    const raw = (await fetchFeed(feed.url)).body;
    expect(raw.endsWith('END:VCALENDAR\r\n')).toBe(true);
    expect(raw.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = raw.split('\r\n').slice(0, -1);
    for (const line of lines) expect(Buffer.byteLength(line, 'utf8'), line).toBeLessThanOrEqual(75);
    // The long title is folded, and no line holds a broken character (a split multi-byte sequence would decode to U+FFFD).
    expect(lines.some((l) => l.startsWith(' '))).toBe(true);
    expect(raw).not.toContain('\uFFFD');
    const summary = raw.slice(raw.indexOf('SUMMARY:Netzwerktreffen Nord: '), raw.indexOf('\r\nLOCATION:Familienzentrum'));
    expect(summary.split('\r\n').length).toBeGreaterThan(1);
    expect(summary.replace(/\r\n /g, '')).toBe(`SUMMARY:${LONG_TITLE.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,')}`);
    expect(raw).toContain('BEGIN:VTIMEZONE\r\nTZID:Europe/Berlin');
    expect(raw).toMatch(/DTSTART;TZID=Europe\/Berlin:20310305T160000\r\n/);
  });

  it('a change of place raises SEQUENCE, so calendar programs pick it up', async () => {
    const feed = await post('/api/calendar-feeds', { scope: 'space', spaceId: space.a }, 'admin');
    const changed = await world.request({ method: 'PATCH', url: `/api/meetings/${meeting.summer}`, as: 'admin', payload: { place: 'Rathaus Nord' } });
    expect(changed.statusCode, changed.body).toBe(200);
    const summer = eventOf(parse((await fetchFeed(feed.url)).body), meeting.summer);
    expect(summer.sequence).toBe(1);
    expect(summer.location).toBe('Rathaus Nord');
  });

  it('a user feed holds the meetings of the spaces where the user is on the team today, and those they organised', async () => {
    const feed = await post('/api/calendar-feeds', { scope: 'user' }, 'team_member');
    expect(feed).toMatchObject({ scope: 'user', spaceId: null, label: 'Meine Netzwerktreffen' });
    const parsed = parse((await fetchFeed(feed.url)).body);
    expect(parsed.events.map((e) => e.uid).sort()).toEqual([meeting.winter, meeting.summer, meeting.cancelled, meeting.southOrganised].map((id) => `${id}@localhost`).sort());
    expect(eventOf(parsed, meeting.southOrganised).startDate.toJSDate().toISOString()).toBe('2025-03-12T15:00:00.000Z');
  });

  it('revoking: the owner or a manager; the address then answers 404; unknown tokens too', async () => {
    const feed = await post('/api/calendar-feeds', { scope: 'space', spaceId: space.a }, 'team_member');
    expect((await fetchFeed(feed.url)).statusCode).toBe(200);
    const other = await world.request({ method: 'DELETE', url: `/api/calendar-feeds/${feed.id}`, as: 'provider_editor' });
    expect(other.statusCode).toBe(403);
    const before = await auditCount(world.database);
    expect((await world.request({ method: 'DELETE', url: `/api/calendar-feeds/${feed.id}`, as: 'team_member' })).statusCode).toBe(204);
    expect(await auditCount(world.database)).toBe(before + 1);
    const gone = await fetchFeed(feed.url);
    expect(gone.statusCode).toBe(404);
    expect(gone.body).not.toContain('BEGIN:VCALENDAR');
    const listed = (await world.request({ method: 'GET', url: '/api/calendar-feeds', as: 'team_member' })).json() as { id: string; revokedAt: string | null }[];
    expect(listed.find((f) => f.id === feed.id)?.revokedAt).not.toBeNull();

    const second = await post('/api/calendar-feeds', { scope: 'user' }, 'team_member');
    expect((await world.request({ method: 'DELETE', url: `/api/calendar-feeds/${second.id}`, as: 'head_of_department' })).statusCode).toBe(204);
    expect((await fetchFeed(second.url)).statusCode).toBe(404);
    // Another office's manager does not find it.
    expect((await world.request({ method: 'DELETE', url: `/api/calendar-feeds/${second.id}`, as: world.users.foreign.admin })).statusCode).toBe(404);

    const unknown = await world.app.inject({ method: 'GET', url: `/api/calendar.ics?token=${Buffer.alloc(32, 7).toString('base64url')}` });
    expect(unknown.statusCode).toBe(404);
    expect((await world.app.inject({ method: 'GET', url: '/api/calendar.ics' })).statusCode).toBe(400);
  });

  it('a feed stops when its owner is deactivated', async () => {
    const feed = await post('/api/calendar-feeds', { scope: 'space', spaceId: space.a }, 'provider_editor');
    expect((await fetchFeed(feed.url)).statusCode).toBe(200);
    await world.database.db.execute(sql`update users set active = false where id = ${world.users.own.provider_editor.id}`);
    expect((await fetchFeed(feed.url)).statusCode).toBe(404);
    await world.database.db.execute(sql`update users set active = true where id = ${world.users.own.provider_editor.id}`);
  });

  it('permissions: staff create feeds, the committee does not, the public only reads with a token; bad input → 400', async () => {
    expect((await world.request({ method: 'POST', url: '/api/calendar-feeds', as: 'committee', payload: { scope: 'user' } })).statusCode).toBe(403);
    expect((await world.request({ method: 'POST', url: '/api/calendar-feeds', payload: { scope: 'user' } })).statusCode).toBe(401);
    expect((await world.request({ method: 'GET', url: '/api/calendar-feeds' })).statusCode).toBe(401);
    const noSpace = await world.request({ method: 'POST', url: '/api/calendar-feeds', as: 'admin', payload: { scope: 'space' } });
    expect(noSpace.statusCode).toBe(400);
    expect(noSpace.json().errors).toEqual([{ field: 'spaceId', message: 'Bitte einen Sozialraum dieses Jugendamts wählen.' }]);
    const foreignSpace = await world.request({ method: 'POST', url: '/api/calendar-feeds', as: world.users.foreign.admin, payload: { scope: 'space', spaceId: space.a } });
    expect(foreignSpace.statusCode).toBe(400);
  });
});

import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessions } from '../../platform/auth/auth.tables';
import { hashToken, SESSION_COOKIE } from '../../platform/auth/session';
import { auditCount, countRows, createTestWorld, TEST_PASSWORD, type TestWorld } from '../../test/test-app';

const login = (world: TestWorld, email: string, password: string, headers: Record<string, string> = {}) =>
  world.request({ method: 'POST', url: '/api/auth/login', payload: { email, password }, headers });

const sessionCookie = (setCookie: string | string[] | undefined) => {
  const header = Array.isArray(setCookie) ? setCookie.join(';') : (setCookie ?? '');
  return /sozialraum_session=([^;]+)/.exec(header)?.[1];
};

describe('sign-in and sessions', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld({ loginMaxFailures: 3 });
  });
  afterAll(() => world.close());

  it('signs in with e-mail and password, sets an HttpOnly SameSite=Lax cookie, and answers /me', async () => {
    const response = await login(world, 'TEAM_MEMBER@own.test ', TEST_PASSWORD);
    expect(response.statusCode).toBe(200);
    const setCookie = String(response.headers['set-cookie']);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).not.toMatch(/Secure/); // plain http in tests; Secure comes with an https PUBLIC_URL
    expect(response.json().user.email).toBe('team_member@own.test');
    const token = sessionCookie(response.headers['set-cookie']);
    expect(token).toBeTruthy();
    // Only the hash of the token is stored.
    const stored = await world.database.db.select().from(sessions).where(eq(sessions.tokenHash, hashToken(token ?? '')));
    expect(stored).toHaveLength(1);
    const me = await world.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `${SESSION_COOKIE}=${token}` } });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ user: { email: 'team_member@own.test', roles: ['team_member'] }, office: { code: 'own-office' } });
  });

  it('refuses a wrong password with a German problem and no session', async () => {
    const response = await login(world, 'committee@own.test', 'falsch-falsch-falsch');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'INVALID_CREDENTIALS', title: 'Anmeldung fehlgeschlagen' });
    expect(response.headers['set-cookie']).toBeUndefined();
  });

  it('locks an account after the set number of failures, even for the right password, and records the lock', async () => {
    const email = 'provider_editor@own.test';
    for (let i = 0; i < 3; i++) expect((await login(world, email, `falsch-${i}-xxxxxxxx`)).statusCode).toBe(401);
    const locked = await login(world, email, TEST_PASSWORD);
    expect(locked.statusCode).toBe(429);
    expect(locked.json().code).toBe('ACCOUNT_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
    const audit = await world.request({ method: 'GET', url: '/api/audit?action=lock', as: 'admin' });
    expect(audit.json().items).toEqual([expect.objectContaining({ entity: 'user', entityId: world.users.own.provider_editor.id })]);
    // Another account is not affected.
    expect((await login(world, 'head_of_department@own.test', TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('lets the lock expire after the lock time', async () => {
    const email = 'provider_editor@own.test';
    await world.database.db.execute(sql`update login_failures set at = at - interval '16 minutes' where email = ${email}`);
    expect((await login(world, email, TEST_PASSWORD)).statusCode).toBe(200);
  });

  it('logs out: the cookie no longer works', async () => {
    const token = sessionCookie((await login(world, 'committee@own.test', TEST_PASSWORD)).headers['set-cookie']);
    const cookie = `${SESSION_COOKIE}=${token}`;
    const out = await world.app.inject({ method: 'POST', url: '/api/auth/logout', headers: { cookie, origin: 'http://localhost:3000' } });
    expect(out.statusCode).toBe(204);
    expect((await world.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie } })).statusCode).toBe(401);
  });

  it('ends a session after the idle timeout and after the absolute timeout', async () => {
    const idle = sessionCookie((await login(world, 'committee@own.test', TEST_PASSWORD)).headers['set-cookie']) ?? '';
    await world.database.db.execute(sql`update sessions set last_seen_at = now() - interval '2 hours' where token_hash = ${hashToken(idle)}`);
    expect((await world.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `${SESSION_COOKIE}=${idle}` } })).statusCode).toBe(401);
    const old = sessionCookie((await login(world, 'committee@own.test', TEST_PASSWORD)).headers['set-cookie']) ?? '';
    await world.database.db.execute(sql`update sessions set expires_at = now() - interval '1 second' where token_hash = ${hashToken(old)}`);
    expect((await world.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: `${SESSION_COOKIE}=${old}` } })).statusCode).toBe(401);
  });
});

describe('behind HTTPS', () => {
  it('marks the session cookie Secure and sends HSTS', async () => {
    const world = await createTestWorld({ publicUrl: 'https://sozialraum.example' });
    const response = await login(world, 'admin@own.test', TEST_PASSWORD, { origin: 'https://sozialraum.example' });
    expect(response.statusCode).toBe(200);
    expect(String(response.headers['set-cookie'])).toMatch(/Secure/);
    expect(response.headers['strict-transport-security']).toContain('max-age=');
    await world.close();
  });
});

describe('CSRF defence and security headers', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld();
  });
  afterAll(() => world.close());

  const create = (headers: Record<string, string>) =>
    world.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: `${SESSION_COOKIE}=${world.users.own.admin.cookie}`, ...headers },
      payload: { email: 'csrf@own.test', displayName: 'CSRF', roles: ['committee'] },
    });

  it('refuses a cookie-carrying write from a foreign origin, or with neither Origin nor Referer', async () => {
    const before = await countRows(world.database, 'users');
    for (const headers of [{ origin: 'https://evil.example' }, {}, { referer: 'https://evil.example/page' }, { origin: 'null' }] as Record<string, string>[]) {
      const response = await create(headers);
      expect(response.statusCode, JSON.stringify(headers)).toBe(403);
      expect(response.json().code).toBe('CSRF_REJECTED');
    }
    expect(await countRows(world.database, 'users')).toBe(before);
  });

  it('accepts the same write from the own origin, or with a same-origin Referer', async () => {
    expect((await create({ origin: 'http://localhost:3000' })).statusCode).toBe(201);
    const second = await world.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: `${SESSION_COOKIE}=${world.users.own.admin.cookie}`, referer: 'http://localhost:3000/admin/konten/neu' },
      payload: { email: 'csrf2@own.test', displayName: 'CSRF 2', roles: ['committee'] },
    });
    expect(second.statusCode).toBe(201);
  });

  it('sends security headers and a request id on every response', async () => {
    const response = await world.request({ method: 'GET', url: '/api/health' });
    expect(response.headers['content-security-policy']).toContain("default-src 'self'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-frame-options']).toBeDefined();
    expect(response.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('user administration', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld();
  });
  afterAll(() => world.close());

  it('creates a user with a generated password shown once, who can then sign in', async () => {
    const response = await world.request({
      method: 'POST',
      url: '/api/users',
      as: 'admin',
      payload: { email: 'Neue.Kollegin@own.test', displayName: 'Neue Kollegin', roles: ['team_member', 'provider_editor'] },
    });
    expect(response.statusCode).toBe(201);
    const { user, generatedPassword } = response.json();
    expect(user).toMatchObject({ email: 'neue.kollegin@own.test', roles: ['team_member', 'provider_editor'], active: true });
    expect(generatedPassword).toMatch(/^[A-Za-z0-9]{20}$/);
    expect((await login(world, 'neue.kollegin@own.test', generatedPassword)).statusCode).toBe(200);
    const listed = await world.request({ method: 'GET', url: '/api/users', as: 'admin' });
    expect(listed.json().map((u: { email: string }) => u.email)).toContain('neue.kollegin@own.test');
    expect(listed.json().every((u: { officeId: string }) => u.officeId === world.offices.own.id)).toBe(true);
  });

  it('refuses a second account with the same e-mail, naming the field', async () => {
    const response = await world.request({
      method: 'POST',
      url: '/api/users',
      as: 'admin',
      payload: { email: 'committee@foreign.test', displayName: 'Doppelt', roles: ['committee'] },
    });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'CONFLICT', errors: [{ field: 'email' }] });
  });

  it('deactivates an account, which ends its sessions, and reactivates it', async () => {
    const target = world.users.own.committee;
    const off = await world.request({ method: 'PATCH', url: `/api/users/${target.id}`, as: 'admin', payload: { active: false } });
    expect(off.statusCode).toBe(200);
    expect(off.json().active).toBe(false);
    expect((await world.request({ method: 'GET', url: '/api/auth/me', as: target })).statusCode).toBe(401);
    expect((await login(world, target.email, TEST_PASSWORD)).statusCode).toBe(401);
    const on = await world.request({ method: 'PATCH', url: `/api/users/${target.id}`, as: 'admin', payload: { active: true } });
    expect(on.json().active).toBe(true);
    expect((await login(world, target.email, TEST_PASSWORD)).statusCode).toBe(200);
    const audit = await world.request({ method: 'GET', url: `/api/audit?entityId=${target.id}&entity=user`, as: 'admin' });
    expect(audit.json().items.map((e: { action: string }) => e.action)).toEqual(expect.arrayContaining(['deactivate', 'reactivate']));
  });

  it('assigns roles, and keeps at least the acting admin', async () => {
    const target = world.users.own.team_member;
    const changed = await world.request({
      method: 'PATCH',
      url: `/api/users/${target.id}`,
      as: 'admin',
      payload: { roles: ['team_member', 'head_of_department'] },
    });
    expect(changed.json().roles).toEqual(['team_member', 'head_of_department']);
    const self = await world.request({
      method: 'PATCH',
      url: `/api/users/${world.users.own.admin.id}`,
      as: 'admin',
      payload: { roles: ['committee'] },
    });
    expect(self.statusCode).toBe(409);
    expect(self.json().errors[0].field).toBe('roles');
  });

  it('links a provider editor to an organisation of the office only', async () => {
    const target = world.users.own.provider_editor;
    const organization = await world.request({ method: 'POST', url: '/api/organizations', as: 'admin', payload: { name: 'Träger Eins', type: 'provider_outpatient' } });
    const foreignOrganization = await world.request({ method: 'POST', url: '/api/organizations', as: world.users.foreign.admin, payload: { name: 'Fremder Träger', type: 'provider_outpatient' } });
    const refused = await world.request({ method: 'PATCH', url: `/api/users/${target.id}`, as: 'admin', payload: { organizationId: foreignOrganization.json().id } });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('organizationId');
    const linked = await world.request({ method: 'PATCH', url: `/api/users/${target.id}`, as: 'admin', payload: { organizationId: organization.json().id } });
    expect(linked.json().organizationId).toBe(organization.json().id);
    expect((await world.request({ method: 'GET', url: '/api/auth/me', as: target })).json().user.organizationId).toBe(organization.json().id);
  });

  it('resets a password: the old one stops working, the new one works', async () => {
    const target = world.users.own.provider_editor;
    const reset = await world.request({ method: 'POST', url: `/api/users/${target.id}/password-reset`, as: 'admin' });
    expect(reset.statusCode).toBe(200);
    expect((await login(world, target.email, TEST_PASSWORD)).statusCode).toBe(401);
    expect((await login(world, target.email, reset.json().generatedPassword)).statusCode).toBe(200);
  });

  it('changes the own password only with the current one', async () => {
    const me = world.users.own.head_of_department;
    const wrong = await world.request({
      method: 'POST',
      url: '/api/auth/password',
      as: me,
      payload: { currentPassword: 'nicht-das-richtige', newPassword: 'ein-neues-langes-passwort' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toEqual([{ field: 'currentPassword', message: 'Das bisherige Passwort stimmt nicht.' }]);
    const right = await world.request({
      method: 'POST',
      url: '/api/auth/password',
      as: me,
      payload: { currentPassword: TEST_PASSWORD, newPassword: 'ein-neues-langes-passwort' },
    });
    expect(right.statusCode).toBe(204);
    expect((await login(world, me.email, 'ein-neues-langes-passwort')).statusCode).toBe(200);
  });
});

describe('bad input changes nothing', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld({ bodyLimitBytes: 10_000 });
  });
  afterAll(() => world.close());

  const cases: { name: string; payload: string; code: string; status: number; field?: string }[] = [
    { name: 'wrong type', payload: JSON.stringify({ email: 'a@own.test', displayName: 42, roles: ['admin'] }), code: 'INVALID_INPUT', status: 400, field: 'displayName' },
    { name: 'missing field', payload: JSON.stringify({ email: 'a@own.test', roles: ['admin'] }), code: 'INVALID_INPUT', status: 400, field: 'displayName' },
    { name: 'unknown field', payload: JSON.stringify({ email: 'a@own.test', displayName: 'A', roles: ['admin'], isRoot: true }), code: 'INVALID_INPUT', status: 400, field: 'isRoot' },
    { name: 'unknown role', payload: JSON.stringify({ email: 'a@own.test', displayName: 'A', roles: ['king'] }), code: 'INVALID_INPUT', status: 400, field: 'roles.0' },
    { name: 'bad e-mail', payload: JSON.stringify({ email: 'kein-at', displayName: 'A', roles: ['admin'] }), code: 'INVALID_INPUT', status: 400, field: 'email' },
    { name: 'short password', payload: JSON.stringify({ email: 'a@own.test', displayName: 'A', roles: ['admin'], password: 'kurz' }), code: 'INVALID_INPUT', status: 400, field: 'password' },
    { name: 'broken JSON', payload: '{"email": "a@own.test", ', code: 'INVALID_JSON', status: 400 },
    { name: 'oversize body', payload: JSON.stringify({ email: 'a@own.test', displayName: 'x'.repeat(20_000), roles: ['admin'] }), code: 'PAYLOAD_TOO_LARGE', status: 413 },
  ];

  for (const c of cases) {
    it(`${c.name}: ${c.status} ${c.code}${c.field ? ` naming ${c.field}` : ''}`, async () => {
      const users = await countRows(world.database, 'users');
      const audits = await auditCount(world.database);
      const response = await world.request({
        method: 'POST',
        url: '/api/users',
        as: 'admin',
        headers: { 'content-type': 'application/json' },
        payload: c.payload,
      });
      expect(response.statusCode).toBe(c.status);
      expect(response.headers['content-type']).toContain('application/problem+json');
      const body = response.json();
      expect(body.code).toBe(c.code);
      expect(body.title).toMatch(/[a-zäöü]/);
      expect(body.requestId).toBe(response.headers['x-request-id']);
      if (c.field) expect(body.errors.map((e: { field: string }) => e.field)).toContain(c.field);
      expect(await countRows(world.database, 'users')).toBe(users);
      expect(await auditCount(world.database)).toBe(audits);
    });
  }

  it('answers an unsupported content type with 415', async () => {
    const response = await world.request({ method: 'POST', url: '/api/users', as: 'admin', headers: { 'content-type': 'text/plain' }, payload: 'hallo' });
    expect(response.statusCode).toBe(415);
    expect(response.json().code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers a bad path parameter and a bad query with 400 naming the field', async () => {
    const byId = await world.request({ method: 'GET', url: '/api/users/keine-uuid', as: 'admin' });
    expect(byId.statusCode).toBe(400);
    expect(byId.json().errors[0].field).toBe('id');
    const query = await world.request({ method: 'GET', url: '/api/audit?limit=100000', as: 'admin' });
    expect(query.statusCode).toBe(400);
    expect(query.json().errors[0].field).toBe('limit');
  });

  it('answers an unknown API path with a German 404 problem', async () => {
    const response = await world.request({ method: 'GET', url: '/api/gibt-es-nicht' });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toMatchObject({ code: 'NOT_FOUND', title: 'Nicht gefunden' });
  });
});

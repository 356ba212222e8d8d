import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestWorld, type TestWorld } from '../../test/test-app';

describe('audit log', () => {
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld();
  });
  afterAll(() => world.close());

  it('records actor, time, action, entity, id and before/after of a write, without secrets', async () => {
    const created = await world.request({
      method: 'POST',
      url: '/api/users',
      as: 'admin',
      payload: { email: 'protokoll@own.test', displayName: 'Protokoll', roles: ['committee'], password: 'geheimes-passwort-123' },
    });
    const id = created.json().user.id;
    await world.request({ method: 'PATCH', url: `/api/users/${id}`, as: 'admin', payload: { displayName: 'Protokoll Neu' } });
    const response = await world.request({ method: 'GET', url: `/api/audit?entity=user&entityId=${id}`, as: 'admin' });
    expect(response.statusCode).toBe(200);
    const [update, create] = response.json().items;
    expect(create).toMatchObject({
      action: 'create',
      entity: 'user',
      entityId: id,
      actorUserId: world.users.own.admin.id,
      actorLabel: expect.stringContaining('admin@own.test'),
      before: null,
      after: { email: 'protokoll@own.test', displayName: 'Protokoll' },
      requestId: created.headers['x-request-id'],
    });
    expect(update).toMatchObject({ action: 'update', before: { displayName: 'Protokoll' }, after: { displayName: 'Protokoll Neu' } });
    expect(JSON.stringify(response.json())).not.toMatch(/geheimes|argon2|passwordHash/);
    expect(Date.parse(create.at)).toBeLessThanOrEqual(Date.parse(update.at));
  });

  it('filters by action, actor and date, pages, and shows only the own office', async () => {
    await world.request({ method: 'POST', url: '/api/users', as: world.users.foreign.admin, payload: { email: 'fremd@foreign.test', displayName: 'Fremd', roles: ['committee'] } });
    const own = await world.request({ method: 'GET', url: '/api/audit?limit=200', as: 'admin' });
    const items = own.json().items as { entityId: string; after: { email?: string } | null }[];
    expect(items.some((e) => e.after?.email === 'fremd@foreign.test')).toBe(false);
    const byActor = await world.request({ method: 'GET', url: `/api/audit?actorUserId=${world.users.own.admin.id}&action=create`, as: 'admin' });
    expect(byActor.json().items.length).toBeGreaterThan(0);
    expect(byActor.json().items.every((e: { action: string; actorUserId: string }) => e.action === 'create' && e.actorUserId === world.users.own.admin.id)).toBe(true);
    const today = new Date().toISOString().slice(0, 10);
    const future = await world.request({ method: 'GET', url: '/api/audit?from=2999-01-01', as: 'admin' });
    expect(future.json()).toMatchObject({ items: [], total: 0 });
    const page = await world.request({ method: 'GET', url: `/api/audit?from=${today}&to=${today}&limit=2&offset=1`, as: 'admin' });
    expect(page.json().items).toHaveLength(2);
    expect(page.json().total).toBeGreaterThan(2);
  });

  it('offers no API that changes it, and the database refuses UPDATE and DELETE', async () => {
    const document = (await world.request({ method: 'GET', url: '/api/openapi.json' })).json();
    const auditPaths = Object.entries(document.paths as Record<string, object>).filter(([p]) => p.startsWith('/api/audit'));
    expect(auditPaths.flatMap(([, methods]) => Object.keys(methods))).toEqual(['get']);
    await expect(world.database.db.execute(sql`update audit_log set action = 'forged'`)).rejects.toThrow();
    await expect(world.database.db.execute(sql`delete from audit_log`)).rejects.toThrow();
  });

  it('does not record a write that failed', async () => {
    const before = (await world.request({ method: 'GET', url: '/api/audit', as: 'admin' })).json().total;
    const failed = await world.request({ method: 'PATCH', url: `/api/users/${world.users.own.admin.id}`, as: 'admin', payload: { active: false } });
    expect(failed.statusCode).toBe(409);
    expect((await world.request({ method: 'GET', url: '/api/audit', as: 'admin' })).json().total).toBe(before);
  });
});

import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { modules } from '../../modules';
import type { DemoContext } from '../../platform/module';
import { queryRows } from '../../platform/db/database';
import { createTestWorld, type TestWorld } from '../../test/test-app';

describe('demo offers: the offer landscape of the demo city', () => {
  let world: TestWorld;
  let seedMs = 0;
  const logged: string[] = [];

  beforeAll(async () => {
    world = await createTestWorld();
    const officeId = world.offices.own.id;
    await world.database.db.transaction(async (tx) => {
      const ctx: DemoContext = {
        tx,
        actor: { kind: 'system', label: 'Demo-Daten', officeId },
        officeId,
        firstYear: 2015,
        currentYear: new Date().getFullYear(),
        log: (line) => logged.push(line),
      };
      // The spaces and the network first, as at a real first start; then the offers.
      for (const name of ['social-spaces', 'services']) {
        const module = modules.find((m) => m.name === name);
        if (!module?.seedDemo) throw new Error(`module ${name} has no demo seed`);
        const started = performance.now();
        await module.seedDemo(ctx);
        if (name === 'services') seedMs = performance.now() - started;
      }
    });
  });
  afterAll(() => world.close());

  const search = async (query: string) => {
    const r = await world.request({ method: 'GET', url: `/api/services?office=own-office&${query}` });
    expect(r.statusCode, query).toBe(200);
    return r.json() as { total: number; items: { name: string; organizationName: string }[] };
  };

  it('creates at least 150 offers through the use case, audited, in reasonable time', async () => {
    const [counts] = await queryRows<{ offers: number; audited: number; located: number }>(
      world.database.db,
      sql`select (select count(*)::int from services where office_id = ${world.offices.own.id}) as offers,
                 (select count(*)::int from audit_log where entity = 'service' and action = 'create' and office_id = ${world.offices.own.id}) as audited,
                 (select count(*)::int from services where office_id = ${world.offices.own.id} and lat is not null and cardinality(space_ids) = 1) as located`,
    );
    expect(counts?.offers).toBeGreaterThanOrEqual(150);
    expect(counts?.audited).toBe(counts?.offers);
    // Every offer has a point inside exactly one space.
    expect(counts?.located).toBe(counts?.offers);
    expect(logged.some((line) => /Angebote/.test(line))).toBe(true);
    expect(seedMs).toBeLessThan(30_000);
  });

  it('fills every space and every top-level topic', async () => {
    const spaces = (await world.request({ method: 'GET', url: '/api/social-spaces?office=own-office' })).json() as { id: string; code: string }[];
    expect(spaces.map((s) => s.code).sort()).toEqual(['SR1', 'SR2', 'SR3', 'SR4', 'SR5']);
    for (const space of spaces) expect((await search(`spaceId=${space.id}&perPage=1`)).total, space.code).toBeGreaterThanOrEqual(15);

    const topics = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json() as { name: string; parentId: string | null; serviceCount: number }[];
    const empty = topics.filter((t) => t.serviceCount === 0).map((t) => t.name);
    expect(empty).toEqual([]);
    expect(topics.filter((t) => t.parentId === null).length).toBeGreaterThanOrEqual(16);
  });

  it('has stale and inactive offers besides the current ones', async () => {
    const stale = await search('stale=true&perPage=1');
    const current = await search('stale=false&perPage=1');
    expect(stale.total).toBeGreaterThanOrEqual(8);
    expect(stale.total).toBeLessThanOrEqual(25);
    expect(current.total).toBeGreaterThan(stale.total * 4);
    const notActive = await Promise.all(['inactive', 'defunct', 'temporarily closed'].map((status) => search(`status=${encodeURIComponent(status)}&perPage=1`)));
    expect(notActive.every((r) => r.total > 0)).toBe(true);
    expect(notActive.reduce((sum, r) => sum + r.total, 0)).toBeGreaterThanOrEqual(6);
  });

  it('contains the offers the source names, findable by search', async () => {
    const names = async (q: string) => (await search(`q=${encodeURIComponent(q)}&perPage=100`)).items.map((i) => i.name);
    expect(await names('Trauergruppe')).toContain('Trauergruppe für Kinder');
    expect(await names('Kochgruppe')).toContain('Kochgruppe – Eltern kochen für Eltern');
    expect(await names('Autismus')).toContain('Inklusives Fußballtraining für Kinder');
    expect(await names('Fusball')).toContain('Inklusives Fußballtraining für Kinder');
    expect((await names('Straßensozialarbeit')).length).toBeGreaterThanOrEqual(2);
    expect((await names('Schulsozialarbeit')).length).toBeGreaterThanOrEqual(6);
    expect((await names('Jugendtreff')).length).toBeGreaterThanOrEqual(3);
    for (const q of ['Erziehungsberatung', 'Suchtberatung', 'Hausaufgabenhilfe', 'Krabbelgruppe', 'Schuldnerberatung', 'Familienhebamme', 'Mädchentreff', 'Ferienprogramm', 'Schwimmkurs', 'Musikschule', 'Kinderschutz', 'Alleinerziehende']) {
      expect((await names(q)).length, q).toBeGreaterThan(0);
    }
    // "é" is looked up through the word's stem ("Eltern", "Sprach"): on PostgreSQL 15 "Elterncafé" itself finds nothing yet.
    expect((await names('Eltern')).some((n) => n.startsWith('Elterncafé'))).toBe(true);
    const cafes = (await search('q=Sprach&perPage=50')).items.map((i) => i.name).filter((n) => n.startsWith('Sprachcafé'));
    for (const language of ['Arabisch', 'Türkisch', 'Ukrainisch']) expect(cafes.some((n) => n.includes(language)), language).toBe(true);
    const centres = await search('q=Familienzentrum&perPage=100');
    expect(new Set(centres.items.map((i) => i.organizationName).filter((n) => n.startsWith('Familienzentrum'))).size).toBe(5);
  });

  it('goes through the office spreadsheet and back unchanged (CSV and XLSX)', async () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const file = await world.request({ method: 'GET', url: `/api/admin/services/export.${format}`, as: 'admin' });
      expect(file.statusCode).toBe(200);
      const r = await world.request({
        method: 'POST',
        url: `/api/admin/services/import?format=${format}&dryRun=true`,
        as: 'admin',
        payload: { contentBase64: file.rawPayload.toString('base64') },
      });
      expect(r.statusCode, r.body).toBe(200);
      expect(r.json().errors, format).toEqual([]);
      expect(r.json()).toMatchObject({ created: 0, changed: 0, invalid: 0 });
      expect(r.json().unchanged).toBeGreaterThanOrEqual(150);
    }
  });

  it('keeps organisational contacts only and verified dates within the last year for most', async () => {
    const rows = await queryRows<{ email: string | null; assured: string | null; phones: string[] }>(
      world.database.db,
      sql`select email, to_char(assured_date, 'YYYY-MM-DD') as assured, array(select p ->> 'number' from jsonb_array_elements(hsds -> 'phones') p) as phones
          from services where office_id = ${world.offices.own.id}`,
    );
    expect(rows.every((r) => r.email?.endsWith('@traeger-demo.invalid'))).toBe(true);
    expect(rows.every((r) => r.phones.every((p) => p.startsWith('040 5555 ')))).toBe(true);
    const yearAgo = new Date(Date.now() - 335 * 86_400_000).toISOString().slice(0, 10);
    const recent = rows.filter((r) => r.assured !== null && r.assured >= yearAgo).length;
    expect(recent / rows.length).toBeGreaterThan(0.8);
    expect(rows.some((r) => r.assured === null)).toBe(true);
  });
});

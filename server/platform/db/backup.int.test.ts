import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../modules/accounts';
import { createService, ensureDefaultTaxonomy } from '../../modules/services';
import { createOrganization } from '../../modules/social-spaces';
import { freshDatabase, testDatabaseKind } from '../../test/test-database';
import { restoreBackup, writeBackup, BackupError } from './backup';
import type { Database } from './database';
import { insertOffice } from './offices';
import { recordAudit } from '../audit/audit';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-backup-test-'));

async function fill(database: Database): Promise<void> {
  await database.db.transaction(async (tx) => {
    const office = await insertOffice(tx, { code: 'quelle', name: 'Jugendamt Quelle – Ärger, Öl & Übermut' });
    const actor = { kind: 'system' as const, label: 'Test', officeId: office.id };
    for (let i = 0; i < 7; i++) {
      await createUser({ tx, actor }, { officeId: office.id, email: `u${i}@quelle.test`, displayName: `Jörg ${i} „Zitat“`, roles: ['team_member'], password: 'passwort-passwort' });
    }
    await recordAudit({ tx, actor }, { officeId: office.id, action: 'test', entity: 'x', after: { nested: { list: [1, 'zwei', null] }, at: '2015-01-01' } });
    // An offer brings the column types of the offers module (tsvector, int4multirange, arrays, jsonb documents).
    await ensureDefaultTaxonomy(tx, office.id);
    const org = await createOrganization({ tx, actor }, { name: 'Träger', type: 'other', alternateName: null, description: '', email: null, phone: null, website: null, street: null, postalCode: null, city: null, point: null, parentId: null, spaceIds: [] });
    await createService({ tx, actor }, {
      organizationId: org.id, name: 'Fußballtraining für Kinder', alternateName: null, description: 'Straßenfußball, inklusiv', url: null, email: null, status: 'active',
      minimumAge: 6, maximumAge: 12, targetGroups: ['children'], traits: ['free_of_charge'], languages: ['de', 'ar'], keywords: ['Bolzplatz'], topicIds: [], spaceIds: null,
      locations: [{ name: 'Sportplatz', street: 'Am Platz 1', postalCode: '22844', city: 'Norderstedt', point: [10.0, 53.7], spaceId: null }],
      schedules: [{ days: ['MO', 'SA'], opensAt: '16:00', closesAt: '18:00', description: null, validFrom: null, validTo: null }],
      phones: [], feesDescription: null, applicationProcess: null, eligibilityDescription: null, alert: null,
    });
  });
}

/** Everything of a database as comparable JSON: every table, rows in primary-key order. */
async function content(database: Database): Promise<string> {
  const file = path.join(dir, `snapshot-${Math.random()}.jsonl.gz`);
  await writeBackup(database, file);
  const { gunzipSync } = await import('node:zlib');
  const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').trim().split('\n');
  return lines.slice(1).join('\n'); // without the header (time, source)
}

// The other database: on the PostgreSQL run the backup crosses between PGlite and PostgreSQL in both directions.
const otherKind = 'pglite' as const;

describe(`backup and restore (${testDatabaseKind()} ⇄ ${otherKind})`, () => {
  let source: Database;
  let target: Database;
  beforeAll(async () => {
    source = await freshDatabase(otherKind);
    target = await freshDatabase(testDatabaseKind());
  });
  afterAll(async () => {
    await source.close();
    await target.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('restores a backup with the same content, and back again', async () => {
    await fill(source);
    const file = path.join(dir, 'there.jsonl.gz');
    const counts = await writeBackup(source, file);
    expect(counts).toMatchObject({ offices: 1, users: 7, services: 1, locations: 1, service_at_locations: 1 });
    await restoreBackup(target, file);
    expect(await content(target)).toBe(await content(source));

    // Back: change the target, then restore its backup into the source.
    await target.db.transaction(async (tx) => {
      const office = await insertOffice(tx, { code: 'zweites', name: 'Zweites Amt' });
      await createUser({ tx, actor: { kind: 'system', label: 'Test', officeId: office.id } }, { officeId: office.id, email: 'z@zweit.test', displayName: 'Z', roles: ['admin'], password: 'passwort-passwort' });
    });
    const back = path.join(dir, 'back.jsonl.gz');
    await writeBackup(target, back);
    await restoreBackup(source, back);
    expect(await content(source)).toBe(await content(target));
  });

  it('keeps sequences going after a restore', async () => {
    await target.db.transaction((tx) =>
      recordAudit({ tx, actor: { kind: 'system', label: 'Test', officeId: '' } }, { officeId: null, action: 'after_restore', entity: 'x' }),
    );
    expect(await content(target)).toContain('after_restore');
  });

  it('refuses a truncated file and changes nothing', async () => {
    const good = path.join(dir, 'good.jsonl.gz');
    await writeBackup(source, good);
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const lines = gunzipSync(fs.readFileSync(good)).toString('utf8').trim().split('\n');
    const bad = path.join(dir, 'bad.jsonl.gz');
    fs.writeFileSync(bad, gzipSync(lines.slice(0, -1).join('\n')));
    const before = await content(target);
    await expect(restoreBackup(target, bad)).rejects.toBeInstanceOf(BackupError);
    expect(await content(target)).toBe(before);
  });
});

import { createHash } from 'node:crypto';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { sql } from 'drizzle-orm';
import { type Db, queryRows } from './database';

const migrationsDir = fileURLToPath(new URL('../../db/migrations/', import.meta.url));

// Any constant: all app servers and CLIs of one installation agree on it.
const MIGRATION_LOCK = 727_001;

type Migration = { tag: string; hash: string; statements: string[] };

export function listMigrations(): Migration[] {
  const journal = JSON.parse(fs.readFileSync(`${migrationsDir}meta/_journal.json`, 'utf8')) as {
    entries: { tag: string }[];
  };
  return journal.entries.map(({ tag }) => {
    const text = fs.readFileSync(`${migrationsDir}${tag}.sql`, 'utf8');
    return {
      tag,
      hash: createHash('sha256').update(text).digest('hex'),
      statements: text
        .split('--> statement-breakpoint')
        .map((s) => s.trim())
        .filter(Boolean),
    };
  });
}

export function latestMigrationTag(): string {
  const all = listMigrations();
  return all[all.length - 1]?.tag ?? '';
}

/**
 * Applies pending migrations, each in its own transaction. Every transaction first takes a transaction-level
 * advisory lock, so two servers starting together apply each migration once: the second waits, then sees it done.
 */
export async function migrate(db: Db): Promise<string[]> {
  const applied: string[] = [];
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
    await tx.execute(
      sql`create table if not exists schema_migrations (tag text primary key, hash text not null, applied_at timestamptz not null default now())`,
    );
  });
  for (const migration of listMigrations()) {
    await db.transaction(async (tx) => {
      await tx.execute(sql`select pg_advisory_xact_lock(${MIGRATION_LOCK})`);
      const rows = await queryRows<{ hash: string }>(tx, sql`select hash from schema_migrations where tag = ${migration.tag}`);
      const done = rows[0];
      if (done) {
        if (done.hash !== migration.hash) {
          throw new Error(`Migration ${migration.tag} wurde nach dem Anwenden verändert (Prüfsumme weicht ab).`);
        }
        return;
      }
      for (const statement of migration.statements) await tx.execute(sql.raw(statement));
      await tx.execute(sql`insert into schema_migrations (tag, hash) values (${migration.tag}, ${migration.hash})`);
      applied.push(migration.tag);
    });
  }
  return applied;
}

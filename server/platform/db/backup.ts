import fs from 'node:fs';
import readline from 'node:readline';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { createGunzip, createGzip } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { type Database, type Db, queryRows } from './database';
import { listMigrations } from './migrate';

/*
 * Our own portable backup: gzip-compressed JSON lines, one header, table chunks of rows as JSON objects, and a
 * trailer with row counts. pg_dump output does not travel between PGlite (PostgreSQL 18) and a PostgreSQL 15
 * server; rows as JSON and `jsonb_populate_recordset` on the way back in work on both.
 */
export const BACKUP_FORMAT = 'sozialraum-backup';
const CHUNK = 500;

// Short-lived security state: not worth restoring, and restoring sessions would revive old cookies.
const transientTables = new Set(['sessions', 'login_failures', 'schema_migrations']);

type Header = { format: string; version: 1; createdAt: string; source: string; migrations: string[] };
type Chunk = { table: string; rows: Record<string, unknown>[] };
type Trailer = { end: true; counts: Record<string, number> };

type TableInfo = { name: string; primaryKey: string[]; selfReferences: string[] };

const rows = queryRows;

/** The tables of the public schema, parents before children (foreign keys), each with its primary key. */
export async function dataTables(db: Db): Promise<TableInfo[]> {
  const names = (
    await rows<{ name: string }>(
      db,
      sql`select c.relname as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r' order by c.relname`,
    )
  )
    .map((r) => r.name)
    .filter((n) => !transientTables.has(n));
  const fks = await rows<{ child: string; parent: string; columns: string[] }>(
    db,
    sql`select cl.relname as child, pl.relname as parent,
          array(select a.attname::text from pg_attribute a where a.attrelid = c.conrelid and a.attnum = any(c.conkey)) as columns
        from pg_constraint c join pg_class cl on cl.oid = c.conrelid join pg_class pl on pl.oid = c.confrelid
        join pg_namespace n on n.oid = cl.relnamespace
        where c.contype = 'f' and n.nspname = 'public'`,
  );
  const pks = await rows<{ table: string; columns: string[] }>(
    db,
    sql`select cl.relname as table,
          array(select a.attname::text from unnest(i.indkey) with ordinality k(attnum, ord)
                join pg_attribute a on a.attrelid = i.indrelid and a.attnum = k.attnum order by k.ord) as columns
        from pg_index i join pg_class cl on cl.oid = i.indrelid join pg_namespace n on n.oid = cl.relnamespace
        where i.indisprimary and n.nspname = 'public'`,
  );
  const ordered: string[] = [];
  const visiting = new Set<string>();
  const visit = (name: string) => {
    if (ordered.includes(name) || visiting.has(name)) return;
    visiting.add(name);
    for (const fk of fks) if (fk.child === name && fk.parent !== name && names.includes(fk.parent)) visit(fk.parent);
    ordered.push(name);
  };
  names.forEach(visit);
  return ordered.map((name) => {
    const primaryKey = pks.find((p) => p.table === name)?.columns ?? [];
    if (primaryKey.length === 0) throw new Error(`Tabelle ${name} hat keinen Primärschlüssel; eine Sicherung braucht ihn.`);
    const selfReferences = fks.filter((fk) => fk.child === name && fk.parent === name).flatMap((fk) => fk.columns);
    return { name, primaryKey, selfReferences };
  });
}

const ident = (name: string) => sql.raw(`"${name.replace(/"/g, '""')}"`);

async function appliedMigrations(db: Db): Promise<string[]> {
  return (await rows<{ tag: string }>(db, sql`select tag from schema_migrations order by tag`)).map((r) => r.tag);
}

/** Writes a consistent backup (one repeatable-read snapshot) to `file`. Returns the row counts. */
export async function writeBackup(database: Database, file: string): Promise<Record<string, number>> {
  const lines: string[] = [];
  const counts: Record<string, number> = {};
  await database.db.transaction(
    async (tx) => {
      const header: Header = {
        format: BACKUP_FORMAT,
        version: 1,
        createdAt: new Date().toISOString(),
        source: database.kind,
        migrations: await appliedMigrations(tx),
      };
      lines.push(JSON.stringify(header));
      for (const table of await dataTables(tx)) {
        const order = sql.join(table.primaryKey.map(ident), sql`, `);
        const all = await rows<{ row: Record<string, unknown> }>(
          tx,
          sql`select to_jsonb(t) as row from ${ident(table.name)} t order by ${order}`,
        );
        counts[table.name] = all.length;
        for (let i = 0; i < all.length; i += CHUNK) {
          const chunk: Chunk = { table: table.name, rows: all.slice(i, i + CHUNK).map((r) => r.row) };
          lines.push(JSON.stringify(chunk));
        }
      }
      const trailer: Trailer = { end: true, counts };
      lines.push(JSON.stringify(trailer));
    },
    { isolationLevel: 'repeatable read', accessMode: 'read only' },
  );
  const tmp = `${file}.part`;
  await pipeline(Readable.from(lines.map((l) => `${l}\n`)), createGzip(), fs.createWriteStream(tmp));
  fs.renameSync(tmp, file);
  return counts;
}

export class BackupError extends Error {
  override name = 'BackupError';
}

/**
 * Replaces the whole content of the (migrated) database with the backup, in one transaction: a damaged or
 * truncated file changes nothing. The backup must come from the same schema version as this program.
 */
export async function restoreBackup(database: Database, file: string): Promise<Record<string, number>> {
  const input = readline.createInterface({ input: fs.createReadStream(file).pipe(createGunzip()), crlfDelay: Infinity });
  const iterator = input[Symbol.asyncIterator]();
  const first = await iterator.next();
  let header: Header;
  try {
    header = JSON.parse(String(first.value)) as Header;
  } catch {
    throw new BackupError('Die Datei ist keine sozialraum-Sicherung (Kopfzeile fehlt oder ist beschädigt).');
  }
  if (header.format !== BACKUP_FORMAT || header.version !== 1) {
    throw new BackupError('Die Datei ist keine sozialraum-Sicherung im Format 1.');
  }
  const expected = listMigrations().map((m) => m.tag);
  if (JSON.stringify(header.migrations) !== JSON.stringify(expected)) {
    throw new BackupError(
      `Die Sicherung hat den Schemastand ${header.migrations.at(-1) ?? '–'}, dieses Programm ${expected.at(-1) ?? '–'}. ` +
        'Bitte mit der passenden Programmversion zurückspielen.',
    );
  }

  return database.db.transaction(async (tx) => {
    const tables = await dataTables(tx);
    const byName = new Map(tables.map((t) => [t.name, t]));
    const all = [...tables.map((t) => t.name), 'sessions', 'login_failures'];
    await tx.execute(sql`truncate ${sql.join(all.map(ident), sql`, `)} restart identity cascade`);
    const counts: Record<string, number> = {};
    let trailer: Trailer | undefined;
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const line = String(next.value).trim();
      if (!line) continue;
      const parsed = JSON.parse(line) as Chunk | Trailer;
      if ('end' in parsed) {
        trailer = parsed;
        continue;
      }
      const table = byName.get(parsed.table);
      if (!table) throw new BackupError(`Die Sicherung enthält die unbekannte Tabelle ${parsed.table}.`);
      await insertChunk(tx, table, parsed.rows);
      counts[table.name] = (counts[table.name] ?? 0) + parsed.rows.length;
    }
    if (!trailer) throw new BackupError('Die Sicherung ist unvollständig (Abschlusszeile fehlt); nichts wurde verändert.');
    for (const [name, n] of Object.entries(trailer.counts)) {
      if ((counts[name] ?? 0) !== n) throw new BackupError(`Tabelle ${name}: ${counts[name] ?? 0} statt ${n} Zeilen; nichts wurde verändert.`);
    }
    await resetSequences(tx, tables.map((t) => t.name));
    return counts;
  });
}

async function insertChunk(tx: Db, table: TableInfo, chunk: Record<string, unknown>[]): Promise<void> {
  const json = JSON.stringify(chunk);
  if (table.selfReferences.length === 0) {
    await tx.execute(sql`insert into ${ident(table.name)} select * from jsonb_populate_recordset(null::${ident(table.name)}, ${json}::jsonb)`);
    return;
  }
  // Rows that point at rows of the same table: insert without those links first, then set them.
  const blanked = JSON.stringify(chunk.map((r) => ({ ...r, ...Object.fromEntries(table.selfReferences.map((c) => [c, null])) })));
  await tx.execute(sql`insert into ${ident(table.name)} select * from jsonb_populate_recordset(null::${ident(table.name)}, ${blanked}::jsonb)`);
  const sets = sql.join(table.selfReferences.map((c) => sql`${ident(c)} = x.${ident(c)}`), sql`, `);
  const match = sql.join(table.primaryKey.map((c) => sql`t.${ident(c)} = x.${ident(c)}`), sql` and `);
  await tx.execute(
    sql`update ${ident(table.name)} t set ${sets} from jsonb_populate_recordset(null::${ident(table.name)}, ${json}::jsonb) x where ${match}`,
  );
}

async function resetSequences(tx: Db, tables: string[]): Promise<void> {
  const serials = await rows<{ table: string; column: string; seq: string }>(
    tx,
    sql`select c.table_name as table, c.column_name as column, pg_get_serial_sequence(quote_ident(c.table_name), c.column_name) as seq
        from information_schema.columns c where c.table_schema = 'public' and c.column_default like 'nextval(%'`,
  );
  for (const s of serials) {
    if (!tables.includes(s.table) || !s.seq) continue;
    await tx.execute(
      sql`select setval(${s.seq}, coalesce((select max(${ident(s.column)}) from ${ident(s.table)}), 0) + 1, false)`,
    );
  }
}

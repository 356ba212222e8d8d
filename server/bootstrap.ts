import { count } from 'drizzle-orm';
import { modules, setUpOffice } from './modules';
import { users } from './platform/auth/auth.tables';
import { openDatabase, type Database } from './platform/db/database';
import { migrate } from './platform/db/migrate';
import { countOffices, insertOffice, lockFirstStart } from './platform/db/offices';
import type { Settings } from './platform/env';
import type { DemoContext } from './platform/module';

export const DEMO_OFFICE = { code: 'norderstedt', name: 'Stadt Norderstedt (Demo)' };
export const DEMO_FIRST_YEAR = 2015;

export type Prepared = { database: Database; migrated: string[]; demoSeeded: boolean; officeCreated: boolean };

/**
 * Opens the database, applies pending migrations, and on a new database creates either the demo office
 * (embedded default, or DEMO=1) or one office from the settings, so that app and CLI work from the first minute.
 */
export async function prepareDatabase(
  settings: Settings,
  options: { allowDemo: boolean; log: (line: string) => void },
): Promise<Prepared> {
  const database = await openDatabase({ databaseUrl: settings.databaseUrl, dataDir: settings.dataDir });
  try {
    const migrated = await migrate(database.db);
    const result = await database.db.transaction(async (tx) => {
      await lockFirstStart(tx);
      const offices = await countOffices(tx);
      const userCount = (await tx.select({ n: count() }).from(users))[0]?.n ?? 0;
      const wantDemo = options.allowDemo && (settings.demo ?? database.kind === 'pglite');
      const demoNow = wantDemo && (settings.demo === true ? userCount === 0 : offices === 0);
      if (demoNow) {
        await seedDemo({ tx, officeCode: DEMO_OFFICE.code, log: options.log });
        return { demoSeeded: true, officeCreated: true };
      }
      if (offices === 0) {
        const office = await insertOffice(tx, { code: settings.officeCode, name: settings.officeName });
        await setUpOffice({ tx, actor: { kind: 'system', label: 'Erster Start', officeId: office.id }, officeId: office.id });
        options.log(`Jugendamt "${settings.officeName}" (${settings.officeCode}) angelegt.`);
        return { demoSeeded: false, officeCreated: true };
      }
      return { demoSeeded: false, officeCreated: false };
    });
    return { database, migrated, ...result };
  } catch (error) {
    await database.close();
    throw error;
  }
}

async function seedDemo(options: { tx: DemoContext['tx']; officeCode: string; log: (line: string) => void }): Promise<void> {
  const office = await insertOffice(options.tx, { code: options.officeCode, name: DEMO_OFFICE.name });
  const ctx: DemoContext = {
    tx: options.tx,
    actor: { kind: 'system', label: 'Demo-Daten', officeId: office.id },
    officeId: office.id,
    firstYear: DEMO_FIRST_YEAR,
    currentYear: new Date().getFullYear(),
    log: options.log,
  };
  await setUpOffice(ctx);
  for (const module of modules) if (module.seedDemo) await module.seedDemo(ctx);
  options.log(`Demo-Daten für "${DEMO_OFFICE.name}" angelegt (${DEMO_FIRST_YEAR}–${ctx.currentYear}).`);
}

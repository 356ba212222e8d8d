import { buildApp } from './app';
import { DEMO_OFFICE, prepareDatabase } from './bootstrap';
import { findOfficeByCode } from './platform/db/offices';
import { FolderInUseError } from './platform/db/folder-lock';
import { readSettings } from './platform/env';
import { createLogger } from './platform/log';

const settings = readSettings();
const logger = createLogger(settings.logLevel);

async function main(): Promise<void> {
  const prepared = await prepareDatabase(settings, { allowDemo: true, log: (line) => logger.info(line) });
  const { database } = prepared;
  if (prepared.migrated.length) logger.info({ migrations: prepared.migrated }, 'migrations applied');
  if (database.kind === 'pglite') {
    logger.warn(
      `Eingebettete Datenbank (PGlite) in ${settings.dataDir}: für Erprobung und kleine Installationen. Sie übersteht ` +
        'einen Prozessabbruch, aber keinen Stromausfall (fsync aus). Für den Betrieb bitte PostgreSQL mit DATABASE_URL verwenden.',
    );
  }

  const app = await buildApp({ settings, database, logger });
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    const timer = setTimeout(() => {
      logger.error('shutdown took longer than 10 s, exiting');
      process.exit(1);
    }, 10_000);
    try {
      await app.close();
      await database.close();
    } finally {
      clearTimeout(timer);
      logger.info('stopped');
      process.exit(0);
    }
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));

  await app.listen({ port: settings.port, host: settings.host });
  logger.info(`sozialraum läuft: ${settings.publicUrl} (Datenbank: ${database.kind})`);
  if (prepared.demoSeeded || (await findOfficeByCode(database.db, DEMO_OFFICE.code))) {
    logger.info('Demo-Anmeldung: admin@demo.invalid, head_of_department@demo.invalid, team_member@demo.invalid, provider_editor@demo.invalid, committee@demo.invalid – Passwort "sozialraum-demo"');
  }
}

main().catch((error: unknown) => {
  if (error instanceof FolderInUseError) {
    logger.fatal(error.message);
  } else {
    logger.fatal({ err: error }, 'start failed');
  }
  process.exit(1);
});

import fs from 'node:fs';
import { z } from 'zod';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { downloadBackup } from './download-backup';
import { operationsPolicy } from './operations.policy';

const health = z.object({ status: z.literal('ok'), database: z.enum(['pglite', 'postgres']) }).meta({ id: 'Health' });
const unhealthy = z.object({ status: z.literal('unavailable'), database: z.enum(['pglite', 'postgres']) });

export function operationsRoutes(app: App, { database }: ModuleDeps): void {
  app.get('/api/health', {
    config: { access: operationsPolicy.readHealth },
    schema: { tags: ['Betrieb'], summary: 'Betriebszustand', response: { 200: health, 503: unhealthy } },
    logLevel: 'warn',
    handler: async (request, reply) => {
      try {
        await database.ping();
        return { status: 'ok' as const, database: database.kind };
      } catch (error) {
        request.log.error({ err: error }, 'health check: database unreachable');
        return reply.code(503).send({ status: 'unavailable' as const, database: database.kind });
      }
    },
  });

  app.get('/api/openapi.json', {
    config: { access: operationsPolicy.readApiDescription },
    schema: { hide: true },
    handler: () => app.swagger(),
  });

  app.get('/api/admin/backup', {
    config: { access: operationsPolicy.downloadBackup },
    schema: {
      tags: ['Betrieb'],
      summary: 'Sicherung der gesamten Datenbank herunterladen (JSON-Zeilen, gzip)',
      description: 'Konsistenter Stand; lässt sich mit "npm run cli -- restore <datei>" in PGlite oder PostgreSQL zurückspielen.',
      produces: ['application/gzip'],
    },
    handler: async (request, reply) => {
      const backup = await downloadBackup({ database, actor: request.actor, requestId: request.id });
      const stream = fs.createReadStream(backup.file);
      stream.on('close', backup.cleanup);
      return reply
        .header('content-type', 'application/gzip')
        .header('content-disposition', `attachment; filename="${backup.fileName}"`)
        .send(stream);
    },
  });
}

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Actor } from '../../platform/auth/actor';
import { writeBackup } from '../../platform/db/backup';
import type { Database } from '../../platform/db/database';
import { countOffices } from '../../platform/db/offices';
import { DomainError } from '../../platform/http/errors';
import { operationsPolicy } from './operations.policy';

/**
 * Writes a backup of the running database to a temporary file and records who took it. A backup holds every
 * office's data, so an office's admin may take it only where the installation serves that one office.
 */
export async function downloadBackup(options: { database: Database; actor: Actor; requestId?: string }) {
  const { database, actor } = options;
  authorize(actor, operationsPolicy.downloadBackup);
  const officeId = officeOf(actor);
  if ((await countOffices(database.db)) > 1) {
    throw new DomainError(
      'FORBIDDEN',
      'Diese Installation dient mehreren Jugendämtern; die Gesamtsicherung nimmt der Betrieb mit "npm run cli -- backup" vor.',
    );
  }
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-backup-'));
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const file = path.join(dir, `sozialraum-${stamp}.jsonl.gz`);
  const counts = await writeBackup(database, file);
  await database.db.transaction((tx) =>
    recordAudit({ tx, actor, requestId: options.requestId }, { officeId, action: 'backup', entity: 'database', after: { counts } }),
  );
  return {
    file,
    fileName: path.basename(file),
    cleanup: () => fs.rmSync(dir, { recursive: true, force: true }),
  };
}

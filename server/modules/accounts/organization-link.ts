import { sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { queryRows } from '../../platform/db/database';
import { invalidField } from '../../platform/http/errors';

/**
 * A provider editor's organisation must be one of the office's. Checked by id in plain SQL: the organisations
 * belong to the social-spaces module, which itself builds on accounts.
 */
export async function assertOrganizationOfOffice(tx: Db, officeId: string, organizationId: string): Promise<void> {
  const rows = await queryRows<{ id: string }>(tx, sql`select id from organizations where id = ${organizationId} and office_id = ${officeId}`);
  if (rows.length === 0) throw invalidField('organizationId', 'Die Organisation gibt es in diesem Jugendamt nicht.');
}

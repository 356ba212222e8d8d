import type { OfficeSettings, PublicOffice, UpdateOfficeBody } from '../../../common/api/offices';
import { recordAudit } from '../../platform/audit/audit';
import type { Actor } from '../../platform/auth/actor';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { DomainError, notFound } from '../../platform/http/errors';
import { GERMANY_REGION } from './region';
import { officesPolicy } from './offices.policy';
import { allOffices, findOfficeByCode, findOfficeById, findOfficeForUpdate, type OfficeRow, updateOfficeRow } from './offices.queries';

const regionOf = (row: OfficeRow) => row.region ?? GERMANY_REGION;

const presentSettings = (row: OfficeRow): OfficeSettings => ({
  id: row.id,
  code: row.code,
  name: row.name,
  region: regionOf(row),
  regionIsDefault: row.region === null,
});

export async function listOffices(ctx: Ctx): Promise<PublicOffice[]> {
  authorize(ctx.actor, officesPolicy.listOffices);
  return (await allOffices(ctx.tx)).map((o) => ({ code: o.code, name: o.name, region: regionOf(o) }));
}

export async function readOfficeSettings(ctx: Ctx): Promise<OfficeSettings> {
  authorize(ctx.actor, officesPolicy.readSettings);
  const row = await findOfficeById(ctx.tx, officeOf(ctx.actor));
  if (!row) throw notFound('Das Jugendamt');
  return presentSettings(row);
}

export async function updateOfficeSettings(ctx: Ctx, input: UpdateOfficeBody): Promise<OfficeSettings> {
  authorize(ctx.actor, officesPolicy.updateSettings);
  const before = await findOfficeForUpdate(ctx.tx, officeOf(ctx.actor));
  if (!before) throw notFound('Das Jugendamt');
  const after = await updateOfficeRow(ctx.tx, before.id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.region !== undefined ? { region: input.region } : {}),
  });
  await recordAudit(ctx, {
    officeId: before.id,
    action: 'update',
    entity: 'office',
    entityId: before.id,
    before: { name: before.name, region: before.region },
    after: { name: after.name, region: after.region },
  });
  return presentSettings(after);
}

/**
 * Which office a reading request is about: the one named by code, else the caller's own, else the only one.
 * Public pages of a multi-office installation name their office.
 */
export async function officeForReading(tx: Db, actor: Actor, code: string | undefined): Promise<OfficeRow> {
  if (code) {
    const office = await findOfficeByCode(tx, code);
    if (!office) throw new DomainError('NOT_FOUND', `Kein Jugendamt mit dem Kürzel „${code}“.`);
    return office;
  }
  if (actor.kind !== 'public') {
    const own = await findOfficeById(tx, actor.officeId);
    if (own) return own;
  }
  const all = await allOffices(tx);
  if (all.length === 1 && all[0]) return all[0];
  const message = 'Diese Installation dient mehreren Jugendämtern: bitte das Kürzel im Parameter „office“ angeben.';
  throw new DomainError('INVALID_INPUT', message, [{ field: 'office', message }]);
}

export async function officeRegion(tx: Db, officeId: string) {
  const row = await findOfficeById(tx, officeId);
  return row ? regionOf(row) : GERMANY_REGION;
}

import type { Contract, CreateContractBody, CreatePositionBody, Position } from '../../../common/api/network';
import type { ContractKind, PositionKind } from '../../../common/social-space-terms';
import { recordAudit } from '../../platform/audit/audit';
import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { networkPolicy } from './network.policy';
import {
  type ContractRow,
  contractsOfSpace,
  deleteContractRow,
  deletePositionRow,
  findContractForUpdate,
  findOrganization,
  findPositionForUpdate,
  insertContract,
  insertPosition,
  lockSpace,
  modelPeriods,
  organizationNames,
  type PositionRow,
  positionsOfSpace,
} from './network.queries';
import { contractConflict, germanDate, modelOn } from './network.rules';
import { spaceTarget } from './team';

const presentContract = (row: ContractRow, names: Map<string, string>): Contract => ({
  id: row.id,
  organizationId: row.organizationId,
  organizationName: names.get(row.organizationId) ?? '',
  spaceId: row.spaceId,
  kind: row.kind as ContractKind,
  validFrom: row.validFrom,
  validTo: row.validTo,
  note: row.note,
});

const presentPosition = (row: PositionRow, names: Map<string, string>): Position => ({
  id: row.id,
  organizationId: row.organizationId,
  organizationName: names.get(row.organizationId) ?? '',
  spaceId: row.spaceId,
  kind: row.kind as PositionKind,
  fte: row.ftePercent / 100,
  validFrom: row.validFrom,
  validTo: row.validTo,
});

export async function listContracts(ctx: Ctx, input: { spaceId: string }) {
  authorize(ctx.actor, networkPolicy.readContracts);
  const { target } = await spaceTarget(ctx.tx, ctx.actor, input.spaceId);
  authorize(ctx.actor, networkPolicy.readContracts, target);
  const contracts = await contractsOfSpace(ctx.tx, input.spaceId);
  const positions = await positionsOfSpace(ctx.tx, input.spaceId);
  const names = await organizationNames(ctx.tx, [...contracts, ...positions].map((r) => r.organizationId));
  return { contracts: contracts.map((r) => presentContract(r, names)), positions: positions.map((r) => presentPosition(r, names)) };
}

async function spaceAndOrganization(ctx: Ctx, input: { spaceId: string; organizationId: string; validFrom: string; validTo: string | null }, rule: typeof networkPolicy.manageContracts) {
  if (input.validTo !== null && input.validTo < input.validFrom) {
    throw invalidField('validTo', `Die Laufzeit endet (${germanDate(input.validTo)}) vor ihrem Beginn (${germanDate(input.validFrom)}).`);
  }
  // Locking the space serialises all contract writes for it: the overlap check below cannot race.
  const space = await lockSpace(ctx.tx, input.spaceId);
  if (!space) throw invalidField('spaceId', 'Den Sozialraum gibt es nicht.');
  authorize(ctx.actor, rule, space);
  const organization = await findOrganization(ctx.tx, input.organizationId);
  if (!organization || organization.officeId !== space.officeId) throw invalidField('organizationId', 'Die Organisation gibt es in diesem Jugendamt nicht.');
  return { space, organization };
}

export async function addContract(ctx: Ctx, input: CreateContractBody) {
  authorize(ctx.actor, networkPolicy.manageContracts);
  const { space, organization } = await spaceAndOrganization(ctx, input, networkPolicy.manageContracts);
  const existing = await contractsOfSpace(ctx.tx, space.id);
  const names = await organizationNames(ctx.tx, [...existing.map((c) => c.organizationId), organization.id]);
  const model = modelOn(
    (await modelPeriods(ctx.tx, space.officeId)).map((p) => ({ ...p, model: p.model as 'networker' | 'team' | 'single_provider' })),
    input.validFrom,
  )?.model;
  const conflict = contractConflict(
    { ...input, organizationName: organization.name },
    existing.map((c) => ({ ...presentContract(c, names) })),
    model,
  );
  if (conflict) throw new DomainError('CONFLICT', conflict, [{ field: 'validFrom', message: conflict }]);
  const row = await insertContract(ctx.tx, { officeId: space.officeId, ...input });
  const created = presentContract(row, names);
  await recordAudit(ctx, { officeId: space.officeId, action: 'create', entity: 'contract', entityId: row.id, after: created });
  return created;
}

export async function removeContract(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, networkPolicy.manageContracts);
  const row = await findContractForUpdate(ctx.tx, input.id);
  if (!row) throw notFound('Der Vertrag');
  authorize(ctx.actor, networkPolicy.manageContracts, row);
  await deleteContractRow(ctx.tx, row.id);
  await recordAudit(ctx, { officeId: row.officeId, action: 'delete', entity: 'contract', entityId: row.id, before: presentContract(row, await organizationNames(ctx.tx, [row.organizationId])) });
}

export async function addPosition(ctx: Ctx, input: CreatePositionBody) {
  authorize(ctx.actor, networkPolicy.manageContracts);
  const { space, organization } = await spaceAndOrganization(ctx, input, networkPolicy.manageContracts);
  const row = await insertPosition(ctx.tx, {
    officeId: space.officeId,
    organizationId: organization.id,
    spaceId: space.id,
    kind: input.kind,
    ftePercent: Math.round(input.fte * 100),
    validFrom: input.validFrom,
    validTo: input.validTo,
  });
  const created = presentPosition(row, new Map([[organization.id, organization.name]]));
  await recordAudit(ctx, { officeId: space.officeId, action: 'create', entity: 'position', entityId: row.id, after: created });
  return created;
}

export async function removePosition(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, networkPolicy.manageContracts);
  const row = await findPositionForUpdate(ctx.tx, input.id);
  if (!row) throw notFound('Die Stelle');
  authorize(ctx.actor, networkPolicy.manageContracts, row);
  await deletePositionRow(ctx.tx, row.id);
  await recordAudit(ctx, { officeId: row.officeId, action: 'delete', entity: 'position', entityId: row.id, before: presentPosition(row, new Map()) });
}


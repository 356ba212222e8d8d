import type { NetworkCheck } from '../../../common/api/network';
import type { ContractKind, NetworkModel, PositionKind, TeamRole } from '../../../common/social-space-terms';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { DomainError, notFound } from '../../platform/http/errors';
import { networkPolicy } from './network.policy';
import { contractsOfOffice, deleteModelPeriod, insertModelPeriod, membershipsOfOffice, minimumsOf, modelPeriods, positionsOfOffice, replaceMinimums } from './network.queries';
import { activeOn, checkSpace, germanDate, modelFindings, modelOn } from './network.rules';
import { spacesOfOffice } from './social-spaces.queries';
import { today } from './team';

const asModel = (m: string) => m as NetworkModel;

export async function listNetworkModels(ctx: Ctx) {
  authorize(ctx.actor, networkPolicy.readNetworkModel);
  const officeId = officeOf(ctx.actor);
  const periods = (await modelPeriods(ctx.tx, officeId)).map((p) => ({ id: p.id, model: asModel(p.model), validFrom: p.validFrom, note: p.note }));
  const minimums = (await minimumsOf(ctx.tx, officeId)).map((m) => ({ kind: m.kind as PositionKind, minimumFte: m.minimumPercent / 100 }));
  return { periods, current: modelOn(periods, today())?.model ?? null, minimums };
}

export async function setNetworkModel(ctx: Ctx, input: { model: NetworkModel; validFrom: string; note: string }) {
  authorize(ctx.actor, networkPolicy.manageNetworkModel);
  const officeId = officeOf(ctx.actor);
  const existing = await modelPeriods(ctx.tx, officeId);
  if (existing.some((p) => p.validFrom === input.validFrom)) {
    const message = `Ab ${germanDate(input.validFrom)} ist schon ein Modell festgelegt.`;
    throw new DomainError('CONFLICT', message, [{ field: 'validFrom', message }]);
  }
  const row = await insertModelPeriod(ctx.tx, { officeId, ...input });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'network_model', entityId: row.id, after: input });
  return { id: row.id, model: input.model, validFrom: row.validFrom, note: row.note };
}

export async function removeNetworkModel(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, networkPolicy.manageNetworkModel);
  const officeId = officeOf(ctx.actor);
  const period = (await modelPeriods(ctx.tx, officeId)).find((p) => p.id === input.id);
  if (!period) throw notFound('Der Eintrag des Organisationsmodells');
  await deleteModelPeriod(ctx.tx, period.id);
  await recordAudit(ctx, { officeId, action: 'delete', entity: 'network_model', entityId: period.id, before: { model: period.model, validFrom: period.validFrom, note: period.note } });
}

export async function setPositionMinimums(ctx: Ctx, input: { minimums: { kind: PositionKind; minimumFte: number }[] }) {
  authorize(ctx.actor, networkPolicy.manageNetworkModel);
  const officeId = officeOf(ctx.actor);
  const before = await minimumsOf(ctx.tx, officeId);
  const kinds = input.minimums.map((m) => m.kind);
  if (new Set(kinds).size !== kinds.length) throw new DomainError('INVALID_INPUT', 'Jede Art von Stelle nur einmal angeben.', [{ field: 'minimums', message: 'Doppelte Art.' }]);
  await replaceMinimums(ctx.tx, officeId, input.minimums.map((m) => ({ kind: m.kind, minimumPercent: Math.round(m.minimumFte * 100) })));
  await recordAudit(ctx, { officeId, action: 'update', entity: 'position_minimums', entityId: officeId, before, after: input.minimums });
  return input.minimums;
}

/** What the model in force on the date requires of every space, and what is missing. */
export async function checkNetwork(ctx: Ctx, input: { date?: string | undefined }): Promise<NetworkCheck> {
  authorize(ctx.actor, networkPolicy.readNetworkModel);
  const officeId = officeOf(ctx.actor);
  const date = input.date ?? today();
  const model = modelOn((await modelPeriods(ctx.tx, officeId)).map((p) => ({ ...p, model: asModel(p.model) })), date)?.model;
  const [spaces, members, contracts, positions, minimums] = await Promise.all([
    spacesOfOffice(ctx.tx, officeId),
    membershipsOfOffice(ctx.tx, officeId),
    contractsOfOffice(ctx.tx, officeId),
    positionsOfOffice(ctx.tx, officeId),
    minimumsOf(ctx.tx, officeId),
  ]);
  return {
    date,
    model: model ?? null,
    modelFindings: modelFindings(model),
    spaces: spaces.map((space) => ({
      spaceId: space.id,
      spaceName: space.name,
      findings: checkSpace(
        model,
        date,
        {
          members: members.filter((m) => m.spaceId === space.id).map((m) => ({ ...m, teamRole: m.teamRole as TeamRole })),
          contracts: contracts.filter((c) => c.spaceId === space.id).map((c) => ({ ...c, kind: c.kind as ContractKind })),
          positions: positions.filter((p) => p.spaceId === space.id).map((p) => ({ ...p, kind: p.kind as PositionKind })),
        },
        minimums.map((m) => ({ kind: m.kind as PositionKind, minimumPercent: m.minimumPercent })),
      ),
    })),
  };
}

/** Counts per space for everyone signed in, the committee included: no names, no people. */
export async function spaceFiguresOf(ctx: Ctx, input: { date?: string | undefined }) {
  authorize(ctx.actor, networkPolicy.readFigures);
  const officeId = officeOf(ctx.actor);
  const date = input.date ?? today();
  const [spaces, members, contracts, positions] = await Promise.all([
    spacesOfOffice(ctx.tx, officeId),
    membershipsOfOffice(ctx.tx, officeId),
    contractsOfOffice(ctx.tx, officeId),
    positionsOfOffice(ctx.tx, officeId),
  ]);
  return spaces.map((space) => {
    const m = members.filter((x) => x.spaceId === space.id && activeOn(x, date));
    const c = contracts.filter((x) => x.spaceId === space.id && activeOn(x, date));
    const p = positions.filter((x) => x.spaceId === space.id && activeOn(x, date));
    return {
      spaceId: space.id,
      teamMembers: m.length,
      teamFte: m.reduce((sum, x) => sum + (x.ftePercent ?? 0), 0) / 100,
      organizations: new Set([...m.flatMap((x) => (x.organizationId ? [x.organizationId] : [])), ...c.map((x) => x.organizationId), ...p.map((x) => x.organizationId)]).size,
      contracts: c.length,
      positionsFte: p.reduce((sum, x) => sum + x.ftePercent, 0) / 100,
    };
  });
}

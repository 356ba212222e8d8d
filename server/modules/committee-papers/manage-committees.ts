import type { z } from 'zod';
import { committeeKindLabels, type Committee, type CommitteeKind, type updateCommittee as updateCommitteeSchema, type writeCommittee } from '../../../common/api/committee-papers';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { committeePapersPolicy } from './committee-papers.policy';
import { type CommitteeRow, committeeUse, findCommitteeByName, findCommitteeForUpdate, insertCommittee, listCommitteeRows, updateCommitteeRow } from './committee-papers.queries';

export type WriteCommitteeInput = z.infer<typeof writeCommittee>;
export type UpdateCommitteeInput = z.infer<typeof updateCommitteeSchema> & { id: string };

export const presentCommittee = (row: CommitteeRow): Committee => ({
  id: row.id,
  name: row.name,
  shortName: row.shortName,
  kind: row.kind as CommitteeKind,
  createdAt: row.createdAt.toISOString(),
  updatedAt: row.updatedAt.toISOString(),
});

const auditView = (row: CommitteeRow) => ({ name: row.name, shortName: row.shortName, kind: row.kind });

async function assertNameFree(tx: Db, officeId: string, name: string): Promise<void> {
  if (!(await findCommitteeByName(tx, officeId, name))) return;
  const message = `„${name}“ gibt es schon; bitte einen anderen Namen wählen.`;
  throw new DomainError('CONFLICT', message, [{ field: 'name', message }]);
}

const listing = (references: string[]) => references.map((r) => `„${r}“`).join(', ');

/** A unit responsible for papers cannot become a committee, nor a committee with meetings or consultations a unit. */
async function assertKindChangeAllowed(tx: Db, row: CommitteeRow, kind: CommitteeKind): Promise<void> {
  if (kind === row.kind) return;
  const use = await committeeUse(tx, row.id);
  if (kind === 'committee' && use.responsibleFor.length) {
    throw invalidField('kind', `„${row.name}“ ist für die Vorlagen ${listing(use.responsibleFor)} zuständig und muss deshalb ein ${committeeKindLabels.administration} bleiben.`);
  }
  if (kind === 'administration' && (use.consultedOn.length || use.meetings > 0)) {
    const why = use.consultedOn.length ? `steht in der Beratungsfolge der Vorlagen ${listing(use.consultedOn)}` : `hat ${use.meetings === 1 ? 'eine Sitzung' : `${use.meetings} Sitzungen`}`;
    throw invalidField('kind', `„${row.name}“ ${why} und muss deshalb ein ${committeeKindLabels.committee} bleiben.`);
  }
}

export async function listCommittees(ctx: Ctx): Promise<Committee[]> {
  authorize(ctx.actor, committeePapersPolicy.listCommittees);
  return (await listCommitteeRows(ctx.tx, officeOf(ctx.actor))).map(presentCommittee);
}

export async function createCommittee(ctx: Ctx, input: WriteCommitteeInput): Promise<Committee> {
  authorize(ctx.actor, committeePapersPolicy.createCommittee);
  const officeId = officeOf(ctx.actor);
  await assertNameFree(ctx.tx, officeId, input.name);
  const row = await insertCommittee(ctx.tx, { officeId, name: input.name, shortName: input.shortName || null, kind: input.kind });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'committee', entityId: row.id, after: auditView(row) });
  return presentCommittee(row);
}

export async function updateCommittee(ctx: Ctx, input: UpdateCommitteeInput): Promise<Committee> {
  authorize(ctx.actor, committeePapersPolicy.updateCommittee);
  const before = await findCommitteeForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Das Gremium');
  authorize(ctx.actor, committeePapersPolicy.updateCommittee, before);
  if (input.name !== undefined && input.name !== before.name) await assertNameFree(ctx.tx, before.officeId, input.name);
  if (input.kind !== undefined) await assertKindChangeAllowed(ctx.tx, before, input.kind);
  const after = await updateCommitteeRow(ctx.tx, before.id, {
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.shortName !== undefined ? { shortName: input.shortName || null } : {}),
    ...(input.kind !== undefined ? { kind: input.kind } : {}),
  });
  await recordAudit(ctx, { officeId: before.officeId, action: 'update', entity: 'committee', entityId: before.id, before: auditView(before), after: auditView(after) });
  return presentCommittee(after);
}

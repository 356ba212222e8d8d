import type { Commitment } from '../../../common/api/budget';
import type { CommitmentStatus } from '../../../common/project-terms';
import { formatEuro } from '../../../common/budget-terms';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import { todayInBerlin } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { projectRefs } from '../projects';
import { spacesOfUser } from '../social-spaces';
import { budgetPolicy } from './budget.policy';
import {
  addToCommitted,
  type BudgetLineRow,
  type CommitmentView,
  commitmentViews,
  findCommitmentForUpdate,
  findLineForUpdate,
  insertCommitment,
  isYearClosed,
  settingsOf,
  updateCommitmentRow,
} from './budget.queries';

const userIdOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);
const sqlState = (error: unknown): string => {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  return String(e.cause?.code ?? e.code ?? '');
};

const present = (c: CommitmentView): Commitment => ({
  id: c.id,
  lineId: c.lineId,
  spaceId: c.spaceId,
  year: c.year,
  projectId: c.projectId,
  projectTitle: c.projectTitle,
  amountCents: c.amountCents,
  drawnCents: c.drawnCents,
  openCents: c.status === 'open' ? c.amountCents - c.drawnCents : 0,
  status: c.status as CommitmentStatus,
  note: c.note,
  requestedByName: c.requestedByName,
  decidedByName: c.decidedByName,
  decisionNote: c.decisionNote,
  closedByName: c.closedByName,
  closeNote: c.closeNote,
  closedAt: c.closedAt ? new Date(c.closedAt).toISOString() : null,
  createdAt: new Date(c.createdAt).toISOString(),
});

async function view(ctx: Ctx, officeId: string, id: string): Promise<Commitment> {
  const [row] = await commitmentViews(ctx.tx, officeId, { id });
  if (!row) throw notFound('Die Mittelbindung');
  return present(row);
}

function exceeded(line: BudgetLineRow, amountCents: number): DomainError {
  const remaining = line.plannedCents - line.committedCents - line.bookedCents;
  const message = `${formatEuro(amountCents)} können nicht gebunden werden: In „${line.label}“ ${line.year} sind nur noch ${formatEuro(remaining)} frei.`;
  return new DomainError('BUDGET_EXCEEDED', message, [{ field: 'amountCents', message }]);
}

export async function listCommitments(
  ctx: Ctx,
  query: { projectId?: string | undefined; lineId?: string | undefined; spaceId?: string | undefined; year?: number | undefined; status?: readonly string[] | undefined },
): Promise<Commitment[]> {
  authorize(ctx.actor, budgetPolicy.readCommitments);
  const filter = Object.fromEntries(Object.entries(query).filter(([, v]) => v !== undefined));
  return (await commitmentViews(ctx.tx, officeOf(ctx.actor), filter)).map(present);
}

/**
 * Reserves money of a line for a project. Up to the office's threshold (and always for a head of department) the
 * money is bound at once, refused with BUDGET_EXCEEDED when the line has too little free — the check and the write
 * are one statement. Above it the commitment waits for a head of department and binds nothing until approved.
 */
export async function createCommitment(ctx: Ctx, input: { lineId: string; projectId: string; amountCents: number; note: string }): Promise<Commitment> {
  const officeId = officeOf(ctx.actor);
  const line = await findLineForUpdate(ctx.tx, input.lineId);
  if (!line || line.officeId !== officeId) throw notFound('Die Haushaltsposition');
  const actorSpaceIds = ctx.actor.kind === 'user' ? await spacesOfUser(ctx.tx, ctx.actor.userId, todayInBerlin()) : [];
  authorize(ctx.actor, budgetPolicy.createCommitment, { officeId, spaceId: line.spaceId, actorSpaceIds });
  assertNoPersonalData({ note: input.note });
  if (await isYearClosed(ctx.tx, line.spaceId, line.year)) throw new DomainError('CONFLICT', `Das Haushaltsjahr ${line.year} ist abgeschlossen.`);
  const [project] = await projectRefs(ctx.tx, officeId, [input.projectId]);
  if (!project) throw invalidField('projectId', 'Dieses Projekt gibt es nicht.');
  if (!project.spaceIds.includes(line.spaceId)) throw invalidField('projectId', 'Das Projekt gehört nicht zu diesem Sozialraum.');
  if (project.status === 'completed' || project.status === 'stopped') throw invalidField('projectId', 'Für abgeschlossene oder eingestellte Projekte wird kein Geld mehr gebunden.');
  const threshold = (await settingsOf(ctx.tx, officeId))?.approvalThresholdCents ?? 250_000;
  const approvedAtOnce = input.amountCents <= threshold || (ctx.actor.kind === 'user' && ctx.actor.roles.includes('head_of_department'));
  if (approvedAtOnce && !(await addToCommitted(ctx.tx, line.id, input.amountCents))) throw exceeded((await findLineForUpdate(ctx.tx, line.id)) ?? line, input.amountCents);
  let id: string;
  try {
    ({ id } = await insertCommitment(ctx.tx, {
      officeId,
      lineId: line.id,
      projectId: project.id,
      amountCents: input.amountCents,
      status: approvedAtOnce ? 'open' : 'pending',
      note: input.note,
      requestedByUserId: userIdOf(ctx),
      ...(approvedAtOnce && input.amountCents > threshold ? { decidedByUserId: userIdOf(ctx), decidedAt: new Date() } : {}),
    }));
  } catch (error) {
    if (sqlState(error) === '23505') throw new DomainError('CONFLICT', 'Für dieses Projekt gibt es in dieser Position schon eine Mittelbindung. Bitte diese abrechnen oder freigeben.');
    throw error;
  }
  const after = await view(ctx, officeId, id);
  await recordAudit(ctx, { officeId, action: 'commit', entity: 'commitment', entityId: id, after });
  return after;
}

/** A head of department approves a waiting commitment (now it binds the money, if the line still has it) or rejects it. */
export async function decideCommitment(ctx: Ctx, input: { id: string; decision: 'approved' | 'rejected'; note: string }): Promise<Commitment> {
  authorize(ctx.actor, budgetPolicy.decideCommitment);
  const officeId = officeOf(ctx.actor);
  assertNoPersonalData({ note: input.note });
  const before = await findCommitmentForUpdate(ctx.tx, input.id);
  if (!before || before.officeId !== officeId) throw notFound('Die Mittelbindung');
  if (before.status !== 'pending') throw new DomainError('CONFLICT', 'Über diese Mittelbindung ist bereits entschieden.');
  if (input.decision === 'rejected' && input.note.length < 3) throw invalidField('note', 'Bitte die Ablehnung kurz begründen.');
  if (input.decision === 'approved' && !(await addToCommitted(ctx.tx, before.lineId, before.amountCents))) {
    const line = await findLineForUpdate(ctx.tx, before.lineId);
    if (line && (await isYearClosed(ctx.tx, line.spaceId, line.year))) throw new DomainError('CONFLICT', `Das Haushaltsjahr ${line.year} ist abgeschlossen.`);
    if (line) throw exceeded(line, before.amountCents);
  }
  await updateCommitmentRow(ctx.tx, before.id, {
    status: input.decision === 'approved' ? 'open' : 'rejected',
    decidedByUserId: userIdOf(ctx),
    decidedAt: new Date(),
    decisionNote: input.note,
  });
  const after = await view(ctx, officeId, before.id);
  await recordAudit(ctx, { officeId, action: input.decision === 'approved' ? 'approve' : 'reject', entity: 'commitment', entityId: before.id, before: { status: before.status }, after });
  return after;
}

/** Settles an open commitment: what bookings have not drawn from it goes back to the line's free money. */
export async function releaseCommitment(ctx: Ctx, input: { id: string; note: string }): Promise<Commitment> {
  authorize(ctx.actor, budgetPolicy.releaseCommitment);
  const officeId = officeOf(ctx.actor);
  assertNoPersonalData({ note: input.note });
  const before = await findCommitmentForUpdate(ctx.tx, input.id);
  if (!before || before.officeId !== officeId) throw notFound('Die Mittelbindung');
  if (before.status !== 'open') throw new DomainError('CONFLICT', 'Nur eine offene Mittelbindung kann abgerechnet werden.');
  const rest = before.amountCents - before.drawnCents;
  if (rest > 0 && !(await addToCommitted(ctx.tx, before.lineId, -rest))) throw new DomainError('CONFLICT', 'Das Haushaltsjahr ist abgeschlossen.');
  await updateCommitmentRow(ctx.tx, before.id, { status: 'closed', closedAt: new Date(), closedByUserId: userIdOf(ctx), closeNote: input.note });
  const after = await view(ctx, officeId, before.id);
  await recordAudit(ctx, { officeId, action: 'release', entity: 'commitment', entityId: before.id, before: { status: before.status, openCents: rest }, after });
  return after;
}

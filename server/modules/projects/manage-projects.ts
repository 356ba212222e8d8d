import type { CreateProjectInput, ProjectDetail, UpdateProjectBody } from '../../../common/api/projects';
import { projectStatusLabels, projectStatusMoves, type ProjectStatus } from '../../../common/project-terms';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import { todayInBerlin } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { DomainError, invalidField } from '../../platform/http/errors';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { linkNeedsToProject, needsOfProject } from '../needs';
import { actorSpaces, checkProjectReferences, projectForUpdate, projectTarget, userIdOf } from './project-context';
import { projectsPolicy } from './projects.policy';
import { deleteProjectRow, insertProject, insertStatusEvent, type ProjectRow, replaceReach, reachOf, updateProjectRow, upsertYearNote } from './projects.queries';
import { readProject } from './read-projects';

const sqlState = (error: unknown): string => {
  const e = error as { code?: unknown; cause?: { code?: unknown } };
  return String(e.cause?.code ?? e.code ?? '');
};

/** What the audit log keeps of a project: its fields, not the linked rows. */
const auditView = (p: ProjectRow) => ({
  title: p.title,
  description: p.description,
  spaceIds: p.spaceIds,
  topicIds: p.topicIds,
  initiatedBy: p.initiatedBy,
  initiationNote: p.initiationNote,
  status: p.status,
  statusReason: p.statusReason,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  partnerOrganizationIds: p.partnerOrganizationIds,
  carrierMembershipIds: p.carrierMembershipIds,
});

function checkDates(startsOn: string | null, endsOn: string | null) {
  if (startsOn && endsOn && endsOn < startsOn) throw invalidField('endsOn', 'Das Ende darf nicht vor dem Beginn liegen.');
}

/** A new project starts as an idea; the needs it answers are taken up into it (their gaps close). */
export async function createProject(ctx: Ctx, input: CreateProjectInput): Promise<ProjectDetail> {
  const officeId = officeOf(ctx.actor);
  authorize(ctx.actor, projectsPolicy.createProject, { officeId, spaceIds: input.spaceIds, actorSpaceIds: await actorSpaces(ctx.tx, ctx.actor) });
  assertNoPersonalData({ title: input.title, description: input.description, initiationNote: input.initiationNote });
  checkDates(input.startsOn, input.endsOn);
  await checkProjectReferences(ctx.tx, officeId, input.spaceIds, { ...input, spaceIds: input.spaceIds });
  const row = await insertProject(ctx.tx, {
    officeId,
    title: input.title,
    description: input.description,
    spaceIds: input.spaceIds,
    topicIds: [...new Set(input.topicIds)],
    initiatedBy: input.initiatedBy,
    initiationNote: input.initiationNote,
    startsOn: input.startsOn,
    endsOn: input.endsOn,
    partnerOrganizationIds: [...new Set(input.partnerOrganizationIds)],
    carrierMembershipIds: [...new Set(input.carrierMembershipIds)],
    createdByUserId: userIdOf(ctx),
  });
  await insertStatusEvent(ctx.tx, { projectId: row.id, status: 'idea', occurredOn: todayInBerlin(), byUserId: userIdOf(ctx) });
  await replaceReach(ctx.tx, row.id, input.reach);
  await linkNeedsToProject(ctx, { officeId, projectId: row.id, projectTitle: row.title, needIds: [...new Set(input.needIds)] });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'project', entityId: row.id, after: { ...auditView(row), needIds: input.needIds, reach: input.reach } });
  return readProject(ctx, { id: row.id });
}

export async function updateProject(ctx: Ctx, input: UpdateProjectBody & { id: string }): Promise<ProjectDetail> {
  const before = await projectForUpdate(ctx, input.id);
  authorize(ctx.actor, projectsPolicy.updateProject, await projectTarget(ctx.tx, ctx.actor, before));
  // Moving a project out of one's own spaces would take it out of reach: the new spaces must pass the same rule.
  if (input.spaceIds) authorize(ctx.actor, projectsPolicy.updateProject, { ...(await projectTarget(ctx.tx, ctx.actor, before)), spaceIds: input.spaceIds });
  assertNoPersonalData({ title: input.title, description: input.description, initiationNote: input.initiationNote });
  const spaceIds = input.spaceIds ?? before.spaceIds;
  checkDates(input.startsOn !== undefined ? input.startsOn : before.startsOn, input.endsOn !== undefined ? input.endsOn : before.endsOn);
  // People and needs must stay in the project's spaces, also when only the spaces change.
  await checkProjectReferences(ctx.tx, before.officeId, spaceIds, {
    ...input,
    carrierMembershipIds: input.carrierMembershipIds ?? (input.spaceIds ? before.carrierMembershipIds : undefined),
    needIds: input.needIds ?? (input.spaceIds ? (await needsOfProject(ctx.tx, before.id)).map((n) => n.id) : undefined),
  });
  const { id, needIds, reach, ...fields } = input;
  const values = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined));
  for (const key of ['topicIds', 'partnerOrganizationIds', 'carrierMembershipIds'] as const) if (input[key]) values[key] = [...new Set(input[key])];
  const after = await updateProjectRow(ctx.tx, id, values);
  const reachBefore = reach ? await reachOf(ctx.tx, id) : undefined;
  if (reach) await replaceReach(ctx.tx, id, reach);
  if (needIds) await linkNeedsToProject(ctx, { officeId: before.officeId, projectId: id, projectTitle: after.title, needIds: [...new Set(needIds)] });
  await recordAudit(ctx, {
    officeId: before.officeId,
    action: 'update',
    entity: 'project',
    entityId: id,
    before: { ...auditView(before), ...(reachBefore ? { reach: reachBefore.map(({ year, ageBand, count }) => ({ year, ageBand, count })) } : {}) },
    after: { ...auditView(after), ...(needIds ? { needIds } : {}), ...(reach ? { reach } : {}) },
  });
  return readProject(ctx, { id });
}

/**
 * Moves a project along idea → planned → running → completed, or stops it (with a reason). Completed and
 * stopped are final. Running sets the start and completing or stopping the end, if they are not set.
 */
export async function changeProjectStatus(ctx: Ctx, input: { id: string; status: ProjectStatus; on?: string | undefined; reason: string }): Promise<ProjectDetail> {
  const before = await projectForUpdate(ctx, input.id);
  authorize(ctx.actor, projectsPolicy.changeStatus, await projectTarget(ctx.tx, ctx.actor, before));
  assertNoPersonalData({ reason: input.reason });
  const from = before.status as ProjectStatus;
  if (!projectStatusMoves[from].includes(input.status)) {
    throw invalidField('status', `Von „${projectStatusLabels[from]}“ geht es nicht zu „${projectStatusLabels[input.status]}“.`);
  }
  if (input.status === 'stopped' && input.reason.length < 3) throw invalidField('reason', 'Bitte angeben, warum das Projekt eingestellt wird.');
  const on = input.on ?? todayInBerlin();
  if (before.startsOn && (input.status === 'completed' || input.status === 'stopped') && on < before.startsOn) {
    throw invalidField('on', 'Das Datum liegt vor dem Beginn des Projekts.');
  }
  if (input.status === 'running' && !before.startsOn && before.endsOn && on > before.endsOn) {
    throw invalidField('on', 'Der Beginn darf nicht nach dem geplanten Ende liegen.');
  }
  const after = await updateProjectRow(ctx.tx, before.id, {
    status: input.status,
    statusReason: input.reason,
    ...(input.status === 'running' && !before.startsOn ? { startsOn: on } : {}),
    ...((input.status === 'completed' || input.status === 'stopped') && !before.endsOn ? { endsOn: on } : {}),
  });
  await insertStatusEvent(ctx.tx, { projectId: before.id, status: input.status, occurredOn: on, reason: input.reason, byUserId: userIdOf(ctx) });
  await recordAudit(ctx, {
    officeId: before.officeId,
    action: 'change_status',
    entity: 'project',
    entityId: before.id,
    before: { status: before.status, statusReason: before.statusReason },
    after: { status: after.status, statusReason: after.statusReason, on },
  });
  return readProject(ctx, { id: before.id });
}

/** Successes and difficulties of one year, in the team's words (the annual report quotes them). */
export async function writeYearNote(ctx: Ctx, input: { id: string; year: number; successes: string; difficulties: string }): Promise<ProjectDetail> {
  const project = await projectForUpdate(ctx, input.id);
  authorize(ctx.actor, projectsPolicy.writeYearNote, await projectTarget(ctx.tx, ctx.actor, project));
  assertNoPersonalData({ successes: input.successes, difficulties: input.difficulties });
  const row = await upsertYearNote(ctx.tx, { projectId: project.id, year: input.year, successes: input.successes, difficulties: input.difficulties, updatedByUserId: userIdOf(ctx) });
  await recordAudit(ctx, {
    officeId: project.officeId,
    action: 'write_year_note',
    entity: 'project',
    entityId: project.id,
    after: { year: row.year, successes: row.successes, difficulties: row.difficulties },
  });
  return readProject(ctx, { id: project.id });
}

/** Managers may delete a project that never held money; one that did is stopped instead, so the ledger stays whole. */
export async function deleteProject(ctx: Ctx, input: { id: string }): Promise<void> {
  authorize(ctx.actor, projectsPolicy.deleteProject);
  const before = await projectForUpdate(ctx, input.id);
  await linkNeedsToProject(ctx, { officeId: before.officeId, projectId: before.id, projectTitle: before.title, needIds: [] });
  try {
    await deleteProjectRow(ctx.tx, before.id);
  } catch (error) {
    if (sqlState(error) === '23503') throw new DomainError('CONFLICT', 'Für dieses Projekt gibt es Mittelbindungen oder Buchungen. Bitte das Projekt einstellen statt löschen.');
    throw error;
  }
  await recordAudit(ctx, { officeId: before.officeId, action: 'delete', entity: 'project', entityId: before.id, before: auditView(before) });
}

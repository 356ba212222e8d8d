import type { ProjectDetail, ProjectsQuery, ProjectSummary } from '../../../common/api/projects';
import type { AgeBand, Voice } from '../../../common/need-terms';
import type { Initiator, ProjectStatus } from '../../../common/project-terms';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/http/errors';
import { needCountsOfProjects, needsOfProject, projectIdsOfNeed } from '../needs';
import { findOrganizationRow, membershipsOfOffice, organizationNames } from '../social-spaces';
import { projectTarget } from './project-context';
import { mayWorkOnProject, projectsPolicy } from './projects.policy';
import {
  attachmentsOf,
  findProject,
  listProjectRows,
  type ProjectRow,
  reachOf,
  reachTotals,
  statusEventsOf,
  yearNotesOf,
} from './projects.queries';

const summary = (p: ProjectRow, counts: { total: number; affected: number } | undefined, reached: number): ProjectSummary => ({
  id: p.id,
  title: p.title,
  spaceIds: p.spaceIds,
  topicIds: p.topicIds,
  initiatedBy: p.initiatedBy as Initiator,
  status: p.status as ProjectStatus,
  startsOn: p.startsOn,
  endsOn: p.endsOn,
  needCount: counts?.total ?? 0,
  affectedNeedCount: counts?.affected ?? 0,
  carrierCount: p.carrierMembershipIds.length,
  reachedTotal: reached,
  updatedAt: p.updatedAt.toISOString(),
});

export async function listProjects(ctx: Ctx, query: ProjectsQuery & { status?: readonly ProjectStatus[] | undefined }): Promise<ProjectSummary[]> {
  authorize(ctx.actor, projectsPolicy.listProjects);
  const officeId = officeOf(ctx.actor);
  const ids = query.needId ? await projectIdsOfNeed(ctx.tx, query.needId) : undefined;
  const rows = await listProjectRows(ctx.tx, officeId, {
    status: query.status,
    spaceId: query.spaceId,
    initiatedBy: query.initiatedBy,
    topicId: query.topicId,
    year: query.year === undefined ? undefined : Number(query.year),
    q: query.q,
    ids,
  });
  const counts = await needCountsOfProjects(ctx.tx, officeId);
  const reached = await reachTotals(ctx.tx, officeId);
  return rows.map((p) => summary(p, counts.get(p.id), reached.get(p.id) ?? 0));
}

export async function readProject(ctx: Ctx, input: { id: string }): Promise<ProjectDetail> {
  authorize(ctx.actor, projectsPolicy.readProject);
  const project = await findProject(ctx.tx, input.id);
  if (!project || project.officeId !== officeOf(ctx.actor)) throw notFound('Das Projekt');
  const [needs, reach, notes, events] = [await needsOfProject(ctx.tx, project.id), await reachOf(ctx.tx, project.id), await yearNotesOf(ctx.tx, project.id), await statusEventsOf(ctx.tx, project.id)];
  // The committee reads the project, not the files a team attached to it.
  const attachments = ctx.actor.kind === 'user' && ctx.actor.roles.every((r) => r === 'committee') ? [] : await attachmentsOf(ctx.tx, project.id);
  const memberships = new Map((await membershipsOfOffice(ctx.tx, project.officeId)).map((m) => [m.id, m]));
  const carrierRows = project.carrierMembershipIds.flatMap((id) => memberships.get(id) ?? []);
  const orgNames = await organizationNames(ctx.tx, carrierRows.flatMap((m) => (m.organizationId ? [m.organizationId] : [])));
  const partners = [];
  for (const id of project.partnerOrganizationIds) {
    const organization = await findOrganizationRow(ctx.tx, id);
    if (organization) partners.push({ id: organization.id, name: organization.name, type: organization.type });
  }
  const affected = needs.filter((n) => n.voice === 'affected').length;
  const editable = ctx.actor.kind === 'user' && ctx.actor.roles.some((r) => (projectsPolicy.updateProject.roles as readonly string[]).includes(r)) && mayWorkOnProject(ctx.actor, await projectTarget(ctx.tx, ctx.actor, project));
  return {
    ...summary(project, { total: needs.length, affected }, reach.reduce((s, r) => s + r.count, 0)),
    description: project.description,
    initiationNote: project.initiationNote,
    statusReason: project.statusReason,
    partners,
    carriers: carrierRows.map((m) => ({
      membershipId: m.id,
      spaceId: m.spaceId,
      name: m.personName,
      teamRole: m.teamRole,
      organizationName: m.organizationId ? (orgNames.get(m.organizationId) ?? null) : null,
    })),
    needs: needs.map((n) => ({ id: n.id, spaceId: n.spaceId, voice: n.voice as Voice, recordedOn: n.recordedOn, text: n.text, status: n.status })),
    noAffectedVoice: needs.length > 0 && affected === 0,
    reach: reach.map((r) => ({ year: r.year, ageBand: r.ageBand as AgeBand, count: r.count })),
    yearNotes: notes.map((n) => ({ year: n.year, successes: n.successes, difficulties: n.difficulties, updatedAt: n.updatedAt.toISOString() })),
    attachments: attachments.map((a) => ({ id: a.id, fileName: a.fileName, mediaType: a.mediaType, sizeBytes: a.sizeBytes, uploadedAt: a.uploadedAt.toISOString() })),
    history: events.map((e) => ({ status: e.status as ProjectStatus, on: e.on, reason: e.reason, byName: e.byName })),
    editable,
  };
}

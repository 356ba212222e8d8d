import { and, arrayContains, eq, inArray, sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit';
import type { Ctx } from '../../platform/context';
import { type Db, queryRows } from '../../platform/db/database';
import { todayInBerlin } from '../../platform/calendar';
import { refreshGaps } from './gaps';
import { updateNeedRow } from './needs.queries';
import { needs } from './needs.tables';

// The projects module links needs to projects through these functions only: the link lives on the need
// (`needs.project_ids`), and taking a need up into a project closes its gaps like any other status change.

export type ProjectNeedRow = { id: string; officeId: string; spaceId: string; voice: 'affected' | 'professional'; recordedOn: string; text: string; status: string; reviewState: string };

const columns = {
  id: needs.id,
  officeId: needs.officeId,
  spaceId: needs.spaceId,
  voice: needs.voice,
  recordedOn: needs.recordedOn,
  text: needs.text,
  status: needs.status,
  reviewState: needs.reviewState,
};

export async function needsByIds(tx: Db, ids: readonly string[]): Promise<ProjectNeedRow[]> {
  if (ids.length === 0) return [];
  return (await tx.select(columns).from(needs).where(inArray(needs.id, [...ids]))) as ProjectNeedRow[];
}

export async function needsOfProject(tx: Db, projectId: string): Promise<ProjectNeedRow[]> {
  return (await tx.select(columns).from(needs).where(arrayContains(needs.projectIds, [projectId])).orderBy(needs.recordedOn)) as ProjectNeedRow[];
}

/** Per project: how many needs it answers and how many of them the affected voiced (for lists and the report). */
export async function needCountsOfProjects(tx: Db, officeId: string): Promise<Map<string, { total: number; affected: number }>> {
  const rows = await queryRows<{ project_id: string; total: number; affected: number }>(
    tx,
    sql`select p.project_id, count(*)::int as total, count(*) filter (where n.voice = 'affected')::int as affected
        from needs n cross join lateral unnest(n.project_ids) as p(project_id)
        where n.office_id = ${officeId} group by p.project_id`,
  );
  return new Map(rows.map((r) => [r.project_id, { total: Number(r.total), affected: Number(r.affected) }]));
}

/**
 * Makes `needIds` exactly the needs a project answers. A newly linked need that was open or referred is now
 * "taken up by a project" (its gaps close with the project's title as the reason); a need unlinked from its last
 * project goes back to open (its gaps reopen). Each changed need gets its own audit entry.
 */
export async function linkNeedsToProject(ctx: Ctx, input: { officeId: string; projectId: string; projectTitle: string; needIds: readonly string[] }): Promise<void> {
  const wanted = new Set(input.needIds);
  const current = await ctx.tx.select().from(needs).where(and(eq(needs.officeId, input.officeId), arrayContains(needs.projectIds, [input.projectId]))).for('update');
  const added = wanted.size ? await ctx.tx.select().from(needs).where(and(eq(needs.officeId, input.officeId), inArray(needs.id, [...wanted]))).for('update') : [];
  const today = todayInBerlin();
  const userId = ctx.actor.kind === 'user' ? ctx.actor.userId : null;
  for (const need of added) {
    if (need.projectIds.includes(input.projectId)) continue;
    const takeUp = need.status === 'open' || need.status === 'referred';
    const after = await updateNeedRow(ctx.tx, need.id, {
      projectIds: [...need.projectIds, input.projectId],
      ...(takeUp ? { status: 'project', statusNote: `Aufgegriffen im Projekt „${input.projectTitle}“` } : {}),
    });
    if (takeUp) await refreshGaps(ctx.tx, after, { userId, today });
    await recordAudit(ctx, {
      officeId: input.officeId,
      action: 'link_project',
      entity: 'need',
      entityId: need.id,
      before: { status: need.status, projectIds: need.projectIds },
      after: { status: after.status, projectIds: after.projectIds },
    });
  }
  for (const need of current) {
    if (wanted.has(need.id)) continue;
    const projectIds = need.projectIds.filter((id) => id !== input.projectId);
    const reopen = need.status === 'project' && projectIds.length === 0;
    const after = await updateNeedRow(ctx.tx, need.id, { projectIds, ...(reopen ? { status: 'open', statusNote: '' } : {}) });
    if (reopen) await refreshGaps(ctx.tx, after, { userId, today });
    await recordAudit(ctx, {
      officeId: input.officeId,
      action: 'unlink_project',
      entity: 'need',
      entityId: need.id,
      before: { status: need.status, projectIds: need.projectIds },
      after: { status: after.status, projectIds: after.projectIds },
    });
  }
}

export async function projectIdsOfNeed(tx: Db, needId: string): Promise<string[]> {
  const rows = await tx.select({ projectIds: needs.projectIds }).from(needs).where(eq(needs.id, needId));
  return rows[0]?.projectIds ?? [];
}

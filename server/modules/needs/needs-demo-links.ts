import { and, asc, eq, sql } from 'drizzle-orm';
import { needStatusLabels } from '../../../common/need-terms';
import { todayInBerlin } from '../../platform/calendar';
import { type Db, queryRows } from '../../platform/db/database';
import { needs } from './needs.tables';

// For the demo seed of the projects module only: it writes below the use cases (no actor, no audit entry), like
// every demo seed. The use case for people is `linkNeedsToProject` (project-links.ts).

export type DemoNeedCandidate = {
  id: string;
  spaceId: string;
  voice: 'affected' | 'professional';
  recordedOn: string;
  text: string;
  status: string;
  topicIds: string[];
};

/** The accepted needs of an office, oldest first (in a stable order, so that the demo is the same on every start). */
export async function demoNeedCandidates(tx: Db, officeId: string): Promise<DemoNeedCandidate[]> {
  const rows = await tx
    .select({ id: needs.id, spaceId: needs.spaceId, voice: needs.voice, recordedOn: needs.recordedOn, text: needs.text, status: needs.status, topicIds: needs.topicIds })
    .from(needs)
    .where(and(eq(needs.officeId, officeId), eq(needs.reviewState, 'accepted')))
    .orderBy(asc(needs.recordedOn), asc(needs.text), asc(needs.spaceId));
  return rows as DemoNeedCandidate[];
}

/**
 * Takes needs up into a demo project: appends the project to `project_ids` and sets the status `project`. A need
 * that was open gets the project's title as its note (one that had a note keeps it: it tells what became of the
 * project), and its open gaps close on the day the project took it up (its start, or the day it was recorded if
 * later; never after today).
 */
export async function linkDemoNeeds(tx: Db, projectId: string, needIds: string[]): Promise<void> {
  if (needIds.length === 0) return;
  const [project] = await queryRows<{ title: string; since: string }>(
    tx,
    sql`select title, coalesce(starts_on, created_at::date)::text as since from projects where id = ${projectId}`,
  );
  if (!project) throw new Error(`demo project ${projectId} missing`);
  const today = todayInBerlin();
  const note = `Aufgegriffen im Projekt „${project.title}“`;
  const ids = sql`array[${sql.join(
    needIds.map((id) => sql`${id}::uuid`),
    sql`, `,
  )}]`;
  // The day a need was taken up: not before it was recorded, not after today.
  const takenOn = sql`least(greatest(n.recorded_on, ${project.since}::date), ${today}::date)`;
  const changed = await queryRows<{ id: string; takenOn: string; note: string }>(
    tx,
    sql`update needs n set project_ids = array_append(n.project_ids, ${projectId}::uuid),
              status_note = case when n.status = 'open' or n.status_note = '' then ${note} else n.status_note end,
              status = 'project',
              updated_at = case when n.status = 'project' then n.updated_at else ${takenOn}::timestamp + interval '15 hours' end
        where n.id = any(${ids}) and not (${projectId}::uuid = any(n.project_ids))
        returning n.id, (${takenOn})::text as "takenOn", n.status_note as note`,
  );
  // Gaps of needs that were still open close now, with the reason a status change gives them (gaps.ts).
  const label = needStatusLabels.project;
  if (changed.length === 0) return;
  const taken = sql.join(
    changed.map((n) => sql`(${n.id}::uuid, ${n.takenOn}::date, ${`${label}: ${n.note}`}::text)`),
    sql`, `,
  );
  await tx.execute(sql`
    with closed as (
      update gaps g set state = 'closed', closed_on = greatest(g.opened_on, v.taken_on), close_reason = v.reason, updated_at = now()
      from (values ${taken}) as v(need_id, taken_on, reason)
      where g.need_id = v.need_id and g.state = 'open'
      returning g.id, g.office_id, g.kind, g.closed_on, g.close_reason)
    insert into gap_events (office_id, gap_id, at, event, kind, note)
    select office_id, id, closed_on::timestamp + interval '15 hours', 'closed', kind, close_reason from closed`);
}

import { and, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { projects, projectStatusEvents } from './projects.tables';

// What the network analysis reads of projects (many shoulders, ties from shared projects). Exported through index.ts.

export type ProjectFigure = { id: string; spaceIds: string[]; carrierMembershipIds: string[]; partnerOrganizationIds: string[]; startsOn: string; endsOn: string | null };

/**
 * Projects (beyond the idea) whose span overlaps the period, touching one space if given. A project without dates
 * runs from its first status to, once completed or stopped, its last one.
 */
export async function projectsActiveInPeriod(tx: Db, officeId: string, period: { spaceId?: string | undefined; from: string; to: string }): Promise<ProjectFigure[]> {
  const firstEvent = sql`(select min(e.occurred_on) from ${projectStatusEvents} e where e.project_id = ${projects.id})`;
  const lastEvent = sql`(select max(e.occurred_on) from ${projectStatusEvents} e where e.project_id = ${projects.id})`;
  const start = sql`coalesce(${projects.startsOn}, ${firstEvent}, ${projects.createdAt}::date)`;
  const end = sql`coalesce(${projects.endsOn}, case when ${projects.status} in ('completed', 'stopped') then ${lastEvent} end)`;
  const where: SQL[] = [eq(projects.officeId, officeId), ne(projects.status, 'idea'), sql`${start} <= ${period.to}::date`, sql`(${end} is null or ${end} >= ${period.from}::date)`];
  if (period.spaceId) where.push(sql`${projects.spaceIds} @> array[${period.spaceId}]::uuid[]`);
  return tx
    .select({
      id: projects.id,
      spaceIds: projects.spaceIds,
      carrierMembershipIds: projects.carrierMembershipIds,
      partnerOrganizationIds: projects.partnerOrganizationIds,
      startsOn: sql<string>`to_char(${start}, 'YYYY-MM-DD')`,
      endsOn: sql<string | null>`to_char(${end}, 'YYYY-MM-DD')`,
    })
    .from(projects)
    .where(and(...where));
}

import type { z } from 'zod';
import type { organizerSuggestion } from '../../../common/api/meetings';
import { authorize, officeOf } from '../../platform/auth/policy';
import { todayInBerlin } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { invalidField } from '../../platform/http/errors';
import { activeOn, membershipsOfSpace, organizationNames, spacesOfOffice } from '../social-spaces';
import { berlinDayOf } from './meeting-context';
import { meetingsPolicy } from './meetings.policy';
import { meetingsOrganisedBy } from './meetings.queries';

export type OrganizerSuggestion = z.infer<typeof organizerSuggestion>;

type Candidate = { membershipId: string; name: string; lastOrganisedOn: string | null; timesOrganised: number };

/** Never organised first, then who organised least recently, then least often, then by name. */
export function rotationOrder<T extends Candidate>(candidates: readonly T[]): T[] {
  return [...candidates].sort(
    (a, b) =>
      (a.lastOrganisedOn === null ? 0 : 1) - (b.lastOrganisedOn === null ? 0 : 1) ||
      (a.lastOrganisedOn ?? '').localeCompare(b.lastOrganisedOn ?? '') ||
      a.timesOrganised - b.timesOrganised ||
      a.name.localeCompare(b.name, 'de'),
  );
}

/**
 * Who should organise the space's meeting on a day: everyone on its team that day. Meetings up to that day count
 * (also ones still planned, so asking for the day of a new meeting puts who already has a turn before it at the back);
 * cancelled ones do not.
 */
export async function suggestOrganizers(ctx: Ctx, query: { spaceId: string; on?: string | undefined }): Promise<OrganizerSuggestion[]> {
  authorize(ctx.actor, meetingsPolicy.suggestOrganizers);
  const officeId = officeOf(ctx.actor);
  if (!(await spacesOfOffice(ctx.tx, officeId)).some((s) => s.id === query.spaceId)) throw invalidField('spaceId', 'Diesen Sozialraum gibt es in diesem Jugendamt nicht.');
  const on = query.on ?? todayInBerlin();
  const team = (await membershipsOfSpace(ctx.tx, query.spaceId)).filter((m) => activeOn(m, on));
  const ids = new Set(team.map((m) => m.id));
  const stats = new Map<string, { last: string | null; times: number }>();
  for (const meeting of await meetingsOrganisedBy(ctx.tx, officeId, [...ids])) {
    const day = berlinDayOf(meeting.startsAt);
    if (day > on) continue;
    for (const id of meeting.organizerMembershipIds) {
      if (!ids.has(id)) continue;
      const entry = stats.get(id) ?? { last: null, times: 0 };
      stats.set(id, { last: entry.last === null || day > entry.last ? day : entry.last, times: entry.times + 1 });
    }
  }
  const organizations = await organizationNames(ctx.tx, team.flatMap((m) => (m.organizationId ? [m.organizationId] : [])));
  return rotationOrder(
    team.map((m) => ({
      membershipId: m.id,
      name: m.personName,
      teamRole: m.teamRole,
      organizationName: m.organizationId ? (organizations.get(m.organizationId) ?? null) : null,
      lastOrganisedOn: stats.get(m.id)?.last ?? null,
      timesOrganised: stats.get(m.id)?.times ?? 0,
    })),
  );
}

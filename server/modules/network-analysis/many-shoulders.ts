import type { ManyShoulders } from '../../../common/api/network-analysis';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { agendaItemsInPeriod, heldMeetingsInPeriod } from '../meetings';
import { needsRecordedByUser } from '../needs';
import { projectsActiveInPeriod } from '../projects';
import { activeOn, type MembershipFigure, membershipsInPeriod } from '../social-spaces';
import { officeWeights } from './contribution-weights';
import { actorSpaces, checkPeriod, checkSpaceOfOffice } from './network-analysis-context';
import { networkAnalysisPolicy, seesPeople } from './network-analysis.policy';
import { concentrationWarning, type Counts, explain, gini, share, topShare, weightedScore, zeroCounts } from './network-analysis.rules';

type Period = { spaceId: string; from: string; to: string };

/** What each team membership of the space did in the period; everyone on the team is in it, with nothing too. */
async function countContributions(tx: Db, officeId: string, period: Period): Promise<{ memberships: MembershipFigure[]; counts: Map<string, Counts> }> {
  const memberships = await membershipsInPeriod(tx, officeId, period);
  const counts = new Map(memberships.map((m) => [m.id, zeroCounts()]));
  const add = (membershipId: string, kind: keyof Counts, n = 1) => {
    const entry = counts.get(membershipId);
    if (entry) entry[kind] += n;
  };
  for (const meeting of await heldMeetingsInPeriod(tx, officeId, period)) for (const id of new Set(meeting.organizerMembershipIds)) add(id, 'meetingOrganised');
  for (const item of await agendaItemsInPeriod(tx, officeId, period)) add(item.broughtByMembershipId, 'agendaItem');
  for (const project of await projectsActiveInPeriod(tx, officeId, period)) for (const id of new Set(project.carrierMembershipIds)) add(id, 'projectCarried');
  // A need is credited to the membership its recorder held on that day (someone may have changed roles in the period).
  for (const row of await needsRecordedByUser(tx, officeId, period)) {
    const own = memberships.filter((m) => m.userId === row.userId).sort((a, b) => a.validFrom.localeCompare(b.validFrom));
    const membership = own.find((m) => activeOn(m, row.recordedOn)) ?? own[0];
    if (membership) add(membership.id, 'needRecorded', row.count);
  }
  return { memberships, counts };
}

/** Fewer people than this in an organisation type would point at a person: the committee sees them combined. */
export const smallestTypeGroup = 3;

type TypeRow = { organizationType: string | null; score: number; share: number; people: number };

/**
 * For readers who may not see people: types with fewer than three people are combined into one row `grouped`, and
 * that row is left out too when it still holds fewer than three (its score stays in the total).
 */
export function groupSmallTypes(rows: readonly TypeRow[], total: number): TypeRow[] {
  const large = rows.filter((r) => r.people >= smallestTypeGroup);
  const small = rows.filter((r) => r.people < smallestTypeGroup);
  const people = small.reduce((n, r) => n + r.people, 0);
  if (people < smallestTypeGroup) return large;
  const score = small.reduce((sum, r) => sum + r.score, 0);
  return [...large, { organizationType: 'grouped', score, share: share(score, total), people }];
}

/**
 * Who carried the network work of a space in a period, with the concentration figures. Staff of the space see the
 * people; the committee the same figures by organisation type and without a name.
 */
export async function readManyShoulders(ctx: Ctx, input: Period): Promise<ManyShoulders> {
  authorize(ctx.actor, networkAnalysisPolicy.readManyShoulders);
  const officeId = officeOf(ctx.actor);
  checkPeriod(input);
  await checkSpaceOfOffice(ctx.tx, officeId, input.spaceId);
  const target = { officeId, spaceId: input.spaceId, actorSpaceIds: await actorSpaces(ctx.tx, ctx.actor) };
  authorize(ctx.actor, networkAnalysisPolicy.readManyShoulders, target);
  const people = ctx.actor.kind === 'system' || (ctx.actor.kind === 'user' && seesPeople(ctx.actor, target));
  return computeManyShoulders(ctx.tx, officeId, input, people);
}

/**
 * The figures of many shoulders without authorisation (the use case above and the annual report authorise).
 * `people: false` leaves out every name: no contributors, small organisation types combined, an anonymous warning.
 */
export async function computeManyShoulders(tx: Db, officeId: string, input: Period, people: boolean): Promise<ManyShoulders> {
  const weights = await officeWeights(tx, officeId);
  const { memberships, counts } = await countContributions(tx, officeId, input);
  const scored = memberships.map((m) => {
    const c = counts.get(m.id) ?? zeroCounts();
    return { membership: m, counts: c, score: weightedScore(c, weights) };
  });
  const scores = scored.map((s) => s.score);
  const total = scores.reduce((sum, x) => sum + x, 0);
  const contributors = scored
    .map((s) => ({
      membershipId: s.membership.id,
      name: s.membership.personName,
      teamRole: s.membership.teamRole,
      organizationName: s.membership.organizationName,
      organizationType: s.membership.organizationType,
      counts: s.counts,
      score: s.score,
      share: share(s.score, total),
    }))
    .sort((a, b) => b.score - a.score || a.name.localeCompare(b.name, 'de'));

  const groups = new Map<string | null, { score: number; people: number }>();
  for (const c of contributors) {
    const group = groups.get(c.organizationType) ?? { score: 0, people: 0 };
    group.score += c.score;
    group.people += 1;
    groups.set(c.organizationType, group);
  }
  let byOrganizationType = [...groups.entries()]
    .map(([organizationType, g]) => ({ organizationType, score: g.score, share: share(g.score, total), people: g.people }))
    .sort((a, b) => b.score - a.score || (a.organizationType ?? '~').localeCompare(b.organizationType ?? '~'));
  if (!people) byOrganizationType = groupSmallTypes(byOrganizationType, total);

  const top = topShare(scores);
  const g = gini(scores);
  return {
    spaceId: input.spaceId,
    from: input.from,
    to: input.to,
    weights,
    contributors: people ? contributors : [],
    byOrganizationType,
    total,
    topShare: top,
    gini: g,
    explanation: explain({ total, topShare: top, gini: g, people: scored.length, contributing: scored.filter((s) => s.score > 0).length }),
    warning: concentrationWarning(top, people ? (contributors[0]?.name ?? null) : null),
  };
}

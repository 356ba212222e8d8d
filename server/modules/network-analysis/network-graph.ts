import type { NetworkGraph } from '../../../common/api/network-analysis';
import type { Rule } from '../../platform/auth/policy';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { heldMeetingsInPeriod } from '../meetings';
import { referralsInPeriod } from '../needs';
import { projectsActiveInPeriod } from '../projects';
import { contractsInPeriod, membershipsInPeriod, membershipsOfOffice, organizationsWithSpaces } from '../social-spaces';
import { checkPeriod, checkSpaceOfOffice, parseTypes } from './network-analysis-context';
import { networkAnalysisPolicy } from './network-analysis.policy';
import { aggregateTies, clipToPeriod, degrees, density, missingTypes, pairs, type TieEvent } from './network-analysis.rules';

export type NetworkInput = { spaceId?: string | undefined; from: string; to: string; types?: string | undefined };

/** Every event of the period that ties two organisations, in one space or in the whole office. */
export async function tieEvents(tx: Db, officeId: string, period: { spaceId?: string | undefined; from: string; to: string }): Promise<TieEvent[]> {
  const events: TieEvent[] = [];
  // Shared meetings: every pair of organisations that attended one held meeting.
  for (const meeting of await heldMeetingsInPeriod(tx, officeId, period)) {
    for (const [a, b] of pairs(meeting.attendingOrganizationIds)) events.push({ a, b, kind: 'meeting', firstOn: meeting.heldOn, lastOn: meeting.heldOn });
  }
  // Projects: partners and the organisations of the people who carry it, pairwise, dated by the part in the period.
  const membershipOrg = new Map((await membershipsOfOffice(tx, officeId)).map((m) => [m.id, m.organizationId]));
  for (const project of await projectsActiveInPeriod(tx, officeId, period)) {
    const dates = clipToPeriod({ start: project.startsOn, end: project.endsOn }, period);
    if (!dates) continue;
    const carriers = project.carrierMembershipIds.flatMap((id) => membershipOrg.get(id) ?? []);
    for (const [a, b] of pairs([...project.partnerOrganizationIds, ...carriers])) events.push({ a, b, kind: 'project', ...dates });
  }
  // Contracts: the contracted provider works with the ASD of the space's team.
  const asdBySpace = new Map<string, Set<string>>();
  for (const m of await membershipsInPeriod(tx, officeId, period)) {
    if (m.organizationType !== 'asd' || !m.organizationId) continue;
    asdBySpace.set(m.spaceId, (asdBySpace.get(m.spaceId) ?? new Set()).add(m.organizationId));
  }
  for (const contract of await contractsInPeriod(tx, officeId, period)) {
    const dates = clipToPeriod({ start: contract.validFrom, end: contract.validTo }, period);
    if (!dates) continue;
    for (const asd of asdBySpace.get(contract.spaceId) ?? []) events.push({ a: contract.organizationId, b: asd, kind: 'contract', ...dates });
  }
  // Referrals: the referring organisation and the offer's.
  for (const r of await referralsInPeriod(tx, officeId, period)) events.push({ a: r.fromOrganizationId, b: r.toOrganizationId, kind: 'referral', firstOn: r.referredOn, lastOn: r.referredOn });
  return events;
}

/** Builds the graph; the caller has authorised (reading and the exports share it under their own rules). */
export async function buildNetwork(ctx: Ctx, rule: Rule, input: NetworkInput): Promise<NetworkGraph> {
  authorize(ctx.actor, rule);
  const officeId = officeOf(ctx.actor);
  checkPeriod(input);
  if (input.spaceId) await checkSpaceOfOffice(ctx.tx, officeId, input.spaceId);
  return computeNetwork(ctx.tx, officeId, input);
}

/** The graph without authorisation (the use case above and the annual report authorise). */
export async function computeNetwork(tx: Db, officeId: string, input: NetworkInput): Promise<NetworkGraph> {
  const organizations = await organizationsWithSpaces(tx, officeId);
  const types = parseTypes(input.types, organizations.map((o) => o.type));
  const known = new Map(organizations.map((o) => [o.id, o]));

  const allTies = aggregateTies((await tieEvents(tx, officeId, input)).filter((e) => known.has(e.a) && known.has(e.b)));
  // The space's organisations, and those its meetings, projects, contracts and referrals tie in from elsewhere.
  const inGraph = new Set(input.spaceId ? organizations.filter((o) => o.spaceIds.includes(input.spaceId as string)).map((o) => o.id) : organizations.map((o) => o.id));
  for (const tie of allTies) inGraph.add(tie.source).add(tie.target);
  const shown = organizations.filter((o) => inGraph.has(o.id) && (!types || types.includes(o.type))).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const shownIds = new Set(shown.map((o) => o.id));
  const ties = allTies.filter((t) => shownIds.has(t.source) && shownIds.has(t.target));

  const degree = degrees([...shownIds], ties);
  const nodes = shown.map((o) => ({ id: o.id, name: o.name, type: o.type, ...(degree.get(o.id) ?? { degree: 0, weightedDegree: 0 }) }));
  return {
    spaceId: input.spaceId ?? null,
    from: input.from,
    to: input.to,
    nodes,
    ties,
    density: density(nodes.length, ties.length),
    isolated: nodes.filter((n) => n.degree === 0).map((n) => n.id),
    missingTypes: missingTypes(nodes, types),
  };
}

export const readNetwork = (ctx: Ctx, input: NetworkInput) => buildNetwork(ctx, networkAnalysisPolicy.readNetwork, input);

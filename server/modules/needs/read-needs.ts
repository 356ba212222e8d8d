import type { Gap, MySpaces, NeedDetail, NeedListInput, NeedPage, NeedSummary, OfferSuggestionsInput, ServiceRef } from '../../../common/api/needs';
import type { AgeBand, FitReason, GapKind, NeedSource, NeedStatus, ReviewState, Voice } from '../../../common/need-terms';
import type { TargetGroup } from '../../../common/service-terms';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { notFound } from '../../platform/http/errors';
import { organizationNames, spacesOfOffice } from '../social-spaces';
import { offersInSpaces, offersMatchingText, serviceReferences, type ServiceReference, type TopicTerm, topicTerms } from '../services';
import { matchesNeed } from './gaps.rules';
import { offersForMatching } from './gaps';
import { checkNeedReferences, needTarget, visibleSpaces } from './need-context';
import { needsPolicy } from './needs.policy';
import { findNeed, gapEventsOf, gapsOfNeeds, listNeedRows, type NeedRow, referralsOfNeed, userName } from './needs.queries';

const ref = (s: ServiceReference): ServiceRef => ({ id: s.id, name: s.name, organizationName: s.organizationName, status: s.status });
const iso = (d: Date) => d.toISOString();

/** A topic and all narrower ones (needs of "Sport" include "Fußball"). */
export function topicWithNarrower(topics: readonly TopicTerm[], topicId: string): string[] {
  const ids = [topicId];
  for (let i = 0; i < ids.length; i++) for (const t of topics) if (t.parentId === ids[i] && !ids.includes(t.id)) ids.push(t.id);
  return ids;
}

async function summaries(tx: Db, officeId: string, rows: readonly NeedRow[]): Promise<NeedSummary[]> {
  const [spaces, topics, gaps] = [await spacesOfOffice(tx, officeId), await topicTerms(tx, officeId), await gapsOfNeeds(tx, rows.map((r) => r.id))];
  const spaceName = new Map(spaces.map((s) => [s.id, s.name]));
  const topicName = new Map(topics.map((t) => [t.id, t.name]));
  return rows.map((n) => ({
    id: n.id,
    spaceId: n.spaceId,
    spaceName: spaceName.get(n.spaceId) ?? '',
    topics: n.topicIds.map((id) => ({ id, name: topicName.get(id) ?? '(gelöschtes Thema)' })),
    targetGroup: n.targetGroup as TargetGroup | null,
    ageBands: n.ageBands as AgeBand[],
    source: n.source as NeedSource,
    voice: n.voice as Voice,
    recordedOn: n.recordedOn,
    text: n.text,
    status: n.status as NeedStatus,
    reviewState: n.reviewState as ReviewState,
    language: n.language,
    gapKinds: [...new Set(gaps.filter((g) => g.needId === n.id).map((g) => g.kind as GapKind))],
  }));
}

export async function listNeeds(ctx: Ctx, query: NeedListInput): Promise<NeedPage> {
  authorize(ctx.actor, needsPolicy.listNeeds);
  const officeId = officeOf(ctx.actor);
  const spaceIds = await visibleSpaces(ctx.tx, ctx.actor);
  const topics = !query.topicId ? undefined : query.topicExact === 'true' ? [query.topicId] : topicWithNarrower(await topicTerms(ctx.tx, officeId), query.topicId);
  const { limit, offset, ...filter } = query;
  const { rows, total } = await listNeedRows(ctx.tx, officeId, { ...filter, spaceIds, ...(topics ? { topicIds: topics } : {}) }, { limit, offset });
  return { items: await summaries(ctx.tx, officeId, rows), total, limit, offset };
}

export async function readNeed(ctx: Ctx, input: { id: string }): Promise<NeedDetail> {
  const need = await findNeed(ctx.tx, input.id);
  if (!need) throw notFound('Der Bedarf');
  authorize(ctx.actor, needsPolicy.readNeed, await needTarget(ctx.tx, ctx.actor, need));
  const [summary] = await summaries(ctx.tx, need.officeId, [need]);
  if (!summary) throw notFound('Der Bedarf');
  const gaps = await gapsOfNeeds(ctx.tx, [need.id]);
  const events = await gapEventsOf(ctx.tx, gaps.map((g) => g.id));
  const referrals = await referralsOfNeed(ctx.tx, need.id);
  const serviceIds = [...need.knownServiceIds, ...need.helpfulServiceIds, ...gaps.flatMap((g) => g.matchServiceIds), ...referrals.flatMap((r) => (r.serviceId ? [r.serviceId] : []))];
  const services = new Map((await serviceReferences(ctx.tx, need.officeId, serviceIds)).map((s) => [s.id, ref(s)]));
  const refs = (ids: readonly string[]) => ids.flatMap((id) => services.get(id) ?? []);
  const orgIds = [need.recordedByOrganizationId, ...referrals.map((r) => r.fromOrganizationId)].filter((id): id is string => !!id);
  const orgs = await organizationNames(ctx.tx, orgIds);
  const topicName = new Map(summary.topics.map((t) => [t.id, t.name]));
  const presentGap = (g: (typeof gaps)[number]): Gap => ({
    id: g.id,
    needId: g.needId,
    topicId: g.topicId,
    topicName: topicName.get(g.topicId) ?? '',
    kind: g.kind as GapKind,
    reasons: g.reasons as FitReason[],
    state: g.state as Gap['state'],
    confirmed: g.confirmed,
    openedOn: g.openedOn,
    closedOn: g.closedOn,
    closeReason: g.closeReason,
    matches: refs(g.matchServiceIds),
    history: events
      .filter((e) => e.gapId === g.id)
      .map((e) => ({ at: iso(e.at), event: e.event as Gap['history'][number]['event'], kind: e.kind as GapKind, note: e.note, byName: e.byName })),
  });
  return {
    ...summary,
    officeId: need.officeId,
    recordedBy: {
      userId: need.recordedByUserId,
      name: await userName(ctx.tx, need.recordedByUserId),
      organizationId: need.recordedByOrganizationId,
      organizationName: need.recordedByOrganizationId ? (orgs.get(need.recordedByOrganizationId) ?? null) : null,
    },
    knownServices: refs(need.knownServiceIds),
    knowsNoOffers: need.knowsNoOffers,
    requirements: need.requirements,
    helpfulServices: refs(need.helpfulServiceIds),
    helpfulText: need.helpfulText,
    statusNote: need.statusNote,
    referrals: referrals.flatMap((r) => {
      const service = r.serviceId ? services.get(r.serviceId) : undefined;
      return service ? [{ id: r.id, service, referredOn: r.referredOn, organizationName: r.fromOrganizationId ? (orgs.get(r.fromOrganizationId) ?? null) : null }] : [];
    }),
    projectIds: need.projectIds,
    reviewNote: need.reviewNote,
    gaps: gaps.map(presentGap),
    createdAt: iso(need.createdAt),
    updatedAt: iso(need.updatedAt),
  };
}

/** Offers that might answer a need being recorded: same topic and age band in the space first, then by its words. */
export async function suggestOffers(ctx: Ctx, query: OfferSuggestionsInput) {
  const officeId = officeOf(ctx.actor);
  authorize(ctx.actor, needsPolicy.suggestOffers, await needTarget(ctx.tx, ctx.actor, { officeId, spaceId: query.spaceId }));
  await checkNeedReferences(ctx.tx, officeId, { spaceId: query.spaceId });
  const offers = await offersInSpaces(ctx.tx, officeId, [query.spaceId]);
  const forMatch = offersForMatching(offers, query.spaceId);
  const bands = query.ageBands ?? [];
  const byTopic = (query.topicIds ?? []).length
    ? forMatch.filter((o) => (query.topicIds ?? []).some((t) => matchesNeed(o, t, bands))).map((o) => o.id)
    : [];
  const items: Array<ServiceRef & { why: 'topic' | 'text' }> = offers.filter((o) => byTopic.includes(o.id)).map((o) => ({ ...ref(o), why: 'topic' as const }));
  if (query.text && query.text.trim().length >= 3) {
    for (const s of await offersMatchingText(ctx.tx, officeId, query.spaceId, query.text)) {
      if (!items.some((i) => i.id === s.id)) items.push({ ...ref(s), why: 'text' });
    }
  }
  return { items: items.slice(0, 30) };
}

/** The spaces the signed-in user records needs in, so the forms can offer exactly these. */
export async function mySpaces(ctx: Ctx): Promise<MySpaces> {
  authorize(ctx.actor, needsPolicy.listNeeds);
  const visible = await visibleSpaces(ctx.tx, ctx.actor);
  return visible === null ? { allSpaces: true, spaceIds: [] } : { allSpaces: false, spaceIds: visible };
}

import { needStatusLabels } from '../../../common/need-terms';
import type { Db } from '../../platform/db/database';
import { offersInSpaces, type OfferTraits, topicTerms } from '../services';
import { classifyGap, type OfferForMatch, parseOpenWeek } from './gaps.rules';
import type { NeedRow } from './needs.queries';
import { deleteGapRow, gapsOfNeeds, insertGap, insertGapEvent, updateGapRow } from './needs.queries';

/** The offers of a space as the gap rules see them. */
export function offersForMatching(offers: readonly OfferTraits[], spaceId: string): OfferForMatch[] {
  return offers
    .filter((o) => o.spaceIds.includes(spaceId))
    .map((o) => ({
      id: o.id,
      status: o.status,
      topicPath: o.topicPath,
      minimumAge: o.minimumAge,
      maximumAge: o.maximumAge,
      targetGroups: o.targetGroups,
      traits: o.traits,
      languages: o.languages,
      openWeek: parseOpenWeek(o.openWeek),
      inSpace: o.locationSpaceIds.includes(spaceId),
    }));
}

const sameList = (a: readonly string[], b: readonly string[]) => a.length === b.length && [...a].sort().join() === [...b].sort().join();

/**
 * Brings a need's gaps in line with the need: one per topic while the need is accepted, decided by the rules
 * (gaps.rules.ts) unless a team member confirmed or corrected it; open while the need is open, closed (with the
 * reason) once it is referred, taken up by a project or closed. Returns how many gaps changed kind.
 * `offers` and `topicIds` (the office's topics) may be passed in when many needs are refreshed at once.
 */
export async function refreshGaps(
  tx: Db,
  need: NeedRow,
  options: { userId: string | null; today: string; openedOn?: string; offers?: readonly OfferTraits[]; topicIds?: ReadonlySet<string> },
): Promise<number> {
  const existing = await gapsOfNeeds(tx, [need.id]);
  // A topic deleted since the need was recorded has no gap any more (its gaps went with it).
  const topics = options.topicIds ?? new Set((await topicTerms(tx, need.officeId)).map((t) => t.id));
  const wanted = need.reviewState === 'accepted' ? need.topicIds.filter((id) => topics.has(id)) : [];
  for (const gap of existing) if (!wanted.includes(gap.topicId)) await deleteGapRow(tx, gap.id);

  if (wanted.length === 0) return 0;
  const offers = offersForMatching(options.offers ?? (await offersInSpaces(tx, need.officeId, [need.spaceId])), need.spaceId);
  const forMatch = { ageBands: need.ageBands as never[], knownServiceIds: need.knownServiceIds, requirements: need.requirements };
  const open = need.status === 'open';
  const closeReason = open ? null : [needStatusLabels[need.status as keyof typeof needStatusLabels], need.statusNote].filter(Boolean).join(': ');
  let changed = 0;

  for (const topicId of wanted) {
    const gap = existing.find((g) => g.topicId === topicId);
    if (!gap) {
      const decision = classifyGap(forMatch, topicId, offers);
      const openedOn = options.openedOn ?? options.today;
      const row = await insertGap(tx, {
        officeId: need.officeId,
        needId: need.id,
        topicId,
        kind: decision.kind,
        reasons: decision.reasons,
        matchServiceIds: decision.matchServiceIds,
        state: open ? 'open' : 'closed',
        openedOn,
        closedOn: open ? null : options.today < openedOn ? openedOn : options.today,
        closeReason,
      });
      await insertGapEvent(tx, { officeId: need.officeId, gapId: row.id, event: 'opened', kind: row.kind, userId: options.userId, at: new Date() });
      if (!open) await insertGapEvent(tx, { officeId: need.officeId, gapId: row.id, event: 'closed', kind: row.kind, note: closeReason ?? '', userId: options.userId });
      continue;
    }
    if (gap.state === 'open' && !open) {
      await updateGapRow(tx, gap.id, { state: 'closed', closedOn: options.today, closeReason });
      await insertGapEvent(tx, { officeId: need.officeId, gapId: gap.id, event: 'closed', kind: gap.kind, note: closeReason ?? '', userId: options.userId });
      continue;
    }
    if (gap.state === 'closed' && open) {
      await updateGapRow(tx, gap.id, { state: 'open', closedOn: null, closeReason: null });
      await insertGapEvent(tx, { officeId: need.officeId, gapId: gap.id, event: 'reopened', kind: gap.kind, userId: options.userId });
    }
    if (!open || gap.confirmed) continue;
    const decision = classifyGap(forMatch, topicId, offers);
    if (decision.kind === gap.kind && sameList(decision.reasons, gap.reasons) && sameList(decision.matchServiceIds, gap.matchServiceIds)) continue;
    await updateGapRow(tx, gap.id, { kind: decision.kind, reasons: decision.reasons, matchServiceIds: decision.matchServiceIds });
    if (decision.kind !== gap.kind) {
      changed++;
      await insertGapEvent(tx, { officeId: need.officeId, gapId: gap.id, event: 'reclassified', kind: decision.kind, note: `vorher: ${gap.kind}`, userId: options.userId });
    }
  }
  return changed;
}

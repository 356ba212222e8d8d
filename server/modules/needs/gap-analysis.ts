import type { CorrectGapInput, GapCell, GapSummary, GapSummaryInput, KindCounts, NeedDetail } from '../../../common/api/needs';
import { gapKindLabels } from '../../../common/need-terms';
import { recordAudit } from '../../platform/audit/audit';
import { writeExcelCsv } from '../../platform/excel-csv';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { invalidField, notFound } from '../../platform/http/errors';
import { spacesOfOffice } from '../social-spaces';
import { offersInSpaces, serviceReferences, topicTerms } from '../services';
import { todayInBerlin } from '../../platform/calendar';
import { refreshGaps } from './gaps';
import { needTarget, visibleSpaces } from './need-context';
import { needsPolicy } from './needs.policy';
import { findGapForUpdate, findNeed, gapCounts, gapFlows, insertGapEvent, needCounts, pendingReviewCount, recomputableGaps, updateGapRow } from './needs.queries';
import { assertNoPersonalData } from '../../platform/privacy-guard';
import { readNeed } from './read-needs';

const userIdOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

async function gapWithNeed(ctx: Ctx, id: string) {
  const gap = await findGapForUpdate(ctx.tx, id);
  if (!gap) throw notFound('Die Lücke');
  const need = await findNeed(ctx.tx, gap.needId);
  if (!need) throw notFound('Die Lücke');
  return { gap, need };
}

/** A team member corrects the kind (and the matching offers) of a gap; from then on recomputation leaves it alone. */
export async function correctGap(ctx: Ctx, input: CorrectGapInput & { id: string }): Promise<NeedDetail> {
  const { gap, need } = await gapWithNeed(ctx, input.id);
  authorize(ctx.actor, needsPolicy.correctGap, await needTarget(ctx.tx, ctx.actor, need));
  assertNoPersonalData({ note: input.note });
  if (input.kind !== 'fit' && input.reasons.length) throw invalidField('reasons', 'Gründe gibt es nur bei „passt nicht“.');
  let matches = [...(input.matchServiceIds ?? gap.matchServiceIds)];
  if (input.matchServiceIds?.length) {
    const found = await serviceReferences(ctx.tx, need.officeId, input.matchServiceIds);
    if (found.length !== new Set(input.matchServiceIds).size) throw invalidField('matchServiceIds', 'Mindestens ein Angebot gibt es nicht.');
  }
  // "Missing" means no matching offer: the automatic matches no longer apply.
  if (input.kind === 'missing' && input.matchServiceIds === undefined) matches = [];
  const after = await updateGapRow(ctx.tx, gap.id, { kind: input.kind, reasons: input.kind === 'fit' ? input.reasons : [], matchServiceIds: [...new Set(matches)], confirmed: true });
  await insertGapEvent(ctx.tx, { officeId: need.officeId, gapId: gap.id, event: 'corrected', kind: input.kind, note: input.note, userId: userIdOf(ctx) });
  await recordAudit(ctx, {
    officeId: need.officeId,
    action: 'correct',
    entity: 'gap',
    entityId: gap.id,
    before: { kind: gap.kind, reasons: gap.reasons, matchServiceIds: gap.matchServiceIds, confirmed: gap.confirmed },
    after: { kind: after.kind, reasons: after.reasons, matchServiceIds: after.matchServiceIds, confirmed: true, note: input.note },
  });
  return readNeed(ctx, { id: need.id });
}

/** A team member confirms the computed kind and matches as they are. */
export async function confirmGap(ctx: Ctx, input: { id: string }): Promise<NeedDetail> {
  const { gap, need } = await gapWithNeed(ctx, input.id);
  authorize(ctx.actor, needsPolicy.confirmGap, await needTarget(ctx.tx, ctx.actor, need));
  if (!gap.confirmed) {
    await updateGapRow(ctx.tx, gap.id, { confirmed: true });
    await insertGapEvent(ctx.tx, { officeId: need.officeId, gapId: gap.id, event: 'confirmed', kind: gap.kind, userId: userIdOf(ctx) });
    await recordAudit(ctx, { officeId: need.officeId, action: 'confirm', entity: 'gap', entityId: gap.id, before: { confirmed: false }, after: { confirmed: true, kind: gap.kind } });
  }
  return readNeed(ctx, { id: need.id });
}

/** Decides the open, unconfirmed gaps again against today's offers (after offers were added, changed or ended). */
export async function recomputeGaps(ctx: Ctx, input: { spaceId?: string | undefined }): Promise<{ checked: number; changed: number }> {
  authorize(ctx.actor, needsPolicy.recomputeGaps);
  const officeId = officeOf(ctx.actor);
  const visible = await visibleSpaces(ctx.tx, ctx.actor);
  let spaces = visible;
  if (input.spaceId) {
    if (visible && !visible.includes(input.spaceId)) throw invalidField('spaceId', 'In diesem Sozialraum sind Sie nicht im Team.');
    spaces = [input.spaceId];
  }
  const officeSpaces = (await spacesOfOffice(ctx.tx, officeId)).map((s) => s.id);
  if (input.spaceId && !officeSpaces.includes(input.spaceId)) throw invalidField('spaceId', 'Diesen Sozialraum gibt es in diesem Jugendamt nicht.');
  const spaceIds = spaces ?? officeSpaces;
  const offers = await offersInSpaces(ctx.tx, officeId, spaceIds);
  const topicIds = new Set((await topicTerms(ctx.tx, officeId)).map((t) => t.id));
  const needIds = await recomputableGaps(ctx.tx, officeId, spaceIds);
  const today = todayInBerlin();
  let changed = 0;
  for (const { needId } of needIds) {
    const need = await findNeed(ctx.tx, needId);
    if (need) changed += await refreshGaps(ctx.tx, need, { userId: userIdOf(ctx), today, offers, topicIds });
  }
  if (needIds.length) {
    const after = { spaceIds: input.spaceId ? [input.spaceId] : spaces, checked: needIds.length, changed };
    await recordAudit(ctx, { officeId, action: 'recompute', entity: 'gaps', after });
  }
  return { checked: needIds.length, changed };
}

const zero = (): KindCounts => ({ missing: 0, reach: 0, fit: 0 });

/** The heat map: spaces × topics, gaps of the needs recorded in the period, split by kind and voice. Aggregates only. */
export async function gapSummary(ctx: Ctx, query: GapSummaryInput): Promise<GapSummary> {
  authorize(ctx.actor, needsPolicy.readGapSummary);
  const officeId = officeOf(ctx.actor);
  const today = todayInBerlin();
  const filter = { ...query, from: query.from ?? `${today.slice(0, 4)}-01-01`, to: query.to ?? today };
  if (filter.from > filter.to) throw invalidField('to', 'Das Ende liegt vor dem Anfang.');
  const [spaces, topics] = [await spacesOfOffice(ctx.tx, officeId), await topicTerms(ctx.tx, officeId)];
  const counts = await gapCounts(ctx.tx, officeId, filter);
  const flows = await gapFlows(ctx.tx, officeId, filter);
  const needRows = await needCounts(ctx.tx, officeId, filter);
  const cells = new Map<string, GapCell>();
  const cell = (spaceId: string, topicId: string) => {
    const key = `${spaceId}/${topicId}`;
    let c = cells.get(key);
    if (!c) {
      c = { spaceId, topicId, needs: 0, kinds: zero(), byVoice: { affected: zero(), professional: zero() }, open: 0, openedInPeriod: 0, closedInPeriod: 0 };
      cells.set(key, c);
    }
    return c;
  };
  for (const r of counts) {
    const c = cell(r.spaceId, r.topicId);
    c.needs += r.count;
    c.kinds[r.kind] += r.count;
    c.byVoice[r.voice][r.kind] += r.count;
    c.open += r.open;
  }
  for (const r of flows) {
    if (!r.opened && !r.closed) continue;
    const c = cell(r.spaceId, r.topicId);
    c.openedInPeriod += r.opened;
    c.closedInPeriod += r.closed;
  }
  const shownSpaces = spaces.filter((s) => !query.spaceId || s.id === query.spaceId);
  const usedTopics = new Set([...cells.values()].map((c) => c.topicId));
  const kinds = zero();
  for (const c of cells.values()) for (const k of ['missing', 'reach', 'fit'] as const) kinds[k] += c.kinds[k];
  return {
    from: filter.from,
    to: filter.to,
    spaces: shownSpaces.map((s) => ({ id: s.id, name: s.name, code: s.code, needs: needRows.filter((r) => r.spaceId === s.id).reduce((sum, r) => sum + r.count, 0) })),
    topics: topics.filter((t) => usedTopics.has(t.id)).map((t) => ({ id: t.id, name: t.name })),
    cells: [...cells.values()].sort((a, b) => a.spaceId.localeCompare(b.spaceId) || a.topicId.localeCompare(b.topicId)),
    totals: {
      needs: needRows.reduce((sum, r) => sum + r.count, 0),
      byVoice: {
        affected: needRows.filter((r) => r.voice === 'affected').reduce((sum, r) => sum + r.count, 0),
        professional: needRows.filter((r) => r.voice === 'professional').reduce((sum, r) => sum + r.count, 0),
      },
      kinds,
      withoutTopic: needRows.reduce((sum, r) => sum + r.withoutTopic, 0),
      pendingReview: await pendingReviewCount(ctx.tx, officeId, query.spaceId),
    },
  };
}

/** The heat map as CSV for German Excel: semicolon, UTF-8 with BOM, CRLF; one row per space and topic. */
export async function gapSummaryCsv(ctx: Ctx, query: GapSummaryInput): Promise<Buffer> {
  const summary = await gapSummary(ctx, query);
  const space = new Map(summary.spaces.map((s) => [s.id, s.name]));
  const topic = new Map(summary.topics.map((t) => [t.id, t.name]));
  const k = gapKindLabels;
  const header = [
    'Sozialraum',
    'Thema',
    'Bedarfe',
    `Lücke: ${k.missing}`,
    `Lücke: ${k.reach}`,
    `Lücke: ${k.fit}`,
    `Betroffene: ${k.missing}`,
    `Betroffene: ${k.reach}`,
    `Betroffene: ${k.fit}`,
    `Fachkräfte: ${k.missing}`,
    `Fachkräfte: ${k.reach}`,
    `Fachkräfte: ${k.fit}`,
    'heute offen',
    'im Zeitraum eröffnet',
    'im Zeitraum geschlossen',
  ];
  const rows = summary.cells
    .filter((c) => space.has(c.spaceId))
    .map((c) => [
      space.get(c.spaceId) ?? '',
      topic.get(c.topicId) ?? '',
      c.needs,
      c.kinds.missing,
      c.kinds.reach,
      c.kinds.fit,
      c.byVoice.affected.missing,
      c.byVoice.affected.reach,
      c.byVoice.affected.fit,
      c.byVoice.professional.missing,
      c.byVoice.professional.reach,
      c.byVoice.professional.fit,
      c.open,
      c.openedInPeriod,
      c.closedInPeriod,
    ])
    .sort((a, b) => String(a[0]).localeCompare(String(b[0]), 'de') || String(a[1]).localeCompare(String(b[1]), 'de'));
  return writeExcelCsv([header, ...rows]);
}

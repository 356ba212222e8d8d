import { z } from 'zod';
import { freeText, isoDate, listParam } from './fields';
import { updateFields } from './common';
import { privacyFindingKinds } from '../privacy/kinds';
import {
  ageBands,
  atmospheres,
  fitReasons,
  gapKinds,
  gapStates,
  needSources,
  needStatuses,
  publicFormLanguages,
  reviewStates,
  timesOfDay,
  voices,
} from '../need-terms';
import { targetGroups } from '../service-terms';



// ---- privacy guard ----

export const privacyCheckBody = z.strictObject({ text: z.string().max(10_000, { error: 'Höchstens 10.000 Zeichen.' }) });
export const privacyFinding = z.object({ kind: z.enum(privacyFindingKinds), start: z.number().int(), end: z.number().int() }).meta({ id: 'PrivacyFinding' });
export const privacyCheckResult = z.object({ ok: z.boolean(), findings: z.array(privacyFinding) }).meta({ id: 'PrivacyCheckResult' });

// ---- needs ----

/** Question 3 on a home visit: what an offer would have to be like for the family to use it. */
export const needRequirements = z
  .strictObject({
    times: z.array(z.enum(timesOfDay)).max(4).default([]),
    freeOfCharge: z.boolean().default(false),
    languages: z.array(z.string().regex(/^[a-z]{2,3}$/, { error: 'Sprache als ISO-Kürzel, z. B. „tr“.' })).max(10).default([]),
    nearby: z.boolean().default(false).describe('zu Fuß erreichbar: ein Standort im eigenen Sozialraum'),
    childcare: z.boolean().default(false),
    accessible: z.boolean().default(false),
    inclusive: z.boolean().default(false),
    atmosphere: z.array(z.enum(atmospheres)).max(5).default([]),
    text: freeText(2000).default(''),
  })
  .meta({ id: 'NeedRequirements' });
export type NeedRequirements = z.infer<typeof needRequirements>;
export const emptyRequirements: NeedRequirements = {
  times: [],
  freeOfCharge: false,
  languages: [],
  nearby: false,
  childcare: false,
  accessible: false,
  inclusive: false,
  atmosphere: [],
  text: '',
};

const needFields = {
  spaceId: z.uuid({ error: 'Bitte einen Sozialraum wählen.' }),
  topicIds: z.array(z.uuid()).min(1, { error: 'Bitte mindestens ein Thema wählen.' }).max(10),
  targetGroup: z.enum(targetGroups).nullable().default(null),
  ageBands: z.array(z.enum(ageBands)).max(7).default([]),
  source: z.enum(needSources, { error: 'Bitte die Quelle wählen.' }),
  voice: z.enum(voices, { error: 'Bitte angeben, wessen Stimme das ist.' }),
  recordedOn: isoDate.optional().describe('Standard: heute'),
  organizationId: z.uuid().nullable().optional().describe('erfassende Organisation; Standard: die des Kontos'),
  /** Question 2 (what is missing), or the need in the recorder's words. */
  text: freeText(4000).min(3, { error: 'Bitte beschreiben, was fehlt.' }),
  /** Question 1: offers the family knows. */
  knownServiceIds: z.array(z.uuid()).max(30).default([]),
  knowsNoOffers: z.boolean().default(false),
  requirements: needRequirements.default(emptyRequirements),
  /** Case closure: offers that would help the family after the case help ends. */
  helpfulServiceIds: z.array(z.uuid()).max(30).default([]),
  helpfulText: freeText(2000).default(''),
};
export const createNeedBody = z.strictObject(needFields).meta({ id: 'CreateNeed' });
export type CreateNeedBody = z.input<typeof createNeedBody>;
export type CreateNeedInput = z.infer<typeof createNeedBody>;
export const updateNeedBody = z.strictObject(updateFields(needFields)).meta({ id: 'UpdateNeed' });
export type UpdateNeedBody = z.infer<typeof updateNeedBody>;

export const needStatusBody = z
  .strictObject({
    status: z.enum(needStatuses),
    note: freeText(1000).default(''),
    /** For `referred`: the offers the family was referred to (each becomes a referral). */
    serviceIds: z.array(z.uuid()).max(10).default([]),
  })
  .meta({ id: 'NeedStatusChange' });
export type NeedStatusBody = z.input<typeof needStatusBody>;
export type NeedStatusInput = z.infer<typeof needStatusBody>;

export const reviewNeedBody = z
  .strictObject({
    decision: z.enum(['accepted', 'rejected']),
    topicIds: z.array(z.uuid()).max(10).optional().describe('Themen, die beim Annehmen gesetzt werden (mindestens eines nötig)'),
    ageBands: z.array(z.enum(ageBands)).max(7).optional(),
    targetGroup: z.enum(targetGroups).nullable().optional(),
    note: freeText(1000).default(''),
  })
  .meta({ id: 'NeedReview' });
export type ReviewNeedBody = z.input<typeof reviewNeedBody>;
export type ReviewNeedInput = z.infer<typeof reviewNeedBody>;

const serviceRef = z.object({ id: z.uuid(), name: z.string(), organizationName: z.string(), status: z.string() });
export type ServiceRef = z.infer<typeof serviceRef>;

export const gapEvent = z.object({
  at: z.iso.datetime({ offset: true }),
  event: z.enum(['opened', 'reclassified', 'confirmed', 'corrected', 'closed', 'reopened']),
  kind: z.enum(gapKinds),
  note: z.string(),
  byName: z.string().nullable(),
});

export const gap = z
  .object({
    id: z.uuid(),
    needId: z.uuid(),
    topicId: z.uuid(),
    topicName: z.string(),
    kind: z.enum(gapKinds),
    reasons: z.array(z.enum(fitReasons)),
    state: z.enum(gapStates),
    /** Set by a team member: the kind and the matches are no longer recomputed. */
    confirmed: z.boolean(),
    openedOn: isoDate,
    closedOn: isoDate.nullable(),
    closeReason: z.string().nullable(),
    /** Active offers in the space that match topic and age (for `reach`: the ones to bring to the family). */
    matches: z.array(serviceRef),
    history: z.array(gapEvent),
  })
  .meta({ id: 'Gap' });
export type Gap = z.infer<typeof gap>;

export const needSummary = z
  .object({
    id: z.uuid(),
    spaceId: z.uuid(),
    spaceName: z.string(),
    topics: z.array(z.object({ id: z.uuid(), name: z.string() })),
    targetGroup: z.enum(targetGroups).nullable(),
    ageBands: z.array(z.enum(ageBands)),
    source: z.enum(needSources),
    voice: z.enum(voices),
    recordedOn: isoDate,
    text: z.string(),
    status: z.enum(needStatuses),
    reviewState: z.enum(reviewStates),
    language: z.string().nullable(),
    gapKinds: z.array(z.enum(gapKinds)),
  })
  .meta({ id: 'NeedSummary' });
export type NeedSummary = z.infer<typeof needSummary>;

export const needDetail = needSummary
  .extend({
    officeId: z.uuid(),
    recordedBy: z.object({ userId: z.uuid().nullable(), name: z.string().nullable(), organizationId: z.uuid().nullable(), organizationName: z.string().nullable() }),
    knownServices: z.array(serviceRef),
    knowsNoOffers: z.boolean(),
    requirements: needRequirements,
    helpfulServices: z.array(serviceRef),
    helpfulText: z.string(),
    statusNote: z.string(),
    referrals: z.array(z.object({ id: z.uuid(), service: serviceRef, referredOn: isoDate, organizationName: z.string().nullable() })),
    projectIds: z.array(z.uuid()),
    reviewNote: z.string(),
    gaps: z.array(gap),
    createdAt: z.iso.datetime({ offset: true }),
    updatedAt: z.iso.datetime({ offset: true }),
  })
  .meta({ id: 'NeedDetail' });
export type NeedDetail = z.infer<typeof needDetail>;

export const needListQuery = z.strictObject({
  spaceId: z.uuid().optional(),
  topicId: z.uuid().optional().describe('auch untergeordnete Themen, außer mit topicExact=true'),
  topicExact: z.enum(['true', 'false']).optional().describe('nur genau dieses Thema (wie eine Zelle der Lückenanalyse)'),
  voice: z.enum(voices).optional(),
  source: z.enum(needSources).optional(),
  status: z.enum(needStatuses).optional(),
  review: z.enum(reviewStates).optional().describe('Standard: angenommene'),
  ageBand: z.enum(ageBands).optional(),
  gapKind: z.enum(gapKinds).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  q: z.string().trim().max(200).optional(),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});
export type NeedListQuery = z.input<typeof needListQuery>;
export type NeedListInput = z.infer<typeof needListQuery>;
export const needPage = z.object({ items: z.array(needSummary), total: z.number().int(), limit: z.number().int(), offset: z.number().int() }).meta({ id: 'NeedPage' });
export type NeedPage = z.infer<typeof needPage>;

/** Where the signed-in user may record needs: every space (managers) or the spaces where they are on the team today. */
export const mySpaces = z.object({ allSpaces: z.boolean(), spaceIds: z.array(z.uuid()) }).meta({ id: 'MyNeedSpaces' });
export type MySpaces = z.infer<typeof mySpaces>;

export const referralBody = z.strictObject({ serviceId: z.uuid(), note: freeText(1000).default('') });

/** Offers that might answer a need: by topic, age and space, and by the words of its text. */
export const offerSuggestionsQuery = z.strictObject({
  spaceId: z.uuid(),
  topicIds: listParam(z.uuid()),
  ageBands: listParam(z.enum(ageBands)),
  text: z.string().max(4000).optional(),
});
export type OfferSuggestionsInput = z.infer<typeof offerSuggestionsQuery>;
export const offerSuggestions = z.object({ items: z.array(serviceRef.extend({ why: z.enum(['topic', 'text']) })) }).meta({ id: 'OfferSuggestions' });

// ---- the public form ----

export const publicNeedBody = z
  .strictObject({
    office: z.string().max(60).optional().describe('Kürzel des Jugendamts, nur bei mehreren Jugendämtern nötig'),
    spaceId: z.uuid({ error: 'Bitte Ihren Stadtteil wählen.' }),
    text: freeText(2000).min(3, { error: 'Bitte schreiben Sie, was Ihnen fehlt.' }),
    language: z.enum(publicFormLanguages).default('de'),
    ageBands: z.array(z.enum(ageBands)).max(7).default([]),
    topicIds: z.array(z.uuid()).max(3).default([]),
    requirements: needRequirements.default(emptyRequirements),
  })
  .meta({ id: 'PublicNeed' });
export type PublicNeedBody = z.input<typeof publicNeedBody>;
export type PublicNeedInput = z.infer<typeof publicNeedBody>;
export const publicNeedReceipt = z.object({ received: z.literal(true) }).meta({ id: 'PublicNeedReceipt' });

// ---- gaps ----

export const correctGapBody = z
  .strictObject({
    kind: z.enum(gapKinds),
    reasons: z.array(z.enum(fitReasons)).max(7).default([]),
    matchServiceIds: z.array(z.uuid()).max(30).optional(),
    note: freeText(1000).min(3, { error: 'Bitte kurz begründen.' }),
  })
  .meta({ id: 'GapCorrection' });
export type CorrectGapBody = z.input<typeof correctGapBody>;
export type CorrectGapInput = z.infer<typeof correctGapBody>;
export const recomputeGapsBody = z.strictObject({ spaceId: z.uuid().optional() });
export const recomputeGapsResult = z.object({ checked: z.number().int(), changed: z.number().int() });

export const gapSummaryQuery = z.strictObject({
  from: isoDate.optional().describe('Bedarfe erfasst ab (Standard: 1. Januar des laufenden Jahres)'),
  to: isoDate.optional().describe('Bedarfe erfasst bis (Standard: heute)'),
  voice: z.enum(voices).optional(),
  source: z.enum(needSources).optional(),
  ageBand: z.enum(ageBands).optional(),
  spaceId: z.uuid().optional(),
});
export type GapSummaryQuery = z.input<typeof gapSummaryQuery>;
export type GapSummaryInput = z.infer<typeof gapSummaryQuery>;

const kindCounts = z.object({ missing: z.number().int(), reach: z.number().int(), fit: z.number().int() });
export type KindCounts = z.infer<typeof kindCounts>;
export const gapCell = z.object({
  spaceId: z.uuid(),
  topicId: z.uuid(),
  /** Gaps of needs recorded in the period, one per need and topic: missing + reach + fit = needs. */
  needs: z.number().int(),
  kinds: kindCounts,
  byVoice: z.object({ affected: kindCounts, professional: kindCounts }),
  /** Still open today. */
  open: z.number().int(),
  /** Opened and closed within the period (whatever the need's date). */
  openedInPeriod: z.number().int(),
  closedInPeriod: z.number().int(),
});
export type GapCell = z.infer<typeof gapCell>;
export const gapSummary = z
  .object({
    from: isoDate,
    to: isoDate,
    spaces: z.array(z.object({ id: z.uuid(), name: z.string(), code: z.string().nullable(), needs: z.number().int() })),
    topics: z.array(z.object({ id: z.uuid(), name: z.string() })),
    cells: z.array(gapCell),
    totals: z.object({
      needs: z.number().int(),
      byVoice: z.object({ affected: z.number().int(), professional: z.number().int() }),
      kinds: kindCounts,
      /** Accepted needs in the period without a topic yet (no gap can be decided). */
      withoutTopic: z.number().int(),
      /** Public-form entries waiting for review (they do not count yet). */
      pendingReview: z.number().int(),
    }),
  })
  .meta({ id: 'GapSummary' });
export type GapSummary = z.infer<typeof gapSummary>;

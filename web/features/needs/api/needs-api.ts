import { z } from 'zod';
import {
  gapSummary,
  mySpaces,
  needDetail,
  needPage,
  offerSuggestions,
  privacyCheckResult,
  publicNeedReceipt,
  recomputeGapsResult,
  type CorrectGapBody,
  type CreateNeedBody,
  type GapSummaryQuery,
  type NeedListQuery,
  type NeedStatusBody,
  type PublicNeedBody,
  type ReviewNeedBody,
  type UpdateNeedBody,
} from '../../../../common/api/needs';
import { topic } from '../../../../common/api/services';
import { socialSpace } from '../../../../common/api/social-spaces';
import { apiFetch, apiFetchNoContent, withQuery } from '../../../components/api/api-fetch';

// Needs (Bedarfe), the privacy check and the gap analysis. Staff fetchers and the public form's two calls.

export const needsKeys = {
  all: ['needs'] as const,
  list: (query: NeedListQuery) => ['needs', 'list', query] as const,
  detail: (id: string) => ['needs', 'detail', id] as const,
  suggestions: (spaceId: string, topicIds: readonly string[], ageBands: readonly string[], text: string) =>
    ['needs', 'suggestions', spaceId, topicIds, ageBands, text] as const,
  summary: (query: GapSummaryQuery) => ['needs', 'gap-summary', query] as const,
  spaces: ['needs', 'spaces'] as const,
  mySpaces: ['needs', 'my-spaces'] as const,
  topics: ['needs', 'topics'] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});
const needUrl = (id: string) => `/api/needs/${encodeURIComponent(id)}`;

/** The privacy guard on its own (the same check the server applies on saving). */
export const checkPrivacyRemote = (text: string, signal?: AbortSignal) =>
  apiFetch('/api/privacy/check', privacyCheckResult, { method: 'POST', body: { text }, ...withSignal(signal) });

export const submitPublicNeed = (body: PublicNeedBody) => apiFetch('/api/public/needs', publicNeedReceipt, { method: 'POST', body });

export const fetchNeeds = (query: NeedListQuery, signal?: AbortSignal) =>
  apiFetch('/api/needs', needPage, { query: query as Record<string, string | number | undefined>, ...withSignal(signal) });

export const fetchMySpaces = (signal?: AbortSignal) => apiFetch('/api/needs/my-spaces', mySpaces, withSignal(signal));

export const fetchNeed = (id: string, signal?: AbortSignal) => apiFetch(needUrl(id), needDetail, withSignal(signal));
export const createNeed = (body: CreateNeedBody) => apiFetch('/api/needs', needDetail, { method: 'POST', body });
export const updateNeed = (id: string, body: UpdateNeedBody) => apiFetch(needUrl(id), needDetail, { method: 'PATCH', body });
export const deleteNeed = (id: string) => apiFetchNoContent(needUrl(id), { method: 'DELETE' });
export const reviewNeed = (id: string, body: ReviewNeedBody) => apiFetch(`${needUrl(id)}/review`, needDetail, { method: 'POST', body });
export const changeNeedStatus = (id: string, body: NeedStatusBody) => apiFetch(`${needUrl(id)}/status`, needDetail, { method: 'POST', body });
export const referNeed = (id: string, body: { serviceId: string; note?: string }) =>
  apiFetch(`${needUrl(id)}/referrals`, needDetail, { method: 'POST', body });

export const fetchOfferSuggestions = (
  input: { spaceId: string; topicIds: readonly string[]; ageBands: readonly string[]; text: string },
  signal?: AbortSignal,
) =>
  apiFetch('/api/needs/offer-suggestions', offerSuggestions, {
    query: { spaceId: input.spaceId, topicIds: input.topicIds.join(','), ageBands: input.ageBands.join(','), text: input.text.slice(0, 500) },
    ...withSignal(signal),
  });

export const correctGap = (id: string, body: CorrectGapBody) =>
  apiFetch(`/api/gaps/${encodeURIComponent(id)}/correct`, needDetail, { method: 'POST', body });
export const confirmGap = (id: string) => apiFetch(`/api/gaps/${encodeURIComponent(id)}/confirm`, needDetail, { method: 'POST' });
export const recomputeGaps = (spaceId?: string) =>
  apiFetch('/api/gaps/recompute', recomputeGapsResult, { method: 'POST', body: spaceId ? { spaceId } : {} });

export const fetchGapSummary = (query: GapSummaryQuery, signal?: AbortSignal) =>
  apiFetch('/api/gaps/summary', gapSummary, { query: query as Record<string, string | undefined>, ...withSignal(signal) });
/** The address of the CSV download for the same filters (a plain link: the browser saves the file). */
export const gapSummaryCsvUrl = (query: GapSummaryQuery) => withQuery('/api/gaps/summary.csv', query as Record<string, string | undefined>);

/** Public: the office's spaces (with boundaries, for the map) and topics. */
export const fetchSpaces = (signal?: AbortSignal) => apiFetch('/api/social-spaces', z.array(socialSpace), withSignal(signal));
export const fetchTopics = (signal?: AbortSignal) => apiFetch('/api/topics', z.array(topic), withSignal(signal));

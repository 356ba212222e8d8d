import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import type { CorrectGapBody, GapSummaryQuery, NeedDetail, NeedListQuery, NeedStatusBody, ReviewNeedBody, UpdateNeedBody } from '../../../../common/api/needs';
import type { PrivacyResult } from '../../../../common/privacy/kinds';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import {
  changeNeedStatus,
  confirmGap,
  correctGap,
  createNeed,
  deleteNeed,
  fetchGapSummary,
  fetchMySpaces,
  fetchNeed,
  fetchNeeds,
  fetchOfferSuggestions,
  fetchSpaces,
  fetchTopics,
  needsKeys,
  recomputeGaps,
  referNeed,
  reviewNeed,
  submitPublicNeed,
  updateNeed,
} from '../api/needs-api';

export const refreshNeeds = (queryClient: QueryClient) => queryClient.invalidateQueries({ queryKey: needsKeys.all });

export function useNeeds(query: NeedListQuery) {
  return useQuery({ queryKey: needsKeys.list(query), queryFn: ({ signal }) => fetchNeeds(query, signal), placeholderData: keepPreviousData });
}

export function useNeed(id: string) {
  return useQuery({ queryKey: needsKeys.detail(id), queryFn: ({ signal }) => fetchNeed(id, signal) });
}

export function useGapSummary(query: GapSummaryQuery) {
  return useQuery({ queryKey: needsKeys.summary(query), queryFn: ({ signal }) => fetchGapSummary(query, signal), placeholderData: keepPreviousData });
}

export function useNeedSpaces() {
  return useQuery({ queryKey: needsKeys.spaces, queryFn: ({ signal }) => fetchSpaces(signal), staleTime: 5 * 60_000 });
}

/** Where the signed-in user records needs (all spaces for managers). */
export function useMySpaces() {
  return useQuery({ queryKey: needsKeys.mySpaces, queryFn: ({ signal }) => fetchMySpaces(signal), staleTime: 5 * 60_000 });
}

export function useNeedTopics() {
  return useQuery({ queryKey: needsKeys.topics, queryFn: ({ signal }) => fetchTopics(signal), staleTime: 5 * 60_000 });
}

/** Offers that might answer the need being typed: by topic and age in the space, then by its words (debounced). */
export function useOfferSuggestions(input: { spaceId: string; topicIds: readonly string[]; ageBands: readonly string[]; text: string }) {
  const text = useDebouncedValue(input.text, 500);
  return useQuery({
    queryKey: needsKeys.suggestions(input.spaceId, input.topicIds, input.ageBands, text),
    queryFn: ({ signal }) => fetchOfferSuggestions({ ...input, text }, signal),
    enabled: !!input.spaceId,
    placeholderData: keepPreviousData,
  });
}

/** After a change: the need's detail is set from the answer, every list and the heat map are refetched. */
function useNeedMutation<V>(mutationFn: (variables: V) => Promise<NeedDetail>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: (need) => {
      queryClient.setQueryData(needsKeys.detail(need.id), need);
      void refreshNeeds(queryClient);
    },
  });
}

export const useCreateNeed = () => useNeedMutation(createNeed);
export const useUpdateNeed = () => useNeedMutation(({ id, body }: { id: string; body: UpdateNeedBody }) => updateNeed(id, body));
export const useReviewNeed = () => useNeedMutation(({ id, body }: { id: string; body: ReviewNeedBody }) => reviewNeed(id, body));
export const useChangeNeedStatus = () => useNeedMutation(({ id, body }: { id: string; body: NeedStatusBody }) => changeNeedStatus(id, body));
export const useReferNeed = () => useNeedMutation(({ id, serviceId, note }: { id: string; serviceId: string; note?: string }) => referNeed(id, { serviceId, ...(note ? { note } : {}) }));
export const useCorrectGap = () => useNeedMutation(({ gapId, body }: { gapId: string; body: CorrectGapBody }) => correctGap(gapId, body));
export const useConfirmGap = () => useNeedMutation((gapId: string) => confirmGap(gapId));

/**
 * Deletes a need. The page moves on first (`onDeleted`), then the need's cached detail is dropped and the lists
 * refetched: refetching the deleted need itself would answer 404 and replace the page before it could move on.
 */
export function useDeleteNeed(needId: string, onDeleted: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteNeed(needId),
    onSuccess: () => {
      onDeleted();
      window.setTimeout(() => {
        queryClient.removeQueries({ queryKey: needsKeys.detail(needId) });
        void refreshNeeds(queryClient);
      }, 0);
    },
  });
}

export function useRecomputeGaps() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (spaceId?: string) => recomputeGaps(spaceId), onSuccess: () => refreshNeeds(queryClient) });
}

export const useSubmitPublicNeed = () => useMutation({ mutationFn: submitPublicNeed });

/**
 * The privacy guard while typing: the same check the server runs (common/privacy), loaded with the first text and
 * run in the browser, so nothing leaves the device before the family sends it. Debounced by 250 ms.
 */
export function usePrivacyCheck(text: string): PrivacyResult | null {
  const debounced = useDebouncedValue(text, 250);
  const [result, setResult] = useState<PrivacyResult | null>(null);
  useEffect(() => {
    let current = true;
    if (!debounced.trim()) {
      setResult(null);
      return;
    }
    void import('../../../../common/privacy').then(({ checkPrivacy }) => {
      if (current) setResult(checkPrivacy(debounced));
    });
    return () => {
      current = false;
    };
  }, [debounced]);
  return result;
}

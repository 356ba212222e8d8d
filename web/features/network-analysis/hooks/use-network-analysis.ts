import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchManyShoulders,
  fetchMySpaces,
  fetchNetwork,
  fetchSpaces,
  fetchWeights,
  networkAnalysisKeys,
  saveWeights,
  type ContributionWeights,
  type NetworkKey,
  type PeriodKey,
} from '../api/network-analysis-api';

const fiveMinutes = 5 * 60_000;

export const useAnalysisSpaces = () => useQuery({ queryKey: networkAnalysisKeys.spaces, queryFn: ({ signal }) => fetchSpaces(signal), staleTime: fiveMinutes });

/** The spaces the user works in (staff only; a failure just means "no preference"). */
export const useMySpaces = (enabled: boolean) =>
  useQuery({ queryKey: networkAnalysisKeys.mySpaces, queryFn: ({ signal }) => fetchMySpaces(signal), staleTime: fiveMinutes, enabled, retry: false });

/** Many shoulders of a space and period; nothing is fetched until a space is chosen. */
export function useManyShoulders(key: PeriodKey | null, options: { retry?: boolean } = {}) {
  const known = key ?? { spaceId: '', from: '', to: '' };
  return useQuery({
    queryKey: networkAnalysisKeys.manyShoulders(known),
    queryFn: ({ signal }) => fetchManyShoulders(known, signal),
    enabled: key !== null,
    placeholderData: keepPreviousData,
    ...(options.retry === false ? { retry: false } : {}),
  });
}

export const useWeights = () => useQuery({ queryKey: networkAnalysisKeys.weights, queryFn: ({ signal }) => fetchWeights(signal) });

export function useSaveWeights() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ContributionWeights) => saveWeights(body),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: networkAnalysisKeys.all }),
  });
}

export function useNetwork(key: NetworkKey | null) {
  const known = key ?? { spaceId: '', from: '', to: '', types: [] };
  return useQuery({ queryKey: networkAnalysisKeys.network(known), queryFn: ({ signal }) => fetchNetwork(known, signal), enabled: key !== null, placeholderData: keepPreviousData });
}

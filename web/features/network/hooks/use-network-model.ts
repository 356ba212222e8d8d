import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import {
  fetchNetworkCheck,
  fetchNetworkModel,
  fetchSpaceFigures,
  networkModelKeys,
  setNetworkModel,
  setPositionMinimums,
} from '../api/network-model-api';

export function useNetworkModel() {
  return useQuery({ queryKey: networkModelKeys.state, queryFn: ({ signal }) => fetchNetworkModel(signal) });
}

export function useNetworkCheck(date: string) {
  return useQuery({ queryKey: networkModelKeys.check(date), queryFn: ({ signal }) => fetchNetworkCheck(date, signal) });
}

export function useSpaceFigures(date: string) {
  return useQuery({ queryKey: networkModelKeys.figures(date), queryFn: ({ signal }) => fetchSpaceFigures(date, signal) });
}

// A new model or new minimums change what the check finds on every date.
export function useSetNetworkModel() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setNetworkModel, onSuccess: () => queryClient.invalidateQueries({ queryKey: networkModelKeys.all }) });
}

export function useSetPositionMinimums() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: setPositionMinimums, onSuccess: () => queryClient.invalidateQueries({ queryKey: networkModelKeys.all }) });
}

import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { addContract, addPosition, contractKeys, fetchContracts, removeContract, removePosition } from '../api/contracts-api';
import { networkModelKeys } from '../api/network-model-api';

export function useContracts(spaceId: string, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: contractKeys.ofSpace(spaceId), queryFn: ({ signal }) => fetchContracts(spaceId, signal), enabled });
}

// Contracts and positions are what the check of the network model counts.
const refresh = (queryClient: QueryClient, spaceId: string) =>
  Promise.all([
    queryClient.invalidateQueries({ queryKey: contractKeys.ofSpace(spaceId) }),
    queryClient.invalidateQueries({ queryKey: networkModelKeys.all }),
  ]);

export function useAddContract(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addContract, onSuccess: () => refresh(queryClient, spaceId) });
}

export function useRemoveContract(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removeContract, onSuccess: () => refresh(queryClient, spaceId) });
}

export function useAddPosition(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: addPosition, onSuccess: () => refresh(queryClient, spaceId) });
}

export function useRemovePosition(spaceId: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: removePosition, onSuccess: () => refresh(queryClient, spaceId) });
}

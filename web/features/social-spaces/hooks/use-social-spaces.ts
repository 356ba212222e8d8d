import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { SocialSpace } from '../../../../common/api/social-spaces';
import {
  createSpace,
  deleteSpace,
  fetchSpace,
  fetchSpaces,
  importSpaces,
  socialSpaceKeys,
  updateSpace,
  type UpdateSpaceInput,
} from '../api/social-spaces-api';

/** The spaces of an office. `enabled: false` while the page still works out which office it shows. */
export function useSocialSpaces(office: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: socialSpaceKeys.list(office),
    queryFn: ({ signal }) => fetchSpaces(office, signal),
    enabled,
  });
}

export function useSocialSpace(id: string) {
  return useQuery({ queryKey: socialSpaceKeys.detail(id), queryFn: ({ signal }) => fetchSpace(id, signal) });
}

export function useCreateSpace() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createSpace,
    onSuccess: (space) => {
      queryClient.setQueryData<SocialSpace>(socialSpaceKeys.detail(space.id), space);
      return queryClient.invalidateQueries({ queryKey: socialSpaceKeys.all });
    },
  });
}

export function useUpdateSpace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateSpaceInput) => updateSpace(id, body),
    onSuccess: (space) => {
      queryClient.setQueryData<SocialSpace>(socialSpaceKeys.detail(id), space);
      return queryClient.invalidateQueries({ queryKey: socialSpaceKeys.all, predicate: (q) => q.queryKey[1] === 'list' });
    },
  });
}

export function useDeleteSpace(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteSpace(id),
    // Only the lists: the page of the deleted space is still on screen until the caller navigates away, and
    // refetching it now would flash "nicht gefunden". Coming back later refetches it and finds it gone.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: socialSpaceKeys.all, predicate: (q) => q.queryKey[1] === 'list' }),
  });
}

export function useImportSpaces() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importSpaces,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: socialSpaceKeys.all }),
  });
}

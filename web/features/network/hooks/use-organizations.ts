import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Organization } from '../../../../common/api/network';
import { contractKeys } from '../api/contracts-api';
import {
  createOrganization,
  createOrganizationType,
  deleteOrganization,
  fetchOrganization,
  fetchOrganizations,
  fetchOrganizationTypes,
  organizationKeys,
  updateOrganization,
  type OrganizationFilter,
  type UpdateOrganizationInput,
} from '../api/organizations-api';
import { teamKeys } from '../api/team-api';

/** `enabled: false` while the page still works out which office it shows. */
export function useOrganizations(filter: OrganizationFilter, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organizationKeys.list(filter),
    queryFn: ({ signal }) => fetchOrganizations(filter, signal),
    // Keep the last list on screen while the next filter runs.
    placeholderData: keepPreviousData,
    enabled,
  });
}

export function useOrganization(id: string) {
  return useQuery({ queryKey: organizationKeys.detail(id), queryFn: ({ signal }) => fetchOrganization(id, signal) });
}

export function useOrganizationTypes(office: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: organizationKeys.types(office),
    queryFn: ({ signal }) => fetchOrganizationTypes(office, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useCreateOrganization() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganization,
    onSuccess: (created) => {
      queryClient.setQueryData<Organization>(organizationKeys.detail(created.id), created);
      return queryClient.invalidateQueries({ queryKey: organizationKeys.all, predicate: (q) => q.queryKey[1] === 'list' });
    },
  });
}

export function useUpdateOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateOrganizationInput) => updateOrganization(id, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData<Organization>(organizationKeys.detail(id), updated);
      // Teams and contracts show the organisation's name.
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: organizationKeys.all, predicate: (q) => q.queryKey[1] === 'list' }),
        queryClient.invalidateQueries({ queryKey: teamKeys.all }),
        queryClient.invalidateQueries({ queryKey: contractKeys.all }),
      ]);
    },
  });
}

export function useDeleteOrganization(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteOrganization(id),
    // Only the lists: the deleted organisation's page stays on screen until the caller navigates away.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all, predicate: (q) => q.queryKey[1] === 'list' }),
  });
}

export function useCreateOrganizationType() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createOrganizationType,
    onSuccess: () => queryClient.invalidateQueries({ queryKey: organizationKeys.all, predicate: (q) => q.queryKey[1] === 'types' }),
  });
}

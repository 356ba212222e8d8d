import { keepPreviousData, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { ServiceDetail } from '../../../../common/api/services';
import { useDebouncedValue } from '../../../components/use-debounced-value';
import {
  createService,
  createTopic,
  deleteService,
  deleteTopic,
  fetchOrganizationChoices,
  fetchServiceForEditing,
  fetchServiceSettings,
  fetchSpaceChoices,
  fetchStaffServices,
  fetchStaleServices,
  fetchTopicsForEditing,
  importHsds,
  importSpreadsheet,
  locateSpace,
  servicesAdminKeys,
  updateService,
  updateServiceSettings,
  updateTopic,
  verifyService,
  type StaffServiceFilter,
  type UpdateServiceInput,
  type UpdateTopicInput,
} from '../api/services-admin-api';

/**
 * After any change to offers or topics: every query of offers and topics, the public pages' too (their keys start
 * with "service" or "topic" as well), so that the detail page, the map and the lists show the new state.
 */
const isServiceData = (key: readonly unknown[]) =>
  typeof key[0] === 'string' && /^(service|topic|map)/.test(key[0]) && key[1] !== 'organizations' && key[1] !== 'spaces';
export const refreshServiceData = (queryClient: QueryClient) => queryClient.invalidateQueries({ predicate: (q) => isServiceData(q.queryKey) });

export function useServiceForEditing(id: string) {
  return useQuery({ queryKey: servicesAdminKeys.detail(id), queryFn: ({ signal }) => fetchServiceForEditing(id, signal) });
}

export function useStaffServices(filter: StaffServiceFilter, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: servicesAdminKeys.list(filter),
    queryFn: ({ signal }) => fetchStaffServices(filter, signal),
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Offers not verified for too long that the signed-in editor may edit; `enabled: false` for everyone else. */
export function useStaleServices({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: servicesAdminKeys.stale, queryFn: ({ signal }) => fetchStaleServices(signal), enabled });
}

export function useServiceSettings({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({ queryKey: servicesAdminKeys.settings, queryFn: ({ signal }) => fetchServiceSettings(signal), enabled });
}

export function useTopicsForEditing() {
  return useQuery({ queryKey: servicesAdminKeys.topics, queryFn: ({ signal }) => fetchTopicsForEditing(signal) });
}

export function useOrganizationChoices({ enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: servicesAdminKeys.organizations,
    queryFn: ({ signal }) => fetchOrganizationChoices(signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

export function useSpaceChoices() {
  return useQuery({ queryKey: servicesAdminKeys.spaces, queryFn: ({ signal }) => fetchSpaceChoices(signal), staleTime: 5 * 60_000 });
}

/** The space of a point (null: none, or no point); follows the typed or clicked point after a short pause. */
export function useLocatedSpace(point: [number, number] | null) {
  // Debounced as text: a new array on every render would restart the pause for ever.
  const settled = useDebouncedValue(point ? point.join(',') : '', 400);
  const at = settled ? (settled.split(',').map(Number) as [number, number]) : null;
  return useQuery({
    queryKey: servicesAdminKeys.locate(at ?? [0, 0]),
    queryFn: ({ signal }) => locateSpace(at ?? [0, 0], signal),
    enabled: at !== null,
    staleTime: Infinity,
  });
}

export function useCreateService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createService,
    onSuccess: async (created) => {
      queryClient.setQueryData<ServiceDetail>(servicesAdminKeys.detail(created.id), created);
      await refreshServiceData(queryClient);
    },
  });
}

export function useUpdateService(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateServiceInput) => updateService(id, body),
    onSuccess: async (updated) => {
      queryClient.setQueryData<ServiceDetail>(servicesAdminKeys.detail(id), updated);
      await refreshServiceData(queryClient);
    },
  });
}

export function useDeleteService(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => deleteService(id),
    // Only the lists: the deleted offer's page is still on screen until the caller navigates away, and refetching
    // it now would only flash "nicht gefunden".
    onSuccess: async () => {
      await queryClient.invalidateQueries({
        predicate: (q) => isServiceData(q.queryKey) && !q.queryKey.includes(id),
      });
    },
  });
}

export function useVerifyService() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: verifyService,
    onSuccess: async (verified) => {
      queryClient.setQueryData<ServiceDetail>(servicesAdminKeys.detail(verified.id), verified);
      await refreshServiceData(queryClient);
    },
  });
}

export function useUpdateServiceSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: updateServiceSettings,
    onSuccess: async (settings) => {
      queryClient.setQueryData(servicesAdminKeys.settings, settings);
      await refreshServiceData(queryClient);
    },
  });
}

export function useCreateTopic() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createTopic, onSuccess: () => refreshServiceData(queryClient) });
}

export function useUpdateTopic(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: (body: UpdateTopicInput) => updateTopic(id, body), onSuccess: () => refreshServiceData(queryClient) });
}

export function useDeleteTopic(id: string) {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: () => deleteTopic(id), onSuccess: () => refreshServiceData(queryClient) });
}

export function useImportHsds() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importHsds,
    onSuccess: async (outcome) => {
      if (!outcome.dryRun) await refreshServiceData(queryClient);
    },
  });
}

export function useImportSpreadsheet() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: importSpreadsheet,
    onSuccess: async (outcome) => {
      if (!outcome.dryRun) await refreshServiceData(queryClient);
    },
  });
}

import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { fetchService, fetchServiceMap, fetchTopics, searchServices, serviceKeys, type ServiceSearchParams } from '../api/services-api';

/** `enabled: false` while the page still works out which office it shows. */
export function useServiceSearch(query: ServiceSearchParams, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: serviceKeys.search(query),
    queryFn: ({ signal }) => searchServices(query, signal),
    // The last results stay on screen while the next filter runs: no jumping list.
    placeholderData: keepPreviousData,
    enabled,
  });
}

/** Clusters and points of a map view; `null` until the map knows its size and place. */
export function useServiceMap(query: ServiceSearchParams | null, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: serviceKeys.map(query ?? {}),
    queryFn: ({ signal }) => fetchServiceMap(query ?? {}, signal),
    placeholderData: keepPreviousData,
    enabled: enabled && query !== null,
    staleTime: 60_000,
  });
}

export function useService(id: string) {
  return useQuery({ queryKey: serviceKeys.detail(id), queryFn: ({ signal }) => fetchService(id, signal) });
}

export function useTopics(office: string | undefined, { enabled = true }: { enabled?: boolean } = {}) {
  return useQuery({
    queryKey: serviceKeys.topics(office),
    queryFn: ({ signal }) => fetchTopics(office, signal),
    staleTime: 5 * 60_000,
    enabled,
  });
}

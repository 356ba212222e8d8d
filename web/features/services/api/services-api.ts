import { z } from 'zod';
import { mapFeatureCollection, serviceDetail, serviceSearchResult, topic } from '../../../../common/api/services';
import { apiFetch } from '../../../components/api/api-fetch';

type QueryValue = string | number | null | undefined;

/** The query of GET /api/services, already in its wire form (lists comma-separated). */
export type ServiceSearchParams = Record<string, QueryValue>;

export const serviceKeys = {
  all: ['services'] as const,
  search: (query: ServiceSearchParams) => ['services', 'search', query] as const,
  map: (query: ServiceSearchParams) => ['services', 'map', query] as const,
  detail: (id: string) => ['services', 'detail', id] as const,
  topics: (office: string | undefined) => ['services', 'topics', office ?? ''] as const,
};

const withSignal = (signal: AbortSignal | undefined) => (signal ? { signal } : {});

/** Public: the one search behind the list (full text with typo tolerance, filters, distance, pages). */
export const searchServices = (query: ServiceSearchParams, signal?: AbortSignal) =>
  apiFetch('/api/services', serviceSearchResult, { query, ...withSignal(signal) });

/** Public: clusters and points for one map view, with the same filters as the list. */
export const fetchServiceMap = (query: ServiceSearchParams, signal?: AbortSignal) =>
  apiFetch('/api/map/services', mapFeatureCollection, { query, ...withSignal(signal) });

export const fetchService = (id: string, signal?: AbortSignal) =>
  apiFetch(`/api/services/${encodeURIComponent(id)}`, serviceDetail, withSignal(signal));

/** Public: the office's topics (a tree through parentId), with the number of active offers. */
export const fetchTopics = (office: string | undefined, signal?: AbortSignal) =>
  apiFetch('/api/topics', z.array(topic), { query: { office }, ...withSignal(signal) });

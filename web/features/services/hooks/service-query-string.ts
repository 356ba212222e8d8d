import {
  lowThresholdTraits,
  serviceStatuses,
  targetGroups,
  weekdays,
  type LowThresholdTrait,
  type ServiceStatus,
  type TargetGroup,
  type Weekday,
} from '../../../../common/service-terms';
import type { ServiceSearchParams } from '../api/services-api';

// Everything the offer map shows is in its address, so that a link shows someone else the same search. The names
// are German, like the paths; the values are the API's codes.

export type ServiceSort = 'relevance' | 'distance' | 'name';
export type NearSource = 'location' | 'map';
export type ServiceStatusFilter = ServiceStatus | 'all';

export type ServiceFilters = {
  q: string;
  spaceIds: string[];
  topicIds: string[];
  age: number | null;
  traits: LowThresholdTrait[];
  languages: string[];
  targetGroups: TargetGroup[];
  openDay: Weekday | null;
  openTime: string | null;
  /** [lon, lat] */
  near: [number, number] | null;
  radius: number | null;
  nearSource: NearSource | null;
  status: ServiceStatusFilter | null;
  sort: ServiceSort | null;
  page: number;
};

/** Where the map looks: zoom and centre, as in "14/53.7100/9.9900". */
export type MapView = { zoom: number; lat: number; lon: number };
export type ResultsView = 'list' | 'map';

export const keys = {
  q: 'q',
  space: 'sozialraum',
  topic: 'thema',
  age: 'alter',
  trait: 'merkmal',
  language: 'sprache',
  targetGroup: 'zielgruppe',
  day: 'tag',
  time: 'uhrzeit',
  near: 'nahe',
  radius: 'umkreis',
  nearSource: 'ort',
  status: 'status',
  sort: 'sortierung',
  page: 'seite',
  view: 'ansicht',
  map: 'karte',
  lang: 'lang',
} as const;

const filterKeys = [
  keys.q, keys.space, keys.topic, keys.age, keys.trait, keys.language, keys.targetGroup, keys.day, keys.time,
  keys.near, keys.radius, keys.nearSource, keys.status, keys.sort, keys.page,
];

const sortNames: Record<ServiceSort, string> = { relevance: 'relevanz', distance: 'entfernung', name: 'name' };
const nearSourceNames: Record<NearSource, string> = { location: 'standort', map: 'karte' };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const clock = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;

export const radiusChoices = [100, 500, 1000, 2000, 5000, 10_000] as const;
export const DEFAULT_RADIUS = 2000;
export const PER_PAGE = 20;

export const emptyFilters: ServiceFilters = {
  q: '',
  spaceIds: [],
  topicIds: [],
  age: null,
  traits: [],
  languages: [],
  targetGroups: [],
  openDay: null,
  openTime: null,
  near: null,
  radius: null,
  nearSource: null,
  status: null,
  sort: null,
  page: 1,
};

/** All values of a key, repeated or comma-separated, without empty ones and duplicates. */
const listOf = (params: URLSearchParams, key: string): string[] => [
  ...new Set(params.getAll(key).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)),
];
const oneOf = <T extends string>(allowed: readonly T[], value: string | null): T | null =>
  value !== null && (allowed as readonly string[]).includes(value) ? (value as T) : null;
const keyOf = <T extends string>(names: Record<T, string>, value: string | null): T | null =>
  (Object.keys(names) as T[]).find((k) => names[k] === value) ?? null;

function intIn(value: string | null, min: number, max: number): number | null {
  if (value === null || !/^\d+$/.test(value)) return null;
  const n = Number(value);
  return n >= min && n <= max ? n : null;
}

function pointOf(value: string | null): [number, number] | null {
  const match = value ? /^(-?\d+(?:\.\d+)?),(-?\d+(?:\.\d+)?)$/.exec(value) : null;
  if (!match) return null;
  const lon = Number(match[1]);
  const lat = Number(match[2]);
  return Math.abs(lon) <= 180 && Math.abs(lat) <= 90 ? [lon, lat] : null;
}

/**
 * The filters in an address. Whatever is not understood is left out rather than sent on: a mistyped or old link
 * still shows offers instead of an error.
 */
export function readFilters(params: URLSearchParams): ServiceFilters {
  const near = pointOf(params.get(keys.near));
  return {
    q: (params.get(keys.q) ?? '').trim().slice(0, 200),
    spaceIds: listOf(params, keys.space).filter((v) => uuid.test(v)),
    topicIds: listOf(params, keys.topic).filter((v) => uuid.test(v)),
    age: intIn(params.get(keys.age), 0, 120),
    traits: listOf(params, keys.trait).flatMap((v) => oneOf(lowThresholdTraits, v) ?? []),
    languages: listOf(params, keys.language).filter((v) => /^[a-z]{2,3}$/.test(v)),
    targetGroups: listOf(params, keys.targetGroup).flatMap((v) => oneOf(targetGroups, v) ?? []),
    openDay: oneOf(weekdays, params.get(keys.day)),
    openTime: clock.test(params.get(keys.time) ?? '') ? params.get(keys.time) : null,
    near,
    radius: near ? (intIn(params.get(keys.radius), 50, 100_000) ?? DEFAULT_RADIUS) : null,
    nearSource: near ? keyOf(nearSourceNames, params.get(keys.nearSource)) : null,
    status: oneOf<ServiceStatusFilter>([...serviceStatuses, 'all'], params.get(keys.status)),
    sort: keyOf(sortNames, params.get(keys.sort)),
    page: intIn(params.get(keys.page), 1, 10_000) ?? 1,
  };
}

const coordinate = (v: number) => String(Math.round(v * 1e5) / 1e5);

/** The address with these filters; other parameters (view, map, language) stay as they are. */
export function writeFilters(current: URLSearchParams, filters: ServiceFilters): URLSearchParams {
  const next = new URLSearchParams(current);
  for (const key of filterKeys) next.delete(key);
  const set = (key: string, value: string | number | null) => {
    if (value !== null && value !== '') next.set(key, String(value));
  };
  const list = (key: string, values: readonly string[]) => {
    for (const value of values) next.append(key, value);
  };
  set(keys.q, filters.q.trim());
  list(keys.space, filters.spaceIds);
  list(keys.topic, filters.topicIds);
  set(keys.age, filters.age);
  list(keys.trait, filters.traits);
  list(keys.language, filters.languages);
  list(keys.targetGroup, filters.targetGroups);
  set(keys.day, filters.openDay);
  set(keys.time, filters.openDay ? filters.openTime : null);
  if (filters.near) {
    set(keys.near, filters.near.map(coordinate).join(','));
    set(keys.radius, filters.radius ?? DEFAULT_RADIUS);
    set(keys.nearSource, filters.nearSource ? nearSourceNames[filters.nearSource] : null);
  }
  set(keys.status, filters.status);
  set(keys.sort, filters.sort ? sortNames[filters.sort] : null);
  set(keys.page, filters.page > 1 ? filters.page : null);
  return next;
}

/** The sort the list really has: what was chosen if it applies, else relevance with a search, distance with a point. */
export function effectiveSort(filters: ServiceFilters): ServiceSort {
  if (filters.sort === 'relevance' && filters.q) return 'relevance';
  if (filters.sort === 'distance' && filters.near) return 'distance';
  if (filters.sort === 'name') return 'name';
  return filters.q ? 'relevance' : filters.near ? 'distance' : 'name';
}

/** The filters as GET /api/map/services and GET /api/services take them (without sort and page). */
export function filterQuery(filters: ServiceFilters, office: string | undefined): ServiceSearchParams {
  const join = (values: readonly string[]) => (values.length ? values.join(',') : undefined);
  return {
    office,
    q: filters.q || undefined,
    spaceId: join(filters.spaceIds),
    topic: join(filters.topicIds),
    age: filters.age ?? undefined,
    traits: join(filters.traits),
    language: join(filters.languages),
    targetGroup: join(filters.targetGroups),
    openDay: filters.openDay ?? undefined,
    openTime: filters.openDay ? (filters.openTime ?? undefined) : undefined,
    near: filters.near ? filters.near.join(',') : undefined,
    radius: filters.near ? (filters.radius ?? DEFAULT_RADIUS) : undefined,
    status: filters.status ?? undefined,
  };
}

export function searchQuery(filters: ServiceFilters, office: string | undefined): ServiceSearchParams {
  return { ...filterQuery(filters, office), sort: effectiveSort(filters), page: filters.page, perPage: PER_PAGE };
}

/** How many filters are set besides the search text (for "Filter (3)"). */
export function activeFilterCount(filters: ServiceFilters): number {
  return [
    filters.spaceIds.length > 0,
    filters.topicIds.length > 0,
    filters.age !== null,
    filters.traits.length > 0,
    filters.languages.length > 0,
    filters.targetGroups.length > 0,
    filters.openDay !== null,
    filters.near !== null,
    filters.status !== null,
  ].filter(Boolean).length;
}

export function readMapView(params: URLSearchParams): MapView | null {
  const match = /^(\d{1,2}(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)\/(-?\d+(?:\.\d+)?)$/.exec(params.get(keys.map) ?? '');
  if (!match) return null;
  const [zoom, lat, lon] = [Number(match[1]), Number(match[2]), Number(match[3])];
  return zoom <= 18 && Math.abs(lat) <= 90 && Math.abs(lon) <= 180 ? { zoom, lat, lon } : null;
}

export const mapViewText = ({ zoom, lat, lon }: MapView) =>
  `${Math.round(zoom * 4) / 4}/${lat.toFixed(5)}/${lon.toFixed(5)}`;

export const readResultsView = (params: URLSearchParams): ResultsView => (params.get(keys.view) === 'karte' ? 'map' : 'list');

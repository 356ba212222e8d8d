import type { NeedListQuery } from '../../../../common/api/needs';
import { ageBands, gapKinds, needSources, needStatuses, voices, type AgeBand, type GapKind, type NeedSource, type NeedStatus, type Voice } from '../../../../common/need-terms';

// The list of needs keeps its filters in the address, under the API's own names, so that the heat map can link to
// a filtered list (/bedarfe?spaceId=…&topicId=…&from=…&to=…) and a view can be shared.

export const NEEDS_PER_PAGE = 25;

export type NeedsFilter = {
  spaceId: string;
  topicId: string;
  /** 'true': only this topic, not its narrower ones (a heat-map cell). */
  topicExact: string;
  voice: Voice | '';
  source: NeedSource | '';
  status: NeedStatus | '';
  ageBand: AgeBand | '';
  gapKind: GapKind | '';
  from: string;
  to: string;
  q: string;
  page: number;
};

/** The filter keys, in the order they are written to the address. */
export const needsFilterKeys = ['spaceId', 'topicId', 'topicExact', 'voice', 'source', 'status', 'ageBand', 'gapKind', 'from', 'to', 'q'] as const;
export type NeedsFilterKey = (typeof needsFilterKeys)[number];

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isoDay = /^\d{4}-\d{2}-\d{2}$/;

const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : '';

/** Reads the filters from the address; anything the API would refuse (a broken id, a wrong date) is left out. */
export function readNeedsFilter(params: URLSearchParams): NeedsFilter {
  const id = (key: string) => {
    const value = params.get(key) ?? '';
    return uuid.test(value) ? value : '';
  };
  const day = (key: string) => {
    const value = params.get(key) ?? '';
    return isoDay.test(value) ? value : '';
  };
  const page = Number(params.get('page') ?? '1');
  return {
    spaceId: id('spaceId'),
    topicId: id('topicId'),
    topicExact: params.get('topicExact') === 'true' && uuid.test(params.get('topicId') ?? '') ? 'true' : '',
    voice: oneOf(voices, params.get('voice')),
    source: oneOf(needSources, params.get('source')),
    status: oneOf(needStatuses, params.get('status')),
    ageBand: oneOf(ageBands, params.get('ageBand')),
    gapKind: oneOf(gapKinds, params.get('gapKind')),
    from: day('from'),
    to: day('to'),
    q: (params.get('q') ?? '').slice(0, 200),
    page: Number.isInteger(page) && page > 0 ? page : 1,
  };
}

/** The API query for one page of the list. */
export function needsApiQuery(filter: NeedsFilter, perPage = NEEDS_PER_PAGE): NeedListQuery {
  const query: NeedListQuery = { limit: perPage, offset: (filter.page - 1) * perPage };
  for (const key of needsFilterKeys) {
    const value = filter[key].trim();
    if (value) Object.assign(query, { [key]: value });
  }
  return query;
}

/** How many filters are set (the text search included). */
export const activeFilterCount = (filter: NeedsFilter) => needsFilterKeys.filter((key) => filter[key].trim() !== '').length;

/** The address of the list for a filter, e.g. the drill-down from a heat-map cell. */
export function needsListSearch(filter: Partial<Record<NeedsFilterKey, string>>): string {
  const params = new URLSearchParams();
  for (const key of needsFilterKeys) {
    const value = filter[key];
    if (value) params.set(key, value);
  }
  const text = params.toString();
  return text ? `?${text}` : '';
}

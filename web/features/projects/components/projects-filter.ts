import type { ProjectsQuery, ProjectSummary } from '../../../../common/api/projects';
import { initiators, projectStatuses, type Initiator, type ProjectStatus } from '../../../../common/project-terms';

// The projects page keeps its view, filters and sort order in the address, so that a view can be shared and the
// back button returns to it: /projekte?ansicht=tabelle&spaceId=…&status=running&year=2024&q=Kochen&sort=-startsOn.

export type ProjectsView = 'board' | 'table';
export const sortKeys = ['title', 'status', 'startsOn'] as const;
export type SortKey = (typeof sortKeys)[number];
export type ProjectsSort = { key: SortKey; descending: boolean };

export type ProjectsFilter = {
  view: ProjectsView;
  spaceId: string;
  status: ProjectStatus | '';
  initiatedBy: Initiator | '';
  /** A four-digit year, or ''. */
  year: string;
  q: string;
  sort: ProjectsSort;
};

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const oneOf = <T extends string>(list: readonly T[], value: string | null): T | '' =>
  value !== null && (list as readonly string[]).includes(value) ? (value as T) : '';

export const defaultSort: ProjectsSort = { key: 'title', descending: false };

/** Reads the page's state from the address; anything the API would refuse is left out. */
export function readProjectsFilter(params: URLSearchParams): ProjectsFilter {
  const spaceId = params.get('spaceId') ?? '';
  const year = params.get('year') ?? '';
  const yearNumber = Number(year);
  const sortText = params.get('sort') ?? '';
  const descending = sortText.startsWith('-');
  const key = oneOf(sortKeys, descending ? sortText.slice(1) : sortText);
  return {
    view: params.get('ansicht') === 'tabelle' ? 'table' : 'board',
    spaceId: uuid.test(spaceId) ? spaceId : '',
    status: oneOf(projectStatuses, params.get('status')),
    initiatedBy: oneOf(initiators, params.get('initiatedBy')),
    year: /^\d{4}$/.test(year) && yearNumber >= 2000 && yearNumber <= 2100 ? year : '',
    q: (params.get('q') ?? '').slice(0, 200),
    sort: key ? { key, descending } : defaultSort,
  };
}

/** The address for a state; defaults (the board, sorting by title) are left out. */
export function projectsSearch(filter: ProjectsFilter): string {
  const params = new URLSearchParams();
  if (filter.view === 'table') params.set('ansicht', 'tabelle');
  for (const key of ['spaceId', 'status', 'initiatedBy', 'year'] as const) if (filter[key]) params.set(key, filter[key]);
  if (filter.q.trim()) params.set('q', filter.q.trim());
  if (filter.sort.key !== defaultSort.key || filter.sort.descending) params.set('sort', `${filter.sort.descending ? '-' : ''}${filter.sort.key}`);
  const text = params.toString();
  return text ? `?${text}` : '';
}

/** What the API filters (the view and the order are the page's own). */
export function projectsApiQuery(filter: ProjectsFilter): ProjectsQuery {
  const query: ProjectsQuery = {};
  if (filter.spaceId) query.spaceId = filter.spaceId;
  if (filter.status) query.status = filter.status;
  if (filter.initiatedBy) query.initiatedBy = filter.initiatedBy;
  if (filter.year) query.year = Number(filter.year);
  if (filter.q.trim()) query.q = filter.q.trim();
  return query;
}

export const activeFilterCount = (filter: ProjectsFilter) =>
  [filter.spaceId, filter.status, filter.initiatedBy, filter.year, filter.q.trim()].filter((v) => v !== '').length;

const byTitle = (a: ProjectSummary, b: ProjectSummary) => a.title.localeCompare(b.title, 'de');

/** Sorted for the table; projects without a start date come last either way, ties by title. */
export function sortProjects(projects: readonly ProjectSummary[], sort: ProjectsSort): ProjectSummary[] {
  const direction = sort.descending ? -1 : 1;
  const compare = (a: ProjectSummary, b: ProjectSummary): number => {
    if (sort.key === 'title') return direction * byTitle(a, b);
    if (sort.key === 'status') return direction * (projectStatuses.indexOf(a.status) - projectStatuses.indexOf(b.status)) || byTitle(a, b);
    if (a.startsOn === b.startsOn) return byTitle(a, b);
    if (a.startsOn === null) return 1;
    if (b.startsOn === null) return -1;
    return direction * a.startsOn.localeCompare(b.startsOn);
  };
  return [...projects].sort(compare);
}

/** The board's columns: every status in its order, each with its projects by title. */
export function groupByStatus(projects: readonly ProjectSummary[]): { status: ProjectStatus; projects: ProjectSummary[] }[] {
  return projectStatuses.map((status) => ({ status, projects: projects.filter((p) => p.status === status).sort(byTitle) }));
}

/** The warning case: the project answers needs, but none of them was voiced by the affected. */
export const lacksAffectedVoice = (project: Pick<ProjectSummary, 'needCount' | 'affectedNeedCount'>) =>
  project.needCount > 0 && project.affectedNeedCount === 0;

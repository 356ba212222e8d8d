import { describe, expect, it } from 'vitest';
import type { ProjectSummary } from '../../../../common/api/projects';
import { groupByStatus, lacksAffectedVoice, projectsApiQuery, projectsSearch, readProjectsFilter, sortProjects } from './projects-filter';

const spaceId = '0b7f3c1e-2a4d-4e6f-8a9b-1c2d3e4f5a6b';

const project = (title: string, status: ProjectSummary['status'], startsOn: string | null): ProjectSummary => ({
  id: `00000000-0000-4000-8000-${String(title.length).padStart(12, '0')}`,
  title,
  spaceIds: [spaceId],
  topicIds: [],
  initiatedBy: 'affected',
  status,
  startsOn,
  endsOn: null,
  needCount: 0,
  affectedNeedCount: 0,
  carrierCount: 0,
  reachedTotal: 0,
  updatedAt: '2025-01-01T00:00:00.000Z',
});

describe('the projects page state in the address', () => {
  it('reads the view, filters and order, and writes the same address back', () => {
    const search = `?ansicht=tabelle&spaceId=${spaceId}&status=running&initiatedBy=joint&year=2024&q=Kochen&sort=-startsOn`;
    const filter = readProjectsFilter(new URLSearchParams(search));
    expect(filter).toEqual({
      view: 'table',
      spaceId,
      status: 'running',
      initiatedBy: 'joint',
      year: '2024',
      q: 'Kochen',
      sort: { key: 'startsOn', descending: true },
    });
    expect(projectsSearch(filter)).toBe(search);
    expect(projectsApiQuery(filter)).toEqual({ spaceId, status: 'running', initiatedBy: 'joint', year: 2024, q: 'Kochen' });
  });

  it('leaves out what the API would refuse and falls back to the board sorted by title', () => {
    const filter = readProjectsFilter(new URLSearchParams('ansicht=liste&spaceId=nope&status=done&initiatedBy=x&year=99&sort=budget'));
    expect(filter).toEqual({ view: 'board', spaceId: '', status: '', initiatedBy: '', year: '', q: '', sort: { key: 'title', descending: false } });
    expect(projectsSearch(filter)).toBe('');
    expect(projectsApiQuery(filter)).toEqual({});
  });
});

describe('sorting and grouping', () => {
  const list = [project('Kochgruppe', 'running', '2019-04-01'), project('Trauergruppe', 'completed', '2016-01-01'), project('Ballspiel', 'idea', null)];

  it('sorts by title, by status in the order of the board, and by start with undated projects last', () => {
    expect(sortProjects(list, { key: 'title', descending: false }).map((p) => p.title)).toEqual(['Ballspiel', 'Kochgruppe', 'Trauergruppe']);
    expect(sortProjects(list, { key: 'status', descending: false }).map((p) => p.status)).toEqual(['idea', 'running', 'completed']);
    expect(sortProjects(list, { key: 'startsOn', descending: false }).map((p) => p.title)).toEqual(['Trauergruppe', 'Kochgruppe', 'Ballspiel']);
    expect(sortProjects(list, { key: 'startsOn', descending: true }).map((p) => p.title)).toEqual(['Kochgruppe', 'Trauergruppe', 'Ballspiel']);
  });

  it('puts every status in a column, empty ones too', () => {
    const columns = groupByStatus(list);
    expect(columns.map((c) => [c.status, c.projects.length])).toEqual([
      ['idea', 1],
      ['planned', 0],
      ['running', 1],
      ['completed', 1],
      ['stopped', 0],
    ]);
  });

  it('warns only when there are needs and none from the affected', () => {
    expect(lacksAffectedVoice({ needCount: 2, affectedNeedCount: 0 })).toBe(true);
    expect(lacksAffectedVoice({ needCount: 2, affectedNeedCount: 1 })).toBe(false);
    expect(lacksAffectedVoice({ needCount: 0, affectedNeedCount: 0 })).toBe(false);
  });
});

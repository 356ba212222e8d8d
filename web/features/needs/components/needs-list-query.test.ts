import { describe, expect, it } from 'vitest';
import { activeFilterCount, needsApiQuery, needsListSearch, readNeedsFilter } from './needs-list-query';

const space = '0b7c5a52-6a0e-4c55-9d8e-3f0a1c2b3d4e';
const topic = '9f8e7d6c-5b4a-4c3d-8e2f-1a0b9c8d7e6f';

describe('the needs list in the address', () => {
  it('reads the drill-down of a heat-map cell and turns it into the API query', () => {
    const filter = readNeedsFilter(new URLSearchParams(`spaceId=${space}&topicId=${topic}&from=2024-01-01&to=2024-12-31&voice=affected`));
    expect(filter).toMatchObject({ spaceId: space, topicId: topic, from: '2024-01-01', to: '2024-12-31', voice: 'affected', page: 1 });
    expect(needsApiQuery(filter)).toEqual({ limit: 25, offset: 0, spaceId: space, topicId: topic, voice: 'affected', from: '2024-01-01', to: '2024-12-31' });
    expect(activeFilterCount(filter)).toBe(5);
  });

  it('leaves out what the API would refuse', () => {
    const filter = readNeedsFilter(new URLSearchParams('spaceId=SR1&voice=everyone&status=open&from=1.1.2024&page=-3&gapKind=reach'));
    expect(filter.spaceId).toBe('');
    expect(filter.voice).toBe('');
    expect(filter.from).toBe('');
    expect(filter.page).toBe(1);
    expect(needsApiQuery(filter)).toEqual({ limit: 25, offset: 0, status: 'open', gapKind: 'reach' });
  });

  it('pages by offset and writes a link with only the set filters', () => {
    const filter = readNeedsFilter(new URLSearchParams('page=3&q=  Kochen '));
    expect(needsApiQuery(filter)).toEqual({ limit: 25, offset: 50, q: 'Kochen' });
    expect(needsListSearch({ spaceId: space, topicId: '', from: '2025-01-01' })).toBe(`?spaceId=${space}&from=2025-01-01`);
    expect(needsListSearch({})).toBe('');
  });
});

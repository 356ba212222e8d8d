import { describe, expect, it } from 'vitest';
import { meetingsApiQuery, meetingsSearch, readMeetingsFilter, splitByTime } from './meetings-filter';

describe('the meetings list filter', () => {
  it('reads what it writes and drops what is not a filter value', () => {
    const filter = readMeetingsFilter(new URLSearchParams('spaceId=abc&state=held&from=2024-01-01&to=nonsense'));
    expect(filter).toEqual({ spaceId: 'abc', state: 'held', from: '2024-01-01', to: '' });
    expect(meetingsSearch(filter)).toBe('?spaceId=abc&state=held&from=2024-01-01');
    expect(readMeetingsFilter(new URLSearchParams('state=gone')).state).toBe('');
    expect(meetingsApiQuery(filter)).toEqual({ spaceId: 'abc', state: ['held'], from: '2024-01-01', to: undefined });
  });

  it('puts upcoming meetings first, soonest first, and past ones latest first', () => {
    const m = (startsAt: string) => ({ startsAt, endsAt: startsAt.replace('T10', 'T12') });
    const { upcoming, past } = splitByTime([m('2024-01-01T10:00:00Z'), m('2026-05-01T10:00:00Z'), m('2026-04-01T10:00:00Z'), m('2024-06-01T10:00:00Z')], new Date('2025-01-01T00:00:00Z'));
    expect(upcoming.map((x) => x.startsAt.slice(0, 7))).toEqual(['2026-04', '2026-05']);
    expect(past.map((x) => x.startsAt.slice(0, 7))).toEqual(['2024-06', '2024-01']);
  });
});

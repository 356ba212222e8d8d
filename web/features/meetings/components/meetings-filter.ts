import { meetingStates, type MeetingState } from '../../../../common/meeting-terms';
import type { MeetingsQuery } from '../api/meetings-api';

// The meetings list's filters live in the address (?spaceId=…&state=…&from=…&to=…), so a filtered list can be shared.

export type MeetingsFilter = { spaceId: string; state: MeetingState | ''; from: string; to: string };

const isState = (value: string): value is MeetingState => (meetingStates as readonly string[]).includes(value);
const isDay = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value);

export function readMeetingsFilter(params: URLSearchParams): MeetingsFilter {
  const state = params.get('state') ?? '';
  const from = params.get('from') ?? '';
  const to = params.get('to') ?? '';
  return { spaceId: params.get('spaceId') ?? '', state: isState(state) ? state : '', from: isDay(from) ? from : '', to: isDay(to) ? to : '' };
}

export function meetingsSearch(filter: MeetingsFilter): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) if (value) params.set(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export const meetingsApiQuery = (filter: MeetingsFilter): MeetingsQuery => ({
  spaceId: filter.spaceId || undefined,
  state: filter.state ? [filter.state] : undefined,
  from: filter.from || undefined,
  to: filter.to || undefined,
});

/** Upcoming meetings first (soonest first), then past ones (latest first). */
export function splitByTime<T extends { endsAt: string; startsAt: string }>(meetings: readonly T[], now: Date): { upcoming: T[]; past: T[] } {
  const upcoming = meetings.filter((m) => new Date(m.endsAt) >= now).sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = meetings.filter((m) => new Date(m.endsAt) < now).sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return { upcoming, past };
}

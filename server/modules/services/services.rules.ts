import { weekdays, type Weekday } from '../../../common/service-terms';

/** A list of child objects from an `hsds` document (schedules, phones, …): what is not an object is skipped. */
export const hsdsList = (value: unknown): Record<string, unknown>[] =>
  Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v)) : [];

/** The HSDS schedule fields we read for opening times; other fields travel unchanged. */
export type HsdsScheduleLike = { byday?: unknown; opens_at?: unknown; closes_at?: unknown; freq?: unknown; valid_to?: unknown };

const minutesOf = (clock: unknown): number | null => {
  if (typeof clock !== 'string') return null;
  const m = /^(\d{1,2}):(\d{2})/.exec(clock);
  if (!m) return null;
  const minutes = Number(m[1]) * 60 + Number(m[2]);
  return minutes >= 0 && minutes <= 24 * 60 ? minutes : null;
};

/** `byday` as in RFC 5545 ("MO,TU", also "1MO" or "-1FR" for monthly rules): the weekdays named. */
export function daysOf(byday: unknown): Weekday[] {
  if (typeof byday !== 'string') return [];
  const found = new Set<Weekday>();
  for (const part of byday.toUpperCase().split(',')) {
    const code = part.trim().replace(/^[+-]?\d+/, '');
    if ((weekdays as readonly string[]).includes(code)) found.add(code as Weekday);
  }
  return weekdays.filter((d) => found.has(d));
}

/**
 * Opening times as an int4multirange literal over minutes of the week (Monday 00:00 = 0), or null when no schedule
 * names both days and hours. Schedules that ended (valid_to in the past) do not count.
 */
export function openWeekOf(schedules: readonly HsdsScheduleLike[], today: string): string | null {
  const ranges: [number, number][] = [];
  for (const s of schedules) {
    if (typeof s.valid_to === 'string' && s.valid_to < today) continue;
    const opens = minutesOf(s.opens_at);
    const closes = minutesOf(s.closes_at);
    if (opens === null || closes === null || closes <= opens) continue;
    for (const day of daysOf(s.byday)) {
      const base = weekdays.indexOf(day) * 1440;
      ranges.push([base + opens, base + closes]);
    }
  }
  if (ranges.length === 0) return null;
  return `{${ranges.map(([a, b]) => `[${a},${b})`).join(',')}}`;
}

export const minuteOfWeek = (day: Weekday, clock: string): number => weekdays.indexOf(day) * 1440 + (minutesOf(clock) ?? 0);

/** Open in the evening (from 17:00) or on a weekend: a low-threshold trait we can see from the schedule itself. */
export function opensEveningsOrWeekends(schedules: readonly HsdsScheduleLike[]): boolean {
  return schedules.some((s) => {
    const days = daysOf(s.byday);
    const closes = minutesOf(s.closes_at);
    return days.includes('SA') || days.includes('SU') || (closes !== null && closes > 17 * 60 && days.length > 0);
  });
}

/** An offer is stale when nobody confirmed it within the office's period. */
export function isStale(assuredDate: string | null, today: string, staleAfterMonths: number): boolean {
  if (!assuredDate) return true;
  return assuredDate < staleCutoff(today, staleAfterMonths);
}

/** The date before which a confirmation is too old: today minus the months, on the same day of the month. */
export function staleCutoff(today: string, staleAfterMonths: number): string {
  const [y, m, d] = today.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - staleAfterMonths;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** Great-circle distance in metres. */
export function haversineMeters(a: [number, number], b: [number, number]): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLon = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * 6_371_000 * Math.asin(Math.min(1, Math.sqrt(h)));
}

export { todayInBerlin } from '../../platform/calendar';

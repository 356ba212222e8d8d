// The office plans in German local time (Europe/Berlin), whatever time zone the browser runs in. The API takes and
// gives instants with an offset ("2026-03-04T16:00:00+01:00").

const timeZone = 'Europe/Berlin';

const offsetFormat = new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'longOffset', year: 'numeric' });
const partsFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Berlin's offset from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(instant: number): number {
  const name = offsetFormat.formatToParts(new Date(instant)).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT';
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name);
  if (!match) return 0;
  const minutes = Number(match[2]) * 60 + Number(match[3]);
  return match[1] === '-' ? -minutes : minutes;
}

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * A day ("2026-03-04") and a clock time ("16:00") in Berlin as an instant with its offset, or null when either is not
 * a valid day or time. A time that does not exist (the hour skipped in spring) moves forward by the gap.
 */
export function berlinToIso(day: string, time: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  const t = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!d || !t) return null;
  const [year, month, date, hour, minute] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (month < 1 || month > 12 || date < 1 || date > 31 || hour > 23 || minute > 59) return null;
  const wall = Date.UTC(year, month - 1, date, hour, minute);
  const check = new Date(wall);
  if (check.getUTCDate() !== date || check.getUTCMonth() !== month - 1) return null;
  // The offset at the guess, then at the result (they differ only next to a change of the clocks).
  let offset = offsetMinutes(wall - offsetMinutes(wall) * 60_000);
  const instant = wall - offset * 60_000;
  offset = offsetMinutes(instant);
  const local = new Date(instant + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` +
    `T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

/** An instant as Berlin's day and clock time: { day: "2026-03-04", time: "16:00" }. */
export function isoToBerlin(iso: string): { day: string; time: string } {
  const parts = Object.fromEntries(partsFormat.formatToParts(new Date(iso)).map((p) => [p.type, p.value]));
  return { day: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

const clock = new Intl.DateTimeFormat('de-DE', { timeZone, hour: '2-digit', minute: '2-digit' });
const longDay = new Intl.DateTimeFormat('de-DE', { timeZone, weekday: 'short', day: '2-digit', month: '2-digit', year: 'numeric' });

/** "Mi., 04.03.2026, 16:00–18:00 Uhr" (the end's day too when it differs), or "Mi., 04.03.2026, 16:00 Uhr" without an end. */
export function formatMeetingTime(startsAt: string, endsAt: string | null = null): string {
  if (!endsAt) return `${longDay.format(new Date(startsAt))}, ${clock.format(new Date(startsAt))} Uhr`;
  const sameDay = isoToBerlin(startsAt).day === isoToBerlin(endsAt).day;
  const end = sameDay ? clock.format(new Date(endsAt)) : `${longDay.format(new Date(endsAt))}, ${clock.format(new Date(endsAt))}`;
  return `${longDay.format(new Date(startsAt))}, ${clock.format(new Date(startsAt))}–${end} Uhr`;
}

// The office works in German local time, whatever time zone the browser runs in.
const timeZone = 'Europe/Berlin';

const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone });
const dateOnly = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone });

/** "12.03.2025, 14:05" */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** "12.03.2025" */
export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

/** "01.06.2016" from an ISO day "2016-06-01", without going through a time zone. */
export function formatDay(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDay;
}

const isoDayInOffice = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });

/** Today in the office's time zone as "2025-03-12", the form the API and <input type="date"> take. */
export function todayIso(): string {
  return isoDayInOffice.format(new Date());
}

// The office works in German local time, whatever time zone the browser runs in.
const timeZone = 'Europe/Berlin';

const dateOnly = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeZone });

/** "12.03.2025, 14:05" and "01.06.2016" from an ISO day: the same functions as the report documents use. */
export { formatDateTime, formatDay } from '../../../common/report-format';

/** "12.03.2025" */
export function formatDate(iso: string): string {
  return dateOnly.format(new Date(iso));
}

const isoDayInOffice = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });

/** Today in the office's time zone as "2025-03-12", the form the API and <input type="date"> take. */
export function todayIso(): string {
  return isoDayInOffice.format(new Date());
}

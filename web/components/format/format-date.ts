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

// The number and date forms of the report, one set for the web page (web/components/format/* re-export them) and the
// server's documents (HTML, PDF, DOCX): the same figure reads the same in every format.

// The office works in German local time, whatever time zone the server runs in.
const timeZone = 'Europe/Berlin';

const integer = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 0 });
const decimal2 = new Intl.NumberFormat('de-DE', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
const dateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'medium', timeStyle: 'short', timeZone });
const longDateTime = new Intl.DateTimeFormat('de-DE', { dateStyle: 'long', timeStyle: 'short', timeZone });
const isoDayInOffice = new Intl.DateTimeFormat('en-CA', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone });

/** "< 5" for a hidden count, the German number otherwise: the one way a published count is written. */
export function formatCell(cell: number | { suppressed: true }, threshold: number): string {
  return typeof cell === 'number' ? formatInteger(cell) : `< ${threshold}`;
}

/** "21.300" */
export function formatInteger(value: number): string {
  return integer.format(value);
}

/** 0.36 → "36 %" */
export function formatShare(share: number): string {
  return `${formatInteger(Math.round(share * 100))} %`;
}

/** 0.36 → "0,36" */
export function formatRatio(value: number): string {
  return decimal2.format(value);
}

/** "31.12.2025" from an ISO day "2025-12-31", without going through a time zone. */
export function formatDay(isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDay);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : isoDay;
}

/** "12.03.2025, 14:05" in the office's time zone. */
export function formatDateTime(iso: string): string {
  return dateTime.format(new Date(iso));
}

/** "12. März 2025 um 14:05" in the office's time zone. */
export function formatLongDateTime(iso: string): string {
  return longDateTime.format(new Date(iso));
}

/** The office's calendar day of an instant, as "2025-03-12". */
export function isoDayInBerlin(iso: string): string {
  return isoDayInOffice.format(new Date(iso));
}

// An iCalendar writer (RFC 5545) for the meeting feeds: text escaping, line folding at 75 octets without
// splitting a UTF-8 character, CRLF line ends, local times in Europe/Berlin with its VTIMEZONE.

const CRLF = '\r\n';

/** TEXT values: backslash, semicolon, comma and line breaks are escaped (RFC 5545 3.3.11). */
export const escapeText = (text: string) =>
  text
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

/** Folds one content line: no physical line longer than 75 octets; continuation lines start with one space (3.1). */
export function foldLine(line: string): string {
  if (octets(line) <= 75) return line;
  const parts: string[] = [];
  let current = '';
  let size = 0;
  for (const char of line) {
    const length = octets(char);
    // The first line holds 75 octets; a continuation line 74 after its leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (size + length > limit) {
      parts.push(current);
      current = '';
      size = 0;
    }
    current += char;
    size += length;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

/** A property line; parameters come pre-formatted (e.g. `TZID=Europe/Berlin`). */
export const property = (name: string, value: string, parameters: readonly string[] = []) => foldLine(`${[name, ...parameters].join(';')}:${value}`);

const pad = (n: number) => String(n).padStart(2, '0');

/** 20260304T150000Z */
export const utcStamp = (moment: Date) =>
  `${moment.getUTCFullYear()}${pad(moment.getUTCMonth() + 1)}${pad(moment.getUTCDate())}T${pad(moment.getUTCHours())}${pad(moment.getUTCMinutes())}${pad(moment.getUTCSeconds())}Z`;

const berlinParts = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/** 20260304T160000, the wall-clock time in Berlin (used with TZID=Europe/Berlin). */
export function berlinLocalStamp(moment: Date): string {
  const part = (type: Intl.DateTimeFormatPartTypes) => berlinParts.formatToParts(moment).find((p) => p.type === type)?.value ?? '00';
  return `${part('year')}${part('month')}${part('day')}T${part('hour')}${part('minute')}${part('second')}`;
}

/** Central European Time with the EU rules in force since 1996 (last Sunday of March and of October). */
export const berlinTimezone = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Berlin',
  'X-LIC-LOCATION:Europe/Berlin',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export type CalendarEvent = {
  uid: string;
  startsAt: Date;
  endsAt: Date;
  createdAt: Date;
  updatedAt: Date;
  summary: string;
  location: string;
  url: string;
  description: string;
  cancelled: boolean;
  sequence: number;
};

export function calendarDocument(input: { name: string; events: readonly CalendarEvent[]; now: Date }): string {
  const stamp = utcStamp(input.now);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//sozialraum//Netzwerktreffen//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    property('X-WR-CALNAME', escapeText(input.name)),
    'X-WR-TIMEZONE:Europe/Berlin',
    ...berlinTimezone,
    ...input.events.flatMap((e) => [
      'BEGIN:VEVENT',
      property('UID', e.uid),
      `DTSTAMP:${stamp}`,
      `CREATED:${utcStamp(e.createdAt)}`,
      `LAST-MODIFIED:${utcStamp(e.updatedAt)}`,
      property('DTSTART', berlinLocalStamp(e.startsAt), ['TZID=Europe/Berlin']),
      property('DTEND', berlinLocalStamp(e.endsAt), ['TZID=Europe/Berlin']),
      property('SUMMARY', escapeText(e.summary)),
      ...(e.location ? [property('LOCATION', escapeText(e.location))] : []),
      property('URL', e.url),
      ...(e.description ? [property('DESCRIPTION', escapeText(e.description))] : []),
      `STATUS:${e.cancelled ? 'CANCELLED' : 'CONFIRMED'}`,
      `SEQUENCE:${e.sequence}`,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ];
  return lines.join(CRLF) + CRLF;
}

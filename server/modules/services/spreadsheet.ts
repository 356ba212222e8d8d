import { writeExcelCsv } from '../../platform/excel-csv';
import {
  commonLanguages,
  lowThresholdTraits,
  serviceStatuses,
  serviceStatusLabels,
  targetGroupLabels,
  targetGroups,
  traitLabels,
  weekdayLabels,
  weekdays,
  type ServiceStatus,
  type Weekday,
} from '../../../common/service-terms';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { servicesPolicy } from './services.policy';
import type { ServiceRow } from './services.queries';
import { daysOf, todayInBerlin, hsdsList } from './services.rules';
import { type SheetLocation, type SheetOrganization, type SheetTopic, officeCode, offersForSheet, organizationsForSheet, topicsForSheet } from './spreadsheet.queries';
import { type Cell, readXlsx, type Sheet, writeXlsx } from './xlsx';

// The office spreadsheet of offers (CSV for German Excel and XLSX, same columns): one row per offer, German headers,
// lists as comma-separated German labels, opening times as "Mo, Mi 15:00–18:00; Sa 10:00–13:00". Export, template
// and the cell grammar live here; the import is spreadsheet-import.ts.

export type SheetFormat = 'csv' | 'xlsx';
export type { Cell } from './xlsx';

export type SheetSchedule = { days: Weekday[]; opensAt: string | null; closesAt: string | null; description: string | null; validFrom: string | null; validTo: string | null };

/** One offer as the sheet sees it: the fields of the first location, the service-level schedules and phones. */
export type SheetOffer = {
  id: string | null;
  name: string;
  organizationId: string | null;
  description: string;
  topicIds: string[];
  locationName: string | null;
  street: string | null;
  postalCode: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  minimumAge: number | null;
  maximumAge: number | null;
  targetGroups: string[];
  traits: string[];
  languages: string[];
  keywords: string[];
  schedules: SheetSchedule[];
  phones: string[];
  email: string | null;
  url: string | null;
  fees: string | null;
  application: string | null;
  status: ServiceStatus;
  assuredDate: string | null;
};

export type SheetLookups = { organizations: SheetOrganization[]; topics: SheetTopic[] };
export type Parsed = { ok: true; value: Partial<SheetOffer> } | { ok: false; message: string };

// ---- small helpers ----

const ok = (value: Partial<SheetOffer>): Parsed => ({ ok: true, value });
const fail = (message: string): Parsed => ({ ok: false, message });
/** Lower case, one space, composed umlauts: how names are compared. */
export const fold = (text: string) => text.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
/** A cell as text: numbers as Excel shows them to a German reader would be ambiguous, so plain digits with a point. */
export const cellText = (cell: Cell | undefined): string => (cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : cell.replace(/\r\n?/g, '\n').trim());
const orNull = (text: string) => (text === '' ? null : text);
const splitList = (text: string) =>
  text
    .split(/[;,\n]/)
    .map((s) => s.trim())
    .filter(Boolean);
const isoToGerman = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function validDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** "TT.MM.JJJJ", "JJJJ-MM-TT" or an Excel date number (days since 1899-12-30). */
export function parseDate(cell: Cell): string | null | undefined {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 1 || cell > 2_958_465) return undefined;
    return new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10);
  }
  const text = cellText(cell);
  if (text === '') return null;
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(text);
  if (m) return validDate(Number(m[3]), Number(m[2]), Number(m[1])) ?? undefined;
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (m) return validDate(Number(m[1]), Number(m[2]), Number(m[3])) ?? undefined;
  return undefined;
}

function parseNumber(cell: Cell): number | null | undefined {
  if (typeof cell === 'number') return cell;
  const text = cellText(cell).replace(/\s/g, '');
  if (text === '') return null;
  if (!/^[+-]?\d+([.,]\d+)?$/.test(text)) return undefined;
  return Number(text.replace(',', '.'));
}

// ---- labels ----

const labelOf = <K extends string>(labels: Record<K, { de: string }>, code: string) => (labels as Record<string, { de: string } | undefined>)[code]?.de ?? code;

function codeFromLabel(labels: Record<string, { de: string; en: string }>, codes: readonly string[], text: string): string | undefined {
  const wanted = fold(text);
  return codes.find((code) => fold(code) === wanted || fold(labels[code]?.de ?? '') === wanted || fold(labels[code]?.en ?? '') === wanted);
}

function parseCodes(cell: Cell, labels: Record<string, { de: string; en: string }>, codes: readonly string[], what: string): { codes: string[] } | { message: string } {
  const found: string[] = [];
  for (const item of splitList(cellText(cell))) {
    const code = codeFromLabel(labels, codes, item);
    if (!code) return { message: `„${item}“ ist ${what}; erlaubt: ${codes.map((c) => labels[c]?.de ?? c).join(', ')}.` };
    if (!found.includes(code)) found.push(code);
  }
  return { codes: found };
}

// ---- opening times: "Mo, Mi 15:00–18:00; Sa 10:00–13:00 (jeden ersten Samstag)" ----

const dayWords: Record<string, Weekday> = {
  mo: 'MO', montag: 'MO', montags: 'MO',
  di: 'TU', dienstag: 'TU', dienstags: 'TU', tu: 'TU',
  mi: 'WE', mittwoch: 'WE', mittwochs: 'WE', we: 'WE',
  do: 'TH', donnerstag: 'TH', donnerstags: 'TH', th: 'TH',
  fr: 'FR', freitag: 'FR', freitags: 'FR',
  sa: 'SA', samstag: 'SA', samstags: 'SA', sonnabend: 'SA', sonnabends: 'SA',
  so: 'SU', sonntag: 'SU', sonntags: 'SU', su: 'SU',
};
const scheduleExample = 'Beispiel: „Mo, Mi 15:00–18:00; Sa 10:00–13:00“';

function formatDays(days: readonly Weekday[]): string {
  const indexes = [...new Set(days.map((d) => weekdays.indexOf(d)))].filter((i) => i >= 0).sort((a, b) => a - b);
  if (indexes.length === 7) return 'täglich';
  const parts: string[] = [];
  for (let i = 0; i < indexes.length; ) {
    let j = i;
    while (j + 1 < indexes.length && (indexes[j + 1] as number) === (indexes[j] as number) + 1) j++;
    const name = (k: number) => weekdayLabels[weekdays[indexes[k] as number] as Weekday].shortDe;
    if (j - i >= 2) parts.push(`${name(i)}–${name(j)}`);
    else for (let k = i; k <= j; k++) parts.push(name(k));
    i = j + 1;
  }
  return parts.join(', ');
}

export function formatSchedules(schedules: readonly SheetSchedule[]): string {
  return schedules
    .filter((s) => s.days.length > 0)
    .map((s) => {
      let text = formatDays(s.days);
      if (s.opensAt && s.closesAt) text += ` ${s.opensAt}–${s.closesAt}`;
      else if (s.opensAt) text += ` ab ${s.opensAt}`;
      else if (s.closesAt) text += ` bis ${s.closesAt}`;
      if (s.validFrom) text += ` ab ${isoToGerman(s.validFrom)}`;
      if (s.validTo) text += ` bis ${isoToGerman(s.validTo)}`;
      if (s.description) text += ` (${s.description})`;
      return text;
    })
    .join('; ');
}

/** Splits at semicolons and line breaks outside parentheses: a note may contain either. */
function scheduleParts(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  for (const char of text) {
    if (char === '(') depth++;
    if (char === ')') depth = Math.max(0, depth - 1);
    if ((char === ';' || char === '\n') && depth === 0) {
      parts.push(current);
      current = '';
    } else current += char;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter(Boolean);
}

const clockOf = (hours: string, minutes: string | undefined): string | null => {
  const h = Number(hours);
  const m = Number(minutes ?? '0');
  if (h === 24 && m === 0) return '23:59';
  if (h > 23 || m > 59) return null;
  return `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
};

export function parseSchedules(cell: Cell): { schedules: SheetSchedule[] } | { message: string } {
  const schedules: SheetSchedule[] = [];
  for (const part of scheduleParts(cellText(cell))) {
    let rest = part;
    let description: string | null = null;
    const open = rest.indexOf('(');
    if (open >= 0) {
      const close = rest.lastIndexOf(')');
      if (close < open || rest.slice(close + 1).trim() !== '') return { message: `„${part}“: die Klammer mit dem Hinweis gehört ans Ende. ${scheduleExample}.` };
      description = rest.slice(open + 1, close).trim() || null;
      rest = rest.slice(0, open);
    }
    rest = rest.trim();
    const days: Weekday[] = [];
    const word = () => /^([A-Za-zÄÖÜäöüß]+)\.?/.exec(rest);
    if (/^täglich\b/i.test(rest)) {
      days.push(...weekdays);
      rest = rest.slice('täglich'.length).trim();
    } else {
      for (;;) {
        const m = word();
        const day = m ? dayWords[(m[1] ?? '').toLowerCase()] : undefined;
        if (!m || !day) break;
        rest = rest.slice(m[0].length).trim();
        const range = /^(?:-|–|bis)\s*([A-Za-zÄÖÜäöü]+)\.?/.exec(rest);
        const until = range ? dayWords[(range[1] ?? '').toLowerCase()] : undefined;
        if (range && until) {
          const from = weekdays.indexOf(day);
          const to = weekdays.indexOf(until);
          if (to < from) return { message: `„${part}“: der Bereich der Wochentage läuft rückwärts. ${scheduleExample}.` };
          days.push(...weekdays.slice(from, to + 1));
          rest = rest.slice(range[0].length).trim();
        } else days.push(day);
        const separator = /^(?:,|\+|&|\/|und\b)\s*/.exec(rest);
        if (!separator) break;
        rest = rest.slice(separator[0].length).trim();
      }
    }
    if (days.length === 0) return { message: `„${part}“: Wochentag fehlt (Mo, Di, Mi, Do, Fr, Sa, So). ${scheduleExample}.` };
    const schedule: SheetSchedule = { days: weekdays.filter((d) => days.includes(d)), opensAt: null, closesAt: null, description, validFrom: null, validTo: null };
    while (rest !== '') {
      let m = /^(?:ab|vom)\s+(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(rest);
      if (m) {
        schedule.validFrom = validDate(Number(m[3]), Number(m[2]), Number(m[1]));
        if (!schedule.validFrom) return { message: `„${part}“: ungültiges Datum.` };
        rest = rest.slice(m[0].length).trim();
        continue;
      }
      m = /^bis\s+(\d{1,2})\.(\d{1,2})\.(\d{4})/.exec(rest);
      if (m) {
        schedule.validTo = validDate(Number(m[3]), Number(m[2]), Number(m[1]));
        if (!schedule.validTo) return { message: `„${part}“: ungültiges Datum.` };
        rest = rest.slice(m[0].length).trim();
        continue;
      }
      m = /^(\d{1,2})(?:[:.](\d{2}))?\s*(?:-|–|bis)\s*(\d{1,2})(?:[:.](\d{2}))?(?:\s*Uhr)?/.exec(rest);
      if (m && schedule.opensAt === null && schedule.closesAt === null) {
        schedule.opensAt = clockOf(m[1] ?? '', m[2]);
        schedule.closesAt = clockOf(m[3] ?? '', m[4]);
        if (!schedule.opensAt || !schedule.closesAt) return { message: `„${part}“: ungültige Uhrzeit. ${scheduleExample}.` };
        if (schedule.closesAt <= schedule.opensAt) return { message: `„${part}“: die Endzeit muss nach der Anfangszeit liegen.` };
        rest = rest.slice(m[0].length).trim();
        continue;
      }
      m = /^(ab|bis)\s+(\d{1,2})(?:[:.](\d{2}))?(?:\s*Uhr)?/.exec(rest);
      if (m && schedule.opensAt === null && schedule.closesAt === null) {
        const clock = clockOf(m[2] ?? '', m[3]);
        if (!clock) return { message: `„${part}“: ungültige Uhrzeit. ${scheduleExample}.` };
        if (m[1] === 'ab') schedule.opensAt = clock;
        else schedule.closesAt = clock;
        rest = rest.slice(m[0].length).trim();
        continue;
      }
      return { message: `„${part}“ nicht verstanden bei „${rest}“. ${scheduleExample}.` };
    }
    schedules.push(schedule);
  }
  return { schedules };
}

// ---- topics: names may contain commas ("Kultur, Musik und Kreatives"), so the longest known name wins ----

export function parseTopics(cell: Cell, topics: readonly SheetTopic[]): { ids: string[] } | { message: string } {
  const names = topics.flatMap((t) => [{ id: t.id, key: fold(t.name) }, ...(t.code ? [{ id: t.id, key: fold(t.code) }] : [])]).sort((a, b) => b.key.length - a.key.length);
  // Matched in lower case, reported as written.
  let original = cellText(cell).normalize('NFC').replace(/\s+/g, ' ');
  const ids: string[] = [];
  while (original !== '') {
    original = original.replace(/^[;,\s]+/, '');
    if (original === '') break;
    const rest = original.toLowerCase();
    const hit = names.find((n) => rest.startsWith(n.key) && /^(\s*[;,]|\s*$)/.test(rest.slice(n.key.length)));
    if (!hit) {
      const unknown = original.split(/[;,]/)[0]?.trim() ?? original;
      return { message: `Das Thema „${unknown}“ gibt es nicht; die Themen stehen im Blatt „Hinweise“ der Vorlage.` };
    }
    if (!ids.includes(hit.id)) ids.push(hit.id);
    original = original.slice(hit.key.length);
  }
  return { ids };
}

// ---- the columns ----

export type ColumnKey =
  | 'name' | 'organization' | 'description' | 'topics' | 'locationName' | 'street' | 'postalCode' | 'city' | 'latitude' | 'longitude'
  | 'minimumAge' | 'maximumAge' | 'targetGroups' | 'traits' | 'languages' | 'keywords' | 'schedules' | 'phones' | 'email' | 'url'
  | 'fees' | 'application' | 'status' | 'assuredDate' | 'id';

export type Column = {
  key: ColumnKey;
  header: string;
  aliases: string[];
  width: number;
  required?: boolean;
  hint: string;
  format(offer: SheetOffer, lookups: SheetLookups): Cell;
  parse(cell: Cell, lookups: SheetLookups): Parsed;
};

const textColumn = (key: ColumnKey & keyof SheetOffer, header: string, aliases: string[], width: number, hint: string, max: number): Column => ({
  key,
  header,
  aliases,
  width,
  hint,
  format: (o) => (o[key] as string | null) ?? null,
  parse: (cell) => {
    const text = cellText(cell);
    return text.length > max ? fail(`höchstens ${max} Zeichen.`) : ok({ [key]: key === 'description' ? text : orNull(text) });
  },
});

const ageColumn = (key: 'minimumAge' | 'maximumAge', header: string, aliases: string[], hint: string): Column => ({
  key,
  header,
  aliases,
  width: 9,
  hint,
  format: (o) => o[key],
  parse: (cell) => {
    const n = parseNumber(cell);
    if (n === undefined || (n !== null && (!Number.isInteger(n) || n < 0 || n > 120))) return fail('ganze Zahl von 0 bis 120.');
    return ok({ [key]: n });
  },
});

const coordinateColumn = (key: 'latitude' | 'longitude', header: string, aliases: string[], limit: number, example: string): Column => ({
  key,
  header,
  aliases,
  width: 12,
  hint: `Dezimalgrad (WGS 84), z. B. ${example}; leer lassen, wenn unbekannt. Bestimmt den Sozialraum.`,
  format: (o) => (o[key] === null ? null : Math.round((o[key] as number) * 1e6) / 1e6),
  parse: (cell) => {
    const n = parseNumber(cell);
    if (n === undefined || (n !== null && Math.abs(n) > limit)) return fail(`Dezimalzahl zwischen -${limit} und ${limit}, z. B. ${example}.`);
    return ok({ [key]: n });
  },
});

const codeColumn = (
  key: 'targetGroups' | 'traits',
  header: string,
  aliases: string[],
  labels: Record<string, { de: string; en: string }>,
  codes: readonly string[],
  what: string,
  hint: string,
): Column => ({
  key,
  header,
  aliases,
  width: 28,
  hint: `${hint} Erlaubt: ${codes.map((c) => labels[c]?.de ?? c).join(', ')}.`,
  format: (o) => o[key].map((c) => labelOf(labels, c)).join(', ') || null,
  parse: (cell) => {
    const result = parseCodes(cell, labels, codes, what);
    return 'message' in result ? fail(result.message) : ok({ [key]: result.codes });
  },
});

const statusCodes = serviceStatuses as readonly string[];
const organizationCell = (id: string | null, lookups: SheetLookups): Cell => {
  const org = lookups.organizations.find((o) => o.id === id);
  if (!org) return id;
  // Two organisations of the same name: the id, so that the row finds its way back.
  return lookups.organizations.filter((o) => fold(o.name) === fold(org.name)).length > 1 ? org.id : org.name;
};

export const columns: Column[] = [
  {
    key: 'name',
    header: 'Name',
    aliases: ['angebot', 'titel', 'bezeichnung', 'name des angebots'],
    width: 40,
    required: true,
    hint: 'Pflicht. Der Name des Angebots, wie Familien ihn lesen.',
    format: (o) => o.name,
    parse: (cell) => {
      const text = cellText(cell);
      if (text === '') return fail('Bitte einen Namen angeben.');
      return text.length > 300 ? fail('höchstens 300 Zeichen.') : ok({ name: text });
    },
  },
  {
    key: 'organization',
    header: 'Organisation',
    aliases: ['träger', 'traeger', 'organisation (name oder id)', 'organization', 'einrichtung'],
    width: 34,
    required: true,
    hint: 'Pflicht für neue Angebote. Name (oder ID) einer Organisation, die es im Jugendamt schon gibt.',
    format: (o, l) => organizationCell(o.organizationId, l),
    parse: (cell, lookups) => {
      const text = cellText(cell);
      if (text === '') return ok({ organizationId: null });
      if (uuidPattern.test(text)) {
        const byId = lookups.organizations.find((o) => o.id === text.toLowerCase());
        return byId ? ok({ organizationId: byId.id }) : fail(`Eine Organisation mit der ID ${text} gibt es in diesem Jugendamt nicht.`);
      }
      const matches = lookups.organizations.filter((o) => fold(o.name) === fold(text));
      if (matches.length === 1 && matches[0]) return ok({ organizationId: matches[0].id });
      if (matches.length > 1) return fail(`Mehrere Organisationen heißen „${text}“; bitte die ID der Organisation eintragen.`);
      return fail(`Die Organisation „${text}“ gibt es in diesem Jugendamt nicht; bitte zuerst unter „Organisationen“ anlegen.`);
    },
  },
  textColumn('description', 'Beschreibung', ['text', 'beschreibung des angebots'], 60, 'Was das Angebot ist, für wen, wie man hinkommt (2–4 Sätze).', 10_000),
  {
    key: 'topics',
    header: 'Themen',
    aliases: ['thema', 'kategorien', 'kategorie'],
    width: 30,
    hint: 'Themen des Jugendamts, durch Komma getrennt (Liste unten).',
    format: (o, l) => o.topicIds.map((id) => l.topics.find((t) => t.id === id)?.name ?? id).join(', ') || null,
    parse: (cell, lookups) => {
      const result = parseTopics(cell, lookups.topics);
      return 'message' in result ? fail(result.message) : ok({ topicIds: result.ids });
    },
  },
  textColumn('locationName', 'Standort', ['ort des angebots', 'einrichtung vor ort', 'standortname'], 28, 'Name des Ortes, z. B. „Familienzentrum Mitte“ (erster Standort).', 200),
  textColumn('street', 'Straße', ['strasse', 'straße und hausnummer', 'strasse und hausnummer', 'adresse', 'anschrift'], 26, 'Straße und Hausnummer.', 200),
  {
    key: 'postalCode',
    header: 'PLZ',
    aliases: ['postleitzahl'],
    width: 8,
    hint: 'Postleitzahl, fünf Ziffern.',
    format: (o) => o.postalCode,
    parse: (cell) => {
      if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 1000 && cell <= 99_999) return ok({ postalCode: String(cell).padStart(5, '0') });
      const text = cellText(cell);
      if (text === '') return ok({ postalCode: null });
      return /^\d{5}$/.test(text) ? ok({ postalCode: text }) : fail('fünf Ziffern.');
    },
  },
  textColumn('city', 'Ort', ['stadt', 'gemeinde', 'wohnort'], 16, 'Stadt oder Gemeinde.', 120),
  coordinateColumn('latitude', 'Breitengrad', ['breite', 'lat', 'latitude', 'geographische breite'], 90, '53,7081'),
  coordinateColumn('longitude', 'Längengrad', ['länge', 'laengengrad', 'lon', 'lng', 'longitude', 'geographische länge'], 180, '9,9964'),
  ageColumn('minimumAge', 'Alter von', ['mindestalter', 'alter ab', 'ab alter'], 'Jüngstes Alter in Jahren (leer: ohne Untergrenze).'),
  ageColumn('maximumAge', 'Alter bis', ['höchstalter', 'hoechstalter', 'bis alter'], 'Ältestes Alter in Jahren (leer: ohne Obergrenze).'),
  codeColumn('targetGroups', 'Zielgruppen', ['zielgruppe'], targetGroupLabels, targetGroups, 'keine Zielgruppe', 'Durch Komma getrennt.'),
  codeColumn('traits', 'Merkmale', ['niedrigschwellig', 'merkmal'], traitLabels, lowThresholdTraits, 'kein Merkmal', 'Durch Komma getrennt; „abends oder am Wochenende“ ergibt sich auch aus den Öffnungszeiten.'),
  {
    key: 'languages',
    header: 'Sprachen',
    aliases: ['sprache'],
    width: 22,
    hint: `Durch Komma getrennt, als Name oder ISO-Kürzel: ${Object.values(commonLanguages).map((l) => l.de).join(', ')} oder z. B. „vi“.`,
    format: (o) => o.languages.map((code) => commonLanguages[code]?.de ?? code).join(', ') || null,
    parse: (cell) => {
      const codes: string[] = [];
      for (const item of splitList(cellText(cell))) {
        const known = codeFromLabel(commonLanguages, Object.keys(commonLanguages), item);
        const code = known ?? (/^[a-z]{2,3}$/i.test(item) ? item.toLowerCase() : undefined);
        if (!code) return fail(`„${item}“: Sprache als Name (z. B. Türkisch) oder ISO-Kürzel (z. B. tr).`);
        if (!codes.includes(code)) codes.push(code);
      }
      return ok({ languages: codes });
    },
  },
  {
    key: 'keywords',
    header: 'Stichwörter',
    aliases: ['stichworte', 'schlagwörter', 'schlagworte', 'suchbegriffe'],
    width: 28,
    hint: 'Weitere Suchbegriffe, durch Komma getrennt.',
    format: (o) => o.keywords.join(', ') || null,
    parse: (cell) => {
      const keywords = [...new Set(splitList(cellText(cell)))];
      if (keywords.some((k) => k.length > 60)) return fail('ein Stichwort hat höchstens 60 Zeichen.');
      return keywords.length > 30 ? fail('höchstens 30 Stichwörter.') : ok({ keywords });
    },
  },
  {
    key: 'schedules',
    header: 'Öffnungszeiten',
    aliases: ['oeffnungszeiten', 'zeiten', 'termine', 'wann'],
    width: 34,
    hint: 'Wochentage und Uhrzeiten, mehrere durch Semikolon getrennt; Hinweis in Klammern, Gültigkeit mit „ab“/„bis“ und Datum. Beispiel: „Mo, Mi 15:00–18:00; Sa 10:00–13:00 (jeden ersten Samstag)“, „Mo–Fr 9:00–12:00 ab 01.09.2025“.',
    format: (o) => formatSchedules(o.schedules) || null,
    parse: (cell) => {
      const result = parseSchedules(cell);
      return 'message' in result ? fail(result.message) : ok({ schedules: result.schedules });
    },
  },
  {
    key: 'phones',
    header: 'Telefon',
    aliases: ['telefonnummer', 'telefonnummern', 'tel', 'tel.', 'telefon (dienstlich)'],
    width: 18,
    hint: 'Dienstliche Nummern, mehrere durch Komma getrennt, z. B. 040 5555 1234.',
    format: (o) => o.phones.join(', ') || null,
    parse: (cell) => {
      const phones = splitList(typeof cell === 'number' ? `0${cell}` : cellText(cell));
      const bad = phones.find((p) => !/^[+0-9 ()/-]{3,40}$/.test(p));
      return bad ? fail(`„${bad}“: nur Ziffern, Leerzeichen und + ( ) / -.`) : ok({ phones });
    },
  },
  {
    key: 'email',
    header: 'E-Mail',
    aliases: ['email', 'e-mail-adresse', 'mail', 'emailadresse'],
    width: 26,
    hint: 'Dienstliche Adresse (Team-Postfach), keine privaten Adressen.',
    format: (o) => o.email,
    parse: (cell) => {
      const text = cellText(cell);
      return text === '' || /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(text) ? ok({ email: orNull(text) }) : fail('keine gültige E-Mail-Adresse.');
    },
  },
  {
    key: 'url',
    header: 'Webseite',
    aliases: ['website', 'internet', 'url', 'homepage', 'internetseite', 'webadresse'],
    width: 26,
    hint: 'Adresse mit http:// oder https://.',
    format: (o) => o.url,
    parse: (cell) => {
      const text = cellText(cell);
      return text === '' || /^https?:\/\/\S+$/i.test(text) ? ok({ url: orNull(text) }) : fail('Adresse mit http:// oder https:// angeben.');
    },
  },
  textColumn('fees', 'Kosten', ['gebühren', 'gebuehren', 'kosten und gebühren', 'preis'], 24, 'Was es kostet; leer, wenn nichts bekannt.', 2000),
  textColumn('application', 'Anmeldung', ['anmeldeverfahren', 'zugang', 'wie anmelden'], 24, 'Wie man teilnimmt, z. B. „Ohne Anmeldung“.', 2000),
  {
    key: 'status',
    header: 'Status',
    aliases: ['zustand'],
    width: 14,
    hint: `Erlaubt: ${serviceStatuses.map((s) => serviceStatusLabels[s].de).join(', ')} (leer: aktiv).`,
    format: (o) => serviceStatusLabels[o.status].de,
    parse: (cell) => {
      const text = cellText(cell);
      if (text === '') return ok({ status: 'active' });
      const code = codeFromLabel(serviceStatusLabels, statusCodes, text);
      return code ? ok({ status: code as ServiceStatus }) : fail(`„${text}“ ist kein Status; erlaubt: ${serviceStatuses.map((s) => serviceStatusLabels[s].de).join(', ')}.`);
    },
  },
  {
    key: 'assuredDate',
    header: 'Zuletzt geprüft',
    aliases: ['geprüft am', 'zuletzt geprueft', 'geprueft am', 'letzte prüfung'],
    width: 14,
    hint: 'Datum TT.MM.JJJJ, an dem jemand bestätigt hat, dass die Angaben stimmen (nicht in der Zukunft). Leer lassen ändert nichts.',
    format: (o) => (o.assuredDate ? isoToGerman(o.assuredDate) : null),
    parse: (cell) => {
      const date = parseDate(cell);
      if (date === undefined) return fail('Datum im Format TT.MM.JJJJ, z. B. 01.03.2025.');
      if (date !== null && date > todayInBerlin()) return fail('das Datum liegt in der Zukunft.');
      return ok({ assuredDate: date });
    },
  },
  {
    key: 'id',
    header: 'ID',
    aliases: ['kennung', 'uuid', 'angebots-id'],
    width: 38,
    hint: 'Nicht ändern. Leer bei neuen Angeboten; mit ID wird das vorhandene Angebot geändert.',
    format: (o) => o.id,
    parse: (cell) => {
      const text = cellText(cell);
      if (text === '') return ok({ id: null });
      return uuidPattern.test(text) ? ok({ id: text.toLowerCase() }) : fail('keine gültige ID; für ein neues Angebot die Spalte leer lassen.');
    },
  },
];

// ---- offers → sheet ----

const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const clock = (v: unknown) => (typeof v === 'string' && /^\d{1,2}:\d{2}/.test(v) ? v.padStart(5, '0').slice(0, 5) : null);

/** The sheet's view of a stored offer: first location, service-level schedules and phones. */
export function toSheetOffer(row: ServiceRow, locations: readonly SheetLocation[]): SheetOffer {
  const first = locations[0];
  return {
    id: row.id,
    name: row.name,
    organizationId: row.organizationId,
    description: row.description,
    topicIds: row.topicIds,
    locationName: first?.name ?? null,
    street: first?.street ?? null,
    postalCode: first?.postalCode ?? null,
    city: first?.city ?? null,
    latitude: first?.latitude ?? null,
    longitude: first?.longitude ?? null,
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    targetGroups: row.targetGroups,
    traits: row.traits,
    languages: row.languages,
    keywords: row.keywords,
    schedules: hsdsList(row.hsds.schedules).map((s) => ({
      days: daysOf(s.byday),
      opensAt: clock(s.opens_at),
      closesAt: clock(s.closes_at),
      description: str(s.description),
      validFrom: str(s.valid_from),
      validTo: str(s.valid_to),
    })),
    phones: hsdsList(row.hsds.phones).flatMap((p) => (typeof p.number === 'string' && p.number ? [p.number] : [])),
    email: row.email,
    url: row.url,
    fees: str(row.hsds.fees_description),
    application: str(row.hsds.application_process),
    status: (statusCodes.includes(row.status) ? row.status : 'active') as ServiceStatus,
    assuredDate: row.assuredDate,
  };
}

export const headerRow = (): Cell[] => columns.map((c) => c.header);
export const offerRow = (offer: SheetOffer, lookups: SheetLookups): Cell[] => columns.map((c) => c.format(offer, lookups));

export async function loadLookups(tx: Db, officeId: string): Promise<SheetLookups> {
  return { organizations: await organizationsForSheet(tx, officeId), topics: await topicsForSheet(tx, officeId) };
}

// ---- CSV for German Excel: written by platform/excel-csv.ts, read here ----

// A field the writer guarded against formulas (an apostrophe before = + - @): reading strips exactly one apostrophe.
const guarded = /^''*[=+\-@\t\r]/;

/** UTF-8 (with or without BOM), UTF-16 with BOM ("Unicode-Text"), else Windows-1252 (Excel's plain "CSV"). */
export function decodeText(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** RFC 4180 with the separator found in the header line (semicolon, comma or tab). */
export function readCsv(input: string): Cell[][] {
  const text = input.replace(/^\ufeff/, '');
  const firstLine = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const outside = firstLine.replace(/"[^"]*"/g, '');
  const counts = [';', ',', '\t'].map((s) => [s, outside.split(s).length - 1] as const);
  const separator = counts.reduce((best, c) => (c[1] > best[1] ? c : best), [';', 0] as readonly [string, number])[0];
  const rows: Cell[][] = [];
  let row: Cell[] = [];
  let field = '';
  let quoted = false;
  const endField = () => {
    const value = guarded.test(field) ? field.slice(1) : field;
    row.push(value === '' ? null : value);
    field = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (quoted) {
      if (char === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i++;
        } else quoted = false;
      } else field += char;
    } else if (char === '"' && field === '') {
      quoted = true;
    } else if (char === separator) endField();
    else if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      endField();
      rows.push(row);
      row = [];
    } else field += char;
  }
  if (field !== '' || row.length > 0) {
    endField();
    rows.push(row);
  }
  return rows;
}

// ---- reading a file into rows ----

export function readSheetFile(format: SheetFormat, content: Buffer | string): Cell[][] {
  if (format === 'csv') return readCsv(typeof content === 'string' ? content : decodeText(content));
  const buffer = typeof content === 'string' ? Buffer.from(content, 'base64') : content;
  const sheets = readXlsx(buffer);
  // The offers are on the first sheet; a "Hinweise" sheet of the template is not data.
  const data = sheets.find((s) => !/^hinweise$/i.test(s.name.trim())) ?? sheets[0];
  return data?.rows ?? [];
}

// ---- export and template ----

export type SheetFile = { fileName: string; contentType: string; body: Buffer };

const contentTypes: Record<SheetFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

function sheetFile(format: SheetFormat, baseName: string, sheets: Sheet[]): SheetFile {
  const body = format === 'csv' ? writeExcelCsv(sheets.flatMap((s, i) => (i === 0 ? s.rows : s.rows.map((r) => [`# ${r.filter((c) => c !== null && c !== '').join(' – ')}`])))) : writeXlsx(sheets);
  return { fileName: `${baseName}.${format}`, contentType: contentTypes[format], body };
}

const widths = columns.map((c) => c.width);

/** Every offer of the office, all statuses, one row each. */
export async function exportServiceSheet(ctx: Ctx, input: { format: SheetFormat }): Promise<SheetFile> {
  authorize(ctx.actor, servicesPolicy.importExport);
  const officeId = officeOf(ctx.actor);
  const lookups = await loadLookups(ctx.tx, officeId);
  const { rows, locations } = await offersForSheet(ctx.tx, officeId);
  const orgName = new Map(lookups.organizations.map((o) => [o.id, o.name]));
  const sorted = [...rows].sort((a, b) => (orgName.get(a.organizationId) ?? '').localeCompare(orgName.get(b.organizationId) ?? '', 'de') || a.name.localeCompare(b.name, 'de') || a.id.localeCompare(b.id));
  const data = sorted.map((row) => offerRow(toSheetOffer(row, locations.get(row.id) ?? []), lookups));
  return sheetFile(input.format, `angebote-${await officeCode(ctx.tx, officeId)}-${todayInBerlin()}`, [
    { name: 'Angebote', rows: [headerRow(), ...data], columnWidths: widths, boldFirstRow: true },
  ]);
}

/** The notes of the template: what each column means and the values the office allows. */
function notes(lookups: SheetLookups): Cell[][] {
  const topicLine = (t: SheetTopic) => {
    const parent = t.parentId ? lookups.topics.find((p) => p.id === t.parentId) : undefined;
    return parent ? `${t.name} (unter ${parent.name})` : t.name;
  };
  return [
    ['Spalte', 'Pflicht', 'Bedeutung und erlaubte Werte'],
    ...columns.map((c): Cell[] => [c.header, c.required ? 'ja' : '', c.hint]),
    [],
    ['Import', '', 'Zeilen mit ID ändern das vorhandene Angebot, Zeilen ohne ID legen ein neues an. Fehlt eine Spalte ganz, bleibt der Wert unverändert; eine leere Zelle löscht den Wert.'],
    ['', '', 'Ein Fehler in einer Zeile bricht den ganzen Import ab, es wird nichts gespeichert (Meldung mit Zeile und Spalte). Ein Probelauf zeigt vorher, was neu, geändert und unverändert wäre.'],
    ['', '', 'Nur der erste Standort, die Öffnungszeiten und Telefonnummern des Angebots stehen in der Tabelle; weitere Standorte und Angaben aus HSDS-Importen bleiben erhalten.'],
    ['', '', 'CSV: Trennzeichen Semikolon, Zeichensatz UTF-8 (in Excel „CSV UTF-8“ speichern). Zeilen, die mit # beginnen, werden übersprungen.'],
    [],
    ['Themen', '', lookups.topics.map(topicLine).join('; ')],
    ['Zielgruppen', '', targetGroups.map((c) => targetGroupLabels[c].de).join(', ')],
    ['Merkmale', '', lowThresholdTraits.map((c) => traitLabels[c].de).join(', ')],
    ['Sprachen', '', Object.entries(commonLanguages).map(([code, l]) => `${l.de} (${code})`).join(', ')],
    ['Status', '', serviceStatuses.map((s) => serviceStatusLabels[s].de).join(', ')],
    ['Organisationen', '', lookups.organizations.map((o) => o.name).join('; ') || '(noch keine angelegt)'],
  ];
}

/** Headers, one example row that imports as it is, and the notes (second sheet, or # lines in the CSV). */
export async function serviceSheetTemplate(ctx: Ctx, input: { format: SheetFormat }): Promise<SheetFile> {
  authorize(ctx.actor, servicesPolicy.importExport);
  const officeId = officeOf(ctx.actor);
  const lookups = await loadLookups(ctx.tx, officeId);
  const top = lookups.topics.filter((t) => t.parentId === null).slice(0, 2);
  const example: SheetOffer = {
    id: null,
    name: 'Beispiel: Offener Elterntreff',
    organizationId: lookups.organizations[0]?.id ?? null,
    description: 'Treffpunkt für Eltern mit Kindern bis sechs Jahre: Austausch, Kaffee und Informationen. Die Kinder spielen nebenan.',
    topicIds: top.map((t) => t.id),
    locationName: 'Familienzentrum',
    street: 'Musterstraße 1',
    postalCode: '12345',
    city: 'Musterstadt',
    latitude: null,
    longitude: null,
    minimumAge: 0,
    maximumAge: 6,
    targetGroups: ['parents', 'families'],
    traits: ['free_of_charge', 'no_registration', 'childcare'],
    languages: ['de', 'tr'],
    keywords: ['Elterncafé', 'Treffpunkt'],
    schedules: [
      { days: ['MO', 'WE'], opensAt: '15:00', closesAt: '18:00', description: null, validFrom: null, validTo: null },
      { days: ['SA'], opensAt: '10:00', closesAt: '13:00', description: 'jeden ersten Samstag im Monat', validFrom: null, validTo: null },
    ],
    phones: ['040 5555 0100'],
    email: 'elterntreff@traeger.example',
    url: 'https://traeger.example/elterntreff',
    fees: 'kostenlos',
    application: 'Ohne Anmeldung, einfach vorbeikommen.',
    status: 'active',
    assuredDate: null,
  };
  return sheetFile(input.format, 'angebote-vorlage', [
    { name: 'Angebote', rows: [headerRow(), offerRow(example, lookups)], columnWidths: widths, boldFirstRow: true },
    { name: 'Hinweise', rows: notes(lookups), columnWidths: [18, 8, 120], boldFirstRow: true },
  ]);
}

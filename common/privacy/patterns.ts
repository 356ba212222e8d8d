/*
 * Numbers and handles: e-mail addresses, phone numbers, dates of birth, street addresses and case file numbers.
 * Every finder returns spans into the original text. Digits are compared after mapping Arabic-Indic and Persian
 * digits to ASCII (one UTF-16 unit each, so offsets do not move).
 */
import { numberedThings, quantityWords, residenceCues } from './lexicon';
import { foldName } from './normalize';

export type Span = { start: number; end: number };

export function asciiDigits(text: string): string {
  return text.replace(/[٠-٩۰-۹]/g, (d) => String((d.charCodeAt(0) - (d >= '۰' ? 0x06f0 : 0x0660)) % 10));
}

function spansOf(text: string, pattern: RegExp, group = 0): (Span & { match: RegExpMatchArray })[] {
  const out: (Span & { match: RegExpMatchArray })[] = [];
  for (const match of text.matchAll(pattern)) {
    const whole = match.index;
    const part = match[group] ?? match[0];
    const offset = group === 0 ? 0 : match[0].indexOf(part);
    out.push({ start: whole + offset, end: whole + offset + part.length, match });
  }
  return out;
}

// ── e-mail ──
const emailPattern = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu;
const obfuscatedEmailPattern = /[\p{L}\p{N}._%+-]+\s*(?:\(at\)|\[at\]|\{at\}|\(ät\)|\s@\s|\s(?:at|ät)\s(?=[\p{L}\p{N}-]+\s*(?:\.|\(dot\)|\[dot\]|\s(?:dot|punkt)\s)\s*\p{L}{2,}\b))\s*[\p{L}\p{N}-]+(?:\s*(?:\.|\(dot\)|\[dot\]|\(punkt\)|\s(?:dot|punkt)\s)\s*[\p{L}\p{N}-]+)*\s*(?:\.|\(dot\)|\[dot\]|\(punkt\)|\s(?:dot|punkt)\s)\s*\p{L}{2,}\b/giu;

export function findEmails(text: string): Span[] {
  const out = text.includes('@') ? spansOf(text, emailPattern) : [];
  if (/\((?:at|ät)\)|\[at\]|\{at\}|\s@\s|\s(?:at|ät)\s/iu.test(text)) out.push(...spansOf(text, obfuscatedEmailPattern));
  return out;
}

// ── phone numbers ──
const phoneCue = /(?:tel(?:efon)?|phone|fon|handy|mobil|mobile|handynummer|telefonnummer|rufnummer|nummer|number|whats\s?app|signal|viber|telegram|sms|anrufen|erreichbar|call|numaram|numarası|telefon|телефон|тел|номер|вайбер|هاتف|هاتفي|رقم|جوال|موبايل|واتساب)(?:\s+[\p{L}]+){0,3}[^\p{L}\p{N}]{0,12}$/iu;
// A number that starts like a German or international one: +49 …, 0049 …, (040) …, 0171/…, 040 …
const phoneLike = /(?<![\p{L}\p{N}+])(?:\+\s?\d{1,3}|00\d{1,3}|\(0\d{1,5}\)|0\d{1,5})(?:\s?\(0\))?(?:[ \t]?[-/–]?[ \t]?\(?\d+\)?)*/gu;
// Digits typed in tiny groups: "0 40 - 88 77 66 55", "+49 1 76 12 34 56 78". Needs 8+ digits in all (below).
const spacedPhone = /(?<![\p{L}\p{N}+.,:/])(?:\+\s?\d{1,3}|0)(?:[ \t]?[-/–]?[ \t]?\d{1,5}){2,}(?![\p{N}])/gu;
// After a phone cue: any run of digit groups.
const digitRun = /(?<![\p{L}\p{N}.,:])\+?\d(?:[ \t]?[-/–]?[ \t]?\d)*/gu;

// Public helplines and emergency numbers are no one's personal data (Nummer gegen Kummer, Telefonseelsorge,
// Hilfetelefon Gewalt gegen Frauen, Elterntelefon, ärztlicher Bereitschaftsdienst, Hilfetelefon Sexueller Missbrauch).
const helplines = new Set(['116111', '08001110333', '08001110111', '08001110222', '116016', '08000116016', '08001110550', '116117', '08002255530', '110', '112', '115']);

export function findPhones(text: string): Span[] {
  const digits = asciiDigits(text);
  const out: Span[] = [];
  const plausible = (s: string, start: number, end: number, cued: boolean) => {
    const n = s.replace(/\D/g, '').length;
    const nextChars = digits.slice(end, end + 3);
    if (/^[.:,]\d/.test(nextChars)) return false; // a date, a time or a decimal
    if (/^\s*(?:uhr|€|euro|%|jahre|h\b)/iu.test(digits.slice(end, end + 8))) return false;
    if (/[.:]\d?$/.test(digits.slice(Math.max(0, start - 2), start))) return false;
    return cued ? n >= 5 && n <= 16 : n >= 6 && n <= 16;
  };
  for (const m of spansOf(digits, phoneLike)) {
    let { end } = m;
    while (end > m.start && /[\s\-/–(]/.test(digits.charAt(end - 1))) end--;
    const part = digits.slice(m.start, end);
    if (part.endsWith(')') && (part.match(/\(/g) ?? []).length < (part.match(/\)/g) ?? []).length) end--;
    if (plausible(digits.slice(m.start, end), m.start, end, false)) out.push({ start: m.start, end });
  }
  for (const m of spansOf(digits, spacedPhone)) {
    const n = m.match[0].replace(/\D/g, '').length;
    if (n >= 8 && plausible(m.match[0], m.start, m.end, false)) out.push({ start: m.start, end: m.end });
  }
  for (const m of spansOf(digits, digitRun)) {
    const before = digits.slice(Math.max(0, m.start - 40), m.start);
    if (!phoneCue.test(before)) continue;
    if (plausible(m.match[0], m.start, m.end, true)) out.push({ start: m.start, end: m.end });
  }
  return out.filter((s) => !helplines.has(digits.slice(s.start, s.end).replace(/\D/g, '')));
}

// ── dates of birth ──
const months = 'januar|jan|februar|feb|märz|maerz|mär|april|apr|mai|juni|jun|juli|jul|august|aug|september|sept|sep|oktober|okt|november|nov|dezember|dez|january|february|march|mar|may|june|july|october|oct|december|dec|ocak|şubat|mart|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня|يناير|فبراير|مارس|أبريل|ابريل|مايو|يونيو|يوليو|أغسطس|اغسطس|سبتمبر|أكتوبر|اكتوبر|نوفمبر|ديسمبر|كانون|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين';
const fullDate = new RegExp(
  [
    String.raw`(?<![\p{N}.])(?<d>\d{1,2})\s?[./-]\s?(?<m>\d{1,2})\s?[./-]\s?(?<y>\d{4}|\d{2})(?![\p{N}])`,
    String.raw`(?<![\p{N}.])(?<y2>\d{4})[./-](?<m2>\d{1,2})[./-](?<d2>\d{1,2})(?![\p{N}])`,
    String.raw`(?<![\p{N}.])(?<d3>\d{1,2})\.?\s*(?:${months})\.?\s*(?<y3>\d{4})(?![\p{N}])`,
    String.raw`(?<![\p{L}])(?:${months})\s+(?<d4>\d{1,2}),?\s+(?<y4>\d{4})(?![\p{N}])`,
  ].join('|'),
  'giu',
);
const monthYear = new RegExp(String.raw`(?<![\p{N}./])(?:(?<m>0?[1-9]|1[0-2])\s?[./]\s?(?<y>(?:19|20)\d{2})|(?:${months})\.?\s+(?<y2>(?:19|20)\d{2}))(?![\p{N}./])`, 'giu');
const birthCueBefore = /(?:\bgeb\.?|\bgeboren|geburtsdatum|geburtstag|geb\.?-?datum|\bdob\b|date of birth|\bborn\b|\bb\.|doğum(?:\s+tarihi)?|doğumlu|d\.\s?t\.|تاريخ الميلاد|الميلاد|مواليد|ولد|ولدت|родил(?:ся|ась)|рождения|д\.?\s?р\.?|народи(?:вся|лася)|народження|\*)[^.!?\n\p{N}]{0,24}$/iu;
const birthCueAfter = /^[^.!?\n\p{N}]{0,20}(?:geboren|born|doğdu|doğumlu|г\.?\s?р\.?|родил(?:ся|ась)|народи(?:вся|лася)|ولد|ولدت)/iu;
// "hat am 17.06.2016 Geburtstag", "birthday on …": a past year makes it a date of birth, this year's an event.
const birthdayAfter = /^[^.!?\n\p{N}]{0,20}(?:geburtstag|birthday|doğum\s*gün|день\s+рождения|день\s+народження|عيد\s+ميلاد)/iu;
// "wird am 17.06.2026 6 (Jahre alt)", "turns 6 on …": a child's birthday and age give the date of birth.
const turnsBefore = /(?:\bwird|\bturns|\bwill\s+be|\bbecomes)\s+(?:am|on|den)?\s*$/iu;
const turnsAfter = /^\s*\d{1,2}(?!\s*[.:,]\d)(?!\s*(?:uhr|h\b|€|euro|%))(?:\s*(?:jahre|jahr|years?|\.?\s*geburtstag)|\s*[.,!;]|\s*$|\s+(?:und|and)\b)/iu;
const personCue = /(?:\bkind|sohn|tochter|junge|mädchen|jugendliche|baby|säugling|enkel|schüler|\bson\b|daughter|child|\bboy\b|\bgirl\b|oğl|kız|çocu|ابن|ابنت|طفل|сын|доч|ребён|ребен|син|донь|дитин|\(\s*$)/iu;
const eventBefore = /(?:\b(?:am|ab|seit|bis|vom|zum|den|stand|frist|termin|bis zum|on|from|since|until)\s*$)/iu;

export function findDatesOfBirth(text: string): Span[] {
  const digits = asciiDigits(text);
  const out: Span[] = [];
  for (const m of spansOf(digits, fullDate)) {
    const g = m.match.groups ?? {};
    const day = Number(g.d ?? g.d2 ?? g.d3 ?? g.d4);
    const month = Number(g.m ?? g.m2 ?? 1);
    let year = Number(g.y ?? g.y2 ?? g.y3 ?? g.y4);
    if (year < 100) year += year > 40 ? 1900 : 2000;
    if (day < 1 || day > 31 || month < 1 || month > 12) continue;
    const before = digits.slice(Math.max(0, m.start - 60), m.start);
    const after = digits.slice(m.end, m.end + 30);
    // "Kinder, die nach dem 01.10.2020 geboren sind" speaks of a cohort, not of someone's birthday.
    const cohort = /(?:nach|vor|ab|bis|seit|zwischen|before|after|since)\s+(?:dem|zum|den)?\s*$/iu.test(before);
    if (cohort) continue;
    const past = year >= 1920 && year < new Date().getFullYear();
    const cued = birthCueBefore.test(before) || birthCueAfter.test(after) || (past && birthdayAfter.test(after)) || (turnsBefore.test(before) && turnsAfter.test(after) && year >= 1920);
    const clause = before.split(/[.!?;\n]/u).pop() ?? '';
    const bare = personCue.test(clause.slice(-45)) && !eventBefore.test(before) && !/^\s*(?:um|at|saat|в|о)\s+\d/iu.test(after) && year >= 1920 && year <= new Date().getFullYear();
    if (cued || bare) out.push({ start: m.start, end: m.end });
  }
  for (const m of spansOf(digits, monthYear)) {
    const before = digits.slice(Math.max(0, m.start - 40), m.start);
    if (birthCueBefore.test(before) || birthCueAfter.test(digits.slice(m.end, m.end + 30))) out.push({ start: m.start, end: m.end });
  }
  return out;
}

// ── street addresses ──
const strongSuffix = 'straße|strasse|str\\.|str|weg|allee|platz|ring|damm|gasse|chaussee|ufer|steig|stieg|pfad|twiete|kamp|redder|landstraße|promenade|zeile|kehre|trift|deich|koppel|wall|graben|markt|straat|street|road|avenue';
const weakSuffix = 'moor|hof|berg|feld|heide|wald|garten|horst|blick|winkel|grund|tal|brook|loh|lohe|aue|au|busch|hain|kuhle|tor|bogen|reihe|höhe|eck|ecke|bruch|furth|furt|siedlung|park|hafen|kai|brücke|end|ende|wiese|wisch|stücken|holz|rade|born|bek|kamp|weide|acker|land|dorf|hagen|holm|lust|ort|see|teich|mühle|wurth';
const houseNumber = String.raw`(?<no>\d{1,4}(?:\s?[a-hA-H](?![\p{L}]))?(?:\s?[-–/]\s?\d{1,4}[a-hA-H]?(?![\p{L}\p{N}]))?)(?![\p{N}.,:]\d|\p{L})`;
const cap = String.raw`\p{Lu}[\p{L}\p{M}'’-]*`;
// "Ulzburger Straße 140", "Goethestraße 12", "Hauptstr. 5a", "Friedrichsgabe Weg 21"
const suffixStreet = new RegExp(String.raw`(?<![\p{L}])(?:${cap}\s+)?(?:\p{Lu}[\p{L}\p{M}-]*?(?:${strongSuffix})|(?:Straße|Strasse|Str\.|Weg|Allee|Platz|Ring|Damm|Chaussee|Landstraße|Kamp|Stieg|Steig|Twiete|Redder|Gasse|Ufer|Markt|Moor|Hof|Berg|Deich|Koppel|Wall|Graben|Reihe|Feld|Heide))\.?\s?${houseNumber}`, 'gu');
// "Am Markt 3", "An der Kirche 7b", "Auf dem Hügel 9", "Zum Kirchenweg 3"
const prefixStreet = new RegExp(String.raw`(?<![\p{L}])(?:Am|An der|An den|An dem|Auf dem|Auf der|Auf den|Im|In der|In den|Zum|Zur|Hinter dem|Hinter der|Hinter den|Unter den|Unter der|Vor dem|Vor den|Beim|Bei der|Alter|Alte|Altes|Große|Großer|Kleine|Kleiner|Lange|Langer|Neue|Neuer|Hohe|Hoher)\s+${cap}(?:\s+${cap})?\s?${houseNumber}`, 'gu');
// Any capitalised word (or two) and a number; only an address where the text speaks of a home.
const looseStreet = new RegExp(String.raw`(?<![\p{L}])(?<street>${cap}(?:\s+${cap})?)\s?${houseNumber}`, 'gu');
const weakStreet = new RegExp(String.raw`(?<![\p{L}])${cap}(?:${weakSuffix})\s?${houseNumber}`, 'gu');
// Typed in lower case on a phone: "wohne in der kirchstr 4" (only where the text speaks of a home).
const lowerStreet = new RegExp(String.raw`(?<![\p{L}])\p{Ll}[\p{Ll}\p{M}-]{2,}?(?:straße|strasse|str\.|str|weg|allee|platz|ring|damm|gasse|chaussee|stieg|twiete|kamp|ufer)\.?\s?${houseNumber}`, 'gu');
// English order: "We live at 12 Birkenweg", "my address is 5 Main Street".
const numberFirstStreet = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<no>\d{1,4}[a-hA-H]?),?\s+(?:${cap}\s+)?\p{Lu}[\p{L}\p{M}-]*?(?:${strongSuffix}|${weakSuffix}|lane|drive|close|way|crescent|gardens)\.?(?![\p{L}])`, 'gu');
const numberFirstCue = /(?:\b(?:live|lives|living|lived|address|adresse|anschrift|adres|moved|wohnen|wohne|wohnt)\b[^.!?\n]{0,12}?\b(?:at|to|is|ist|:|in)?\s*:?\s*)$/iu;
const postcode = /(?<![\p{N}.,\-/])(?:D-)?(?<code>[0-9]\d{4})\s+(?<town>\p{Lu}[\p{L}\p{M}-]+(?:\s(?:an der|am|bei|ob der|im)\s\p{Lu}[\p{L}\p{M}]+|\s\(\p{Lu}[\p{L}]+\))?)/gu;

const timeWords = new Set(['montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'wochenende', 'jahr', 'sommer', 'winter', 'herbst', 'frühling', 'abend', 'morgen', 'nachmittag', 'vormittag', 'mittag', 'anfang', 'ende', 'monat', 'woche', 'tag', 'schuljahr', 'alter', 'moment', 'durchschnitt', 'schnitt', 'schichtdienst', 'haus', 'stadtteil', 'quartier', 'viertel', 'norden', 'süden', 'osten', 'westen', 'zentrum', 'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember'].map(foldName));

function numberIsQuantity(text: string, end: number): boolean {
  const rest = text.slice(end, end + 24);
  const word = /^\s*([\p{L}€%²]+)/u.exec(rest)?.[1];
  if (word && (quantityWords.has(foldName(word)) || /^[€%²]/u.test(word))) return true;
  return /^\s*(?:[-–]\s*\d|bis\s+\d|und\s+\d|,\s*\d{1,2}\s*(?:und|bis|Jahre))/u.test(rest);
}

export function findAddresses(text: string): Span[] {
  const out: Span[] = [];
  const residence = (at: number) => {
    const sentenceStart = Math.max(text.lastIndexOf('.', at - 1) > at - 120 ? text.lastIndexOf('.', at - 1) : 0, 0);
    const window = text.slice(sentenceStart, Math.min(text.length, at + 60));
    return [...window.matchAll(/[\p{L}\p{M}]+/gu)].some((w) => residenceCues.has(foldName(w[0])) || /^(?:wohn|adress|anschrift|живё|живе|прожива|адрес|نسكن|عنوان)/iu.test(w[0]));
  };
  const push = (start: number, end: number, noStart: number) => {
    if (numberIsQuantity(text, end)) return;
    const no = text.slice(noStart, end);
    if (/^(?:19|20)\d{2}$/.test(no.trim())) return;
    out.push({ start, end });
  };
  const postcodes = spansOf(text, postcode).filter((m) => {
    const town = m.match.groups?.town ?? '';
    return !quantityWords.has(foldName(town)) && !/^(?:Euro|EUR|Menschen|Einwohner)/u.test(town);
  });
  for (const m of postcodes) out.push({ start: m.start, end: m.end });
  const nearPostcode = (end: number) => postcodes.some((p) => p.start >= end && p.start - end <= 4) || /^\s*,?\s*(?:D-)?\d{5}\s/u.test(text.slice(end, end + 10));

  for (const m of spansOf(text, suffixStreet)) {
    const no = m.match.groups?.no ?? '';
    const streetWord = m.match[0].slice(0, m.match[0].length - no.length).trim();
    const standalone = /^(?:Platz|Ring|Markt|Hof|Berg|Feld|Heide|Moor|Reihe|Wall|Graben)\.?$/u.test(streetWord);
    if (standalone && !residence(m.start) && !nearPostcode(m.end)) continue;
    // "Ulzburger Straße 140": include the leading adjective only when it belongs to the street name.
    let start = m.start;
    const first = /^(\p{Lu}[\p{L}\p{M}'’-]*)\s+/u.exec(m.match[0]);
    if (first?.[1] && (numberedThings.has(foldName(first[1])) || /^(?:In|Im|Am|An|Der|Die|Das|Bei|Auf|Zum|Zur|Von|Vor|Wir|Ich|Unsere|Meine|Adresse)$/u.test(first[1]))) start += first[0].length;
    push(start, m.end, m.end - no.length);
  }
  for (const m of spansOf(text, prefixStreet)) {
    const words = m.match[0].split(/\s+/);
    const nounIndex = words.findIndex((w, i) => i > 0 && /^\p{Lu}/u.test(w) && !/^(?:der|den|dem)$/u.test(w));
    const noun = words[nounIndex] ?? '';
    if (timeWords.has(foldName(noun)) || numberedThings.has(foldName(noun))) continue;
    const lowerPrefix = m.start > 0 && !/[.!?:\n]\s*$/u.test(text.slice(0, m.start)) ? false : true;
    // "Im Jahr 2023", "Am Montag 3 Kinder" are caught above; a sentence-initial "Im"/"Am" needs a home or a postcode.
    if (lowerPrefix && /^(?:Im|In)\s/u.test(m.match[0]) && !residence(m.start) && !nearPostcode(m.end)) continue;
    const no = m.match.groups?.no ?? '';
    push(m.start, m.end, m.end - no.length);
  }
  for (const m of spansOf(text, weakStreet)) {
    if (!residence(m.start) && !nearPostcode(m.end)) continue;
    const no = m.match.groups?.no ?? '';
    push(m.start, m.end, m.end - no.length);
  }
  // Both need a home word nearby; most texts have none, so the costly scans are skipped.
  const homeWords = /(?:wohn|adress|address|anschrift|leb|live|zieh|gezogen|moved|adres)/iu.test(text);
  for (const m of homeWords ? spansOf(text, lowerStreet) : []) {
    if (!residence(m.start)) continue;
    const no = m.match.groups?.no ?? '';
    push(m.start, m.end, m.end - no.length);
  }
  for (const m of homeWords ? spansOf(text, numberFirstStreet) : []) {
    if (!numberFirstCue.test(text.slice(Math.max(0, m.start - 40), m.start))) continue;
    const no = m.match.groups?.no ?? '';
    if (/^(?:19|20)\d{2}$/.test(no)) continue;
    out.push({ start: m.start, end: m.end });
  }
  for (const m of spansOf(text, looseStreet)) {
    const street = m.match.groups?.street ?? '';
    const words = street.split(/\s+/);
    const last = words[words.length - 1] ?? '';
    if (numberedThings.has(foldName(last)) || timeWords.has(foldName(last)) || quantityWords.has(foldName(last))) continue;
    if (/^(?:Tel|Telefon|Handy|Fax|Mobil|Nr|Nummer|Az|AZ|Akte|Fall|Vorgang|Kassenzeichen|Hilfeplan|Linie|Bus|Klasse|Gruppe|Raum|Seite|Kapitel|Tag|Jahr|Jahrgang|Seit|Ab|Bis|Um|Von|Für|Mit|Am|Im|Und|Oder|Alter|Insgesamt|Rund|Nur|Etwa|Ca|Über|Unter|Mehr|Als)$/u.test(last)) continue;
    if (!(residence(m.start) && /(?:wohn|leb|zieh|gezogen|adress|anschrift|live|at|на|في|adres)\S*\s+(?:(?:in|im|auf|an|der|die|dem|den|am|bei|at|на|في)\s+)*$/iu.test(text.slice(Math.max(0, m.start - 40), m.start))) && !nearPostcode(m.end)) continue;
    let start = m.start;
    if (words.length === 2 && /^(?:In|Im|Am|An|Der|Die|Das|Bei|Auf|Wir|Ich)$/u.test(words[0] ?? '')) start += (words[0] ?? '').length + 1;
    const no = m.match.groups?.no ?? '';
    push(start, m.end, m.end - no.length);
  }
  return out;
}

// ── case file numbers ──
const caseCueWords = String.raw`aktenzeichen|akten-?nr\.?|aktennummer|az\.?|akz\.?|gz\.?|geschäftszeichen|gesch\.-?z(?:eichen)?\.?|fall-?nr\.?|fall-?nummer|fallnummer|fallakte|fall|vorgangs?-?(?:nummer|nr\.?)|vorgang|kassenzeichen|akte|hilfeplan(?:-?nr\.?|-?nummer)?|hp-?nr\.?|kunden-?(?:nummer|nr\.?)|bg-?(?:nummer|nr\.?)|bedarfsgemeinschafts?-?(?:nummer|nr\.?)|antrags?-?(?:nummer|nr\.?)|bescheid-?(?:nummer|nr\.?)|versicherten-?(?:nummer|nr\.?)|sozialversicherungs-?(?:nummer|nr\.?)|steuer-?id|steuer-?(?:nummer|nr\.?)|steuer-?identifikationsnummer|(?:renten|kranken)?versicherungs-?(?:nummer|nr\.?)|versichertennr\.?|(?:personal)?ausweis-?(?:nummer|nr\.?)|pass-?(?:nummer|nr\.?)|(?:unser|ihr|mein|dein)\s+zeichen|buchungszeichen|mandatsreferenz|vertrags-?(?:nummer|nr\.?)|kunden-?nr\.?|personalnummer|mitgliedsnummer|referenz(?:nummer)?|case\s+(?:number|no\.?|file)|file\s+(?:number|no\.?)|reference(?:\s+number)?|ref\.?|dosya\s+(?:numarası|no)|номер\s+дела|справа\s*№|номер\s+справи|رقم\s+الملف|رقم\s+القضية|(?:mit|unter)\s+der\s+(?:nummer|nr\.?)|nr\.?|no\.?|nummer|№|#`;
// The cue, then "Nr."/":" and up to three small words ("ist", "lautet"), then the id itself.
const caseCue = new RegExp(String.raw`(?<![\p{L}\p{N}])(?<cue>${caseCueWords})(?![\p{L}])[\s:.#-]*(?:(?:nr\.?|no\.?|nummer|№)[\s:.#]*)?(?:(?:ist|lautet|lautete|war|is|was|beim|bei|der|des|dem|im)\s+(?:\p{Lu}\p{L}+[\s:]+)?|(?:beim\s+|bei\s+der\s+|vom\s+|der\s+)?\p{Lu}[\p{L}-]+\s*:\s*)?(?<id>[\p{L}\p{N}](?:[\p{L}\p{N}]|[./-](?=[\p{L}\p{N}])|\s(?=\p{N})|\s(?=\p{Lu}{1,3}\s\p{N}))*)`, 'giu');
const bareCasePatterns = [
  /(?<![\p{L}\p{N}])\p{Lu}{2,5}[-/]\d{4}[-/]\d{2,6}(?![\p{N}])/gu, // ASD-2024-113, JA/2022/1187
  /(?<![\p{L}\p{N}])\d{4}-\p{Lu}{2,4}-\d{2,6}(?![\p{N}])/gu, // 2024-JA-0093
  /(?<![\p{L}\p{N}])(?=[\p{L}-]*\p{Lu}[\p{L}-]*\p{Lu})\p{Lu}[\p{L}]{1,5}(?:-\p{Lu}{1,4})?[-/](?:19|20)\d{2}[-/]\d{2,6}(?![\p{N}])/gu, // HzE-2025-0042, SGB-VIII/2024/17
  /(?<![\p{L}\p{N}-])(?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){6})(?=[A-Z]*\d)[A-Z0-9]{7,34}(?![\p{L}\p{N}])/gu, // 123D456789, A123456789, an IBAN: letters and 6+ digits
  /(?<![\p{L}\p{N}.])\d{2,3}(?:\.\d{1,2})+\s?-\s?\d{2,6}\/\d{2,4}(?![\p{N}])/gu, // 51.2-1234/23
  /(?<![\p{L}\p{N}.])\d{1,3}\/\d{1,2}-\p{Lu}{1,4}-\d{2,4}(?:-\d{1,4})?(?![\p{N}])/gu, // 51/3-KS-2023-17
  /(?<![\p{L}\p{N}.])\d{1,3}\s\p{Lu}{1,3}\s\d{1,6}\/\d{2,4}(?![\p{N}])/gu, // 51 J 123/24 (court)
  /(?<![\p{L}\p{N}.])\d{4,}\p{Lu}{1,3}\d{4,}(?![\p{N}])/gu, // 12345BG0067890
];
const slashNumber = /(?<![\p{L}\p{N}./-])(?<a>\d{3,6})\/(?<b>\d{2,4})(?![\p{N}/])/gu; // 4711/2022, 2024/0815

export function findCaseNumbers(text: string): Span[] {
  const digits = asciiDigits(text);
  const out: Span[] = [];
  for (const m of digits.matchAll(caseCue)) {
    const id = m.groups?.id ?? '';
    const cue = (m.groups?.cue ?? '').toLowerCase();
    const n = id.replace(/\D/g, '').length;
    if (n < 3) continue;
    // A generic "Nr."/"Nummer" only names a file number when the id looks like one.
    const generic = /^(?:nr\.?|no\.?|nummer|№|#|(?:mit|unter) der (?:nummer|nr\.?)|fall|akte|vorgang|ref\.?)$/iu.test(cue);
    // After an explicit file word ("Az.", "Fall-Nr.", "Fallnummer") any 3 digits are a file number; after "Fall" or
    // "Vorgang" four digits are too, unless they read as a year ("im Fall 2024" is not a file).
    const plainFile = /^\d{3,4}$/.test(id) && (!generic || (/^(?:fall|akte|vorgang)$/iu.test(cue) && n === 4 && !/^(?:19|20)\d{2}$/.test(id)));
    if (!(n >= 5 || /[./-]/.test(id) || /\p{L}/u.test(id) || plainFile)) continue;
    if (/^0\d|^\+/.test(id) && /^[\d\s/-]+$/.test(id) && n >= 6 && !/(?:akt|az|fall|vorgang|kassen|hilfeplan|kunden|antrag|bescheid|geschäfts)/u.test(cue)) continue; // a phone number
    if (generic && !plainFile && !(n >= 5 || /[/-]/.test(id) || /\d\p{L}|\p{L}\d/u.test(id))) continue;
    if (/^\d{1,2}\.\d{1,2}\.\d{2,4}$/.test(id)) continue; // a date
    if (/^\p{L}+$/u.test(id)) continue;
    const start = (m.index ?? 0) + m[0].length - id.length;
    out.push({ start, end: start + id.length });
  }
  for (const pattern of bareCasePatterns) {
    for (const m of spansOf(digits, pattern)) {
      // "ESF-2021-2027" is a funding period, not a file.
      const years = /(?:19|20)(\d{2})[-/](?:19|20)?(\d{2})$/.exec(m.match[0]);
      if (years && Number(years[2]) > Number(years[1]) && Number(years[2]) - Number(years[1]) <= 20 && /[-/](?:19|20)\d{2}$/.test(m.match[0])) continue;
      out.push({ start: m.start, end: m.end });
    }
  }
  for (const m of spansOf(digits, slashNumber)) {
    const a = Number(m.match.groups?.a);
    const b = m.match.groups?.b ?? '';
    const schoolYear = a >= 1950 && a <= 2100 && (Number(b) === (a + 1) % 100 || Number(b) === a + 1);
    if (!schoolYear) out.push({ start: m.start, end: m.end });
  }
  return out;
}

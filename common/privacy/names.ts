/*
 * Personal names. A capitalised word alone means little in German, so a word is a name only with evidence:
 * - a title or naming word before it ("Frau Yılmaz", "heißt Mia", "السيدة …", "Госпожа …"): any capitalised word;
 * - a kinship word before it, an age after it, a surname after it, or a possessive ("mein Sohn Jonas",
 *   "Jonas (7)", "Lena Wagner", "Aylins Bruder"): a word on the name lists, even one that is also a word ("Rose");
 * - otherwise a first name on the lists that is no ordinary word in any of the form's languages ("Mehmet geht …").
 * Institutions named after people are not names: hyphenated compounds ("Paul-Gerhardt-Schule"), a name next to an
 * institution word ("Anne Frank Haus", "Kita Regenbogen") and saints ("Sankt Martin").
 */
import { commonWordNameData, englishWordNameData, firstNameData, surnameData } from './data/names.data';
import { academicTitles, familyWords, institutionWords, kinCues, kinOfCues, namedThings, namingCues, neverNames, nounsAfterTitle, postTitleCues, publicFigures, saintCues, titleCues } from './lexicon';
import { foldName, scriptOf, type Script } from './normalize';

export type Token = { text: string; start: number; end: number; folded: string; script: Script; capitalised: boolean; allCaps: boolean; sentenceStart: boolean; known?: Known };
export type Span = { start: number; end: number };

type NameData = { first: Set<string>; surnames: Set<string>; common: Set<string>; english: Set<string> };
let data: NameData | undefined;
function nameData(): NameData {
  data ??= { first: new Set(firstNameData.split('|')), surnames: new Set(surnameData.split('|')), common: new Set(commonWordNameData.split('|')), english: new Set(englishWordNameData.split('|')) };
  return data;
}

const englishMarkers = new Set(['the', 'and', 'is', 'are', 'my', 'our', 'with', 'for', 'needs', 'need', 'we', 'of', 'to', 'in', 'he', 'she', 'his', 'her', 'has', 'have', 'would', 'please', 'there', 'a']);
const germanMarkers = new Set(['der', 'die', 'das', 'und', 'ist', 'sind', 'mit', 'für', 'fur', 'ein', 'eine', 'nicht', 'wir', 'ich', 'sie', 'er', 'hat', 'haben', 'braucht', 'in', 'im', 'zu', 'auf', 'von', 'den', 'dem', 'es', 'mein', 'meine', 'unser', 'unsere']);
/** Whether words that are ordinary only in English ("Will", "Grace", "Mats") are to be read as words. */
function looksEnglish(tokens: Token[]): boolean {
  let english = 0;
  let german = 0;
  for (const t of tokens) {
    if (englishMarkers.has(t.folded)) english++;
    if (germanMarkers.has(t.folded)) german++;
  }
  return english > german;
}

const openers = ' \t\n\r"\'„“«([–—-';
const wordPattern = /[\p{L}\p{M}]+(?:['’-][\p{L}\p{M}]+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const match of text.matchAll(wordPattern)) {
    const word = match[0];
    const start = match.index;
    const first = word.charAt(0);
    const capitalised = first !== first.toLowerCase() && first === first.toUpperCase();
    const allCaps = capitalised && word.length > 1 && word === word.toUpperCase();
    let k = start - 1;
    while (k >= 0 && openers.includes(text.charAt(k))) k--;
    const sentenceStart = k < 0 || '.!?:;\n…'.includes(text.charAt(k));
    tokens.push({ text: word, start, end: start + word.length, folded: foldName(word), script: scriptOf(word), capitalised, allCaps, sentenceStart });
  }
  return tokens;
}

// Folded, so "й" is "и" here: Наташей → наташеи → наташ + а.
const cyrillicEndings = ['ами', 'ями', 'ого', 'его', 'ому', 'ему', 'ои', 'еи', 'ом', 'ем', 'ою', 'ею', 'ью', 'ую', 'юю', 'а', 'я', 'у', 'ю', 'е', 'ы', 'и', 'і', 'о'];
const cyrillicBases = ['', 'а', 'я', 'и', 'ь', 'ии', 'о'];
const arabicPrefixes = ['و', 'ف', 'ب', 'ل', 'ك'];

/** The folded forms under which a word may be on the lists: itself, a Cyrillic base form, an Arabic word without "و/ل/ب…". */
function lookupForms(token: Token): string[] {
  const f = token.folded;
  if (token.script === 'cyrillic') {
    const forms = [f];
    for (const ending of cyrillicEndings) {
      if (!f.endsWith(ending) || f.length - ending.length < 3) continue;
      const base = f.slice(0, f.length - ending.length);
      for (const add of cyrillicBases) forms.push(base + add);
    }
    return forms;
  }
  if (token.script === 'arabic') return [f, ...arabicPrefixes.filter((p) => f.startsWith(p) && f.length > 4).map(() => f.slice(1))];
  return [f];
}

type Known = { first: boolean; surname: boolean; common: boolean };
let figures: Map<string, string[][]> | undefined;
function figuresByFirstWord(): Map<string, string[][]> {
  if (!figures) {
    figures = new Map();
    for (const phrase of publicFigures) figures.set(phrase[0] ?? '', [...(figures.get(phrase[0] ?? '') ?? []), phrase]);
  }
  return figures;
}

let englishText = false;
let turkishText = false;
const turkishMarkers = new Set(['ve', 'bir', 'için', 'icin', 'çok', 'cok', 'bu', 'ile', 'ama', 'var', 'yok', 'istiyorum', 'arıyorum', 'ariyorum', 'değil', 'degil', 'ben', 'biz']);
function known(token: Token): Known {
  token.known ??= lookUp(token);
  return token.known;
}
function lookUp(token: Token): Known {
  const { first, surnames, common: commonEverywhere, english } = nameData();
  // Turkish "Ben" (I) and "O" (he, she) open many Turkish sentences; elsewhere "Ben" is a boy.
  const common = englishText || turkishText ? { has: (w: string) => commonEverywhere.has(w) || (englishText && english.has(w)) || (turkishText && (w === 'ben' || w === 'o')) } : commonEverywhere;
  // "Mama", "Oma", "unser Großer": never a name on its own; Turkish "Anne" (mother) is a German first name too.
  if (familyWords.has(token.folded) || (turkishText && token.folded === 'anne')) return { first: false, surname: false, common: true };
  const forms = lookupForms(token);
  if (token.folded.includes('-')) {
    const parts = token.folded.split('-');
    // "Anna-Lena", "Al-Hassan", "Müller-Lüdenscheidt": a name only if every part is a name or a particle.
    const particles = new Set(['al', 'el', 'abu', 'bin', 'ibn', 'abd', 'ben', 'von', 'van', 'de']);
    const every = parts.every((p) => particles.has(p) || first.has(p) || surnames.has(p));
    return { first: every && first.has(parts[0] ?? ''), surname: every, common: !every };
  }
  const isFirst = forms.some((w) => first.has(w));
  const isSurname = forms.some((w) => surnames.has(w));
  const isCommon = forms.some((w) => common.has(w)) || neverNames.has(token.folded) || token.folded === 'anne';
  return { first: isFirst, surname: isSurname, common: isCommon };
}

/** Arabic has no capitals: an Arabic-script word counts as "capitalised" where a Latin one would have to be. */
const determiners = new Set(['die', 'der', 'den', 'dem', 'des', 'eine', 'ein', 'einer', 'einem', 'einen', 'meine', 'meiner', 'seine', 'seiner', 'ihre', 'ihrer', 'unsere', 'unserer', 'deren', 'dessen', 'jede', 'jeder', 'diese', 'dieser', 'welche', 'keine', 'the', 'a', 'an', 'this', 'that']);
const articles = new Set(['am', 'im', 'zum', 'zur', 'vom', 'ins', 'ans', 'aufs', 'beim', 'ein', 'eine', 'einen', 'einem', 'einer', 'eines', 'des', 'kein', 'keine', 'keinen', 'the', 'a', 'an']);
const nounSuffix = /(?:ung|heit|keit|schaft|tion|ität|nis|tum|ismus|ment|chen|lein|ling|ei|ik|sten|ten|en)$/u;
const looksLikeName = (t: Token) => (t.script === 'arabic' || (t.capitalised && !t.allCaps)) && !neverNames.has(t.folded);
/*
 * Surname endings (Slavic, Romanian, Turkish, Persian, Armenian, Albanian): a capitalised word with one of them next
 * to a first name is a surname even when the lists lack it ("Georgi Petrov", "Ana Dragomirescu"). German nouns in
 * "-in" ("Lehrerin", "Ärztin", "Freundin") are left out.
 */
const strongSurnameEnding = /(?:ov|ova|ev|eva|ski|ska|sky|cki|cka|ić|ic|enko|yan|chuk|czuk|oğlu|oglu|zadeh|zade|escu|eanu|ovych|evych|ovich|evich)$/u;
const weakSurnameEnding = /(?:uk|yuk|iuk|jan|ian|aj|aku|iu|in|ina|yn|yna|ko|ak|ek)$/u;
// and German nouns with those endings ("Termin", "Medizin", "Risiko", "Kajak", "Bibliothek").
const germanNounInIn = /(?:erin|ärztin|arztin|ndin|egin|efin|atin|amtin|ürkin|urkin|ussin|olin|öchin|ochin|stin|rtin|ztin|termin|zin|amin|plin|rin|fin|lin|kin|sin|hin|iko|ako|jak|thek|ek|ak)$/u;
function surnameShaped(t: Token, strongOnly: boolean): boolean {
  if (t.script !== 'latin' || !t.capitalised || t.allCaps || t.text.length < 4 || neverNames.has(t.folded)) return false;
  const lower = t.text.toLowerCase();
  if (strongSurnameEnding.test(lower)) return true;
  return !strongOnly && weakSurnameEnding.test(lower) && !germanNounInIn.test(lower) && t.text.length >= 5;
}

const isInitial = (text: string, t: Token) => t.text.length === 1 && t.capitalised && text.charAt(t.end) === '.';

function institutionNear(tokens: Token[], i: number, text: string): boolean {
  const t = tokens[i];
  const next = tokens[i + 1];
  const prev = tokens[i - 1];
  if (!t) return false;
  if (t.folded.includes('-') && t.folded.split('-').some((part) => institutionWords.has(part) || /(schule|gymnasium|haus|straße|strasse|platz|park|zentrum|kirche|center)$/.test(part))) return true;
  if (next && institutionWords.has(next.folded) && /^[\s-]*$/.test(text.slice(t.end, next.start))) return true;
  // "Anne Frank Haus": two names before an institution word.
  const next2 = tokens[i + 2];
  if (next && next2 && next.capitalised && institutionWords.has(next2.folded) && /^\s*$/.test(text.slice(next.end, next2.start))) return true;
  if (prev && /^[\s.-]*$/.test(text.slice(prev.end, t.start))) {
    if (saintCues.has(prev.folded)) return true;
    if (institutionWords.has(prev.folded) && prev.capitalised) return true;
  }
  return false;
}

const adjectiveCues = new Set(['kleine', 'kleinen', 'kleiner', 'little']);
const pluralCues = new Set(['die', 'den', 'bei', 'von', 'mit', 'zu', 'the']);
function familyPlural(t: Token, prev: Token | undefined, before: string): boolean {
  if (!prev || !pluralCues.has(prev.folded) || !/^\s+$/.test(before) || t.script !== 'latin' || t.allCaps || !t.folded.endsWith('s')) return false;
  const stem = t.folded.slice(0, -1);
  const { first, surnames, common } = nameData();
  if (stem.length < 3 || common.has(stem) || common.has(t.folded) || neverNames.has(stem) || familyWords.has(stem)) return false;
  // "die Peters" may be a family, "die Marias" hardly: first names count only when they are surnames too.
  return surnames.has(stem) || (!first.has(stem) && strongSurnameEnding.test(t.text.toLowerCase().slice(0, -1)));
}

function gap(text: string, a: Token | undefined, b: Token | undefined): string {
  return a && b ? text.slice(a.end, b.start) : '';
}

export function findNames(text: string, tokens: Token[] = tokenize(text)): Span[] {
  englishText = looksEnglish(tokens);
  turkishText = tokens.filter((t) => turkishMarkers.has(t.folded)).length >= 2;
  const spans: Span[] = [];
  const taken = new Set<number>();
  tokens.forEach((t, i) => {
    for (const phrase of figuresByFirstWord().get(t.folded) ?? []) {
      if (phrase.every((word, j) => tokens[i + j]?.folded === word)) for (let j = 0; j < phrase.length; j++) taken.add(i + j);
    }
  });
  const mark = (i: number) => {
    let end = i;
    // Take following name words along: "Frau Anna Schmidt", "Marco und Giulia Rossi" stops at "und".
    while (true) {
      const n = tokens[end + 1];
      const cur = tokens[end];
      if (!n || !cur || !/^\s+$/.test(gap(text, cur, n)) || !looksLikeName(n)) break;
      const k = known(n);
      if (!(k.first || k.surname || (!k.common && surnameShaped(n, false))) || (k.common && !k.surname) || institutionNear(tokens, end + 1, text)) break;
      // "أحمد وفاطمة": an Arabic "و" in front is "and", the start of another name.
      if (n.script === 'arabic' && n.folded.startsWith('و') && !nameData().first.has(n.folded) && !nameData().surnames.has(n.folded)) break;
      end++;
    }
    for (let k = i; k <= end; k++) taken.add(k);
    const first = tokens[i];
    const last = tokens[end];
    if (first && last) spans.push({ start: first.start, end: last.end + (isInitial(text, last) ? 1 : 0) });
    return end;
  };

  for (let i = 0; i < tokens.length; i++) {
    if (taken.has(i)) continue;
    const t = tokens[i];
    if (!t) continue;
    const prev = tokens[i - 1];
    const prev2 = tokens[i - 2];
    const next = tokens[i + 1];
    const before = gap(text, prev, t);
    const after = next ? text.slice(t.end, next.start) : text.slice(t.end);
    const k = known(t);
    if (!(looksLikeName(t) || isInitial(text, t))) {
      // Names typed in lower case count only right after a kinship word or title: "mein sohn jonas".
      const cued = prev !== undefined && (kinCues.has(prev.folded) || titleCues.has(prev.folded) || namingCues.has(prev.folded)) && /^[\s,]+$/.test(before);
      if (cued && t.script !== 'other' && (k.first || k.surname) && !k.common && !neverNames.has(t.folded)) i = mark(i);
      continue;
    }

    // Strong evidence: a title or naming word right before (skipping "Dr." in "Frau Dr. Becker").
    let p = i - 1;
    while (p >= 0 && tokens[p] && academicTitles.has(tokens[p]?.folded ?? '') && /^[\s.]*$/.test(gap(text, tokens[p], tokens[p + 1]))) p--;
    const cue = tokens[p];
    const cueGap = gap(text, cue, tokens[p + 1]);
    const titled = cue !== undefined && titleCues.has(cue.folded) && /^[.]?\s+$|^\s*$/.test(cueGap);
    const thingNamed = tokens.slice(Math.max(0, i - 5), i - 1).some((w) => namedThings.has(w.folded) || institutionWords.has(w.folded));
    const named = prev !== undefined && namingCues.has(prev.folded) && /^[\s:]+$/.test(before) && !thingNamed;
    const postTitled = next !== undefined && postTitleCues.has(next.folded) && /^\s+$/.test(after);
    if ((titled || named || postTitled) && !institutionNear(tokens, i, text) && (!t.allCaps || t.text.length === 1) && !nounsAfterTitle.has(t.folded)) {
      // "die Frau Hilfe braucht", "eine Frau Anfang 30": after an article the title word is an ordinary noun, and
      // only a listed name counts; without an article any word but an obvious noun does.
      const article = titled && cue !== undefined && determiners.has(tokens[p - 1]?.folded ?? '');
      const nounLike = t.script === 'latin' && nounSuffix.test(t.folded) && !k.first && !k.surname;
      if (isInitial(text, t) || (article ? k.first || k.surname : !nounLike)) {
        i = mark(i);
        continue;
      }
    }
    if (isInitial(text, t)) continue;
    // A title itself ("Bayan", "Frau") is no name when a name follows it.
    if (titleCues.has(t.folded) && next && looksLikeName(next)) continue;

    // "bei Hoffmanns", "Die Meyers", "bei den Kovačevićs": a listed surname with a plural -s after die/den/bei/von/mit.
    if (familyPlural(t, prev, before)) {
      i = mark(i);
      continue;
    }
    const listed = k.first || k.surname;
    // "Georgi Petrov": an unlisted capitalised word before a word with a typical surname ending.
    if (!listed && !k.common && !t.sentenceStart && t.script === 'latin' && next && /^\s+$/.test(after) && surnameShaped(next, true) && !known(next).common && !institutionNear(tokens, i + 1, text) && !(prev && articles.has(prev.folded))) {
      i = mark(i);
      continue;
    }
    if (!listed || institutionNear(tokens, i, text)) {
      // "Aylins Bruder": a first name with a genitive -s before a noun.
      if (t.script === 'latin' && /s$/.test(t.folded) && next?.capitalised && /^\s+$/.test(after)) {
        const stem = t.folded.slice(0, -1);
        const { first, common } = nameData();
        if (first.has(stem) && !common.has(stem) && !common.has(t.folded)) mark(i);
      }
      continue;
    }

    // Medium evidence: kinship word before, age after, surname after.
    // "Kleine Engel" (a group's name) is no "kleine Engel": a capitalised adjective is no kinship word.
    const kin = prev !== undefined && kinCues.has(prev.folded) && /^[\s,]+$/.test(before) && !(prev.capitalised && adjectiveCues.has(prev.folded));
    const kinOf = prev?.folded === 'von' && prev2 !== undefined && kinOfCues.has(prev2.folded);
    const yearsOld = prev !== undefined && prev.folded.startsWith('jahrig') && /\d\s*-?\s*$/u.test(text.slice(Math.max(0, prev.start - 4), prev.start));
    const following = text.slice(t.end, t.end + 24);
    const age = /\d/.test(following) && /^\s*(?:\(\s*\d{1,2}\s*\)|,\s*\d{1,2}\s*(?:,|Jahre|J\.|years|років|лет|yaşında)|\s+(?:ist|is|wird|war)\s+\d{1,2}\b|\s+\d{1,2}\s+yaşında)/u.test(following);
    const nextKnown = next && looksLikeName(next) && /^\s+$/.test(after) ? known(next) : undefined;
    // A first name that is also a word ("Rose") needs a surname with a strong ending ("Rose Petrović").
    const nextSurname = nextKnown !== undefined && next !== undefined && (nextKnown.surname || (!nextKnown.common && !nextKnown.first && surnameShaped(next, k.common)));
    const pair = nextKnown !== undefined && nextSurname && !institutionNear(tokens, i + 1, text) && (k.first && (!nextKnown.common || !k.common));
    if (kin || kinOf || yearsOld || age || pair) {
      i = mark(i);
      continue;
    }

    // Weak evidence: a first name that is no ordinary word, unless an article makes it a noun ("am Kai").
    if (k.first && !k.common && !(prev && articles.has(prev.folded) && /^\s+$/.test(before))) i = mark(i);
  }
  return spans;
}

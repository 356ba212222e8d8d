/**
 * Text helpers for the service search: normalized words, German compound splitting and the weighted search document.
 * Pure functions; the database does the stemming (`to_tsvector('german', …)`).
 */

// Letters that carry no combining mark, so NFKD leaves them whole.
const unmarkedLetters: Record<string, string> = { ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/**
 * Lower case, ß → ss, umlauts and other diacritics dropped (ä → a), letters and digits only. Letters of other scripts
 * stay; the result never contains spaces, punctuation or tsquery operators.
 */
export function normalizeWord(word: string): string {
  return word
    .toLowerCase()
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßæœøłđðþı]/g, (letter) => unmarkedLetters[letter] ?? letter)
    .replace(/[^\p{L}\p{Nd}]/gu, '');
}

/** The normalized words of a text, two letters or more, in order (with repeats). */
export function tokenize(text: string): string[] {
  // Marks belong to the word: text in decomposed form ("a" + U+0308) must not split "Mädchen".
  return (text.match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).map(normalizeWord).filter((word) => word.length >= 2);
}

/**
 * Morphemes of family and youth services, normalized. Bare stems only where a compound stem differs from the word
 * ("schul", "sprach", "wohn"); plurals only where they are not "stem + ending" (see `endings`), e.g. "hauser".
 * A few established compounds are listed whole ("hausaufgaben", "jugendhilfe"); their parts are reported as well.
 */
export const morphemes: ReadonlySet<string> = new Set([
  // people
  'kind', 'kinder', 'jugend', 'jugendlich', 'eltern', 'elternteil', 'mutter', 'vater', 'familie', 'familien', 'frau',
  'frauen', 'mann', 'manner', 'madchen', 'junge', 'jungen', 'jungs', 'baby', 'babys', 'saugling', 'klein', 'gross',
  'senior', 'senioren', 'generation', 'geschwister', 'oma', 'opa', 'paar', 'partner', 'nachbar', 'nachbarschaft',
  'mensch', 'menschen', 'burger', 'schuler', 'student', 'azubi', 'lehrling', 'erzieher', 'lehrer', 'helfer', 'lotse',
  'lotsen', 'pate', 'paten', 'mentor', 'mentoring', 'ehrenamt', 'ehrenamtlich', 'freiwillig', 'freiwilligen',
  'alleinerziehend', 'alleinerziehende', 'allein', 'fluchtling', 'gefluchtete', 'flucht', 'migrant', 'migranten',
  'zuwanderung', 'zugewandert', 'team', 'mitarbeiter',
  // places and organisations
  'beratung', 'berater', 'stelle', 'dienst', 'hilfe', 'angebot', 'zentrum', 'zentren', 'treff', 'treffpunkt', 'punkt',
  'gruppe', 'kurs', 'projekt', 'programm', 'verein', 'bund', 'verband', 'werk', 'netz', 'netzwerk', 'initiative',
  'station', 'praxis', 'ambulanz', 'klinik', 'buro', 'amt', 'behorde', 'einrichtung', 'heim', 'haus', 'hauser', 'hof',
  'raum', 'raume', 'stube', 'cafe', 'kaffee', 'laden', 'markt', 'borse', 'tafel', 'kammer', 'kleider', 'werkstatt',
  'statte', 'schule', 'schul', 'kita', 'krippe', 'hort', 'garten', 'platz', 'platze', 'halle', 'bad', 'bibliothek',
  'bucherei', 'museum', 'buhne', 'theater', 'kino', 'club', 'klub', 'center', 'agentur', 'gemeinde', 'kirche',
  'moschee', 'stadt', 'stadtteil', 'teil', 'quartier', 'kiez', 'viertel', 'dorf', 'land', 'kreis', 'bezirk', 'wald',
  'natur', 'umwelt', 'tier', 'bauer', 'pferd', 'hund', 'insel', 'strasse', 'strassen', 'wohnung', 'wohn', 'unterkunft',
  'obdach', 'obdachlos', 'wohnungslos', 'notunterkunft',
  // what is offered
  'erziehung', 'bildung', 'sozial', 'arbeit', 'sucht', 'drogen', 'alkohol', 'sport', 'fussball', 'ball', 'handball',
  'basketball', 'volleyball', 'turnen', 'turn', 'schwimm', 'schwimmen', 'lauf', 'fahrrad', 'rad', 'reit', 'reiten',
  'klettern', 'kletter', 'tanz', 'tanzen', 'musik', 'kunst', 'malen', 'mal', 'zirkus', 'chor', 'gesang', 'singen',
  'lese', 'lesen', 'schreib', 'schreiben', 'sprach', 'sprache', 'deutsch', 'integration', 'migration', 'inklusion',
  'teilhabe', 'behinderung', 'autismus', 'psych', 'psychisch', 'psychologie', 'psychologisch', 'psychiatrie',
  'therapie', 'therapeut', 'gesundheit', 'gesund', 'pflege', 'ernahrung', 'essen', 'koch', 'kochen', 'kuche', 'back',
  'backen', 'mittag', 'tisch', 'fruhstuck', 'gewalt', 'schutz', 'notruf', 'notfall', 'krise', 'krisen', 'trauer',
  'verlust', 'trennung', 'scheidung', 'sorge', 'recht', 'umgang', 'unterhalt', 'schulden', 'schuldner', 'finanz',
  'finanzen', 'geld', 'budget', 'miete', 'haushalt', 'lern', 'lernen', 'hausaufgaben', 'aufgaben', 'aufgabe',
  'nachhilfe', 'unterricht', 'forderung', 'forder', 'fruh', 'ferien', 'freizeit', 'urlaub', 'reise', 'ausflug', 'camp',
  'lager', 'offene', 'offen', 'krabbel', 'spiel', 'spielen', 'geburt', 'schwanger', 'schwangerschaft', 'hebamme',
  'stillen', 'medien', 'computer', 'internet', 'digital', 'handy', 'technik', 'berufs', 'beruf', 'ausbildung',
  'bewerbung', 'job', 'praktikum', 'studium', 'abschluss', 'jugendhilfe', 'streetwork', 'mobil', 'mobile',
  'aufsuchend', 'seelsorge', 'seele', 'telefon', 'chat', 'online', 'hotline', 'selbst', 'selbsthilfe', 'unterstutzung',
  'begleitung', 'betreuung', 'assistenz', 'vermittlung', 'anlauf', 'fach', 'info', 'information', 'auskunft',
  'service', 'leistung', 'antrag', 'planung', 'armut', 'feuerwehr', 'feuer', 'kultur', 'religion', 'vielfalt',
  'gleichstellung', 'queer', 'gender', 'jugendamt', 'wohlfahrt', 'diakonie', 'caritas', 'sicherheit', 'pravention',
  'intervention', 'konflikt', 'streit', 'schlichtung', 'mediation', 'mobbing', 'sexualitat', 'sexual', 'aufklarung',
  'verhutung', 'liebe', 'beziehung', 'entwicklung', 'sprachforderung', 'lernforderung', 'motorik', 'bewegung',
  'entspannung', 'yoga', 'kreativ', 'basteln', 'bastel', 'handwerk', 'holz', 'naturschutz', 'imker', 'tag', 'tages',
  'alltag', 'nacht', 'woche', 'wochen', 'wochenende', 'sommer', 'winter', 'abend', 'nachmittag', 'morgen', 'stunde',
  'stunden', 'zeit', 'auszeit', 'pause', 'erholung', 'vorsorge', 'impf', 'impfung', 'zahn', 'arzt', 'arztin',
  'kinderarzt', 'medizin', 'krankheit', 'krank', 'kranken', 'vorlese', 'vorlesen', 'buch', 'bucher', 'schach', 'film',
  'foto', 'radio', 'podcast', 'zeitung', 'kleidung', 'spende', 'spenden', 'tausch', 'flohmarkt', 'fest', 'feier',
  'party', 'disco', 'konzert', 'pfadfinder', 'gemeinschaft', 'begegnung', 'austausch', 'dialog', 'frieden',
  'demokratie', 'politik', 'beteiligung', 'parlament', 'rat', 'vertretung', 'jugendrat', 'sprecher', 'coaching',
  'training', 'kompetenz', 'starke', 'stark', 'zukunft', 'chance', 'chancen', 'start', 'ubergang', 'wegweiser',
  'lotsendienst', 'besuch', 'besuchs', 'willkommen', 'padagogik', 'padagogisch', 'wohl', 'gefahrdung', 'zelt', 'nest',
  'kuscheln', 'wiege', 'kinderwagen', 'wickel', 'windel', 'schlaf', 'bindung',
]);

/** Linking elements (Fugenelemente) between two parts: Erziehung-s-beratung, Familie-n-zentrum, Kind-er-garten. */
const linkers = ['s', 'n', 'en', 'es', 'er'];
/** Endings after the last part: plural, genitive, feminine forms (Beratungsstelle-n, Erzieher-innen). */
const endings = ['e', 'n', 'en', 's', 'es', 'er', 'ern', 'ers', 'in', 'innen', 'erin', 'erinnen'];
/** Word-forming suffixes: "kindheit" or "spielerisch" is a derivation, not "kind" or "spiel" plus an unknown word. */
const suffixes = new Set(['heit', 'keit', 'ung', 'lich', 'isch', 'schaft', 'chen', 'lein', 'ling', 'bar', 'sam', 'tum', 'nis', 'nisse']);
const suffixLeads = ['', 'e', 'er', 'en', 'es', 's', 'n'];

/** A suffix, perhaps after a linking vowel ("spiel-er-isch") and before an ending ("erziehung-en"). */
function isDerivation(rest: string): boolean {
  return suffixLeads.some((lead) =>
    rest.startsWith(lead) && ['', ...endings].some((ending) => rest.endsWith(ending) && suffixes.has(rest.slice(lead.length, rest.length - ending.length))),
  );
}

const longestMorpheme = Math.max(...[...morphemes].map((m) => m.length));

type Piece = { text: string; start: number; known: boolean };
type Parse = { pieces: Piece[]; unknownLetters: number; glue: number };

/** Fewer unknown letters first, then fewer pieces (longer morphemes), then fewer linking elements and endings. */
function better(a: Parse | null, b: Parse | null): Parse | null {
  if (!a) return b;
  if (!b) return a;
  if (a.unknownLetters !== b.unknownLetters) return a.unknownLetters < b.unknownLetters ? a : b;
  if (a.pieces.length !== b.pieces.length) return a.pieces.length < b.pieces.length ? a : b;
  return a.glue <= b.glue ? a : b;
}

/**
 * The best parse of `word` as two or more pieces (each piece a known morpheme, pieces joined directly or by a linking
 * element), optionally an ending, and optionally an unknown remainder of three letters or more at the start and/or
 * the end. Every morpheme is tried at every position (longest first), so a greedy choice that leads nowhere is undone.
 */
function parse(word: string): Parse | null {
  const memo = new Map<number, Parse | null>();

  // The best parse of word[from..] that starts with a known morpheme.
  const from = (start: number): Parse | null => {
    if (memo.has(start)) return memo.get(start) ?? null;
    let best: Parse | null = null;
    for (let length = Math.min(longestMorpheme, word.length - start); length >= 3; length--) {
      const text = word.slice(start, start + length);
      if (!morphemes.has(text)) continue;
      const piece: Piece = { text, start, known: true };
      const end = start + length;
      const rest = word.slice(end);
      // From the start, one piece (with or without an ending) is the word itself, not a compound.
      if (start > 0 && rest === '') best = better(best, { pieces: [piece], unknownLetters: 0, glue: 0 });
      if (start > 0 && endings.includes(rest)) best = better(best, { pieces: [piece], unknownLetters: 0, glue: 1 });
      if (rest.length >= 3 && !endings.includes(rest) && !isDerivation(rest)) {
        best = better(best, { pieces: [piece, { text: rest, start: end, known: false }], unknownLetters: rest.length, glue: 0 });
      }
      const next = end < word.length ? from(end) : null;
      if (next) best = better(best, { pieces: [piece, ...next.pieces], unknownLetters: next.unknownLetters, glue: next.glue });
      for (const linker of linkers) {
        if (!rest.startsWith(linker) || rest.length === linker.length) continue;
        const linked = from(end + linker.length);
        if (linked) best = better(best, { pieces: [piece, ...linked.pieces], unknownLetters: linked.unknownLetters, glue: linked.glue + 1 });
      }
    }
    memo.set(start, best);
    return best;
  };

  let best = from(0);
  for (let start = 3; start <= word.length - 3; start++) {
    const rest = from(start);
    if (rest) {
      const head: Piece = { text: word.slice(0, start), start: 0, known: false };
      best = better(best, { pieces: [head, ...rest.pieces], unknownLetters: rest.unknownLetters + start, glue: rest.glue });
    }
  }
  return best;
}

/** The parts of a compound, if it is one: the known pieces, without the word itself. */
function knownSplit(word: string): Piece[] {
  const found = parse(word);
  if (!found || found.pieces.length < 2) return [];
  // A word of the list is split only into known parts: "nachhilfe" is no unknown "nach" + "hilfe".
  if (morphemes.has(word) && found.unknownLetters > 0) return [];
  return found.pieces;
}

/**
 * The known parts of a normalized German compound, four letters or more, never the word itself; [] if it is none.
 * Besides the parts come the parts of a listed compound ("hausaufgaben" → "haus", "aufgaben") and the right-hand
 * compounds of two known parts or more ("erziehungsberatungsstelle" → "beratungsstelle"): German puts the head of a
 * compound last, so someone searching "Beratungsstelle" means the Erziehungsberatungsstelle as well.
 */
export function decompound(word: string): string[] {
  const pieces = knownSplit(word);
  const parts: string[] = [];
  for (const piece of pieces) {
    if (!piece.known) continue;
    parts.push(piece.text);
    for (const inner of knownSplit(piece.text)) if (inner.known) parts.push(inner.text);
  }
  for (let i = 1; i < pieces.length - 1; i++) {
    const tail = pieces.slice(i);
    const [head] = tail;
    if (head && head.text.length >= 4 && tail.every((piece) => piece.known)) parts.push(word.slice(head.start));
  }
  return [...new Set(parts)].filter((part) => part.length >= 4 && part !== word);
}

export type SearchDocument = { weighted: { A: string; B: string; C: string; D: string }; words: string[] };

/**
 * The weighted text of one service for `setweight(to_tsvector('german', …))`: A name, B topics, keywords and
 * organisation, C description, D the parts of compounds. A to C keep the original text, because the german stemmer
 * folds umlauts and ß itself; D is normalized. `words` is the vocabulary for typo correction.
 */
/**
 * German stop words that contain an umlaut or ß: once normalized ("für" → "fur") the stemmer no longer knows them,
 * so we drop them ourselves, from documents and queries alike.
 */
const normalizedStopWords = new Set(['fur', 'uber', 'dass', 'konnen', 'konnte', 'mussen', 'musste', 'wurde', 'wurden', 'ware', 'waren', 'hatte', 'hatten', 'wahrend', 'zuruck', 'gegenuber']);
const contentWords = (text: string) => tokenize(text).filter((word) => !normalizedStopWords.has(word));

export function searchDocument(fields: {
  name: string;
  alternateName?: string | null;
  keywords?: string[];
  description?: string | null;
  topics?: string[];
  organization?: string | null;
}): SearchDocument {
  // The stemmer sees the normalized words, as the query does: PostgreSQL 15's german stemmer keeps "é" in
  // "Elterncafé" while a query typed "elterncafe" loses it, and PGlite (C locale) splits such words differently.
  const join = (texts: (string | null | undefined)[]) => texts.flatMap((text) => (text ? contentWords(text) : [])).join(' ');
  const A = join([fields.name, fields.alternateName]);
  const B = join([...(fields.topics ?? []), ...(fields.keywords ?? []), fields.organization]);
  const C = join([fields.description]);
  const words = [...new Set([A, B, C].flatMap(tokenize))];
  const parts = [...new Set(words.flatMap(decompound))];
  return { weighted: { A, B, C, D: parts.join(' ') }, words: [...new Set([...words, ...parts])] };
}

/** The search terms of what a user typed: normalized, distinct, at most eight. */
export function queryTerms(input: string): string[] {
  return [...new Set(contentWords(input))].slice(0, 8);
}

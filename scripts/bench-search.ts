/*
 * How fast is the offer search on 100,000 German offers? (issue 4, "Speed and relevance")
 *
 *   npm run bench:search                                   # PGlite and PostgreSQL, 100,000 offers, 30 s under load
 *   npm run bench:search -- --db=pglite --duration=10 --offers=20000
 *   npm run bench:search -- --db=postgres --rounds=3       # three rounds on the same data, medians in the table
 *
 * Generates the offers (names from German words and compounds, descriptions, topics, ages, traits, languages,
 * points across a city, opening hours) with a few big `INSERT … SELECT` statements, the search vector computed in SQL
 * the way reindexServices() does; starts the real app on a free port and drives it over HTTP from a separate load
 * process: one client in sequence (p50, p99, requests per second), then 32 clients (errors, p99, requests per second,
 * ratio to one client), then the whole-city map (features, gzipped bytes). PostgreSQL: the server of DATABASE_URL or
 * TEST_DATABASE_URL, in a scratch database `sozialraum_bench` that is dropped afterwards. Prints a table and writes
 * `.tmp/bench-search.json`. Targets are reported, not asserted.
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { sql } from 'drizzle-orm';
import { buildApp } from '../server/app';
import { setUpOffice } from '../server/modules';
import { createSpace, type Boundary } from '../server/modules/social-spaces';
import { addSearchWords, searchFieldsOf } from '../server/modules/services/reindex-services';
import { searchDocument } from '../server/modules/services/search-text';
import { openWeekOf, opensEveningsOrWeekends, todayInBerlin } from '../server/modules/services/services.rules';
import { type Database, openPostgres, openPgliteFolder, queryRows } from '../server/platform/db/database';
import { migrate } from '../server/platform/db/migrate';
import { insertOffice } from '../server/platform/db/offices';
import { readSettings } from '../server/platform/env';
import type { LowThresholdTrait, TargetGroup, Weekday } from '../common/service-terms';

const scriptPath = fileURLToPath(import.meta.url);

// ---------------------------------------------------------------------------------------------------------------
// The load process: `--worker` reads its job from stdin and answers with latencies on stdout.
// ---------------------------------------------------------------------------------------------------------------

type Job = { base: string; urls: string[]; clients: number; seconds: number };
type LoadResult = { requests: number; errors: number; seconds: number; latencies: number[]; errorSamples: string[] };

async function worker(): Promise<void> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  const job = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Job;
  const agent = new http.Agent({ keepAlive: true, maxSockets: job.clients });
  const latencies: number[] = [];
  const errorSamples: string[] = [];
  let errors = 0;
  const get = (url: string) =>
    new Promise<number>((resolve) => {
      const request = http.get(`${job.base}${url}`, { agent }, (response) => {
        response.resume();
        response.on('end', () => resolve(response.statusCode ?? 0));
        response.on('error', () => resolve(0));
      });
      request.on('error', () => resolve(0));
    });
  const started = performance.now();
  const deadline = started + job.seconds * 1000;
  await Promise.all(
    Array.from({ length: job.clients }, async (_, client) => {
      // Every client walks the mix from its own starting point, so the 32 clients do not ask the same at once.
      for (let i = client * 7; performance.now() < deadline; i++) {
        const url = job.urls[i % job.urls.length] as string;
        const t0 = performance.now();
        const status = await get(url);
        latencies.push(performance.now() - t0);
        if (status !== 200) {
          errors += 1;
          if (errorSamples.length < 5) errorSamples.push(`${status} ${url}`);
        }
      }
    }),
  );
  agent.destroy();
  const result: LoadResult = { requests: latencies.length, errors, seconds: (performance.now() - started) / 1000, latencies, errorSamples };
  process.stdout.write(JSON.stringify(result));
}

function runLoad(job: Job): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    // The same runtime flags (tsx's loader) as this process, in a process of its own.
    const child = spawn(process.execPath, [...process.execArgv, scriptPath, '--worker'], { stdio: ['pipe', 'pipe', 'inherit'] });
    const out: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
    child.on('error', reject);
    child.on('exit', (code) => (code === 0 ? resolve(JSON.parse(Buffer.concat(out).toString('utf8')) as LoadResult) : reject(new Error(`load process exited with ${code}`))));
    child.stdin.end(JSON.stringify(job));
  });
}

// ---------------------------------------------------------------------------------------------------------------
// German offers
// ---------------------------------------------------------------------------------------------------------------

/** A small deterministic generator: the same offers on every run and on both databases. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const some = <T>(list: readonly T[], max: number): T[] => [...new Set(Array.from({ length: 1 + Math.floor(next() * max) }, () => pick(list)))];
  return { next, pick, some };
}

type Theme = {
  topics: string[];
  prefixes: string[];
  heads: string[];
  sentences: string[];
  ages: [number | null, number | null][];
  groups: TargetGroup[];
};

// About 300 words and compounds of family and youth services, grouped by what they are about.
const themes: Theme[] = [
  {
    topics: ['erziehungsberatung', 'beratung'],
    prefixes: ['Erziehungs', 'Familien', 'Eltern', 'Jugend', 'Lebens', 'Paar'],
    heads: ['beratung', 'beratungsstelle', 'sprechstunde', 'telefon', 'coaching'],
    sentences: [
      'Psychologische Beratung für Eltern, Kinder und Jugendliche bei Fragen zur Erziehung.',
      'Wir beraten bei Entwicklungsproblemen, Schulschwierigkeiten und Konflikten in der Familie.',
      'Die Beratung ist kostenfrei, vertraulich und auf Wunsch anonym.',
      'Termine nach Vereinbarung, in dringenden Fällen auch kurzfristig.',
    ],
    ages: [[0, 27], [null, null], [6, 18]],
    groups: ['parents', 'families', 'youth'],
  },
  {
    topics: ['trennung'],
    prefixes: ['Trennungs', 'Scheidungs', 'Umgangs', 'Väter', 'Mütter'],
    heads: ['beratung', 'gruppe', 'café', 'begleitung'],
    sentences: [
      'Eltern in Trennung klären Umgang, Sorgerecht und Unterhalt.',
      'Begleiteter Umgang in freundlichen Räumen.',
      'Eine Gruppe für Kinder, deren Eltern sich getrennt haben.',
    ],
    ages: [[null, null], [6, 12]],
    groups: ['parents', 'single_parents', 'children'],
  },
  {
    topics: ['schuldnerberatung', 'finanzielle-hilfen'],
    prefixes: ['Schuldner', 'Budget', 'Sozial', 'Haushalts', 'Insolvenz'],
    heads: ['beratung', 'sprechstunde', 'hilfe', 'training'],
    sentences: [
      'Hilfe bei Schulden, Mahnungen und Pfändung, mit Haushaltsplan und Pfändungsschutzkonto.',
      'Wir helfen bei Anträgen auf Bürgergeld, Wohngeld, Kinderzuschlag und Bildung und Teilhabe.',
      'Beratung zu Unterhaltsvorschuss, Elterngeld und Stiftungsmitteln.',
    ],
    ages: [[null, null]],
    groups: ['families', 'parents'],
  },
  {
    topics: ['fruehe-hilfen'],
    prefixes: ['Baby', 'Krabbel', 'Still', 'Hebammen', 'Säuglings', 'Familienhebammen', 'Willkommens', 'Eltern-Kind-'],
    heads: ['gruppe', 'treff', 'sprechstunde', 'kurs', 'café', 'besuch', 'massage', 'frühstück'],
    sentences: [
      'Für Eltern mit Babys im ersten Lebensjahr: Spielen, Singen und Austausch.',
      'Eine Hebamme beantwortet Fragen zu Stillen, Schlaf und Entwicklung.',
      'Sanfte Babymassage stärkt die Bindung zwischen Eltern und Kind.',
      'Nach der Geburt besuchen wir Familien zu Hause und bringen ein Begrüßungspaket.',
      'Krabbelgruppe für Kinder von acht bis achtzehn Monaten.',
    ],
    ages: [[0, 1], [0, 2], [0, 3]],
    groups: ['parents', 'expectant_parents', 'families'],
  },
  {
    topics: ['familienbildung', 'eltern-familie'],
    prefixes: ['Eltern', 'Familien', 'Väter', 'Mütter', 'Großeltern', 'Nachbarschafts'],
    heads: ['café', 'treff', 'kurs', 'abend', 'frühstück', 'zentrum', 'werkstatt', 'ausflug'],
    sentences: [
      'Treffpunkt für Mütter und Väter bei Kaffee und Kuchen, die Kinder spielen nebenan.',
      'Elternkurs: Erziehung ohne Gewalt, Grenzen setzen, Konflikte lösen.',
      'Familien kochen gemeinsam einfache und günstige Gerichte.',
      'Einmal im Monat mit Fachleuten zu Erziehungsfragen.',
      'Familienzentrum mit Beratung, Kursen und offenen Treffpunkten unter einem Dach.',
    ],
    ages: [[null, null], [0, 10]],
    groups: ['parents', 'families'],
  },
  {
    topics: ['alleinerziehende'],
    prefixes: ['Alleinerziehenden', 'Mütter', 'Väter'],
    heads: ['treff', 'frühstück', 'gruppe', 'beratung', 'netzwerk'],
    sentences: [
      'Alleinerziehende Mütter und Väter tauschen sich aus, die Kinderbetreuung ist organisiert.',
      'Infoabende zu Unterhalt, Umgangsrecht und Kinderbetreuung.',
    ],
    ages: [[null, null]],
    groups: ['single_parents', 'parents'],
  },
  {
    topics: ['hausaufgaben', 'bildung'],
    prefixes: ['Hausaufgaben', 'Lern', 'Lese', 'Mathe', 'Schüler', 'Nachhilfe'],
    heads: ['hilfe', 'förderung', 'werkstatt', 'club', 'paten', 'lotsen', 'treff'],
    sentences: [
      'Schulkinder machen ihre Hausaufgaben mit Ehrenamtlichen, danach wird gespielt.',
      'Nachhilfe in Mathe, Deutsch und Englisch, einzeln oder in kleinen Gruppen.',
      'Ehrenamtliche lesen mit Grundschulkindern, die beim Lesen Unterstützung brauchen.',
      'Über Bildung und Teilhabe finanzierbar.',
    ],
    ages: [[6, 12], [10, 17], [6, 10]],
    groups: ['children', 'youth'],
  },
  {
    topics: ['beruf'],
    prefixes: ['Bewerbungs', 'Berufs', 'Ausbildungs', 'Praktikums', 'Jugendberufs'],
    heads: ['training', 'beratung', 'werkstatt', 'agentur', 'börse', 'coaching'],
    sentences: [
      'Lebenslauf, Anschreiben und Vorstellungsgespräch üben.',
      'Beratung zum Übergang von der Schule in den Beruf: Ausbildung, Praktikum, Studium.',
    ],
    ages: [[14, 25], [15, 27]],
    groups: ['youth', 'young_adults'],
  },
  {
    topics: ['sport', 'freizeit-sport'],
    prefixes: ['Fußball', 'Handball', 'Basketball', 'Schwimm', 'Tanz', 'Kletter', 'Turn', 'Box', 'Judo', 'Mädchenfußball', 'Rad'],
    heads: ['training', 'kurs', 'gruppe', 'ag', 'verein', 'camp', 'turnier'],
    sentences: [
      'Training für Mädchen und Jungen, Schnuppertraining jederzeit.',
      'Kinder lernen schwimmen: Wassergewöhnung, Gleiten, Tauchen und das Seepferdchen.',
      'Inklusives Training für Kinder mit und ohne Behinderung in kleinen Gruppen.',
      'Unser Trainer hat eine Fortbildung zu Autismus gemacht.',
      'Der Vereinsbeitrag kann über Bildung und Teilhabe bezahlt werden.',
    ],
    ages: [[6, 14], [8, 18], [5, 8], [12, 21]],
    groups: ['children', 'youth', 'girls', 'boys'],
  },
  {
    topics: ['kultur', 'ferien'],
    prefixes: ['Musik', 'Theater', 'Zirkus', 'Kunst', 'Band', 'Medien', 'Foto', 'Ferien', 'Sommer', 'Koch'],
    heads: ['werkstatt', 'projekt', 'gruppe', 'kurs', 'freizeit', 'camp', 'atelier', 'club'],
    sentences: [
      'Akrobatik, Jonglage und Einrad mit einer Aufführung im Sommer.',
      'Jugendliche proben im Bandraum, Instrumente sind vorhanden.',
      'Drei Wochen Ferienprogramm mit Ausflügen, Spielen und Mittagessen.',
      'Eine Woche Zeltlager an der Ostsee mit Baden und Lagerfeuer.',
      'Malen, Drucken und Gestalten im offenen Atelier.',
    ],
    ages: [[7, 14], [10, 18], [6, 12]],
    groups: ['children', 'youth'],
  },
  {
    topics: ['jugendtreff', 'jugendarbeit'],
    prefixes: ['Jugend', 'Kinder', 'Mädchen', 'Jungen', 'Teenie'],
    heads: ['treff', 'café', 'haus', 'club', 'zentrum', 'raum', 'disco'],
    sentences: [
      'Offener Treff mit Kicker, Musik, Kochen und Gesprächen.',
      'Wir haben Zeit zum Zuhören und helfen bei Problemen mit Schule und Ausbildung.',
      'Freitags Disco, samstags Ausflüge.',
      'Ein Raum nur für Mädchen, mit Beratung und Projekten.',
    ],
    ages: [[10, 21], [12, 27], [6, 14]],
    groups: ['youth', 'children', 'girls', 'boys'],
  },
  {
    topics: ['streetwork', 'schulsozialarbeit'],
    prefixes: ['Straßen', 'Schul', 'Mobile ', 'Aufsuchende '],
    heads: ['sozialarbeit', 'jugendarbeit', 'sprechstunde'],
    sentences: [
      'Streetworker sind an den Treffpunkten von Jugendlichen unterwegs und hören zu.',
      'Ansprechpartnerin für Schülerinnen, Schüler und Eltern bei Streit, Mobbing und Sorgen.',
      'Hilfe bei Problemen mit Wohnung, Drogen oder Polizei.',
    ],
    ages: [[12, 27], [6, 18]],
    groups: ['youth', 'young_adults'],
  },
  {
    topics: ['sprache-integration'],
    prefixes: ['Sprach', 'Deutsch', 'Integrations', 'Willkommens', 'Migrations', 'Dolmetsch'],
    heads: ['kurs', 'café', 'treff', 'dienst', 'lotsen', 'paten', 'beratung'],
    sentences: [
      'Deutschkurs für Mütter am Vormittag, die Kinder werden nebenan betreut.',
      'Deutsch sprechen üben in lockerer Runde, für Erwachsene aus allen Ländern.',
      'Sprachmittlerinnen begleiten zu Kita, Schule und Arzt.',
      'Beratung für junge Zugewanderte zu Schule, Ausbildung und Aufenthalt.',
    ],
    ages: [[null, null], [12, 27]],
    groups: ['newcomers', 'parents'],
  },
  {
    topics: ['kinderbetreuung'],
    prefixes: ['Kita', 'Kinder', 'Ganztags', 'Ferien', 'Notfall', 'Tages'],
    heads: ['lotsen', 'betreuung', 'platz', 'pflege', 'gruppe', 'schule'],
    sentences: [
      'Wir helfen bei der Suche nach einem Kitaplatz und erklären die Anmeldung.',
      'Tagesmütter und Tagesväter betreuen Kinder unter drei Jahren.',
      'Betreuung nach dem Unterricht mit Mittagessen und Lernzeit.',
    ],
    ages: [[0, 6], [0, 3], [6, 10]],
    groups: ['children', 'parents'],
  },
  {
    topics: ['trauer'],
    prefixes: ['Trauer', 'Abschieds', 'Erinnerungs'],
    heads: ['gruppe', 'café', 'begleitung', 'raum'],
    sentences: [
      'Kinder, die einen Elternteil oder ein Geschwisterkind verloren haben, treffen sich alle zwei Wochen.',
      'Gesprächsrunde für Erwachsene, die einen Angehörigen verloren haben.',
    ],
    ages: [[6, 12], [null, null]],
    groups: ['children', 'families'],
  },
  {
    topics: ['sucht', 'psychische-gesundheit'],
    prefixes: ['Sucht', 'Drogen', 'Krisen', 'Medien', 'Präventions'],
    heads: ['beratung', 'dienst', 'gruppe', 'telefon', 'projekt', 'hilfe'],
    sentences: [
      'Beratung zu Alkohol, Cannabis, Glücksspiel und Medienkonsum.',
      'Hilfe in seelischen Krisen, auch am Abend und am Wochenende.',
      'Eine Gruppe für Kinder aus suchtbelasteten Familien.',
    ],
    ages: [[14, 27], [8, 12], [null, null]],
    groups: ['youth', 'young_adults', 'children'],
  },
  {
    topics: ['gewaltschutz'],
    prefixes: ['Kinderschutz', 'Gewaltschutz', 'Frauen', 'Mädchen', 'Opfer'],
    heads: ['zentrum', 'beratung', 'haus', 'telefon', 'dienst'],
    sentences: [
      'Vertrauliche Beratung bei häuslicher Gewalt, Schutz und Unterkunft rund um die Uhr.',
      'Beratung bei Misshandlung, Vernachlässigung und sexueller Gewalt.',
    ],
    ages: [[null, null]],
    groups: ['families', 'children', 'girls'],
  },
  {
    topics: ['inklusion', 'gesundheit'],
    prefixes: ['Inklusions', 'Gesundheits', 'Ernährungs', 'Bewegungs', 'Reit', 'Autismus'],
    heads: ['beratung', 'gruppe', 'sprechstunde', 'therapie', 'kurs', 'treff'],
    sentences: [
      'Angebote für Kinder mit und ohne Behinderung, barrierefrei erreichbar.',
      'Gesund essen mit wenig Geld: Kochtipps und Einkaufsplanung.',
      'Schuleingangsuntersuchung und Impfberatung.',
    ],
    ages: [[null, null], [3, 14]],
    groups: ['disabilities', 'children', 'families'],
  },
];

const places = ['Lupinenweg', 'Bahnhof', 'Marktplatz', 'Harksheide', 'Garstedt', 'Friedrichsgabe', 'Glashütte', 'Mitte', 'Moorbek', 'Falkenberg', 'Waldstraße', 'Rathausallee', 'Stadtpark', 'Ochsenzoll', 'Tannenhof', 'Lindenhof', 'Am Tarpenufer', 'Schmuggelstieg'];
const audiences = ['für Kinder', 'für Jugendliche', 'für Eltern', 'für Familien', 'für Mädchen', 'für Jungen', 'für Alleinerziehende', 'für Zugewanderte', 'für junge Erwachsene'];
const times = ['am Nachmittag', 'am Abend', 'am Wochenende', 'am Vormittag', 'in den Ferien'];
const general = [
  'Das Angebot ist kostenlos und ohne Anmeldung.',
  'Bitte melden Sie sich vorher telefonisch an.',
  'Die Räume sind barrierefrei.',
  'Wir sprechen auch Türkisch, Arabisch, Russisch und Ukrainisch.',
  'Geschwisterkinder sind willkommen.',
  'Ein kleiner Beitrag, ermäßigt mit dem Familienpass.',
  'Im Stadtteilhaus, gut mit Bus und Bahn erreichbar.',
  'Eine Kooperation mit der Schulsozialarbeit.',
  'Geleitet von pädagogischen Fachkräften.',
  'Ehrenamtliche unterstützen das Team.',
];
const orgPrefixes = ['AWO', 'Diakonie', 'Caritas', 'DRK', 'Paritätischer', 'Kinderschutzbund', 'Lebenshilfe', 'SV', 'TSV', 'Jugendhilfe', 'Familienzentrum', 'Förderverein', 'Elterninitiative', 'Stadtteilverein', 'Jugendwerk'];
const traitsList = ['free_of_charge', 'no_registration', 'barrier_free', 'inclusive', 'childcare'] as const satisfies readonly LowThresholdTrait[];
const languageList = ['de', 'tr', 'ar', 'ru', 'uk', 'pl', 'fa', 'en'];
const weekdayList: Weekday[] = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'];

/** The city: a bbox like Norderstedt's, cut into 4 × 3 social spaces. */
const city: [number, number, number, number] = [9.93, 53.66, 10.08, 53.76];
const spaceGrid = { cols: 4, rows: 3 };

type Offer = {
  id: string;
  organization: number;
  name: string;
  description: string;
  status: string;
  topicIds: string[];
  topicPath: string[];
  minimumAge: number | null;
  maximumAge: number | null;
  traits: string[];
  languages: string[];
  targetGroups: string[];
  keywords: string[];
  lon: number;
  lat: number;
  space: number;
  openWeek: string | null;
  assuredDate: string | null;
  a: string;
  b: string;
  c: string;
  d: string;
  street: string;
  fields: Parameters<typeof searchDocument>[0];
};

/**
 * searchDocument() a hundred times faster: it treats every whitespace-separated piece of text on its own (normalize,
 * drop stop words, split compounds), so the document is the concatenation of the documents of its pieces, and those
 * repeat. `seed()` checks the result against searchDocument() itself on a sample.
 */
function fastSearchDocument(): (fields: Parameters<typeof searchDocument>[0]) => ReturnType<typeof searchDocument> {
  const pieces = new Map<string, { text: string; words: string[]; parts: string[] }>();
  const piece = (token: string) => {
    let found = pieces.get(token);
    if (!found) {
      const doc = searchDocument({ name: token });
      const parts = doc.weighted.D.split(' ').filter(Boolean);
      pieces.set(token, (found = { text: doc.weighted.A, words: doc.words, parts }));
    }
    return found;
  };
  return (fields) => {
    const texts = (list: (string | null | undefined)[]) => list.flatMap((text) => (text ? text.split(/\s+/).filter(Boolean).map(piece) : []));
    const a = texts([fields.name, fields.alternateName]);
    const b = texts([...(fields.topics ?? []), ...(fields.keywords ?? []), fields.organization]);
    const c = texts([fields.description]);
    const join = (list: { text: string }[]) => list.map((p) => p.text).filter(Boolean).join(' ');
    const all = [...a, ...b, ...c];
    const parts = [...new Set(all.flatMap((p) => p.parts))];
    return { weighted: { A: join(a), B: join(b), C: join(c), D: parts.join(' ') }, words: [...new Set(all.flatMap((p) => p.words))] };
  };
}

type Terms = Map<string, { id: string; name: string; parentId: string | null }>;

function uuidFrom(n: number): string {
  const hex = n.toString(16).padStart(12, '0');
  return `b0000000-0000-4000-8000-${hex}`;
}

function generateOffers(count: number, terms: Terms, organizationNames: string[], today: string): { offers: Offer[]; words: Set<string> } {
  const r = random(4);
  const termById = new Map([...terms.values()].map((t) => [t.id, t]));
  const pathOf = (ids: string[]) => {
    const out = new Set<string>();
    for (const id of ids) {
      for (let cursor = termById.get(id); cursor && !out.has(cursor.id); cursor = cursor.parentId ? termById.get(cursor.parentId) : undefined) out.add(cursor.id);
    }
    return [...out];
  };
  const pathCache = new Map<string, string[]>();
  const documentOf = fastSearchDocument();
  const words = new Set<string>();
  const offers: Offer[] = [];
  const [minLon, minLat, maxLon, maxLat] = city;
  for (let i = 0; i < count; i++) {
    const theme = r.pick(themes);
    const prefix = r.pick(theme.prefixes);
    const head = r.pick(theme.heads);
    // "Mobile " + "jugendarbeit" and "Eltern-Kind-" + "gruppe" keep the head capitalised; others make one compound.
    const compound = /[ -]$/.test(prefix) ? `${prefix}${head.charAt(0).toUpperCase()}${head.slice(1)}` : `${prefix}${head}`;
    const place = r.pick(places);
    const roll = r.next();
    const name = roll < 0.35 ? `${compound} ${r.pick(audiences)}` : roll < 0.6 ? `${compound} ${place}` : roll < 0.75 ? `${compound} ${r.pick(times)}` : compound;
    const sentences = [...r.some(theme.sentences, 3), ...r.some(general, 2)];
    if (r.next() < 0.3) sentences.push(`Treffpunkt: ${place}, ${r.pick(times)}.`);
    const description = sentences.join(' ');
    const topicCodes = r.some(theme.topics, 2);
    const topicIds = topicCodes.map((code) => terms.get(code)?.id).filter((id): id is string => !!id);
    const key = topicIds.join(',');
    let topicPath = pathCache.get(key);
    if (!topicPath) pathCache.set(key, (topicPath = pathOf(topicIds)));
    const [minimumAge, maximumAge] = r.pick(theme.ages);
    const traits = new Set<string>(r.next() < 0.7 ? r.some(traitsList, 3) : []);
    const languages = ['de', ...(r.next() < 0.4 ? r.some(languageList, 3) : [])];
    const targetGroups = r.some(theme.groups, 2);
    const schedules = r.next() < 0.8
      ? [{ byday: r.some(weekdayList, 3).join(','), opens_at: `${String(8 + Math.floor(r.next() * 9)).padStart(2, '0')}:00`, closes_at: '' }]
      : [];
    for (const s of schedules) s.closes_at = `${String(Math.min(22, Number(s.opens_at.slice(0, 2)) + 2 + Math.floor(r.next() * 4))).padStart(2, '0')}:00`;
    if (opensEveningsOrWeekends(schedules)) traits.add('evenings_weekends');
    const lon = minLon + r.next() * (maxLon - minLon);
    const lat = minLat + r.next() * (maxLat - minLat);
    const col = Math.min(spaceGrid.cols - 1, Math.floor(((lon - minLon) / (maxLon - minLon)) * spaceGrid.cols));
    const row = Math.min(spaceGrid.rows - 1, Math.floor(((lat - minLat) / (maxLat - minLat)) * spaceGrid.rows));
    const organization = Math.floor(r.next() * organizationNames.length);
    const street = `${place} ${1 + Math.floor(r.next() * 120)}`;
    const keywords = r.next() < 0.3 ? [prefix.trim().replace(/-$/, ''), head] : [];
    const statusRoll = r.next();
    const status = statusRoll < 0.93 ? 'active' : statusRoll < 0.97 ? 'inactive' : statusRoll < 0.99 ? 'temporarily closed' : 'defunct';
    const assuredRoll = r.next();
    const assuredDate = assuredRoll < 0.1 ? null : new Date(Date.parse(today) - Math.floor(r.next() * (assuredRoll < 0.8 ? 330 : 900)) * 86_400_000).toISOString().slice(0, 10);
    // What reindexServices() feeds searchDocument(), computed the same way but with decompound() remembered per word
    // (searchDocument() itself takes half a millisecond an offer); `seed()` checks both agree on a sample.
    const fields = searchFieldsOf({
      name,
      alternateName: null,
      keywords,
      addresses: [`${street} 22846 Norderstedt`],
      description,
      topics: topicPath.map((id) => termById.get(id)?.name ?? '').filter(Boolean),
      organization: organizationNames[organization] ?? null,
      traits: [...traits],
      targetGroups,
    });
    const texts = documentOf(fields);
    for (const w of texts.words) words.add(w);
    offers.push({
      id: uuidFrom(i + 1),
      organization,
      name,
      description,
      status,
      topicIds,
      topicPath,
      minimumAge,
      maximumAge,
      traits: [...traits],
      languages: [...new Set(languages)],
      targetGroups,
      keywords,
      lon,
      lat,
      space: row * spaceGrid.cols + col,
      openWeek: openWeekOf(schedules, today),
      assuredDate,
      a: texts.weighted.A,
      b: texts.weighted.B,
      c: texts.weighted.C,
      d: texts.weighted.D,
      street,
      fields,
    });
  }
  return { offers, words };
}

// ---------------------------------------------------------------------------------------------------------------
// Seeding
// ---------------------------------------------------------------------------------------------------------------

type Seeded = { officeCode: string; spaceIds: string[]; topicIds: Map<string, string>; offers: number; seconds: Record<string, number> };

async function seed(database: Database, count: number, log: (line: string) => void): Promise<Seeded> {
  const seconds: Record<string, number> = {};
  const time = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const t0 = performance.now();
    const result = await work();
    seconds[label] = Math.round(performance.now() - t0) / 1000;
    log(`  ${label}: ${seconds[label]} s`);
    return result;
  };
  const db = database.db;
  await time('migrate', () => migrate(db));
  const officeCode = 'bench';
  const { officeId, spaceIds } = await time('office, topics, spaces', () =>
    db.transaction(async (tx) => {
      const office = await insertOffice(tx, { code: officeCode, name: 'Bench-Stadt' });
      const ctx = { tx, actor: { kind: 'system' as const, label: 'Benchmark', officeId: office.id }, officeId: office.id };
      await setUpOffice(ctx);
      const ids: string[] = [];
      const [minLon, minLat, maxLon, maxLat] = city;
      const w = (maxLon - minLon) / spaceGrid.cols;
      const h = (maxLat - minLat) / spaceGrid.rows;
      for (let row = 0; row < spaceGrid.rows; row++) {
        for (let col = 0; col < spaceGrid.cols; col++) {
          const [x, y] = [minLon + col * w, minLat + row * h];
          const boundary = { type: 'Polygon', coordinates: [[[x, y], [x + w, y], [x + w, y + h], [x, y + h], [x, y]]] } as Boundary;
          const space = await createSpace(ctx, { code: `SR-${row}${col}`, name: `Sozialraum ${row * spaceGrid.cols + col + 1}`, description: '', boundary, population: null, colour: null });
          ids.push(space.id);
        }
      }
      return { officeId: office.id, spaceIds: ids };
    }),
  );
  const termRows = await queryRows<{ id: string; code: string; name: string; parent_id: string | null }>(db, sql`select id, code, name, parent_id from taxonomy_terms where office_id = ${officeId}`);
  const terms: Terms = new Map(termRows.map((t) => [t.code, { id: t.id, name: t.name, parentId: t.parent_id }]));
  const organizationNames = Array.from({ length: 800 }, (_, i) => `${orgPrefixes[i % orgPrefixes.length]} ${places[Math.floor(i / orgPrefixes.length) % places.length]}${i >= orgPrefixes.length * places.length ? ` ${i}` : ''}`);
  const organizationIds = organizationNames.map((_, i) => uuidFrom(10_000_000 + i));
  await time('organizations', () =>
    db.execute(sql`insert into organizations (id, office_id, name, type)
      select r.id, ${officeId}, r.name, 'other' from json_to_recordset(${JSON.stringify(organizationNames.map((name, i) => ({ id: organizationIds[i], name })))}::json) as r(id uuid, name text)`),
  );
  const today = todayInBerlin();
  const { offers, words } = await time('generate texts (TS)', async () => generateOffers(count, terms, organizationNames, today));
  // The bench computes search parts with a remembered decompound(); prove it equals searchDocument() on a sample.
  for (const offer of offers.filter((_, i) => i % Math.max(1, Math.floor(offers.length / 300)) === 0)) {
    const doc = searchDocument(offer.fields);
    const ours = { A: offer.a, B: offer.b, C: offer.c, D: offer.d };
    if (JSON.stringify(doc.weighted) !== JSON.stringify(ours) || !doc.words.every((w) => words.has(w))) throw new Error(`search texts differ for ${offer.name}: ${JSON.stringify(doc.weighted)} ≠ ${JSON.stringify(ours)}`);
  }
  await time('insert offers (INSERT … SELECT, search vector in SQL)', async () => {
    for (let i = 0; i < offers.length; i += 5_000) {
      // Arrays as PostgreSQL array literals (their items are codes and UUIDs: nothing to quote).
      const list = (items: readonly string[]) => `{${items.join(',')}}`;
      const chunk = offers.slice(i, i + 5_000).map((o) => ({
        id: o.id,
        organization_id: organizationIds[o.organization],
        name: o.name,
        description: o.description,
        status: o.status,
        minimum_age: o.minimumAge,
        maximum_age: o.maximumAge,
        assured_date: o.assuredDate,
        target_groups: list(o.targetGroups),
        traits: list(o.traits),
        languages: list(o.languages),
        keywords: list(o.keywords),
        topic_ids: list(o.topicIds),
        topic_path: list(o.topicPath),
        space_ids: list([spaceIds[o.space] ?? '']),
        lon: o.lon,
        lat: o.lat,
        open_week: o.openWeek,
        a: o.a,
        b: o.b,
        c: o.c,
        d: o.d,
      }));
      await db.execute(sql`
        insert into services (id, office_id, organization_id, name, description, status, minimum_age, maximum_age, assured_date,
                              target_groups, traits, languages, keywords, topic_ids, topic_path, space_ids, lon, lat, open_week, search_vector)
        select r.id, ${officeId}, r.organization_id, r.name, r.description, r.status, r.minimum_age, r.maximum_age, r.assured_date,
               r.target_groups::text[], r.traits::text[], r.languages::text[], r.keywords::text[],
               r.topic_ids::uuid[], r.topic_path::uuid[], r.space_ids::uuid[], r.lon, r.lat, r.open_week::int4multirange,
               setweight(to_tsvector('german', r.a), 'A') || setweight(to_tsvector('german', r.b), 'B') ||
               setweight(to_tsvector('german', r.c), 'C') || setweight(to_tsvector('german', r.d), 'D')
        from json_to_recordset(${JSON.stringify(chunk)}::json) as r(
          id uuid, organization_id uuid, name text, description text, status text, minimum_age int, maximum_age int, assured_date date,
          target_groups text, traits text, languages text, keywords text, topic_ids text, topic_path text, space_ids text,
          lon float8, lat float8, open_week text, a text, b text, c text, d text)`);
    }
  });
  await time('locations (INSERT … SELECT)', async () => {
    for (let i = 0; i < offers.length; i += 10_000) {
      const chunk = offers.slice(i, i + 10_000).map((o) => ({ id: o.id, street: o.street, lon: o.lon, lat: o.lat, space_id: spaceIds[o.space] }));
      await db.execute(sql`
        insert into locations (id, office_id, street, postal_code, city, latitude, longitude, space_id)
        select r.id, ${officeId}, r.street, '22846', 'Norderstedt', r.lat, r.lon, r.space_id
        from json_to_recordset(${JSON.stringify(chunk)}::json) as r(id uuid, street text, lon float8, lat float8, space_id uuid)`);
    }
    await db.execute(sql`insert into service_at_locations (office_id, service_id, location_id) select office_id, id, id from services where office_id = ${officeId}`);
  });
  await time('search words', () => db.transaction((tx) => addSearchWords(tx, [...words])));
  await time('analyze', () => db.execute(sql`analyze`));
  return { officeCode, spaceIds, topicIds: new Map([...terms].map(([code, t]) => [code, t.id])), offers: offers.length, seconds };
}

// ---------------------------------------------------------------------------------------------------------------
// The query mix
// ---------------------------------------------------------------------------------------------------------------

const queries = [
  'Kinder', 'Beratung', 'Familie', 'Jugendtreff', 'Hausaufgabenhilfe', 'Fusball', 'Schwimmkurs', 'Elterncafe', 'Trauer Kind', 'Sucht',
  'Erziehungsberatung', 'Deutsch lernen', 'Hilfe bei Schulden', 'Mädchen Sport', 'Kita Platz', 'Babymassage', 'Beratung Trennung',
  'Ferien', 'Musik Jugendliche', 'Straßensozialarbeit', 'Schwangerschaftsberatng', 'Nachhilfe Mathe', 'Mobbing', 'kostenlos',
  'Alleinerziehende', 'Krabbelgruppe', 'Theater', 'Integration', 'Tanz', 'Hebame',
];

function queryMix(seeded: Seeded): string[] {
  const [minLon, minLat, maxLon, maxLat] = city;
  const centre = `${((minLon + maxLon) / 2).toFixed(4)},${((minLat + maxLat) / 2).toFixed(4)}`;
  const filters = [
    '',
    '',
    `spaceId=${seeded.spaceIds[5]}`,
    'age=8',
    'traits=free_of_charge',
    `near=${centre}&radius=2000`,
    `near=${centre}&radius=1500&sort=distance`,
    `topic=${seeded.topicIds.get('freizeit-sport')}`,
    'language=tr',
    'openDay=TU&openTime=16:00',
  ];
  const urls = queries.map((q, i) => `/api/services?office=${seeded.officeCode}&q=${encodeURIComponent(q)}&${filters[i % filters.length]}`.replace(/&$/, ''));
  // Lists without a search term: the public list and staff filters, sorted by name or distance.
  urls.push(`/api/services?office=${seeded.officeCode}`);
  urls.push(`/api/services?office=${seeded.officeCode}&spaceId=${seeded.spaceIds[2]}&age=10`);
  urls.push(`/api/services?office=${seeded.officeCode}&near=${centre}&radius=1000`);
  urls.push(`/api/services?office=${seeded.officeCode}&topic=${seeded.topicIds.get('beratung')}&page=3`);
  return urls;
}

// ---------------------------------------------------------------------------------------------------------------
// Running
// ---------------------------------------------------------------------------------------------------------------

const percentile = (sortedValues: number[], p: number) => sortedValues[Math.min(sortedValues.length - 1, Math.floor((p / 100) * sortedValues.length))] ?? NaN;
const round = (v: number, digits = 1) => Math.round(v * 10 ** digits) / 10 ** digits;

type Figures = {
  db: 'pglite' | 'postgres';
  offers: number;
  round: number;
  seedSeconds: Record<string, number>;
  /** The machine's 1-minute load average after the round: other work on the two cores skews every figure. */
  loadAverage: number;
  single: { requests: number; errors: number; p50: number; p99: number; rps: number };
  concurrent: { clients: number; seconds: number; requests: number; errors: number; p50: number; p99: number; rps: number; ratio: number; errorSamples: string[] };
  map: { features: number; total: number; bytes: number; gzipBytes: number; ms: number };
  slowest: { url: string; ms: number }[];
  mix: string[];
};

async function measure(base: string, seeded: Seeded, duration: number, log: (line: string) => void): Promise<Omit<Figures, 'db' | 'offers' | 'round' | 'seedSeconds' | 'loadAverage'>> {
  const urls = queryMix(seeded);
  // Warm-up (plans, caches) and the slowest queries of the mix, one at a time.
  const perUrl: { url: string; ms: number }[] = [];
  for (let pass = 0; pass < 2; pass++) {
    for (const url of urls) {
      const t0 = performance.now();
      const response = await fetch(`${base}${url}`);
      await response.arrayBuffer();
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      if (pass === 1) perUrl.push({ url, ms: round(performance.now() - t0) });
    }
  }
  const singleSeconds = Math.max(5, Math.round(duration / 2));
  log(`  one client, ${singleSeconds} s …`);
  const one = await runLoad({ base, urls, clients: 1, seconds: singleSeconds });
  const oneSorted = [...one.latencies].sort((a, b) => a - b);
  const single = { requests: one.requests, errors: one.errors, p50: round(percentile(oneSorted, 50)), p99: round(percentile(oneSorted, 99)), rps: round(one.requests / one.seconds) };
  log(`  32 clients, ${duration} s …`);
  const many = await runLoad({ base, urls, clients: 32, seconds: duration });
  const manySorted = [...many.latencies].sort((a, b) => a - b);
  const rps = round(many.requests / many.seconds);
  const concurrent = {
    clients: 32,
    seconds: round(many.seconds),
    requests: many.requests,
    errors: many.errors,
    p50: round(percentile(manySorted, 50)),
    p99: round(percentile(manySorted, 99)),
    rps,
    ratio: round(rps / single.rps, 2),
    errorSamples: many.errorSamples,
  };
  const [minLon, minLat, maxLon, maxLat] = city;
  const t0 = performance.now();
  const mapResponse = await fetch(`${base}/api/map/services?office=${seeded.officeCode}&bbox=${minLon},${minLat},${maxLon},${maxLat}&zoom=12`);
  const mapText = await mapResponse.text();
  const mapMs = round(performance.now() - t0);
  const mapBody = JSON.parse(mapText) as { features: unknown[]; total: number };
  const map = { features: mapBody.features.length, total: mapBody.total, bytes: Buffer.byteLength(mapText), gzipBytes: gzipSync(mapText).length, ms: mapMs };
  return { single, concurrent, map, slowest: perUrl.sort((a, b) => b.ms - a.ms).slice(0, 8), mix: urls };
}

async function openTarget(kind: 'pglite' | 'postgres'): Promise<{ database: Database; cleanup: () => Promise<void>; where: string }> {
  if (kind === 'pglite') {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sozialraum-bench-'));
    const database = await openPgliteFolder(dir);
    return { database, cleanup: async () => fs.rmSync(dir, { recursive: true, force: true }), where: dir };
  }
  const url = process.env.DATABASE_URL || process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('PostgreSQL: DATABASE_URL oder TEST_DATABASE_URL setzen (z. B. postgres://postgres@127.0.0.1:5432/test).');
  const name = 'sozialraum_bench';
  const admin = openPostgres(url);
  await admin.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
  await admin.db.execute(sql.raw(`create database ${name}`));
  await admin.close();
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  const database = openPostgres(scratch.toString());
  return {
    database,
    where: scratch.toString(),
    cleanup: async () => {
      const again = openPostgres(url);
      await again.db.execute(sql.raw(`drop database if exists ${name} with (force)`));
      await again.close();
    },
  };
}

type Options = { offers: number; duration: number; rounds: number; keep: boolean; seedOnly: boolean };

type Target = { kind: 'pglite' | 'postgres'; database: Database; cleanup: () => Promise<void>; where: string; seeded: Seeded; base: string; close: () => Promise<void> };

/** Opens and fills one database and starts the app on it. */
async function prepareTarget(kind: 'pglite' | 'postgres', options: Options, log: (line: string) => void): Promise<Target> {
  log(`\n${kind}: ${options.offers.toLocaleString('de-DE')} offers`);
  const { database, cleanup, where } = await openTarget(kind);
  try {
    const seeded = await seed(database, options.offers, log);
    const settings = readSettings({ LOG_LEVEL: 'silent', PUBLIC_URL: 'http://127.0.0.1' });
    const app = await buildApp({ settings, database, logger: false, serveWeb: false });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    const base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    return { kind, database, cleanup, where, seeded, base, close: () => app.close() };
  } catch (error) {
    await database.close();
    await cleanup();
    throw error;
  }
}

async function closeTarget(target: Target, options: Options, log: (line: string) => void): Promise<void> {
  await target.close();
  await target.database.close();
  if (options.keep) log(`  kept: ${target.where}`);
  else await target.cleanup();
}

/** Rounds interleaved across the databases (FINDINGS: noisy machine, compare medians of interleaved rounds). */
async function benchAll(kinds: ('pglite' | 'postgres')[], options: Options, log: (line: string) => void): Promise<Figures[]> {
  const targets: Target[] = [];
  const results: Figures[] = [];
  try {
    for (const kind of kinds) targets.push(await prepareTarget(kind, options, log));
    if (options.seedOnly) return results;
    for (let round = 1; round <= options.rounds; round++) {
      for (const target of targets) {
        log(`\n${target.kind}, round ${round} (load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')})`);
        const figures = await measure(target.base, target.seeded, options.duration, log);
        results.push({ db: target.kind, offers: target.seeded.offers, round, seedSeconds: target.seeded.seconds, loadAverage: os.loadavg()[0] ?? 0, ...figures });
        log(`  one client p50 ${figures.single.p50} ms, p99 ${figures.single.p99} ms, ${figures.single.rps}/s; 32 clients p99 ${figures.concurrent.p99} ms, ${figures.concurrent.rps}/s, ${figures.concurrent.errors} errors; map ${figures.map.features} features ${figures.map.gzipBytes} B gzip`);
      }
    }
  } finally {
    for (const target of targets) await closeTarget(target, options, log);
  }
  return results;
}

const median = (values: number[]) => {
  const s = [...values].sort((a, b) => a - b);
  return s.length % 2 ? (s[(s.length - 1) / 2] as number) : ((s[s.length / 2 - 1] as number) + (s[s.length / 2] as number)) / 2;
};

function table(all: Figures[]): string {
  const lines: string[] = [];
  const row = (cells: string[]) => lines.push(`| ${cells.join(' | ')} |`);
  row(['database', 'measure', 'target', 'measured (median)', 'rounds', 'met']);
  row(['---', '---', '---', '---', '---', '---']);
  for (const kind of ['pglite', 'postgres'] as const) {
    const runs = all.filter((f) => f.db === kind);
    if (runs.length === 0) continue;
    const m = (pick: (f: Figures) => number) => round(median(runs.map(pick)), 2);
    const each = (pick: (f: Figures) => number) => runs.map(pick).join(' / ');
    const check = (label: string, target: string, value: number, ok: boolean, pick: (f: Figures) => number) => row([kind, label, target, String(value), each(pick), ok ? 'yes' : 'NO']);
    const p50 = m((f) => f.single.p50);
    const p99 = m((f) => f.single.p99);
    check('one client p50 (ms)', '≤ 15', p50, p50 <= 15, (f) => f.single.p50);
    check('one client p99 (ms)', '≤ 50', p99, p99 <= 50, (f) => f.single.p99);
    row([kind, 'one client throughput (req/s)', '–', String(m((f) => f.single.rps)), each((f) => f.single.rps), '']);
    const errors = m((f) => f.concurrent.errors);
    check('32 clients errors', '0', errors, errors === 0, (f) => f.concurrent.errors);
    const cp99 = m((f) => f.concurrent.p99);
    const limit = kind === 'pglite' ? 1000 : 300;
    check('32 clients p99 (ms)', `≤ ${limit}`, cp99, cp99 <= limit, (f) => f.concurrent.p99);
    row([kind, '32 clients throughput (req/s)', '–', String(m((f) => f.concurrent.rps)), each((f) => f.concurrent.rps), '']);
    const ratio = m((f) => f.concurrent.ratio);
    check('32 clients / one client', '≥ 0.9', ratio, ratio >= 0.9, (f) => f.concurrent.ratio);
    const features = m((f) => f.map.features);
    check('map features, whole city', '≤ 500', features, features <= 500, (f) => f.map.features);
    const gzip = m((f) => f.map.gzipBytes);
    check('map gzipped bytes', '≤ 102400', gzip, gzip <= 102_400, (f) => f.map.gzipBytes);
    row([kind, 'machine load average (1 min)', '–', String(m((f) => f.loadAverage)), each((f) => round(f.loadAverage)), '']);
  }
  return lines.join('\n');
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      worker: { type: 'boolean', default: false },
      db: { type: 'string', default: 'both' },
      duration: { type: 'string', default: '30' },
      offers: { type: 'string', default: '100000' },
      rounds: { type: 'string', default: '1' },
      /** Keep the generated database (PostgreSQL: `sozialraum_bench`; PGlite: the printed folder) for EXPLAIN ANALYZE. */
      keep: { type: 'boolean', default: false },
      'seed-only': { type: 'boolean', default: false },
    },
  });
  if (values.worker) return worker();
  const choices: Record<string, ('pglite' | 'postgres')[]> = { both: ['pglite', 'postgres'], pglite: ['pglite'], postgres: ['postgres'] };
  const kinds = choices[values.db];
  if (!kinds) throw new Error('--db=pglite|postgres|both');
  const options = { offers: Number(values.offers), duration: Number(values.duration), rounds: Number(values.rounds), keep: values.keep, seedOnly: values['seed-only'] };
  const log = (line: string) => console.log(line);
  const all: Figures[] = [];
  all.push(...(await benchAll(kinds, options, log)));
  if (options.seedOnly) return;
  const summary = table(all);
  console.log(`\n${summary}\n`);
  for (const f of all) console.log(`${f.db} round ${f.round}, slowest URLs one at a time:\n${f.slowest.map((s) => `  ${s.ms} ms  ${s.url}`).join('\n')}`);
  fs.mkdirSync('.tmp', { recursive: true });
  fs.writeFileSync('.tmp/bench-search.json', JSON.stringify({ when: new Date().toISOString(), options, machine: { cpus: os.cpus().length, node: process.version }, runs: all, summary }, null, 2));
  console.log('\nwritten to .tmp/bench-search.json');
}

await main();

import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { NeedRequirements } from '../../../common/api/needs';
import { type AgeBand, type Atmosphere, atmospheres, type NeedSource, type NeedStatus, type TimeOfDay, type Voice } from '../../../common/need-terms';
import type { TargetGroup } from '../../../common/service-terms';
import { queryRows } from '../../platform/db/database';
import type { DemoContext } from '../../platform/module';
import { seededRandom } from '../../platform/seeded-random';
import { defaultTopicIdByCode, offersInSpaces, type OfferTraits } from '../services';
import { todayInBerlin } from '../../platform/calendar';
import { spacesOfOffice } from '../social-spaces';
import { offersForMatching, refreshGaps } from './gaps';
import { matchesNeed, type OfferForMatch } from './gaps.rules';
import { insertReferral, type NeedValues } from './needs.queries';
import { needs } from './needs.tables';

// The needs (Bedarfe) of the demo city, 2015 to today, in the patterns the committee paper of 2016 describes:
//  - the sports clubs were never won over: in Friedrichsgabe (SR1) no club includes a child with autism or another
//    disability, year after year (in Garstedt a coach was trained, and the need was taken up there);
//  - a low-threshold offer for children of mentally ill parents was named only from the professionals' point of view;
//  - the cooking group and the meeting places came from the parents themselves.
// Around them the everyday mix of a youth office's home visits, case closures, youth participation and network
// meetings. Every text is invented and free of personal data; the families speak in their own words, professionals
// in theirs. Seeded pseudo-randomly, so that the demo is the same on every first start.

type SpaceCode = 'SR1' | 'SR2' | 'SR3' | 'SR4' | 'SR5';
const spaceCodes: SpaceCode[] = ['SR1', 'SR2', 'SR3', 'SR4', 'SR5'];
/** Garstedt is dense and has many single parents; it names the most needs. */
const spaceWeights: Record<SpaceCode, number> = { SR1: 0.65, SR2: 1.1, SR3: 1.4, SR4: 1.2, SR5: 0.9 };

/** The space where inclusive sport stays missing: the demo's sports offers there include no child with a disability. */
export const INCLUSIVE_SPORT_GAP_SPACE: SpaceCode = 'SR1';

type Hints = {
  times?: TimeOfDay[];
  free?: boolean;
  childcare?: boolean;
  nearby?: boolean;
  accessible?: boolean;
  inclusive?: boolean;
  /** The family would need the offer in its own language. */
  languages?: boolean;
  atmosphere?: Atmosphere[];
};

type Pattern = 'inclusive-sport' | 'mentally-ill-parents' | 'cooking-meeting';

type Template = {
  topics: string[];
  ages: AgeBand[];
  group: TargetGroup | null;
  voice: Voice;
  sources: NeedSource[];
  texts: string[];
  /** Question 3 in the family's words. */
  wishes?: string[];
  /** Case closures: what would help after the case help ends. */
  helpful?: string[];
  hints?: Hints;
  spaces?: Partial<Record<SpaceCode, number>>;
  weight?: number;
  pattern?: Pattern;
};

// ---- the families' own words ----

const affected: Template[] = [
  {
    topics: ['kinderbetreuung'],
    ages: ['0-2', 'parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'home_visit', 'case_closure', 'other'],
    texts: [
      'Ich finde keinen Krippenplatz und kann deshalb nicht wieder arbeiten gehen.',
      'Wir stehen seit über einem Jahr auf der Warteliste für die Krippe. Ohne Platz verliere ich meine Stelle.',
      'Eine Tagesmutter in der Nähe wäre gut, aber alle, die wir gefragt haben, sind voll.',
    ],
    wishes: ['Es müsste zu Fuß erreichbar sein, wir haben kein Auto.', 'Am liebsten ab sieben Uhr morgens, weil ich früh anfange.'],
    hints: { times: ['morning'], nearby: true },
    weight: 1.3,
  },
  {
    topics: ['kinderbetreuung'],
    ages: ['3-5'],
    group: 'families',
    voice: 'affected',
    sources: ['home_visit', 'home_visit', 'other'],
    texts: [
      'Mein Sohn ist vier und hat immer noch keinen Kitaplatz. Er sitzt den ganzen Tag mit mir zu Hause.',
      'Für unsere Tochter gibt es keinen Kitaplatz in der Nähe, nur am anderen Ende der Stadt.',
      'Die Kinder sollen vor der Schule Deutsch mit anderen Kindern sprechen. Dafür brauchen sie einen Platz in der Kita.',
    ],
    wishes: ['Nicht zu weit weg, damit ich die Kleine mit dem Kinderwagen mitnehmen kann.'],
    hints: { nearby: true },
    weight: 1.2,
  },
  {
    topics: ['kinderbetreuung'],
    ages: ['6-9'],
    group: 'single_parents',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: [
      'Die Schule ist um 13 Uhr aus, ich arbeite bis 16 Uhr. Wer passt bis dahin auf mein Kind auf?',
      'Im Hort ist kein Platz mehr frei. Ich muss meine Arbeitszeit kürzen, wenn sich nichts findet.',
    ],
    wishes: ['Bis 16 Uhr, mit Mittagessen, und bezahlbar.'],
    hints: { times: ['afternoon'], free: true },
  },
  {
    topics: ['kinderbetreuung', 'alleinerziehende'],
    ages: ['3-5', '6-9'],
    group: 'single_parents',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: [
      'Ich arbeite im Schichtdienst. Eine Betreuung früh morgens und am Abend wäre eine große Hilfe.',
      'Wenn ich Spätschicht habe, ist niemand für die Kinder da. Die Großeltern wohnen zu weit weg.',
    ],
    hints: { times: ['morning', 'evening'] },
    spaces: { SR3: 2 },
  },
  {
    topics: ['ferien', 'kinderbetreuung'],
    ages: ['6-9', '10-13'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'case_closure', 'other'],
    texts: [
      'In den Sommerferien weiß ich nicht, wohin mit den Kindern. Sechs Wochen Urlaub habe ich nicht.',
      'Die Ferienbetreuung ist schnell ausgebucht und für drei Kinder zu teuer.',
    ],
    wishes: ['Den ganzen Tag, mit Essen, und nicht mehr als ein paar Euro am Tag.'],
    hints: { free: true, times: ['morning', 'afternoon'] },
  },
  {
    topics: ['ferien'],
    ages: ['10-13', '14-17'],
    group: 'youth',
    voice: 'affected',
    sources: ['participation', 'participation', 'home_visit'],
    texts: [
      'In den Ferien sitzen wir nur zu Hause. Ausflüge, zum Beispiel ans Meer oder in den Kletterpark, wären cool.',
      'Ein Ferienprogramm für Ältere, nicht nur Basteln für die Kleinen.',
    ],
    hints: { free: true, atmosphere: ['peers'] },
  },
  {
    topics: ['hausaufgaben'],
    ages: ['6-9', 'parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'home_visit', 'case_closure'],
    texts: [
      'Ich kann meinem Kind bei den Hausaufgaben nicht helfen, weil ich selbst noch Deutsch lerne.',
      'Die Lehrerin sagt, mein Sohn muss mehr lesen üben. Zu Hause kann das niemand mit ihm machen.',
    ],
    wishes: ['Direkt nach der Schule, damit er nicht erst nach Hause muss.', 'Jemand, der auch mit mir sprechen kann, wenn ich eine Frage habe.'],
    hints: { languages: true, free: true, times: ['afternoon'] },
    weight: 1.3,
  },
  {
    topics: ['hausaufgaben'],
    ages: ['10-13'],
    group: 'children',
    voice: 'affected',
    sources: ['participation', 'home_visit'],
    texts: ['Ich brauche jemanden, der mir in Mathe hilft. Nachhilfe können wir nicht bezahlen.', 'In der Hausaufgabenhilfe ist es so laut, da kann man nicht lernen.'],
    hints: { free: true, atmosphere: ['small_group'] },
  },
  {
    topics: ['hausaufgaben', 'bildung'],
    ages: ['14-17'],
    group: 'youth',
    voice: 'affected',
    sources: ['participation', 'home_visit'],
    texts: [
      'Zu Hause ist es zu eng zum Lernen. Ein ruhiger Raum mit WLAN nach der Schule wäre gut.',
      'Für die Prüfungen brauche ich Hilfe, aber die Lernförderung gibt es nur für die Jüngeren.',
    ],
    hints: { times: ['afternoon', 'evening'], nearby: true },
  },
  {
    topics: ['jugendtreff'],
    ages: ['14-17'],
    group: 'youth',
    voice: 'affected',
    sources: ['participation', 'participation', 'home_visit'],
    texts: [
      'Wir wissen abends nicht, wohin. Im Jugendhaus ist um 20 Uhr Schluss und am Wochenende ist zu.',
      'Am Wochenende gibt es für uns gar nichts. Dann hängen alle am Einkaufszentrum rum.',
      'Ein Raum, den wir selbst gestalten können, mit Musik und ohne dass ständig jemand aufpasst.',
    ],
    hints: { times: ['evening', 'weekend'], atmosphere: ['peers', 'informal'] },
    spaces: { SR4: 2.5, SR5: 1.3 },
    weight: 1.4,
  },
  {
    topics: ['jugendtreff'],
    ages: ['10-13'],
    group: 'children',
    voice: 'affected',
    sources: ['participation', 'participation', 'home_visit'],
    texts: [
      'Es gibt keinen Ort, wo man sich nach der Schule mit Freunden treffen kann, ohne etwas zu kaufen.',
      'Im Jugendzentrum sind nur die Großen. Für uns Jüngere gibt es keinen Raum.',
    ],
    hints: { nearby: true, atmosphere: ['peers'] },
    spaces: { SR4: 2 },
  },
  {
    topics: ['jugendtreff'],
    ages: ['10-13', '14-17'],
    group: 'girls',
    voice: 'affected',
    sources: ['participation'],
    texts: ['Ein Raum nur für Mädchen, wo die Jungs nicht dazwischenreden.', 'Wir Mädchen würden gern etwas zusammen machen, Tanzen oder einfach reden, ohne die Jungs.'],
    hints: { atmosphere: ['peers', 'small_group'] },
  },
  {
    topics: ['freizeit-sport'],
    ages: ['10-13', '14-17'],
    group: 'youth',
    voice: 'affected',
    sources: ['participation', 'participation', 'other'],
    texts: [
      'Ein Bolzplatz mit richtigen Toren, der auch am Wochenende offen ist.',
      'Wir wünschen uns eine Skateanlage oder wenigstens ein paar Rampen im Stadtteil.',
      'Ein Basketballkorb im Park, dann müssten wir nicht auf dem Parkplatz spielen.',
    ],
    hints: { nearby: true, free: true },
  },
  {
    topics: ['freizeit-sport'],
    ages: ['0-2', '3-5', 'parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'participation', 'other'],
    texts: [
      'Der Spielplatz bei uns ist kaputt und voller Scherben. Wir gehen gar nicht mehr hin.',
      'Für die ganz Kleinen gibt es keinen Spielplatz, die Geräte sind alle für Größere.',
    ],
    hints: { nearby: true },
  },
  {
    topics: ['eltern-familie', 'freizeit-sport'],
    ages: ['0-2', '3-5', 'parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'home_visit', 'participation'],
    texts: [
      'Ein Ort, wo ich mit meinen Kindern hingehen kann, wenn es regnet.',
      'Im Winter wissen wir nachmittags nicht, wohin. Die Wohnung ist klein, die Kinder brauchen Bewegung.',
    ],
    wishes: ['Drinnen, kostenlos, und man muss sich nicht vorher anmelden.'],
    hints: { free: true, nearby: true, times: ['afternoon'], atmosphere: ['informal'] },
    weight: 1.2,
  },
  {
    topics: ['sport'],
    ages: ['6-9', '10-13'],
    group: 'children',
    voice: 'affected',
    sources: ['home_visit', 'case_closure', 'participation'],
    texts: [
      'Mein Sohn möchte gern Fußball spielen, aber der Beitrag und die Schuhe sind zu teuer.',
      'Meine Tochter will schwimmen lernen, aber der Kurs hat eine lange Warteliste.',
      'Die Kinder würden gern in einen Verein, aber wir wissen nicht, wie man sich da anmeldet.',
    ],
    hints: { free: true, times: ['afternoon'] },
  },
  {
    topics: ['sport'],
    ages: ['10-13', '14-17'],
    group: 'girls',
    voice: 'affected',
    sources: ['participation', 'home_visit'],
    texts: ['Ein Sportangebot nur für Mädchen, mit einer Trainerin.', 'Schwimmen nur unter Frauen, damit meine Töchter und ich mitmachen können.'],
    hints: { atmosphere: ['peers'] },
  },
  {
    topics: ['sprache-integration'],
    ages: ['parents'],
    group: 'newcomers',
    voice: 'affected',
    sources: ['home_visit', 'home_visit', 'case_closure'],
    texts: [
      'Ich möchte Deutsch lernen, aber nur, wenn meine Kleine in der Zeit betreut wird.',
      'Der Deutschkurs ist vormittags, da muss ich das Baby versorgen. Einen Kurs mit Kinderbetreuung finde ich nicht.',
    ],
    wishes: ['Mit Betreuung für die Kinder im Nebenraum.', 'In einer kleinen Gruppe, wo man sich traut zu sprechen.'],
    hints: { childcare: true, times: ['morning'], languages: true },
    weight: 1.4,
  },
  {
    topics: ['sprache-integration'],
    ages: ['parents'],
    group: 'newcomers',
    voice: 'affected',
    sources: ['home_visit', 'other'],
    texts: ['Ein Deutschkurs am Abend, nach der Arbeit. Tagsüber geht es bei mir nicht.', 'Beim Elternabend verstehe ich fast nichts. Jemand, der übersetzt, wäre eine große Hilfe.'],
    hints: { times: ['evening'], languages: true },
  },
  {
    topics: ['erziehungsberatung'],
    ages: ['parents', '10-13'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: [
      'Mit meinem Sohn gibt es nur noch Streit. Ich möchte mit jemandem reden, ohne gleich einen Antrag zu stellen.',
      'Ich weiß nicht, wie ich mit der Wut meiner Tochter umgehen soll. Eine Beratung am Abend wäre gut.',
    ],
    wishes: ['Ohne Wartezeit und ohne dass gleich das Jugendamt dabei ist.'],
    hints: { times: ['evening'], atmosphere: ['informal'] },
  },
  {
    topics: ['trennung'],
    ages: ['6-9', 'parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: [
      'Seit der Trennung weiß ich nicht, wie ich den Kindern das erklären soll.',
      'Die Kinder leiden unter dem Streit zwischen uns Eltern. Eine Gruppe für Kinder in der gleichen Lage wäre gut.',
    ],
    hints: { atmosphere: ['peers'] },
  },
  {
    topics: ['finanzielle-hilfen', 'beratung'],
    ages: ['parents'],
    group: 'families',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: ['Die Briefe vom Amt verstehe ich nicht. Ich brauche Hilfe bei den Anträgen, am besten in meiner Sprache.'],
    hints: { languages: true, free: true },
  },
  {
    topics: ['schuldnerberatung'],
    ages: ['parents'],
    group: 'families',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: ['Wir haben Schulden und schaffen es allein nicht mehr. Bei der Schuldnerberatung wartet man monatelang.'],
    hints: { free: true, times: ['evening'] },
    weight: 0.7,
  },
  {
    topics: ['finanzielle-hilfen'],
    ages: ['6-9', '10-13'],
    group: 'families',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: [
      'Die Klassenfahrt und der Sportverein kosten zu viel. Wir wissen nicht, welche Hilfen es dafür gibt.',
      'Für Schulsachen und Winterkleidung reicht das Geld am Monatsende nicht.',
    ],
    hints: { free: true },
  },
  {
    topics: ['fruehe-hilfen'],
    ages: ['0-2', 'parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'home_visit', 'case_closure'],
    texts: [
      'Nach der Geburt war ich ganz allein. Eine Hebamme, die nach Hause kommt und meine Sprache spricht, hätte mir geholfen.',
      'Eine Krabbelgruppe am Nachmittag, weil ich vormittags arbeite.',
      'Das Baby schreit viel und ich schlafe kaum. Ich wüsste gern, wen ich fragen kann, ohne dass man mich für eine schlechte Mutter hält.',
    ],
    hints: { languages: true, times: ['afternoon'], atmosphere: ['peers'] },
  },
  {
    topics: ['gesundheit'],
    ages: ['0-2', '3-5', '6-9'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'other'],
    texts: ['Der Kinderarzt nimmt keine neuen Patienten mehr. Wir fahren bis nach Hamburg.', 'Für die Sprachtherapie unseres Kindes warten wir schon ein halbes Jahr.'],
    hints: { nearby: true },
    spaces: { SR5: 2 },
  },
  {
    topics: ['psychische-gesundheit'],
    ages: ['14-17'],
    group: 'youth',
    voice: 'affected',
    sources: ['participation', 'home_visit'],
    texts: [
      'Manchmal bin ich nur traurig und will mit niemandem reden. Es wäre gut, anonym mit jemandem schreiben zu können.',
      'In der Schule merkt keiner, wie viel Druck wir haben. Jemand zum Reden, der nicht gleich zu Hause anruft.',
    ],
    hints: { atmosphere: ['informal'] },
  },
  {
    topics: ['trauer'],
    ages: ['6-9', '10-13'],
    group: 'children',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: [
      'Seit mein Vater gestorben ist, redet in der Klasse keiner mit mir darüber.',
      'Nach dem Tod der Großmutter weint unser Sohn jeden Abend. Wir wissen nicht, wie wir ihm helfen können.',
    ],
    hints: { atmosphere: ['peers'] },
    weight: 0.7,
  },
  {
    topics: ['inklusion'],
    ages: ['3-5', '6-9'],
    group: 'disabilities',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: [
      'Unser Kind hat eine Behinderung. Überall heißt es, das können wir nicht leisten.',
      'Für unseren Sohn im Rollstuhl gibt es kaum Angebote am Nachmittag, die Räume sind nicht barrierefrei.',
    ],
    hints: { accessible: true, inclusive: true },
  },
  {
    topics: ['alleinerziehende'],
    ages: ['parents'],
    group: 'single_parents',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: ['Als Alleinerziehende habe ich nie einen Abend für mich. Jemand, der mal auf die Kinder aufpasst, wäre eine Entlastung.'],
    hints: { childcare: true, times: ['evening'] },
    spaces: { SR3: 2 },
  },
  {
    topics: ['wohnen'],
    ages: ['6-9', '10-13'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'participation', 'other'],
    texts: [
      'Der Schulweg über die große Kreuzung ist gefährlich. Es fehlt eine Ampel oder ein Lotsendienst.',
      'Im Park ist es abends dunkel. Die Kinder haben Angst auf dem Heimweg vom Training.',
    ],
    hints: { nearby: true },
    spaces: { SR5: 1.5 },
  },
  {
    topics: ['wohnen'],
    ages: ['parents'],
    group: 'families',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: ['Wir wohnen zu fünft in zwei Zimmern. Bei der Wohnungssuche brauchen wir Hilfe.', 'In der Wohnung ist Schimmel und der Vermieter reagiert nicht. Wer kann uns beraten?'],
    hints: { languages: true },
    spaces: { SR3: 1.5 },
  },
  {
    topics: ['familienbildung', 'sucht'],
    ages: ['parents', '10-13'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: [
      'Mein Sohn spielt nur noch am Handy. Ich wüsste gern, wie ich Grenzen setze, ohne dass es jeden Tag Streit gibt.',
      'Die Kinder kennen sich mit dem Handy besser aus als ich. Ein Abend für Eltern zu Apps und Sicherheit wäre gut.',
    ],
    hints: { times: ['evening'], languages: true },
  },
  {
    topics: ['kultur'],
    ages: ['10-13', '14-17'],
    group: 'youth',
    voice: 'affected',
    sources: ['participation'],
    texts: ['Ein Kurs, wo man lernt, Videos zu schneiden oder eigene Spiele zu programmieren.', 'Eine Band oder ein Raum zum Musikmachen, wo man nicht leise sein muss.'],
    hints: { free: true, atmosphere: ['peers', 'co_designed'] },
  },
  {
    topics: ['bildung', 'finanzielle-hilfen'],
    ages: ['10-13', '14-17'],
    group: 'families',
    voice: 'affected',
    sources: ['home_visit', 'participation'],
    texts: ['Wir haben kein WLAN und keinen Laptop. Die Hausaufgaben gehen aber oft nur online.'],
    hints: { free: true },
  },
  {
    topics: ['beruf'],
    ages: ['14-17', '18-26'],
    group: 'youth',
    voice: 'affected',
    sources: ['participation', 'case_closure', 'home_visit'],
    texts: ['Ich weiß nicht, welche Ausbildung zu mir passt. Bei der Bewerbung hilft mir zu Hause keiner.', 'Ich suche einen Praktikumsplatz, aber ohne Kontakte ist das schwer.'],
    hints: { times: ['afternoon'] },
  },
  {
    topics: ['kultur'],
    ages: ['6-9', '10-13'],
    group: 'children',
    voice: 'affected',
    sources: ['home_visit', 'participation'],
    texts: ['Mein Kind würde gern ein Instrument lernen, aber die Musikschule ist zu teuer.', 'Eine Theater- oder Tanzgruppe hier im Stadtteil, nicht erst in der Stadtmitte.'],
    hints: { free: true, nearby: true },
    spaces: { SR5: 1.5 },
  },
  {
    topics: ['gewaltschutz'],
    ages: ['parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'case_closure'],
    texts: ['Ich brauche einen sicheren Ort für mich und die Kinder, wenn es zu Hause wieder schlimm wird.'],
    hints: { languages: true, childcare: true },
    weight: 0.5,
  },
  {
    topics: ['streetwork'],
    ages: ['14-17', '18-26'],
    group: 'youth',
    voice: 'affected',
    sources: ['participation'],
    texts: ['Jemand, der zu uns kommt, wo wir sind, und nicht nur im Büro sitzt.'],
    hints: { times: ['evening'], atmosphere: ['informal'] },
    spaces: { SR5: 1.5, SR2: 1.5 },
    weight: 0.7,
  },
  {
    topics: ['schulsozialarbeit'],
    ages: ['6-9'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'other'],
    texts: ['An der Grundschule gibt es niemanden, an den sich die Kinder bei Mobbing wenden können.'],
    weight: 0.7,
  },
];

// ---- the professionals' assessments ----

const professional: Template[] = [
  {
    topics: ['kinderbetreuung'],
    ages: ['0-2', '3-5'],
    group: 'children',
    voice: 'professional',
    sources: ['meeting', 'other'],
    texts: [
      'Im Sozialraum fehlen Krippen- und Kitaplätze; die Wartelisten der Einrichtungen sind lang, besonders für Kinder unter drei Jahren.',
      'Familien ohne Kitaplatz sind kaum erreichbar; ein Brückenangebot für Kinder ohne Platz wäre sinnvoll.',
    ],
    weight: 1.2,
  },
  {
    topics: ['kinderbetreuung', 'alleinerziehende'],
    ages: ['3-5', '6-9'],
    group: 'single_parents',
    voice: 'professional',
    sources: ['meeting', 'case_closure'],
    texts: ['Betreuung in Randzeiten für Alleinerziehende im Schichtdienst fehlt; mehrere Hilfen scheitern an der Betreuungsfrage.'],
    spaces: { SR3: 2 },
  },
  {
    topics: ['hausaufgaben'],
    ages: ['6-9', '10-13'],
    group: 'children',
    voice: 'professional',
    sources: ['meeting', 'other'],
    texts: [
      'Aus Sicht der Schulsozialarbeit fehlt eine verlässliche Hausaufgabenbetreuung für Kinder, deren Eltern nicht unterstützen können.',
      'Lernförderung über Bildung und Teilhabe kommt bei vielen Familien nicht an; die Antragswege sind zu hochschwellig.',
    ],
  },
  {
    topics: ['jugendtreff'],
    ages: ['14-17'],
    group: 'youth',
    voice: 'professional',
    sources: ['meeting', 'other'],
    texts: [
      'Für ältere Jugendliche fehlen Anlaufstellen am Abend und am Wochenende; Konflikte im öffentlichen Raum nehmen zu.',
      'Die offene Jugendarbeit erreicht die 14- bis 17-Jährigen im Sozialraum kaum.',
    ],
    spaces: { SR4: 2.5 },
  },
  {
    topics: ['streetwork'],
    ages: ['14-17', '18-26'],
    group: 'youth',
    voice: 'professional',
    sources: ['meeting'],
    texts: ['Aufsuchende Arbeit an den bekannten Aufenthaltsorten Jugendlicher ist aus fachlicher Sicht dringend nötig.'],
    spaces: { SR5: 1.5, SR2: 1.5 },
  },
  {
    topics: ['sprache-integration'],
    ages: ['parents'],
    group: 'newcomers',
    voice: 'professional',
    sources: ['meeting', 'other', 'case_closure'],
    texts: [
      'Zugewanderte Eltern werden von den Angeboten kaum erreicht; Sprachmittlung bei Elterngesprächen fehlt.',
      'Sprachkurse mit paralleler Kinderbetreuung fehlen im Sozialraum.',
    ],
  },
  {
    topics: ['erziehungsberatung'],
    ages: ['parents'],
    group: 'parents',
    voice: 'professional',
    sources: ['meeting', 'case_closure'],
    texts: ['Die Wartezeit in der Erziehungsberatung ist für Familien in akuten Krisen zu lang; eine offene Sprechstunde vor Ort wäre niedrigschwelliger.'],
  },
  {
    topics: ['fruehe-hilfen'],
    ages: ['0-2', 'parents'],
    group: 'parents',
    voice: 'professional',
    sources: ['meeting', 'home_visit'],
    texts: ['Junge Mütter mit wenig Unterstützung im Umfeld brauchen aufsuchende Begleitung im ersten Lebensjahr des Kindes.'],
  },
  {
    topics: ['sucht'],
    ages: ['14-17'],
    group: 'youth',
    voice: 'professional',
    sources: ['meeting', 'other'],
    texts: [
      'Zunehmender Cannabis- und Alkoholkonsum bei Jugendlichen im Quartier; Präventionsangebote fehlen.',
      'Exzessive Mediennutzung ist in vielen Hilfen Thema; ein Gruppenangebot für Eltern und Jugendliche fehlt.',
    ],
  },
  {
    topics: ['gewaltschutz'],
    ages: ['6-9', 'parents'],
    group: 'children',
    voice: 'professional',
    sources: ['meeting', 'case_closure'],
    texts: ['In mehreren Fällen häuslicher Gewalt fehlt ein Gruppenangebot für die mitbetroffenen Kinder.'],
    weight: 0.7,
  },
  {
    topics: ['inklusion'],
    ages: ['6-9', '10-13'],
    group: 'disabilities',
    voice: 'professional',
    sources: ['meeting'],
    texts: ['Kinder mit Behinderung werden in Freizeitangeboten häufig abgelehnt; die Fachkräfte der Vereine brauchen Schulung und Begleitung.'],
    hints: { inclusive: true },
  },
  {
    topics: ['finanzielle-hilfen'],
    ages: ['6-9', '10-13', '14-17'],
    group: 'families',
    voice: 'professional',
    sources: ['meeting', 'other'],
    texts: ['Leistungen für Bildung und Teilhabe werden im Sozialraum deutlich seltener beantragt als möglich.'],
  },
  {
    topics: ['wohnen'],
    ages: ['parents'],
    group: 'families',
    voice: 'professional',
    sources: ['meeting', 'case_closure'],
    texts: ['Mehrere Familien leben in beengten oder mangelhaften Wohnungen; eine Wohnraumberatung im Sozialraum fehlt.'],
    spaces: { SR3: 2 },
  },
  {
    topics: ['trauer'],
    ages: ['6-9', '10-13'],
    group: 'children',
    voice: 'professional',
    sources: ['meeting'],
    texts: ['In der kollegialen Beratung kamen mehrere Kinder nach dem Tod eines Elternteils zur Sprache; ein Gruppenangebot für trauernde Kinder fehlt.'],
    weight: 0.5,
  },
  {
    topics: ['schulsozialarbeit'],
    ages: ['6-9'],
    group: 'children',
    voice: 'professional',
    sources: ['meeting'],
    texts: ['An der Grundschule fehlt Schulsozialarbeit; Konflikte und Sorgen der Kinder landen direkt beim Allgemeinen Sozialen Dienst.'],
    spaces: { SR1: 2, SR4: 1.5 },
  },
  {
    topics: ['ferien'],
    ages: ['6-9', '10-13'],
    group: 'children',
    voice: 'professional',
    sources: ['meeting', 'other'],
    texts: ['Ferienangebote sind für Familien mit geringem Einkommen kaum bezahlbar; die Plätze werden früh vergeben.'],
    hints: { free: true },
  },
  {
    topics: ['psychische-gesundheit'],
    ages: ['14-17'],
    group: 'youth',
    voice: 'professional',
    sources: ['meeting', 'case_closure'],
    texts: ['Wartezeiten auf Psychotherapie für Jugendliche von über einem halben Jahr; Überbrückungsangebote fehlen.'],
  },
  {
    topics: ['beruf'],
    ages: ['14-17', '18-26'],
    group: 'young_adults',
    voice: 'professional',
    sources: ['meeting', 'case_closure'],
    texts: ['Jugendliche ohne Schulabschluss fallen nach der Schule aus allen Angeboten; eine Anlaufstelle für den Übergang fehlt.'],
  },
  {
    topics: ['alleinerziehende'],
    ages: ['parents'],
    group: 'single_parents',
    voice: 'professional',
    sources: ['meeting'],
    texts: ['Alleinerziehende sind im Sozialraum stark vertreten; Entlastungsangebote am Abend und am Wochenende fehlen.'],
    spaces: { SR3: 2.5 },
  },
  {
    topics: ['eltern-familie'],
    ages: ['parents'],
    group: 'families',
    voice: 'professional',
    sources: ['meeting'],
    texts: ['Familien im Neubaugebiet sind kaum vernetzt; es fehlen Anlässe, bei denen Nachbarn sich kennenlernen.'],
    spaces: { SR5: 3 },
    weight: 0.6,
  },
];

// ---- the three patterns of the source ----

const inclusiveSport: Template[] = [
  {
    topics: ['sport'],
    ages: ['6-9'],
    group: 'disabilities',
    voice: 'affected',
    sources: ['home_visit'],
    texts: [
      'Unser Sohn ist Autist und möchte so gern Fußball spielen. Im Verein hieß es, das geht nicht.',
      'Fußball für ein Kind mit Autismus, mit festen Abläufen und ohne Geschrei am Rand.',
    ],
    wishes: ['Ein Trainer, der weiß, wie man mit einem autistischen Kind umgeht, und eine kleine Gruppe.'],
    hints: { inclusive: true, times: ['afternoon'], atmosphere: ['small_group'] },
    pattern: 'inclusive-sport',
  },
  {
    topics: ['sport', 'inklusion'],
    ages: ['10-13'],
    group: 'disabilities',
    voice: 'affected',
    sources: ['home_visit'],
    texts: ['Ein Sportverein, in dem unsere Tochter mit ihrer Behinderung einfach mitmachen darf.', 'Unser Kind sitzt im Rollstuhl und möchte Sport mit anderen Kindern machen, nicht nur Therapie.'],
    wishes: ['Die Halle muss barrierefrei sein, und die anderen Kinder sollen sie nicht auslachen.'],
    hints: { inclusive: true, accessible: true, atmosphere: ['peers'] },
    pattern: 'inclusive-sport',
  },
  {
    topics: ['sport'],
    ages: ['6-9', '10-13'],
    group: 'disabilities',
    voice: 'affected',
    sources: ['case_closure'],
    texts: ['Die Familie wünscht sich für die Zeit nach der Hilfe einen Fußballverein, in dem ihr autistisches Kind mitspielen kann.'],
    helpful: [
      'Ein Fußballtrainer, der mit einem autistischen Kind umgehen und es einbeziehen kann, wäre über das Ende der Hilfe hinaus die wichtigste Unterstützung.',
    ],
    hints: { inclusive: true, times: ['afternoon'] },
    pattern: 'inclusive-sport',
  },
  {
    topics: ['sport'],
    ages: ['6-9', '10-13'],
    group: 'disabilities',
    voice: 'professional',
    sources: ['meeting', 'case_closure'],
    texts: [
      'Inklusive Sportangebote fehlen im Sozialraum: Die Vereine nehmen Kinder mit Autismus oder anderen Behinderungen bisher nicht auf. Eine Schulung der Trainer wäre ein erster Schritt.',
      'Ein engerer Kontakt zu den Sportvereinen ist bisher nicht gelungen; Kinder mit besonderem Förderbedarf finden keinen Platz im Vereinssport.',
    ],
    hints: { inclusive: true },
    pattern: 'inclusive-sport',
  },
];

const mentallyIllParents: Template[] = [
  {
    topics: ['psychische-gesundheit'],
    ages: ['6-9', '10-13'],
    group: 'children',
    voice: 'professional',
    sources: ['meeting', 'meeting', 'other'],
    texts: [
      'Für Kinder psychisch kranker Eltern fehlt ein niedrigschwelliges Gruppenangebot im Sozialraum. In der kollegialen Beratung wurde der Bedarf bei mehreren Familien gesehen.',
      'Aus fachlicher Sicht wäre eine Patenschaft für Kinder psychisch erkrankter Eltern sinnvoll, damit die Kinder eine verlässliche Bezugsperson außerhalb der Familie haben.',
      'Kinder psychisch kranker Eltern übernehmen zu Hause viel Verantwortung; es fehlt ein Ort, an dem sie einfach Kind sein dürfen.',
    ],
    pattern: 'mentally-ill-parents',
  },
  {
    topics: ['psychische-gesundheit', 'jugendtreff'],
    ages: ['14-17'],
    group: 'youth',
    voice: 'professional',
    sources: ['meeting', 'other'],
    texts: ['Jugendliche, die sich um einen psychisch erkrankten Elternteil kümmern, brauchen ein eigenes Angebot zum Austausch mit Gleichaltrigen.'],
    pattern: 'mentally-ill-parents',
  },
  {
    topics: ['psychische-gesundheit', 'eltern-familie'],
    ages: ['6-9', '10-13'],
    group: 'children',
    voice: 'professional',
    sources: ['case_closure', 'home_visit'],
    texts: ['Im Verlauf der Hilfe wurde deutlich: Kinder psychisch erkrankter Eltern brauchen nach dem Ende der Hilfe ein verlässliches Angebot im Sozialraum.'],
    helpful: ['Aus fachlicher Sicht sollte die Anbindung an ein Angebot für Kinder psychisch kranker Eltern gesichert werden, bevor die Hilfe endet.'],
    pattern: 'mentally-ill-parents',
  },
];

const cookingMeeting: Template[] = [
  {
    topics: ['eltern-familie', 'gesundheit'],
    ages: ['parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'participation'],
    texts: [
      'Gemeinsam mit anderen Müttern kochen und essen, damit man nicht immer allein am Tisch sitzt.',
      'Zusammen günstig und gesund kochen lernen, mit wenig Geld und mit den Kindern.',
    ],
    wishes: ['Am Nachmittag, die Kinder dürfen mitkommen.'],
    hints: { times: ['afternoon'], free: true, atmosphere: ['peers', 'co_designed'] },
    pattern: 'cooking-meeting',
  },
  {
    topics: ['eltern-familie', 'sprache-integration'],
    ages: ['parents'],
    group: 'newcomers',
    voice: 'affected',
    sources: ['home_visit', 'participation'],
    texts: ['Eine Kochgruppe, wo jede Familie mal ein Rezept aus ihrer Heimat mitbringt.'],
    hints: { languages: true, atmosphere: ['co_designed', 'informal'] },
    pattern: 'cooking-meeting',
  },
  {
    topics: ['eltern-familie'],
    ages: ['parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'home_visit', 'participation'],
    texts: [
      'Ein Elterncafé am Nachmittag, wo man einfach hingehen kann, ohne sich anzumelden.',
      'Ein Treff für Eltern am Wochenende, weil wir unter der Woche beide arbeiten.',
      'Ein Treffpunkt für Väter, wo man mit den Kindern etwas unternimmt, zum Beispiel am Samstag.',
    ],
    hints: { atmosphere: ['informal'], times: ['afternoon', 'weekend'] },
    pattern: 'cooking-meeting',
  },
  {
    topics: ['eltern-familie', 'fruehe-hilfen'],
    ages: ['0-2', 'parents'],
    group: 'parents',
    voice: 'affected',
    sources: ['home_visit', 'participation'],
    texts: ['Ein Treffpunkt für Mütter, wo die Kinder spielen können und wir in Ruhe einen Tee trinken.'],
    wishes: ['Ohne Anmeldung, und es sollten auch Mütter da sein, die meine Sprache sprechen.'],
    hints: { atmosphere: ['same_language', 'informal'], nearby: true, languages: true },
    pattern: 'cooking-meeting',
  },
  {
    topics: ['alleinerziehende', 'eltern-familie'],
    ages: ['parents'],
    group: 'single_parents',
    voice: 'affected',
    sources: ['home_visit', 'participation'],
    texts: ['Ein Treff für Alleinerziehende, mit Kinderbetreuung und etwas zu essen, damit man abends mal rauskommt.'],
    hints: { childcare: true, times: ['evening'], atmosphere: ['peers'] },
    pattern: 'cooking-meeting',
  },
];

/** Where the cooking group began (source: an Easter breakfast of the outpatient provider, organised with the parents). */
const cookingGroupOrigin: Template = {
  topics: ['eltern-familie', 'gesundheit'],
  ages: ['parents'],
  group: 'parents',
  voice: 'affected',
  sources: ['participation'],
  texts: ['Beim Osterfrühstück haben wir Eltern gesagt: Wir möchten regelmäßig zusammen kochen und das selbst mit organisieren.'],
  hints: { atmosphere: ['co_designed', 'peers'], times: ['afternoon'] },
  pattern: 'cooking-meeting',
};

// ---- the public form (current year only: the form is new) ----

type PublicEntry = {
  space: SpaceCode;
  language: 'de' | 'en' | 'tr' | 'ar' | 'ru' | 'uk';
  text: string;
  topics: string[];
  ages: AgeBand[];
  requirements?: Partial<NeedRequirements>;
  /** Still waiting for a team member's review. */
  pending?: boolean;
  /** Days before today. */
  daysAgo: number;
};

const publicEntries: PublicEntry[] = [
  { space: 'SR3', language: 'de', text: 'Ein Ort, wo Mütter sich treffen und zusammen kochen können. Am besten mit Kinderbetreuung.', topics: ['eltern-familie'], ages: ['parents'], requirements: { childcare: true }, daysAgo: 210 },
  { space: 'SR4', language: 'en', text: 'There is no place for teenagers in the evening in the city centre. A youth café would be great.', topics: ['jugendtreff'], ages: ['14-17'], requirements: { times: ['evening'] }, daysAgo: 175 },
  { space: 'SR3', language: 'tr', text: 'Anneler için bir buluşma yeri olsun, çocuklar oynarken biz de çay içebilelim.', topics: ['eltern-familie'], ages: ['parents'], requirements: { languages: ['tr'], atmosphere: ['same_language'] }, daysAgo: 140 },
  { space: 'SR2', language: 'ar', text: 'نحتاج إلى دروس لغة ألمانية للأمهات مع رعاية الأطفال في الصباح.', topics: ['sprache-integration'], ages: ['parents'], requirements: { languages: ['ar'], childcare: true, times: ['morning'] }, daysAgo: 118 },
  { space: 'SR5', language: 'ru', text: 'В районе нет кружков для детей после школы, а до центра города слишком далеко.', topics: ['freizeit-sport'], ages: ['6-9', '10-13'], requirements: { nearby: true }, daysAgo: 96 },
  { space: 'SR4', language: 'uk', text: 'Потрібні курси німецької мови для мам з дітьми, краще вранці.', topics: ['sprache-integration'], ages: ['parents'], requirements: { languages: ['uk'], childcare: true, times: ['morning'] }, daysAgo: 71 },
  { space: 'SR1', language: 'de', text: 'Der Spielplatz im Wohngebiet ist kaputt, die Schaukel fehlt seit dem Frühjahr.', topics: ['freizeit-sport'], ages: ['3-5', '6-9'], requirements: { nearby: true }, daysAgo: 52 },
  { space: 'SR4', language: 'de', text: 'Ein Elterncafé auch am Samstag, für Eltern, die unter der Woche arbeiten.', topics: ['eltern-familie'], ages: ['parents'], requirements: { times: ['weekend'] }, daysAgo: 33 },
  { space: 'SR2', language: 'de', text: 'Mehr Angebote für Kinder mit Behinderung am Nachmittag, nicht nur in der Schule.', topics: ['inklusion'], ages: ['6-9', '10-13'], requirements: { inclusive: true, times: ['afternoon'] }, pending: true, daysAgo: 12 },
  { space: 'SR5', language: 'tr', text: 'Çocuklar için okuldan sonra ödev yardımı gerekiyor, ama yakında olmalı.', topics: [], ages: ['6-9'], requirements: { nearby: true, languages: ['tr'] }, pending: true, daysAgo: 6 },
  { space: 'SR3', language: 'ar', text: 'لا يوجد ملعب آمن للأطفال في الحي.', topics: [], ages: [], pending: true, daysAgo: 2 },
];

// ---- what happened to the needs ----

const referralNotes = [
  'Erstkontakt gemeinsam mit der Familie hergestellt.',
  'Die Familie wurde beim ersten Besuch begleitet.',
  'Informationsblatt zum Angebot beim Hausbesuch übergeben; die Familie meldet sich selbst.',
  'Kontakt über die Schulsozialarbeit vermittelt.',
  'Anmeldung gemeinsam ausgefüllt, Platz ist zugesagt.',
];
const projectNotes = [
  'Im Sozialraumteam aufgegriffen: Kleinprojekt aus dem Sozialraumbudget.',
  'Im Netzwerktreffen aufgegriffen; ein Träger im Sozialraum entwickelt ein Angebot.',
  'Als Projektidee in die Jahresplanung des Sozialraumteams aufgenommen.',
  'Zusammen mit Eltern aus dem Stadtteil wird ein Angebot aufgebaut.',
];
const closedNotes = [
  'Die Familie ist aus dem Sozialraum weggezogen.',
  'Hat sich erledigt: Das Kind hat inzwischen einen Platz gefunden.',
  'Nach Rücksprache mit der Familie nicht mehr aktuell.',
  'Im Netzwerktreffen besprochen; im Moment kein weiterer Handlungsbedarf.',
];
const helpfulTexts = [
  'Über das Ende der Hilfe hinaus wäre eine feste Ansprechperson im Familienzentrum hilfreich.',
  'Die Familie möchte den Kontakt zu dem Angebot halten und wünscht sich Begleitung beim ersten Besuch.',
  'Ein offenes Angebot ohne Anmeldung passt am besten; feste Kurse hat die Familie bisher abgebrochen.',
  'Hilfreich wäre ein Angebot in der Nähe, das die Kinder allein erreichen können.',
];
const reviewNotes = ['Thema zugeordnet.', 'Geprüft und dem Thema zugeordnet.', 'Übersetzt und geprüft.'];

// ---- the generator ----

const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const daysBetween = (from: string, to: string) => Math.round((Date.parse(`${to}T12:00:00Z`) - Date.parse(`${from}T12:00:00Z`)) / 86_400_000);
const minDate = (a: string, b: string) => (a < b ? a : b);

type Membership = { spaceId: string; userId: string; organizationId: string | null; role: string; validFrom: string; validTo: string | null; email: string };

type Planned = {
  template: Template;
  space: SpaceCode;
  recordedOn: string;
  /** Forces the need's fate (patterns with a story). */
  fate?: { status: NeedStatus; note: string; after: number; referTo?: string };
};

export async function seedNeeds(ctx: DemoContext): Promise<void> {
  const started = performance.now();
  const today = todayInBerlin();
  const random = seededRandom(20_160_526);
  const pick = <T>(items: readonly T[]): T => {
    const item = items[Math.floor(random() * items.length)];
    if (item === undefined) throw new Error('demo: pick from an empty list');
    return item;
  };
  const chance = (p: number) => random() < p;
  const weighted = <T>(items: readonly T[], weight: (item: T) => number): T => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = random() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return pick(items);
  };

  // ---- what the seed builds on: spaces, topics, offers and team ----
  const spaceRows = await spacesOfOffice(ctx.tx, ctx.officeId);
  const spaceIds = new Map(spaceRows.map((s) => [s.code, s.id]));
  const spaceId = (code: SpaceCode) => {
    const id = spaceIds.get(code);
    if (!id) throw new Error(`demo space ${code} missing`);
    return id;
  };
  const topic = await defaultTopicIdByCode(ctx.tx, ctx.officeId);
  // Sorted by name and organisation, not by id: the same choices on every first start.
  const offers: OfferTraits[] = (await offersInSpaces(ctx.tx, ctx.officeId, [...spaceIds.values()])).sort(
    (a, b) => a.name.localeCompare(b.name, 'de') || a.organizationName.localeCompare(b.organizationName, 'de'),
  );
  const offersById = new Map(offers.map((o) => [o.id, o]));
  const matchingBySpace = new Map(spaceCodes.map((code) => [code, offersForMatching(offers, spaceId(code))]));
  const offersOf = (code: SpaceCode): OfferForMatch[] => matchingBySpace.get(code) ?? [];
  const memberships = (
    await queryRows<Membership>(
      ctx.tx,
      sql`select m.space_id as "spaceId", m.user_id as "userId", m.organization_id as "organizationId", m.team_role as role,
            m.valid_from::text as "validFrom", m.valid_to::text as "validTo", u.email
          from team_memberships m join users u on u.id = m.user_id
          where m.office_id = ${ctx.officeId}`,
    )
  ).sort((a, b) => a.email.localeCompare(b.email) || a.validFrom.localeCompare(b.validFrom) || a.role.localeCompare(b.role));

  /** A user on the space's team on that day, preferring the roles that record this source; with their organisation. */
  const recorderFor = (code: SpaceCode, date: string, source: NeedSource) => {
    const onTeam = memberships.filter((m) => m.spaceId === spaceId(code) && m.validFrom <= date && (m.validTo === null || m.validTo >= date));
    const preferred = source === 'home_visit' ? ['asd'] : source === 'case_closure' ? ['provider_outpatient'] : ['asd', 'provider_outpatient'];
    const withOrg = onTeam.filter((m) => m.organizationId);
    const candidates = withOrg.filter((m) => preferred.includes(m.role));
    const chosen = candidates.length ? pick(candidates) : withOrg.length ? pick(withOrg) : onTeam.length ? pick(onTeam) : undefined;
    return { userId: chosen?.userId ?? null, organizationId: chosen?.organizationId ?? null };
  };

  // ---- when: more needs in later years, spread over the year, on working days, never in the future ----
  const yearEnd = (year: number) => minDate(`${year}-12-31`, today);
  const dayIn = (year: number, from = `${year}-01-01`) => {
    const last = yearEnd(year);
    const span = Math.max(0, daysBetween(from, last));
    let date = addDays(from, Math.floor(random() * (span + 1)));
    const weekday = new Date(`${date}T12:00:00Z`).getUTCDay();
    if (weekday === 6) date = addDays(date, -1);
    if (weekday === 0) date = addDays(date, date < last ? 1 : -2);
    return date < from ? from : date;
  };
  const years: number[] = [];
  for (let year = ctx.firstYear; year <= ctx.currentYear; year++) years.push(year);
  const perYear = new Map(
    years.map((year) => {
      const full = Math.round(13 * (1 + 0.25 * (year - ctx.firstYear)));
      if (year < ctx.currentYear) return [year, full];
      const elapsed = (daysBetween(`${year}-01-01`, today) + 1) / 365;
      return [year, Math.max(6, Math.round(full * Math.min(1, elapsed)))];
    }),
  );

  // ---- the patterns first, then the everyday mix ----
  const planned: Planned[] = [];
  const sportSpace = INCLUSIVE_SPORT_GAP_SPACE;
  years.forEach((year, i) => {
    planned.push({ template: inclusiveSport[i % inclusiveSport.length] ?? pick(inclusiveSport), space: sportSpace, recordedOn: dayIn(year) });
    if (i % 4 === 1) planned.push({ template: pick(inclusiveSport), space: sportSpace, recordedOn: dayIn(year) });
    if (i >= 1) planned.push({ template: pick(mentallyIllParents), space: pick(spaceCodes), recordedOn: dayIn(year) });
    if (i % 3 === 0) planned.push({ template: pick(mentallyIllParents), space: spaceCodes[(i / 3) % spaceCodes.length] ?? 'SR2', recordedOn: dayIn(year) });
    planned.push({ template: pick(cookingMeeting), space: weighted(spaceCodes, (c) => spaceWeights[c]), recordedOn: dayIn(year) });
    if (i % 2 === 0) planned.push({ template: pick(cookingMeeting), space: weighted(spaceCodes, (c) => spaceWeights[c]), recordedOn: dayIn(year) });
  });
  // The stories of the source: the cooking group began at an Easter breakfast in Garstedt and was taken up with the
  // parents; the football coach in Garstedt was trained after the first requests; the group for children of mentally
  // ill parents was tried and failed, because only the professionals had asked for it.
  const first = ctx.firstYear;
  planned.push({
    template: cookingGroupOrigin,
    space: 'SR3',
    recordedOn: minDate(`${first}-04-07`, today),
    fate: { status: 'project', note: 'Daraus ist die Kochgruppe entstanden; die Eltern organisieren sie mit, die Küche stellt das Familienzentrum.', after: 60 },
  });
  for (const [offset, template] of [[0, inclusiveSport[0]], [1, inclusiveSport[3]], [2, inclusiveSport[2]]] as const) {
    if (!template || first + offset > ctx.currentYear) continue;
    planned.push({
      template,
      space: 'SR3',
      recordedOn: dayIn(first + offset),
      fate: { status: 'project', note: 'Ein Trainer des Vereins im Stadtteil hat eine Fortbildung zu Autismus gemacht; daraus ist das inklusive Fußballtraining entstanden.', after: 240 },
    });
  }
  if (first + 1 <= ctx.currentYear) {
    planned.push({
      template: mentallyIllParents[0] ?? pick(mentallyIllParents),
      space: 'SR3',
      recordedOn: dayIn(first + 1),
      fate: { status: 'closed', note: 'Das geplante Gruppenangebot kam nicht zustande: Der Bedarf war nur aus Sicht der Fachkräfte benannt, Familien meldeten sich nicht an.', after: 300 },
    });
  }
  const inclusiveSports = offers.filter((o) => o.status === 'active' && o.traits.includes('inclusive') && o.topicPath.includes(topic('sport')));
  const inclusiveFootball = inclusiveSports.find((o) => o.name.includes('Fußball')) ?? inclusiveSports[0];
  for (const year of years.filter((y) => y >= ctx.firstYear + 3 && y <= ctx.currentYear - 2).filter((_, i) => i % 3 === 0)) {
    if (!inclusiveFootball) break;
    planned.push({
      template: inclusiveSport[0] ?? pick(inclusiveSport),
      space: sportSpace,
      recordedOn: dayIn(year),
      fate: { status: 'referred', note: 'Im eigenen Stadtteil gibt es kein inklusives Sportangebot; vermittelt an das inklusive Fußballtraining in einem anderen Stadtteil, der Weg ist weit.', after: 45, referTo: inclusiveFootball.id },
    });
  }

  const everyday = [...affected, ...professional];
  for (const year of years) {
    const already = planned.filter((p) => p.recordedOn.startsWith(`${year}-`)).length;
    const wanted = perYear.get(year) ?? 0;
    for (let n = already; n < wanted; n++) {
      // A little more of the families' own voice in later years: the paper asked for it.
      const voiceBias = year >= ctx.firstYear + 2 ? 1.25 : 0.9;
      const template = weighted(everyday, (t) => (t.weight ?? 1) * (t.voice === 'affected' ? voiceBias : 1));
      const space = weighted(spaceCodes, (c) => spaceWeights[c] * (template.spaces?.[c] ?? 1));
      planned.push({ template, space, recordedOn: dayIn(year) });
    }
  }
  planned.sort((a, b) => a.recordedOn.localeCompare(b.recordedOn));

  // ---- from plan to rows ----
  type Seeded = { values: NeedValues & { id: string }; statusOn: string; referTo: string[]; referralNote: string };
  const seeded: Seeded[] = [];
  const languagePool = (year: number) => (year >= 2022 ? ['uk', 'ar', 'ru', 'tr', 'fa'] : ['ar', 'tr', 'ru', 'fa', 'pl']);

  for (const plan of planned) {
    const { template, space, recordedOn } = plan;
    const year = Number(recordedOn.slice(0, 4));
    const source = pick(template.sources);
    const recorder = recorderFor(space, recordedOn, source);
    const topicIds = template.topics.map(topic);
    const ageBands = template.ages;
    const matching = (topicId: string) => offersOf(space).filter((o) => matchesNeed(o, topicId, ageBands));
    const firstTopic = topicIds[0] ?? '';

    // Question 3: what an offer would have to be like. Professionals fill it in rarely.
    const hints = template.hints ?? {};
    const asked = template.voice === 'affected';
    const times = hints.times ?? (asked && chance(0.5) ? [pick(['morning', 'afternoon', 'evening', 'weekend'] as const)] : []);
    const requirements: NeedRequirements = {
      times: asked || chance(0.3) ? [...times] : [],
      freeOfCharge: (hints.free ?? false) ? asked || chance(0.5) : asked && chance(0.25),
      languages: asked && (hints.languages ? chance(0.75) : chance(0.05)) ? [pick(languagePool(year))] : [],
      nearby: (hints.nearby ?? false) ? asked || chance(0.4) : asked && chance(space === 'SR5' ? 0.5 : 0.2),
      childcare: (hints.childcare ?? false) || (asked && ageBands.includes('parents') && chance(0.25)),
      accessible: (hints.accessible ?? false) || (asked && chance(0.04)),
      inclusive: hints.inclusive ?? false,
      atmosphere: asked ? [...new Set([...(hints.atmosphere ?? []), ...(chance(0.3) ? [pick(atmospheres)] : [])])] : [],
      text: template.wishes && (asked || chance(0.3)) && chance(0.6) ? pick(template.wishes) : '',
    };

    // Question 1: the offers they know. Sometimes a matching one (a `fit` gap), sometimes others, sometimes none.
    let knownServiceIds: string[] = [];
    let knowsNoOffers = false;
    const inSpace = offersOf(space);
    if (template.pattern === 'inclusive-sport' && space === sportSpace) {
      // They know the clubs; none of them includes their child.
      knownServiceIds = [...new Set(topicIds.flatMap((t) => (t === topic('sport') ? matching(t).map((o) => o.id) : [])))];
    } else if (source === 'home_visit' && asked) {
      const roll = random();
      const candidates = matching(firstTopic);
      if (roll < 0.3) knowsNoOffers = true;
      else if (roll < 0.65 && candidates.length) knownServiceIds = [pick(candidates).id, ...(chance(0.4) ? [pick(inSpace).id] : [])];
      else if (inSpace.length) knownServiceIds = [pick(inSpace).id, ...(chance(0.5) ? [pick(inSpace).id] : [])];
    } else if (source === 'case_closure' && asked && chance(0.5)) {
      const candidates = matching(firstTopic);
      if (candidates.length && chance(0.5)) knownServiceIds = [pick(candidates).id];
    }
    knownServiceIds = [...new Set(knownServiceIds)];

    // Case closures: which offers would help after the case help ends.
    let helpfulServiceIds: string[] = [];
    let helpfulText = '';
    if (source === 'case_closure' && template.pattern === 'inclusive-sport') {
      // Nothing here would help; the text says what would.
      helpfulText = template.helpful ? pick(template.helpful) : pick(helpfulTexts);
    } else if (source === 'case_closure') {
      const candidates = topicIds.flatMap(matching);
      const familyOffers = inSpace.filter((o) => o.status === 'active' && o.topicPath.includes(topic('eltern-familie')));
      const pool = candidates.length ? candidates : familyOffers;
      if (pool.length) helpfulServiceIds = [...new Set([pick(pool).id, ...(chance(0.3) && familyOffers.length ? [pick(familyOffers).id] : [])])];
      helpfulText = template.helpful ? pick(template.helpful) : pick(helpfulTexts);
    }

    // What became of it: recent needs are mostly open, older ones partly referred, taken up or closed.
    const age = daysBetween(recordedOn, today);
    let status: NeedStatus = 'open';
    let statusNote = '';
    let statusOn = recordedOn;
    let referTo: string[] = [];
    let referralNote = '';
    if (plan.fate) {
      status = plan.fate.status;
      statusNote = plan.fate.note;
      statusOn = minDate(addDays(recordedOn, plan.fate.after), today);
      referTo = plan.fate.referTo ? [plan.fate.referTo] : [];
      referralNote = statusNote;
    } else {
      const roll = random();
      const [referred, project, closed] =
        template.pattern === 'inclusive-sport' || template.pattern === 'mentally-ill-parents'
          ? [0, 0, age > 730 ? 0.1 : 0]
          : age < 120
            ? [0.07, 0, 0.03]
            : age < 365
              ? [0.25, 0.05, 0.1]
              : [0.35, 0.15, 0.2];
      if (roll < referred) status = 'referred';
      else if (roll < referred + project) status = 'project';
      else if (roll < referred + project + closed) status = 'closed';
      if (status !== 'open') statusOn = minDate(addDays(recordedOn, 14 + Math.floor(random() * (age < 365 ? 90 : 520))), today);
      if (status === 'referred') {
        const candidates = topicIds.flatMap(matching).filter((o) => o.status === 'active');
        if (candidates.length) {
          referTo = [pick(candidates).id];
          referralNote = pick(referralNotes);
          statusNote = referralNote;
        } else status = chance(0.5) ? 'project' : 'closed';
      }
      if (status === 'project') statusNote = pick(projectNotes);
      if (status === 'closed') statusNote = pick(closedNotes);
    }
    if (status === 'open') statusOn = recordedOn;

    seeded.push({
      values: {
        id: randomUUID(),
        officeId: ctx.officeId,
        spaceId: spaceId(space),
        topicIds,
        targetGroup: template.group,
        ageBands,
        source,
        voice: template.voice,
        recordedOn,
        recordedByUserId: recorder.userId,
        recordedByOrganizationId: recorder.organizationId,
        text: pick(template.texts),
        knownServiceIds,
        knowsNoOffers,
        requirements,
        helpfulServiceIds,
        helpfulText,
        status,
        statusNote,
        reviewState: 'accepted',
      },
      statusOn,
      referTo,
      referralNote,
    });
  }

  // The public form: a handful of entries this year, in six languages; the newest still wait for review.
  for (const entry of publicEntries) {
    const recordedOn = [addDays(today, -entry.daysAgo), `${ctx.currentYear}-01-01`].sort().at(-1) ?? today;
    const reviewer = entry.pending ? null : recorderFor(entry.space, recordedOn, 'home_visit');
    const reviewedOn = minDate(addDays(recordedOn, 1 + Math.floor(random() * 4)), today);
    seeded.push({
      values: {
        id: randomUUID(),
        officeId: ctx.officeId,
        spaceId: spaceId(entry.space),
        topicIds: entry.topics.map(topic),
        ageBands: entry.ages,
        source: 'public_form',
        voice: 'affected',
        recordedOn,
        text: entry.text,
        requirements: { times: [], freeOfCharge: false, languages: [], nearby: false, childcare: false, accessible: false, inclusive: false, atmosphere: [], text: '', ...entry.requirements },
        reviewState: entry.pending ? 'pending' : 'accepted',
        reviewNote: entry.pending ? '' : entry.language === 'de' ? (reviewNotes[0] ?? '') : (reviewNotes[2] ?? ''),
        reviewedByUserId: reviewer?.userId ?? null,
        reviewedAt: entry.pending ? null : new Date(`${reviewedOn}T09:30:00Z`),
        language: entry.language,
      },
      statusOn: recordedOn,
      referTo: [],
      referralNote: '',
    });
  }

  // ---- write: the needs in one statement, then their gaps and referrals through the module's own functions ----
  const rows = await ctx.tx
    .insert(needs)
    .values(seeded.map((s) => s.values))
    .returning();
  const rowById = new Map(rows.map((r) => [r.id, r]));
  let referralCount = 0;
  for (const need of seeded) {
    const row = rowById.get(need.values.id);
    if (!row) throw new Error('demo need was not stored');
    for (const serviceId of need.referTo) {
      const offer = offersById.get(serviceId);
      const referral = await insertReferral(ctx.tx, {
        officeId: ctx.officeId,
        needId: row.id,
        serviceId,
        toOrganizationId: offer?.organizationId ?? null,
        fromOrganizationId: row.recordedByOrganizationId,
        referredByUserId: row.recordedByUserId,
        referredOn: need.statusOn,
        note: need.referralNote,
      });
      if (referral) referralCount++;
    }
    if (row.reviewState !== 'accepted') continue;
    // Opened on the day the need was recorded; closed on the day its status changed (often another year).
    await refreshGaps(ctx.tx, row, { userId: row.recordedByUserId, today: need.statusOn, openedOn: row.recordedOn, offers });
  }

  // The demo city has a history: creation times, gap events and referrals on the days they happened.
  const dates = sql.join(
    seeded.map((s) => sql`(${s.values.id}::uuid, ${s.values.recordedOn}::date, ${s.statusOn}::date)`),
    sql`, `,
  );
  await ctx.tx.execute(sql`
    update needs n set created_at = v.recorded::timestamp + interval '9 hours', updated_at = v.changed::timestamp + interval '15 hours'
    from (values ${dates}) as v(id, recorded, changed) where n.id = v.id`);
  await ctx.tx.execute(sql`
    update gap_events e set at = case when e.event = 'opened' then g.opened_on::timestamp + interval '9 hours'
                                      else coalesce(g.closed_on, g.opened_on)::timestamp + interval '15 hours' end
    from gaps g where g.id = e.gap_id and g.office_id = ${ctx.officeId}`);
  await ctx.tx.execute(sql`update referrals set created_at = referred_on::timestamp + interval '15 hours' where office_id = ${ctx.officeId}`);

  const [counts] = await queryRows<{ gaps: number }>(ctx.tx, sql`select count(*)::int as gaps from gaps where office_id = ${ctx.officeId}`);
  const affectedCount = seeded.filter((s) => s.values.voice === 'affected').length;
  ctx.log(
    `Demo: ${seeded.length} Bedarfe ${ctx.firstYear}–${ctx.currentYear} (${affectedCount} von Betroffenen, ${seeded.length - affectedCount} fachlich), ` +
      `${counts?.gaps ?? 0} Lücken, ${referralCount} Vermittlungen in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

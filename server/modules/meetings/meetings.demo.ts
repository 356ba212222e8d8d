import { randomUUID } from 'node:crypto';
import type { DecisionKind, MeetingState } from '../../../common/meeting-terms';
import { checkPrivacy } from '../../../common/privacy';
import type { NetworkModel, TeamRole } from '../../../common/social-space-terms';
import { todayInBerlin } from '../../platform/calendar';
import type { DemoContext } from '../../platform/module';
import { seededRandom } from '../../platform/seeded-random';
import { demoNeedCandidates } from '../needs';
import { offersInSpaces, type OfferTraits } from '../services';
import { activeOn, findOrganizationRow, membershipsOfOffice, modelOn, modelPeriods, spacesOfOffice } from '../social-spaces';
import { agendaItems, meetingAttendance, meetingDecisions, meetings } from './meetings.tables';

// The network meetings (Netzwerktreffen) of the demo city: one a quarter in every space from the first demo year to
// today, and the next one planned or already invited. Until 2016 the space's networker organises them (the network
// model of the time); from 2017 the team takes turns, as the committee decided on 26.05.2016 — except in Harksheide
// (SR2), where the coordinator of the family centre ends up organising nearly every meeting and bringing most of the
// agenda, so that the "many shoulders" view warns there. Mitte (SR4) has no sports club among the organisations that
// come: the missing link the committee paper names ("einen engeren Kontakt zu den Sportvereinen aufzubauen"); in
// Garstedt (SR3) the club of the inclusive football training comes often, elsewhere a club comes now and then.
// Attendance is organisations and head counts, never names; minutes and agenda speak of institutions and groups.

type SpaceCode = 'SR1' | 'SR2' | 'SR3' | 'SR4' | 'SR5';
type Membership = Awaited<ReturnType<typeof membershipsOfOffice>>[number];
type NeedCandidate = Awaited<ReturnType<typeof demoNeedCandidates>>[number];
type Org = { id: string; name: string; type: string };

/** The space whose organisers are very uneven: the "many shoulders" warning shows there. */
export const UNEVEN_ORGANISER_SPACE: SpaceCode = 'SR2';
/** The team role of the person who carries nearly all of the uneven space's meetings. */
export const UNEVEN_ORGANISER_ROLE: TeamRole = 'family_centre_coordinator';
/** The space in which no sports club ever comes to a meeting. */
export const NO_SPORTS_CLUB_SPACE: SpaceCode = 'SR4';

/** Meetings in February, May, September and November (not in the school holidays); weekday and week per space. */
const QUARTER_MONTHS = [2, 5, 9, 11];
const schedule: Record<SpaceCode, { weekday: number; week: number; from: number; hours: number }> = {
  SR1: { weekday: 2, week: 2, from: 15, hours: 2 },
  SR2: { weekday: 3, week: 2, from: 14, hours: 2 },
  SR3: { weekday: 2, week: 3, from: 15, hours: 2 },
  SR4: { weekday: 3, week: 3, from: 9, hours: 2 },
  SR5: { weekday: 4, week: 3, from: 15, hours: 2 },
};

/** One meeting per space did not take place. */
const cancellations: Record<SpaceCode, { on: string; reason: string }> = {
  SR1: { on: '2020-05', reason: 'Wegen der Corona-Kontaktbeschränkungen abgesagt; die Themen wurden im September nachgeholt.' },
  SR2: { on: '2018-11', reason: 'Die Organisatorin ist kurzfristig erkrankt; eine Vertretung für Einladung und Moderation fand sich nicht.' },
  SR3: { on: '2019-09', reason: 'Terminüberschneidung mit der Stadtteilkonferenz; die Themen wurden auf das Treffen im November verschoben.' },
  SR4: { on: '2020-05', reason: 'Wegen der Corona-Kontaktbeschränkungen abgesagt; die Einrichtungen haben sich per E-Mail abgestimmt.' },
  SR5: { on: '2017-02', reason: 'Der Raum im Jugendtreff war nach einem Wasserschaden nicht nutzbar; ein Ersatzraum war so kurzfristig nicht frei.' },
};

/** Online in the pandemic. */
const onlineMonths = new Set(['2020-05', '2020-09', '2020-11', '2021-02', '2021-05']);

// ---- the agenda ----

type ItemContext = { code: SpaceCode; date: string; offer?: OfferTraits | undefined };
type ItemTemplate = {
  key: string;
  title: (c: ItemContext) => string;
  notes: (c: ItemContext) => string;
  /** The sentence of the minutes about it. */
  minute: (c: ItemContext) => string;
  /** A follow-up task it may bring. */
  task?: string;
  /** A plain decision it may bring. */
  decision?: string;
  /** Who brings it, most likely first. */
  roles: TeamRole[];
  from?: string;
  to?: string;
  months?: number[];
  spaces?: SpaceCode[];
  /** It needs someone of this role on the team. */
  needsRole?: TeamRole;
  /** The space's sports club comes when it is on the agenda. */
  club?: boolean;
  weight?: number;
};

/** An offer's name in German quotes, unless it brings its own. */
const quoted = (name: string) => (name.includes('„') ? name : `„${name}“`);

const itemTemplates: ItemTemplate[] = [
  {
    key: 'needs',
    title: () => 'Neue Bedarfe aus dem Sozialraum',
    notes: () => 'Die seit dem letzten Treffen aufgenommenen Bedarfe aus Hausbesuchen, Fallabschlüssen und Gesprächen in den Einrichtungen, nach Themen sortiert.',
    minute: () => 'Die neuen Bedarfe aus Hausbesuchen und Fallabschlüssen wurden vorgestellt und den vorhandenen Angeboten gegenübergestellt.',
    task: 'Bedarfe ohne passendes Angebot für das nächste Treffen aufbereiten.',
    roles: ['asd', 'provider_outpatient', 'family_centre_coordinator'],
    weight: 3,
  },
  {
    key: 'offer',
    title: (c) => `Vorstellung: ${c.offer?.name ?? 'ein Angebot im Sozialraum'}`,
    notes: (c) => `${c.offer?.organizationName ?? 'Eine Einrichtung'} stellt das Angebot vor: für wen es gedacht ist, wann es stattfindet und wie Familien dazukommen.`,
    minute: (c) => `${c.offer?.organizationName ?? 'Eine Einrichtung'} hat das Angebot ${quoted(c.offer?.name ?? '')} vorgestellt; mehrere Einrichtungen wollen Familien gezielt darauf hinweisen.`,
    task: 'Informationen zum vorgestellten Angebot an Kindertagesstätten und Schulen weitergeben.',
    roles: [],
    weight: 2.5,
  },
  {
    key: 'consultation',
    title: () => 'Aus der kollegialen Beratung: Was fehlt im Sozialraum?',
    notes: () => 'Welche niedrigschwelligen Angebote haben in den besprochenen Fällen gefehlt? Ohne Fallbezug und ohne Namen.',
    minute: () => 'Aus der kollegialen Beratung wurde berichtet, welche niedrigschwelligen Angebote in den besprochenen Fällen gefehlt haben.',
    task: 'Fehlende Angebote aus der kollegialen Beratung sammeln und zum nächsten Treffen mitbringen.',
    roles: ['asd', 'provider_outpatient', 'provider_residential'],
  },
  {
    key: 'map',
    title: () => 'Angebotskarte des Sozialraums',
    notes: () => 'Stand der Angebotskarte; Ergänzungen und Änderungen aus den Einrichtungen.',
    minute: () => 'Die Angebotskarte des Sozialraums wurde um neue Angebote ergänzt; Kindertagesstätten und Schulen erhalten sie als Aushang.',
    task: 'Ergänzungen in die Angebotskarte einarbeiten und an alle Einrichtungen verteilen.',
    roles: ['networker'],
    to: '2016-12-31',
    weight: 2,
  },
  {
    key: 'clubs',
    title: () => 'Kontakt zu den Sportvereinen',
    notes: () => 'Wie können Kinder aus Familien mit Hilfe zur Erziehung im Sportverein ihren Platz finden? Ansprechpersonen, Schulung für Trainerinnen und Trainer.',
    minute: () => 'Der Kontakt zu den Sportvereinen bleibt schwierig: Die Vorstände sind ehrenamtlich und schwer zu erreichen, eine feste Ansprechperson fehlt.',
    task: 'Die Sportvereine im Sozialraum erneut anschreiben und zum nächsten Treffen einladen.',
    roles: ['networker', 'asd'],
    from: '2015-01-01',
    to: '2016-12-31',
    spaces: ['SR1', 'SR2', 'SR5'],
    weight: 2,
  },
  {
    key: 'no-club',
    title: () => 'Sport für Kinder im Stadtteil',
    notes: () => 'Im Sozialraum gibt es keinen Sportverein. Welche Vereine aus den Nachbarstadtteilen nehmen Kinder auf, und wie kommen die Kinder dorthin?',
    minute: () => 'Im Sozialraum ist kein Sportverein vertreten; die Einrichtungen sammeln, welche Vereine in den Nachbarstadtteilen Kinder aufnehmen, doch der Weg ist für viele zu weit.',
    task: 'Sportvereine der Nachbarstadtteile nach Plätzen und Ansprechpersonen fragen.',
    roles: ['asd', 'family_centre_coordinator', 'street_social_worker'],
    spaces: ['SR4'],
    weight: 0.8,
  },
  {
    key: 'family-centre',
    title: () => 'Das Familienzentrum: Aufbau und erste Angebote',
    notes: () => 'Seit dem Sommer 2015 gibt es in jedem Sozialraum ein Familienzentrum. Was bietet es an, und wie arbeitet es mit Kindertagesstätten und Schulen zusammen?',
    minute: () => 'Das Familienzentrum hat seine ersten Angebote vorgestellt; die Kindertagesstätten wollen Eltern gezielt darauf hinweisen.',
    task: 'Flyer des Familienzentrums an Kindertagesstätten, Schulen und Arztpraxen verteilen.',
    roles: ['family_centre_coordinator'],
    from: '2015-09-01',
    to: '2016-12-31',
    weight: 2,
  },
  {
    key: 'participation',
    title: () => 'Beteiligung von Kindern und Jugendlichen: Ergebnisse',
    notes: () => 'Ergebnisse des Beteiligungsverfahrens der offenen Kinder- und Jugendarbeit: Welche Angebote brauchen und nutzen Kinder und Jugendliche?',
    minute: () => 'Die offene Kinder- und Jugendarbeit hat Ergebnisse der Beteiligung vorgestellt: Jugendliche wünschen sich Treffpunkte am Abend und am Wochenende.',
    task: 'Ergebnisse der Beteiligung an alle Einrichtungen im Sozialraum weitergeben.',
    roles: ['youth_work_coordinator'],
    from: '2015-06-01',
    to: '2017-06-30',
    needsRole: 'youth_work_coordinator',
    weight: 2,
  },
  {
    key: 'shoulders',
    title: () => 'Netzwerkarbeit ab 2017: auf mehreren Schultern',
    notes: () => 'Der Jugendhilfeausschuss hat am 26.05.2016 beschlossen, die Netzwerkarbeit beim ganzen Sozialraumteam anzusiedeln. Wer organisiert künftig die Treffen?',
    minute: () => 'Ab 2017 gibt es keine Netzwerkerstelle mehr; die Organisation der Treffen übernimmt das Sozialraumteam im Wechsel.',
    decision: 'Die Netzwerktreffen werden ab 2017 im Wechsel von Mitgliedern des Sozialraumteams organisiert und finden reihum in den Einrichtungen statt.',
    roles: ['networker', 'asd'],
    from: '2016-06-01',
    to: '2017-03-31',
    weight: 6,
  },
  {
    key: 'budget',
    title: () => 'Sozialraumbudget: Stand der Mittel und Anträge',
    notes: () => 'Wofür wurden die Mittel bisher eingesetzt, was ist noch frei, welche Vorhaben sollen beantragt werden?',
    minute: () => 'Der Stand des Sozialraumbudgets wurde vorgestellt; für zwei Vorhaben sollen Anträge vorbereitet werden.',
    task: 'Antrag aus dem Sozialraumbudget vorbereiten und mit der Fachbereichsleitung abstimmen.',
    roles: ['asd', 'provider_outpatient', 'family_centre_coordinator'],
    from: '2017-01-01',
    weight: 1.5,
  },
  {
    key: 'holidays',
    title: () => 'Ferienprogramm planen',
    notes: () => 'Welche Einrichtung bietet in den Sommerferien was an? Kosten, Anmeldung, Plätze für Kinder aus Familien mit wenig Geld.',
    minute: () => 'Für das Ferienprogramm haben mehrere Einrichtungen Angebote zugesagt; Plätze für Kinder aus Familien mit wenig Geld werden freigehalten.',
    task: 'Angebote für das Ferienprogramm sammeln und den gemeinsamen Flyer erstellen.',
    roles: ['youth_work_coordinator', 'family_centre_coordinator'],
    months: [2, 5],
    weight: 1.5,
  },
  {
    key: 'summer',
    title: () => 'Rückblick auf die Sommerferien',
    notes: () => 'Was lief gut, wen haben wir nicht erreicht?',
    minute: () => 'Im Rückblick auf die Sommerferien wurde deutlich, dass Angebote für Jugendliche ab 14 Jahren gefehlt haben.',
    roles: ['youth_work_coordinator', 'school_social_worker', 'street_social_worker'],
    months: [9],
    weight: 1.5,
  },
  {
    key: 'school-start',
    title: () => 'Übergang Kita – Grundschule',
    notes: () => 'Wie begleiten Kindertagesstätten, Grundschule und Familienzentrum Familien beim Schulstart?',
    minute: () => 'Kindertagesstätten und Grundschule wollen den Übergang gemeinsam begleiten und laden Eltern zu einem Infoabend ein.',
    task: 'Termin für den Elterninfoabend zum Schulstart mit Kita und Schule abstimmen.',
    roles: ['family_centre_coordinator', 'asd', 'school_social_worker'],
  },
  {
    key: 'schools',
    title: () => 'Themen aus den Schulen',
    notes: () => 'Die Schulsozialarbeit berichtet, was sie in den Schulen beobachtet.',
    minute: () => 'Die Schulsozialarbeit berichtete von mehr Konflikten in den Pausen und von Kindern, die morgens ohne Frühstück in die Schule kommen.',
    task: 'Mit der Schule und dem Familienzentrum ein Frühstücksangebot prüfen.',
    roles: ['school_social_worker'],
    needsRole: 'school_social_worker',
  },
  {
    key: 'report',
    title: () => 'Beiträge zum Jahresbericht an den Jugendhilfeausschuss',
    notes: () => 'Erfolge und Schwierigkeiten des Jahres im Sozialraum, einschließlich der Netzwerkarbeit.',
    minute: () => 'Für den Jahresbericht an den Jugendhilfeausschuss wurden Erfolge und Schwierigkeiten des Jahres gesammelt.',
    task: 'Beiträge für den Jahresbericht zusammenfassen und an die Fachbereichsleitung geben.',
    roles: ['asd', 'family_centre_coordinator'],
    from: '2016-01-01',
    months: [11],
    weight: 2.5,
  },
  {
    key: 'corona',
    title: () => 'Angebote unter den Corona-Schutzmaßnahmen',
    notes: () => 'Was läuft weiter, was draußen, was digital? Wie erreichen wir Familien, die sich zurückziehen?',
    minute: () => 'Die Einrichtungen haben berichtet, welche Angebote unter den Schutzmaßnahmen weiterlaufen; viele Familien sind schwer zu erreichen.',
    task: 'Liste der Angebote mit den aktuellen Zeiten erstellen und über Kindertagesstätten und Schulen verteilen.',
    roles: ['family_centre_coordinator', 'youth_work_coordinator', 'asd'],
    from: '2020-05-01',
    to: '2021-09-30',
    weight: 5,
  },
  {
    key: 'ukraine',
    title: () => 'Geflüchtete Familien aus der Ukraine',
    notes: () => 'Welche Angebote gibt es mit Sprachmittlung, wo fehlen Plätze?',
    minute: () => 'Seit dem Frühjahr kommen geflüchtete Familien aus der Ukraine in den Stadtteil; gebraucht werden Sprachmittlung und Plätze in Kita und Sprachkurs.',
    task: 'Angebote mit Sprachmittlung zusammenstellen und den Einrichtungen schicken.',
    roles: ['asd', 'family_centre_coordinator'],
    from: '2022-04-01',
    to: '2023-06-30',
    weight: 4,
  },
  {
    key: 'meeting-places',
    title: () => 'Offene Treffpunkte für Eltern',
    notes: () => 'Eltern fragen nach Treffpunkten ohne Anmeldung, auch am Nachmittag und für Väter.',
    minute: () => 'Eltern wünschen sich mehr offene Treffpunkte ohne Anmeldung; das Familienzentrum prüft einen weiteren Termin am Nachmittag.',
    task: 'Raum und Zeiten für einen weiteren offenen Treff klären.',
    roles: ['family_centre_coordinator', 'provider_outpatient'],
    from: '2015-09-01',
  },
  {
    key: 'street',
    title: () => 'Jugendliche im öffentlichen Raum',
    notes: () => 'Wo treffen sich Jugendliche abends, und was fehlt ihnen?',
    minute: () => 'Die Straßensozialarbeit berichtete von Jugendlichen, die sich abends am Einkaufszentrum treffen; ein offenes Angebot am Abend fehlt.',
    task: 'Mit der Jugendarbeit einen offenen Abend für Jugendliche planen.',
    roles: ['street_social_worker', 'youth_work_coordinator'],
    needsRole: 'street_social_worker',
  },
  {
    key: 'homework',
    title: () => 'Hausaufgabenhilfe und Lernförderung',
    notes: () => 'Mehr Kinder brauchen Unterstützung bei den Hausaufgaben, als die Angebote aufnehmen können.',
    minute: () => 'Der Bedarf an Hausaufgabenhilfe ist größer als das Angebot; die Einrichtungen suchen gemeinsam Ehrenamtliche.',
    task: 'Bei der Freiwilligenagentur nach Ehrenamtlichen für die Hausaufgabenhilfe fragen.',
    roles: ['school_social_worker', 'provider_outpatient', 'asd'],
  },
  {
    key: 'mentally-ill',
    title: () => 'Angebot für Kinder psychisch kranker Eltern',
    notes: () => 'Stand der offenen Gruppe mit der Erziehungsberatungsstelle: Wer kommt, wer nicht, und warum?',
    minute: () => 'Das Gruppenangebot für Kinder psychisch kranker Eltern wird kaum angenommen; die Familien wollen kein Angebot, das die Erkrankung zum Thema macht.',
    task: 'Mit der Erziehungsberatungsstelle klären, ob und wie das Angebot weitergeht.',
    roles: ['asd', 'networker', 'provider_outpatient'],
    from: '2016-01-01',
    to: '2017-03-31',
    spaces: ['SR3', 'SR4'],
    weight: 3,
  },
  {
    key: 'cooking',
    title: () => 'Die Kochgruppe der Eltern',
    notes: () => 'Eltern aus der Kochgruppe berichten, wie die Gruppe beim Osterfrühstück entstanden ist und was sie brauchen.',
    minute: () => 'Eltern aus der Kochgruppe haben berichtet, wie die Gruppe entstanden ist; sie organisieren sie selbst und wünschen sich einen festen Platz im Familienzentrum.',
    task: 'Mit dem Familienzentrum feste Küchenzeiten für die Kochgruppe vereinbaren.',
    roles: ['key_person', 'provider_outpatient', 'family_centre_coordinator'],
    from: '2015-06-01',
    spaces: ['SR3'],
  },
  {
    key: 'football',
    title: () => 'Inklusives Fußballtraining im Verein',
    notes: () => 'Der Sportverein berichtet vom Training für Kinder mit und ohne Behinderung.',
    minute: () => 'Der Sportverein hat vom inklusiven Training berichtet; die Gruppe ist voll, ein zweiter Trainer wird geschult.',
    task: 'Familien aus den Hilfen gezielt auf das inklusive Training hinweisen.',
    roles: ['provider_outpatient', 'asd'],
    from: '2016-09-01',
    spaces: ['SR3'],
    club: true,
    weight: 1.5,
  },
];

const closingItem: ItemTemplate = {
  key: 'misc',
  title: () => 'Termine und Verschiedenes',
  notes: () => 'Termine der Einrichtungen, Ort und Organisation des nächsten Treffens.',
  minute: () => '',
  roles: [],
};

const monthNames = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
const rooms = ['Gruppenraum', 'Seminarraum', 'Café', 'Mehrzweckraum'];
/** Organisations whose rooms host a meeting. */
const venueTypes = new Set(['family_centre', 'youth_work', 'school', 'provider_outpatient', 'counselling_centre', 'parents_initiative']);
/** Organisations that belong to the team's daily work come to nearly every meeting. */
const coreTypes = new Set(['asd', 'provider_outpatient', 'provider_residential', 'family_centre', 'youth_work', 'school_social_work', 'street_social_work']);

// ---- dates ----

const pad = (n: number) => String(n).padStart(2, '0');
const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
/** The n-th weekday (0 = Sunday) of a month. */
const nthWeekday = (year: number, month: number, weekday: number, n: number): string => {
  const first = new Date(Date.UTC(year, month - 1, 1)).getUTCDay();
  return `${year}-${pad(month)}-${pad(1 + ((weekday - first + 7) % 7) + (n - 1) * 7)}`;
};
const berlinHour = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' });
/** The instant of a wall-clock hour in Berlin (winter or summer time). */
const berlinAt = (isoDate: string, hour: number, minute = 0): Date => {
  for (const offset of ['+01:00', '+02:00']) {
    const at = new Date(`${isoDate}T${pad(hour)}:${pad(minute)}:00${offset}`);
    if (Number(berlinHour.format(at)) === hour) return at;
  }
  throw new Error(`no Berlin time ${isoDate} ${hour}:${minute}`);
};
const minDate = (a: string, b: string) => (a < b ? a : b);

export async function seedMeetings(ctx: DemoContext): Promise<void> {
  const started = performance.now();
  const today = todayInBerlin();
  const now = new Date();
  const random = seededRandom(11_022_016);
  const pick = <T>(items: readonly T[]): T | undefined => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const weightedPick = <T>(items: readonly T[], weight: (item: T) => number): T | undefined => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = random() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items.at(-1);
  };

  const spaces = (await spacesOfOffice(ctx.tx, ctx.officeId)).filter((s): s is typeof s & { code: SpaceCode } => s.code in schedule).sort((a, b) => a.code.localeCompare(b.code));
  const periods = (await modelPeriods(ctx.tx, ctx.officeId)).map((p) => ({ model: p.model as NetworkModel, validFrom: p.validFrom }));
  // Sorted by person, space and start: the same choices on every first start.
  const memberships = (await membershipsOfOffice(ctx.tx, ctx.officeId)).sort(
    (a, b) => a.personName.localeCompare(b.personName, 'de') || a.spaceId.localeCompare(b.spaceId) || a.validFrom.localeCompare(b.validFrom),
  );
  const needCandidates = await demoNeedCandidates(ctx.tx, ctx.officeId);
  const orgCache = new Map<string, Org | null>();
  const organization = async (id: string): Promise<Org | null> => {
    if (!orgCache.has(id)) {
      const row = await findOrganizationRow(ctx.tx, id);
      orgCache.set(id, row && row.officeId === ctx.officeId ? { id: row.id, name: row.name, type: row.type } : null);
    }
    return orgCache.get(id) ?? null;
  };

  const meetingRows: (typeof meetings.$inferInsert)[] = [];
  const attendanceRows: (typeof meetingAttendance.$inferInsert)[] = [];
  const itemRows: (typeof agendaItems.$inferInsert)[] = [];
  const decisionRows: (typeof meetingDecisions.$inferInsert)[] = [];

  for (const space of spaces) {
    const code = space.code;
    const plan = schedule[code];
    const team = memberships.filter((m) => m.spaceId === space.id);
    const teamOn = (date: string) => {
      const seen = new Set<string>();
      return team.filter((m) => activeOn(m, date) && !seen.has(m.personName) && seen.add(m.personName));
    };
    const needsOfSpace = needCandidates.filter((n) => n.spaceId === space.id);

    // The organisations of the space: the team's and those with offers here. A space may leave a type out entirely.
    const offers = (await offersInSpaces(ctx.tx, ctx.officeId, [space.id])).filter((o) => o.status === 'active' && checkPrivacy(o.name).ok);
    const orgIds = [...new Set([...team.flatMap((m) => (m.organizationId ? [m.organizationId] : [])), ...offers.map((o) => o.organizationId)])];
    const pool: Org[] = [];
    for (const id of orgIds) {
      const org = await organization(id);
      if (!org) continue;
      if (code === NO_SPORTS_CLUB_SPACE && org.type === 'sports_club') continue;
      pool.push(org);
    }
    // By name, not by id: the same choices on every first start.
    pool.sort((a, b) => a.name.localeCompare(b.name, 'de'));
    offers.sort((a, b) => a.name.localeCompare(b.name, 'de') || a.organizationName.localeCompare(b.organizationName, 'de'));
    const club = pool.find((o) => o.type === 'sports_club');
    /** Family centres from summer 2015, parents' initiatives once they formed. */
    const existsOn = (org: Org, date: string) => (org.type === 'family_centre' ? date >= '2015-08-01' : org.type === 'parents_initiative' ? date >= '2016-01-01' : true);
    const presentableOffers = offers.filter((o) => pool.some((p) => p.id === o.organizationId && p.type !== 'sports_club'));

    // Rotation: who organised least often and least recently goes first.
    const timesOrganised = new Map<string, number>();
    const lastOrganised = new Map<string, string>();
    const rotate = (candidates: Membership[]): Membership[] =>
      candidates
        .map((m) => ({ m, key: random() }))
        .sort((a, b) => (timesOrganised.get(a.m.id) ?? 0) - (timesOrganised.get(b.m.id) ?? 0) || (lastOrganised.get(a.m.id) ?? '').localeCompare(lastOrganised.get(b.m.id) ?? '') || a.key - b.key)
        .map((x) => x.m);
    const organisersOn = (date: string): Membership[] => {
      const onTeam = teamOn(date);
      const model = modelOn(periods, date)?.model;
      const networker = onTeam.find((m) => m.teamRole === 'networker');
      let chosen: Membership[];
      if (model === 'networker' && networker) chosen = [networker];
      else {
        const candidates = onTeam.filter((m) => m.teamRole !== 'head_of_department');
        const carrier = code === UNEVEN_ORGANISER_SPACE ? candidates.find((m) => m.teamRole === UNEVEN_ORGANISER_ROLE) : undefined;
        // In the uneven space one person is left with it: nearly always from 2017, always from 2019.
        if (carrier && (date >= '2019-01-01' || random() < 0.8)) chosen = [carrier];
        else {
          const order = rotate(candidates.filter((m) => m.id !== carrier?.id));
          const first = random() < 0.75 ? order[0] : (order[1] ?? order[0]);
          const second = order.find((m) => m.id !== first?.id);
          chosen = [first, ...(second && random() < 0.35 ? [second] : [])].filter((m): m is Membership => !!m);
        }
      }
      if (chosen.length === 0) chosen = onTeam.slice(0, 1);
      for (const m of chosen) {
        timesOrganised.set(m.id, (timesOrganised.get(m.id) ?? 0) + 1);
        lastOrganised.set(m.id, date);
      }
      return chosen;
    };

    /** Who brings an item: in the uneven space mostly the one who organises everything. */
    // Elsewhere the items spread: whoever has brought fewer so far is more likely to bring the next one.
    const timesBrought = new Map<string, number>();
    const spread = (m: Membership) => 1 / (1 + (timesBrought.get(m.id) ?? 0) / 4);
    const bringerOf = (template: ItemTemplate, onTeam: Membership[], organisers: Membership[], offer: OfferTraits | undefined, date: string): Membership | undefined => {
      if (template.key === 'misc') return organisers[0];
      const carrier = code === UNEVEN_ORGANISER_SPACE && date >= '2017-01-01' ? onTeam.find((m) => m.teamRole === UNEVEN_ORGANISER_ROLE) : undefined;
      if (carrier && random() < 0.8) return carrier;
      const chosen = ((): Membership | undefined => {
        if (offer) {
          const own = onTeam.filter((m) => m.organizationId === offer.organizationId && m.teamRole !== 'head_of_department');
          if (own.length && random() < 0.8) return pick(own);
        }
        const preferred = onTeam.filter((m) => template.roles.includes(m.teamRole as TeamRole));
        if (preferred.length && random() < 0.75) return weightedPick(preferred, (m) => (template.roles.indexOf(m.teamRole as TeamRole) === 0 ? 3 : 1) * spread(m));
        return weightedPick(onTeam, (m) => (m.teamRole === 'head_of_department' ? 0.2 : organisers.some((o) => o.id === m.id) ? 2 : 1) * spread(m));
      })();
      if (chosen) timesBrought.set(chosen.id, (timesBrought.get(chosen.id) ?? 0) + 1);
      return chosen;
    };

    const dates: string[] = [];
    for (let year = ctx.firstYear; year <= ctx.currentYear + 1; year++) for (const month of QUARTER_MONTHS) dates.push(nthWeekday(year, month, plan.weekday, plan.week));
    const past = dates.filter((d) => d < today);
    const next = dates.find((d) => d >= today);
    let previous = addDays(`${ctx.firstYear}-01-01`, -90);

    for (const date of [...past, ...(next ? [next] : [])]) {
      const id = randomUUID();
      const month = date.slice(0, 7);
      const upcoming = date >= today;
      const cancellation = cancellations[code].on === month ? cancellations[code] : undefined;
      const state: MeetingState = upcoming ? (addDays(today, 28) >= date ? 'invited' : 'planned') : cancellation ? 'cancelled' : 'held';
      const onTeam = teamOn(date);
      const organisers = organisersOn(date);
      const startsAt = berlinAt(date, plan.from);
      const endsAt = berlinAt(date, plan.from + plan.hours);
      const online = onlineMonths.has(month);
      const eligible = pool.filter((o) => existsOn(o, date));

      // Where: in the rooms of the (first) organiser's organisation, else at the family centre or the youth club.
      const ownOrg = organisers[0]?.organizationId ? eligible.find((o) => o.id === organisers[0]?.organizationId) : undefined;
      const venue = (ownOrg && venueTypes.has(ownOrg.type) ? ownOrg : undefined) ?? eligible.find((o) => o.type === 'family_centre') ?? eligible.find((o) => o.type === 'youth_work') ?? eligible.find((o) => venueTypes.has(o.type));
      const place = online ? 'Videokonferenz' : venue ? `${venue.name}, ${rooms[venue.name.length % rooms.length] ?? 'Gruppenraum'}` : 'Rathaus Norderstedt, Sitzungsraum';

      // The agenda: 3–6 items (4–6 where one person brings most), the last one "Termine und Verschiedenes".
      const itemContext: ItemContext = { code, date };
      const eligibleTemplates = itemTemplates.filter(
        (t) =>
          (!t.from || t.from <= date) &&
          (!t.to || date <= t.to) &&
          (!t.months || t.months.includes(Number(date.slice(5, 7)))) &&
          (!t.spaces || t.spaces.includes(code)) &&
          (!t.needsRole || onTeam.some((m) => m.teamRole === t.needsRole)) &&
          (!t.club || !!club) &&
          (t.key !== 'offer' || presentableOffers.length > 0),
      );
      const size = upcoming ? between(2, 3) : cancellation ? 0 : code === UNEVEN_ORGANISER_SPACE ? between(4, 6) : between(3, 6);
      const chosenTemplates: ItemTemplate[] = [];
      while (chosenTemplates.length < size - 1) {
        const left = eligibleTemplates.filter((t) => !chosenTemplates.includes(t));
        const t = weightedPick(left, (x) => x.weight ?? 1);
        if (!t) break;
        chosenTemplates.push(t);
      }
      if (size > 0) chosenTemplates.push(closingItem);

      type Built = { id: string; template: ItemTemplate; bringer: Membership | undefined; context: ItemContext };
      const built: Built[] = chosenTemplates.map((template, index) => {
        const offer = template.key === 'offer' ? pick(presentableOffers) : undefined;
        const context = { ...itemContext, offer };
        const bringer = bringerOf(template, onTeam, organisers, offer, date);
        const needIds =
          template.key === 'needs'
            ? needsOfSpace
                .filter((n: NeedCandidate) => n.recordedOn > previous && n.recordedOn <= date)
                .map((n) => ({ n, key: random() }))
                .sort((a, b) => a.key - b.key)
                .slice(0, 4)
                .map((x) => x.n.id)
            : [];
        const itemId = randomUUID();
        itemRows.push({
          id: itemId,
          meetingId: id,
          position: index + 1,
          title: template.title(context),
          notes: template.notes(context),
          broughtByMembershipId: bringer?.id ?? null,
          needIds,
          serviceIds: offer ? [offer.id] : [],
          projectIds: [],
        });
        return { id: itemId, template, bringer, context };
      });

      // Who came: the team's organisations nearly always, schools, Kitas and others now and then, 4–12 in all.
      let headCount = 0;
      let organisationCount = 0;
      let guests = 0;
      if (state === 'held') {
        const wantsClub = built.some((b) => b.template.club);
        const chance = (o: Org) =>
          o.type === 'sports_club'
            ? wantsClub
              ? 1
              : code === 'SR3' && date >= '2016-09-01'
                ? 0.55
                : 0.15
            : coreTypes.has(o.type)
              ? 0.85
              : 0.4;
        let came = eligible.filter((o) => random() < chance(o));
        const rest = eligible.filter((o) => !came.includes(o) && o.type !== 'sports_club');
        while (came.length < 4 && rest.length) came.push(...rest.splice(Math.floor(random() * rest.length), 1));
        while (came.length > 12) {
          const droppable = came.filter((o) => !coreTypes.has(o.type) && !(wantsClub && o.type === 'sports_club'));
          const drop = pick(droppable.length ? droppable : came);
          came = came.filter((o) => o !== drop);
        }
        for (const org of came) {
          const count = org.type === 'asd' ? between(1, 3) : org.type === 'school' || org.type === 'kita' ? between(1, 2) : random() < 0.75 ? 1 : 2;
          attendanceRows.push({ meetingId: id, organizationId: org.id, headCount: count });
          headCount += count;
        }
        organisationCount = came.length;
        guests = random() < 0.45 ? between(1, 4) : 0;
      }

      // Decisions: 1–3, follow-up tasks with an owner and a due date, some of them done.
      if (state === 'held') {
        const withTask = built
          .filter((b) => b.template.task || b.template.decision)
          .map((b) => ({ b, key: random() }))
          .sort((x, y) => x.key - y.key)
          .map((x) => x.b);
        const picked = withTask.slice(0, between(1, 3));
        const decide = (b: Built | undefined, kind: DecisionKind, text: string) => {
          const owner = kind === 'task' ? (b?.bringer ?? organisers[0]) : undefined;
          const weeks = between(2, 8);
          const dueOn = kind === 'task' ? addDays(date, 7 * weeks) : null;
          // Most tasks due by today are done (on a day after the meeting, not after today), a few recent ones too.
          const done = dueOn !== null && random() < (dueOn < today ? 0.85 : 0.3);
          decisionRows.push({
            meetingId: id,
            agendaItemId: b?.id ?? null,
            kind,
            text,
            ownerMembershipId: owner?.id ?? null,
            dueOn,
            doneOn: done ? minDate(addDays(date, between(3, 7 * weeks + 5)), today) : null,
            createdAt: endsAt,
          });
        };
        for (const b of picked) {
          if (b.template.decision) decide(b, 'note', b.template.decision);
          else if (b.template.task) decide(b, 'task', b.template.task);
        }
        if (picked.length === 0) decide(undefined, 'task', 'Protokoll an alle Eingeladenen verschicken und Termin für das nächste Treffen abstimmen.');
      }

      // Minutes: who came, 2–4 items, and the next date.
      let minutes = '';
      if (state === 'held') {
        const sentences = [
          `Es kamen ${headCount} Fachkräfte aus ${organisationCount} Einrichtungen${guests ? `, dazu ${guests} ${guests === 1 ? 'Gast' : 'Gäste'} aus dem Stadtteil` : ''}${online ? ', per Videokonferenz' : ''}.`,
          ...built
            .filter((b) => b.template.key !== 'misc')
            .slice(0, 4)
            .map((b) => b.template.minute(b.context)),
        ];
        const following = dates[dates.indexOf(date) + 1];
        if (sentences.length < 6 && following) sentences.push(`Das nächste Treffen ist für ${monthNames[Number(following.slice(5, 7)) - 1]} ${following.slice(0, 4)} geplant.`);
        if (sentences.length < 3) sentences.push('Das Protokoll geht an alle eingeladenen Einrichtungen.');
        minutes = sentences.join(' ');
      }

      const createdOn = minDate(addDays(date, -between(28, 42)), today);
      meetingRows.push({
        id,
        officeId: ctx.officeId,
        spaceIds: [space.id],
        title: `Netzwerktreffen ${space.name}`,
        startsAt,
        endsAt,
        place,
        onlineUrl: online ? `https://konferenz.demo.invalid/netzwerk-${code.toLowerCase()}` : null,
        state,
        cancelReason: cancellation?.reason ?? '',
        organizerMembershipIds: organisers.map((m) => m.id),
        invitedOrganizationIds: eligible.map((o) => o.id),
        guestCount: guests,
        minutes,
        sequence: state === 'planned' ? 0 : state === 'cancelled' ? 2 : 1,
        createdByUserId: organisers.find((m) => m.userId)?.userId ?? null,
        createdAt: berlinAt(createdOn, 10),
        updatedAt: upcoming ? berlinAt(minDate(addDays(createdOn, 3), today), 10) : new Date(Math.min(berlinAt(addDays(date, 2), 11).getTime(), now.getTime())),
      });
      previous = date;
    }
  }

  const chunked = async <T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>) => {
    for (let i = 0; i < rows.length; i += 500) await insert(rows.slice(i, i + 500));
  };
  await chunked(meetingRows, (chunk) => ctx.tx.insert(meetings).values(chunk));
  await chunked(itemRows, (chunk) => ctx.tx.insert(agendaItems).values(chunk));
  await chunked(attendanceRows, (chunk) => ctx.tx.insert(meetingAttendance).values(chunk));
  await chunked(decisionRows, (chunk) => ctx.tx.insert(meetingDecisions).values(chunk));
  ctx.log(
    `Demo: ${meetingRows.length} Netzwerktreffen ${ctx.firstYear}–${ctx.currentYear} mit ${itemRows.length} Tagesordnungspunkten, ` +
      `${attendanceRows.length} Teilnahmen und ${decisionRows.length} Beschlüssen in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

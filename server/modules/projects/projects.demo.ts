import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import type { AgeBand } from '../../../common/need-terms';
import type { Initiator, ProjectStatus } from '../../../common/project-terms';
import type { TeamRole } from '../../../common/social-space-terms';
import { todayInBerlin } from '../../platform/calendar';
import { queryRows } from '../../platform/db/database';
import type { DemoContext } from '../../platform/module';
import { seededRandom } from '../../platform/seeded-random';
import { demoNeedCandidates, linkDemoNeeds } from '../needs';
import { defaultTopicIdByCode, topicTerms } from '../services';
import { membershipsOfOffice, spacesOfOffice } from '../social-spaces';
import { projectReach, projects, projectStatusEvents, projectYearNotes } from './projects.tables';

// The projects and measures of the demo city, 2015 to today. The five of the committee paper of 26.05.2016 first:
// the grief group for children (completed), the cooking group the parents started at the outpatient provider's
// Easter breakfast and organise themselves (running), the inclusive football training whose coach was trained
// (running), the cooperation with the sports clubs that never came about and the low-threshold offer for children of
// mentally ill parents that only the professionals had asked for (both stopped). Around them the everyday measures
// of five social-space teams. Everything is invented; the notes speak of groups and counts, never of a family.
// The money for them (commitments and bookings from 2017) is seeded by the budget module's demo.

type DemoNeedCandidate = Awaited<ReturnType<typeof demoNeedCandidates>>[number];
type SpaceCode = 'SR1' | 'SR2' | 'SR3' | 'SR4' | 'SR5';
type Note = { successes: string; difficulties: string };

type DemoProject = {
  title: string;
  description: string;
  spaces: SpaceCode[];
  topics: string[];
  initiatedBy: Initiator;
  /** How it began, in a sentence (always for `affected` and `joint`). */
  how?: string;
  status: ProjectStatus;
  /** The days it went through: idea, planned (optional), running, and completed or stopped. */
  idea: string;
  planned?: string;
  start?: string;
  end?: string;
  reason?: string;
  /** Partner organisations, by name. */
  partners: string[];
  /** Team roles that carry it, most likely first; how many people carry it. */
  roles: TeamRole[];
  carriers: number;
  /** Who it reaches in a full year, and about how many. */
  ages: AgeBand[];
  reach: number;
  /** The needs it answers: a text that marks its own needs, whose voice, how many. */
  needs?: { text?: RegExp; voice?: 'affected' | 'professional'; count?: number; orTopic?: boolean; closedToo?: boolean };
  /** The team's words for the first years (then the general notes take over); the last one for the final year. */
  notes: Note[];
  final?: Note;
  /** The group as the notes name it, lower case: "die Kochgruppe". */
  noun: string;
};

const projectsOfTheCity = (ago: (days: number) => string): DemoProject[] => [
  // ---- the five of the source ----
  {
    title: 'Trauergruppe für Kinder',
    description:
      'Eine begleitete Gruppe für Kinder von sechs bis zwölf Jahren, die einen Elternteil, ein Geschwisterkind oder einen anderen nahen Menschen verloren haben. Aufgebaut mit dem Hospizverein; zwei ausgebildete Trauerbegleiterinnen leiten die Treffen alle zwei Wochen.',
    spaces: ['SR4', 'SR3'],
    topics: ['trauer', 'psychische-gesundheit'],
    initiatedBy: 'professionals',
    how: 'In der kollegialen Beratung kamen mehrere trauernde Kinder zur Sprache; die Netzwerkerin hat den Hospizverein angesprochen.',
    status: 'completed',
    idea: '2015-01-21',
    planned: '2015-03-10',
    start: '2015-09-03',
    end: '2018-12-14',
    partners: ['Hospizverein – Trauergruppe für Kinder', 'Familienzentrum Mitte', 'Schulsozialarbeit Norderstedt Süd'],
    roles: ['networker', 'family_centre_coordinator', 'school_social_worker'],
    carriers: 3,
    ages: ['6-9', '10-13', 'parents'],
    reach: 16,
    needs: { text: /Tod|gestorben|Trauer/i, count: 3 },
    noun: 'die Trauergruppe',
    notes: [
      {
        successes: 'Die Gruppe ist im September mit sechs Kindern gestartet. Die Kinder kommen regelmäßig; mehrere Eltern haben berichtet, dass zu Hause wieder über den Verlust gesprochen wird.',
        difficulties: 'Bis die erste Gruppe voll war, hat es länger gedauert als geplant: Viele Familien erfahren erst über die Schule oder den ASD von dem Angebot.',
      },
      {
        successes: 'Die Schulsozialarbeit verweist inzwischen gezielt auf die Gruppe; es gab zum ersten Mal eine Warteliste.',
        difficulties: 'Für Jugendliche ab 13 Jahren gibt es noch kein passendes Angebot; sie passen nicht in die Kindergruppe.',
      },
    ],
    final: {
      successes: 'Der Hospizverein führt die Trauergruppe ab dem kommenden Jahr als festes Angebot mit eigenen Mitteln weiter; das Projekt ist damit erfolgreich abgeschlossen.',
      difficulties: 'Die Begleitung der Eltern neben der Kindergruppe war aufwendiger als gedacht und wird künftig über das Trauercafé aufgefangen.',
    },
  },
  {
    title: 'Kochgruppe – Eltern kochen für Eltern',
    description:
      'Eltern aus Garstedt kochen einmal in der Woche gemeinsam und essen zusammen mit ihren Kindern; jede Woche bringt eine andere Familie ein Rezept aus ihrer Küche mit. Die Eltern organisieren die Gruppe selbst mit, das Familienzentrum stellt die Küche, das Sozialraumbudget zahlt die Lebensmittel.',
    spaces: ['SR3'],
    topics: ['eltern-familie', 'gesundheit', 'sprache-integration'],
    initiatedBy: 'affected',
    how: 'Eltern beim Osterfrühstück des ambulanten Trägers',
    status: 'running',
    idea: '2015-04-07',
    planned: '2015-05-12',
    start: '2015-06-04',
    partners: ['Elterninitiative Kochgruppe Garstedt', 'Familienzentrum Garstedt', 'Ambulante Jugendhilfe Norderstedt gGmbH'],
    roles: ['key_person', 'family_centre_coordinator', 'provider_outpatient'],
    carriers: 3,
    ages: ['parents', '0-2', '3-5', '6-9'],
    reach: 34,
    needs: { text: /Osterfrühstück|kochen|Kochgruppe|Rezept|zu essen|Treffpunkt für Mütter/i, voice: 'affected', count: 5 },
    noun: 'die Kochgruppe',
    notes: [
      {
        successes: 'Aus dem Osterfrühstück ist eine feste Gruppe geworden: Jeden Donnerstag kochen acht bis zwölf Eltern zusammen, die Kinder essen mit. Die Eltern planen die Rezepte und den Einkauf selbst.',
        difficulties: 'Die Küche im Familienzentrum ist erst ab August nutzbar; bis dahin wurde in der Küche des Trägers gekocht, die für die Gruppe zu klein ist.',
      },
      {
        successes: 'Drei Mütter haben die Organisation übernommen und eine eigene Elterninitiative gegründet. Über die Gruppe haben mehrere Familien zum ersten Mal das Familienzentrum besucht.',
        difficulties: 'Wenn die organisierenden Eltern verhindert sind, fällt der Termin aus; eine Vertretung muss sich erst finden.',
      },
      {
        successes: 'Die Gruppe ist der Beweis, dass Angebote tragen, die Eltern selbst wollen: Sie läuft ohne Werbung und wächst über Mundpropaganda. Der Gemeinschaftsgarten ist aus ihr entstanden.',
        difficulties: 'Die Lebensmittelpreise sind gestiegen; mit dem gleichen Geld können weniger Familien mitessen.',
      },
    ],
  },
  {
    title: 'Kooperation mit Sportvereinen',
    description:
      'Kinder, die eine Hilfe zur Erziehung bekommen, sollen auch im Sportverein ihren Platz finden: Die Vereine in Friedrichsgabe und Harksheide sollten Ansprechpersonen benennen, Trainerinnen und Trainer eine Schulung zu Kindern mit besonderem Förderbedarf erhalten.',
    spaces: ['SR1', 'SR2'],
    topics: ['sport', 'inklusion'],
    initiatedBy: 'professionals',
    status: 'stopped',
    idea: '2015-02-24',
    planned: '2015-06-16',
    end: '2016-09-29',
    reason: 'Ein engerer Kontakt zu den Sportvereinen kam nicht zustande: Die Vereine sahen keine Möglichkeit, Trainerinnen und Trainer für eine Schulung freizustellen, und benannten keine Ansprechperson.',
    partners: ['SV Friedrichsgabe von 1953 e. V.', 'TuS Harksheide e. V.'],
    roles: ['networker', 'asd'],
    carriers: 2,
    ages: [],
    reach: 0,
    needs: { text: /Sportverein|Vereine|Trainer/i, voice: 'professional', count: 2 },
    noun: 'die Kooperation',
    notes: [
      {
        successes: 'Mit zwei Vereinen gab es erste Gespräche; beide fanden die Idee gut.',
        difficulties: 'Die Vorstände sind ehrenamtlich und schwer zu erreichen; Termine wurden mehrfach verschoben.',
      },
    ],
    final: {
      successes: 'Einzelne Kinder konnten über persönliche Kontakte in einen Verein vermittelt werden.',
      difficulties: 'Ein verbindlicher Kontakt zu den Vereinen ist nicht gelungen. Wir nehmen mit: Ohne eine feste Ansprechperson im Verein trägt eine Kooperation nicht.',
    },
  },
  {
    title: 'Niedrigschwelliges Angebot für Kinder psychisch kranker Eltern',
    description:
      'Eine offene Gruppe für Kinder von sechs bis zwölf Jahren mit einem psychisch erkrankten Elternteil: spielen, reden, einfach Kind sein dürfen; dazu eine Sprechstunde für die Eltern. Geplant mit der Erziehungsberatungsstelle.',
    spaces: ['SR3', 'SR4'],
    topics: ['psychische-gesundheit'],
    initiatedBy: 'professionals',
    status: 'stopped',
    idea: '2015-10-13',
    planned: '2016-01-19',
    start: '2016-04-06',
    end: '2017-03-09',
    reason: 'Der Bedarf war in erster Linie aus Sicht der Fachkräfte benannt worden; die Familien haben das Angebot nicht angenommen, zu den Terminen kam kaum ein Kind.',
    partners: ['Erziehungsberatungsstelle Norderstedt', 'Familienzentrum Garstedt'],
    roles: ['asd', 'networker', 'provider_outpatient'],
    carriers: 3,
    ages: ['6-9', '10-13'],
    reach: 5,
    // The needs demo closed the need it answered when it failed ("Das geplante Gruppenangebot kam nicht zustande").
    needs: { text: /psychisch/i, voice: 'professional', count: 3, orTopic: true, closedToo: true },
    noun: 'die Gruppe',
    notes: [
      {
        successes: 'Der Raum im Familienzentrum ist eingerichtet, die Erziehungsberatungsstelle begleitet die Gruppe fachlich.',
        difficulties: 'Zu den vierzehntägigen Terminen kamen meist ein oder zwei Kinder; mehrere Familien, die wir angesprochen hatten, sagten ab.',
      },
    ],
    final: {
      successes: 'Die Zusammenarbeit mit der Erziehungsberatungsstelle ist enger geworden; einzelne Familien wurden dorthin begleitet.',
      difficulties: 'Auch nach der Winterpause kam kaum ein Kind. Die Eltern wollten ihre Kinder nicht in eine Gruppe geben, die ihre Erkrankung zum Thema macht. Das Angebot war aus unserer Sicht gedacht, nicht aus der Sicht der Familien.',
    },
  },
  {
    title: 'Inklusives Fußballtraining',
    description:
      'Ein Trainer des Garstedter SV hat eine Fortbildung zu Autismus gemacht; seitdem trainiert eine Gruppe für Kinder mit und ohne Behinderung von sechs bis zwölf Jahren mit festen Abläufen, einer ruhigen Ecke und kleinen Gruppen. Das Sozialraumbudget trägt die Fortbildung und die Begleitung.',
    spaces: ['SR3'],
    topics: ['sport', 'inklusion'],
    initiatedBy: 'joint',
    how: 'Familien haben gegen Ende der Hilfe nach einem Verein gefragt, in dem ihr autistisches Kind mitspielen kann; der ambulante Träger hat den Kontakt zum Verein hergestellt.',
    status: 'running',
    idea: '2015-11-17',
    planned: '2016-03-08',
    start: '2016-09-05',
    partners: ['Garstedter SV e. V.', 'Hilfen für Familien e. V.'],
    roles: ['provider_outpatient', 'asd', 'family_centre_coordinator'],
    carriers: 2,
    ages: ['6-9', '10-13'],
    reach: 14,
    needs: { text: /Autis|Behinderung|Fußball|Sportverein/i, count: 3 },
    noun: 'das inklusive Training',
    notes: [
      {
        successes: 'Der Trainer hat die Fortbildung abgeschlossen; seit September trainieren zwei Kinder mit Autismus in der Gruppe mit.',
        difficulties: 'Einige Eltern der anderen Kinder waren zunächst skeptisch; ein Elternabend im Verein hat geholfen.',
      },
      {
        successes: 'Die Gruppe ist auf zwölf Kinder gewachsen, drei davon mit einer Behinderung. Ein zweiter Trainer hat die Fortbildung begonnen.',
        difficulties: 'Kinder aus anderen Stadtteilen haben einen weiten Weg; Fahrgemeinschaften klappen nicht immer.',
      },
    ],
  },

  // ---- Friedrichsgabe (SR1) ----
  {
    title: 'Elterncafé im Familienzentrum Friedrichsgabe',
    description: 'Ein offener Treff für Eltern mit kleinen Kindern an zwei Vormittagen in der Woche, ohne Anmeldung. Die Eltern gestalten das Programm mit; Fachkräfte aus Kita, Frühen Hilfen und Beratung kommen auf Einladung dazu.',
    spaces: ['SR1'],
    topics: ['eltern-familie', 'fruehe-hilfen'],
    initiatedBy: 'affected',
    how: 'Mütter aus der Krabbelgruppe wünschten sich einen offenen Treff und gestalten ihn seitdem mit.',
    status: 'running',
    idea: '2015-11-03',
    planned: '2015-12-08',
    start: '2016-02-02',
    partners: ['Familienzentrum Friedrichsgabe', 'Kita Sonnenblume'],
    roles: ['family_centre_coordinator', 'provider_outpatient', 'asd'],
    carriers: 2,
    ages: ['parents', '0-2', '3-5'],
    reach: 40,
    needs: { text: /Elterncafé|Treffpunkt|Krabbelgruppe|regnet/i, voice: 'affected', count: 3 },
    noun: 'das Elterncafé',
    notes: [
      {
        successes: 'Schon nach wenigen Wochen kamen regelmäßig zehn bis fünfzehn Eltern; zwei Mütter bereiten das Frühstück inzwischen selbst vor.',
        difficulties: 'Väter und berufstätige Eltern erreichen wir am Vormittag kaum.',
      },
    ],
  },
  {
    title: 'Hausaufgabenhilfe mit Ehrenamtlichen an der Grundschule Friedrichsgabe',
    description: 'Ehrenamtliche Lernpatinnen und -paten begleiten Kinder der Klassen 2 bis 4 an drei Nachmittagen bei den Hausaufgaben, in kleinen Gruppen und mit Zeit zum Lesenüben.',
    spaces: ['SR1'],
    topics: ['hausaufgaben', 'bildung'],
    initiatedBy: 'professionals',
    status: 'completed',
    idea: '2017-02-14',
    planned: '2017-05-09',
    start: '2017-09-04',
    end: '2021-07-16',
    partners: ['Grundschule Friedrichsgabe', 'Stadtbücherei Norderstedt'],
    roles: ['asd', 'provider_outpatient', 'family_centre_coordinator'],
    carriers: 2,
    ages: ['6-9', '10-13'],
    reach: 22,
    noun: 'die Hausaufgabenhilfe',
    notes: [
      {
        successes: 'Acht Ehrenamtliche begleiten 20 Kinder; die Lehrkräfte berichten, dass die Hausaufgaben häufiger vollständig sind.',
        difficulties: 'Ehrenamtliche für den Freitag zu finden, ist schwer.',
      },
    ],
    final: {
      successes: 'Die Hausaufgabenbetreuung ist in den Ganztag der Schule übergegangen; die Ehrenamtlichen machen dort weiter.',
      difficulties: 'Die Übergabe hat gezeigt, wie sehr das Angebot an wenigen Ehrenamtlichen hing.',
    },
  },
  {
    title: 'Spielplatzaktion Moorweg',
    description: 'Eltern, Kinder und das Familienzentrum haben den Spielplatz am Moorweg mit der Stadt neu geplant: Aufräumtag, Wünsche der Kinder, neue Geräte für die Kleinen und ein Fest zur Eröffnung.',
    spaces: ['SR1'],
    topics: ['freizeit-sport', 'eltern-familie'],
    initiatedBy: 'affected',
    how: 'Eltern haben Unterschriften gesammelt, weil der Spielplatz kaputt war, und die Aktion mit vorbereitet.',
    status: 'completed',
    idea: '2018-10-09',
    planned: '2019-01-22',
    start: '2019-04-06',
    end: '2019-10-12',
    partners: ['Familienzentrum Friedrichsgabe', 'Kita Sonnenblume'],
    roles: ['family_centre_coordinator', 'asd'],
    carriers: 2,
    ages: ['0-2', '3-5', '6-9', 'parents'],
    reach: 120,
    needs: { text: /Spielplatz/i, voice: 'affected', count: 2 },
    noun: 'die Spielplatzaktion',
    notes: [],
    final: {
      successes: 'Beim Aufräumtag halfen über 40 Eltern und Kinder; die neuen Geräte für die Kleinen stehen, das Eröffnungsfest war gut besucht.',
      difficulties: 'Die Abstimmung mit dem Grünflächenamt hat Monate gedauert; die Schaukel kam erst im Herbst.',
    },
  },
  {
    title: 'Ferienprogramm Friedrichsgabe und Harksheide',
    description: 'Zwei Wochen Programm in den Sommerferien für Kinder von sechs bis zwölf Jahren: Ausflüge, Werkstatt, Sport und Mittagessen, für Familien mit wenig Geld kostenlos.',
    spaces: ['SR1', 'SR2'],
    topics: ['ferien', 'kinderbetreuung'],
    initiatedBy: 'joint',
    how: 'Alleinerziehende haben beim Elterncafé von den langen Sommerferien erzählt; das Programm haben sie mit dem Jugendzentrum geplant.',
    status: 'running',
    idea: '2021-10-19',
    planned: '2022-02-15',
    start: '2022-07-11',
    partners: ['Jugendzentrum Buschweg', 'Familienzentrum Friedrichsgabe', 'TuS Harksheide e. V.'],
    roles: ['youth_work_coordinator', 'family_centre_coordinator', 'school_social_worker'],
    carriers: 3,
    ages: ['6-9', '10-13'],
    reach: 45,
    needs: { text: /Ferien/i, count: 3 },
    noun: 'das Ferienprogramm',
    notes: [
      {
        successes: 'Im ersten Sommer waren alle 40 Plätze belegt, die Hälfte davon mit Kindern, die sonst nicht verreisen.',
        difficulties: 'Die Anmeldung lief über Papierlisten in zwei Stadtteilen; das war unübersichtlich.',
      },
    ],
  },
  {
    title: 'Inklusive Bewegungsgruppe im Familienzentrum',
    description: 'Eine kleine Bewegungsgruppe für Kinder mit und ohne Behinderung, mit festen Abläufen und Eltern am Rand, solange es in Friedrichsgabe keinen Verein gibt, der Kinder mit Behinderung aufnimmt.',
    spaces: ['SR1'],
    topics: ['sport', 'inklusion'],
    initiatedBy: 'affected',
    how: 'Eltern von Kindern mit Autismus haben beim Netzwerktreffen selbst eine kleine Bewegungsgruppe vorgeschlagen.',
    status: 'idea',
    idea: ago(47),
    partners: ['Familienzentrum Friedrichsgabe'],
    roles: ['family_centre_coordinator', 'provider_outpatient'],
    carriers: 1,
    ages: ['6-9', '10-13'],
    reach: 0,
    needs: { text: /Autis|Behinderung|Rollstuhl/i, voice: 'affected', count: 2 },
    noun: 'die Bewegungsgruppe',
    notes: [],
  },

  // ---- Harksheide (SR2) ----
  {
    title: 'Mädchentreff im Jugendzentrum Buschweg',
    description: 'Ein Abend in der Woche nur für Mädchen ab zehn Jahren: Tanzen, Kochen, Reden, Ausflüge. Die Mädchen planen das Programm selbst mit zwei Fachkräften.',
    spaces: ['SR2'],
    topics: ['jugendtreff'],
    initiatedBy: 'affected',
    how: 'Mädchen aus dem Jugendzentrum haben sich einen eigenen Abend gewünscht und das Programm selbst geplant.',
    status: 'running',
    idea: '2016-11-15',
    planned: '2017-01-17',
    start: '2017-03-07',
    partners: ['Jugendzentrum Buschweg', 'Schulsozialarbeit Norderstedt Nord'],
    roles: ['youth_work_coordinator', 'school_social_worker'],
    carriers: 2,
    ages: ['10-13', '14-17'],
    reach: 18,
    needs: { text: /Mädchen/i, voice: 'affected', count: 2 },
    noun: 'der Mädchentreff',
    notes: [
      {
        successes: 'Zwölf Mädchen kommen regelmäßig; sie haben den Raum selbst gestrichen und eingerichtet.',
        difficulties: 'Einige Mädchen dürfen abends nicht allein nach Hause; wir begleiten sie bis zur Bushaltestelle.',
      },
    ],
  },
  {
    title: 'Sprachcafé für Eltern',
    description: 'Einmal in der Woche Deutsch sprechen üben bei Kaffee und Tee, mit Kinderbetreuung im Nebenraum; Ehrenamtliche und die Familienbildungsstätte leiten an.',
    spaces: ['SR2', 'SR4'],
    topics: ['sprache-integration', 'eltern-familie'],
    initiatedBy: 'joint',
    how: 'Zugewanderte Mütter haben im Familienzentrum nach Deutschübung ohne Kursgebühr gefragt; gemeinsam mit ihnen ist das Sprachcafé entstanden.',
    status: 'completed',
    idea: '2016-06-14',
    planned: '2016-08-23',
    start: '2016-10-05',
    end: '2022-12-14',
    partners: ['Familienbildungsstätte Norderstedt', 'Familienzentrum Harksheide', 'Familienzentrum Mitte'],
    roles: ['family_centre_coordinator', 'asd', 'provider_outpatient'],
    carriers: 3,
    ages: ['parents', '0-2', '3-5'],
    reach: 30,
    needs: { text: /Deutsch/i, count: 3 },
    noun: 'das Sprachcafé',
    notes: [
      {
        successes: 'Von Anfang an kamen 15 bis 20 Mütter; die Kinderbetreuung im Nebenraum macht die Teilnahme erst möglich.',
        difficulties: 'Väter kommen bisher nicht; das Angebot wird als Müttertreff wahrgenommen.',
      },
    ],
    final: {
      successes: 'Die Familienbildungsstätte bietet das Sprachcafé ab Januar als eigenen Kurs an zwei Standorten an; viele Teilnehmerinnen besuchen inzwischen einen Integrationskurs.',
      difficulties: 'Mit den vielen neu zugezogenen Familien aus der Ukraine reichten die Plätze zuletzt nicht.',
    },
  },
  {
    title: 'Medienprojekt: Handy, Apps und Familie',
    description: 'Elternabende und ein Workshop für Kinder der 5. und 6. Klassen zu Handy, Spielen und sozialen Netzwerken: Regeln aushandeln, Sicherheitseinstellungen, was tun bei Streit im Klassenchat.',
    spaces: ['SR2'],
    topics: ['familienbildung', 'sucht'],
    initiatedBy: 'professionals',
    status: 'completed',
    idea: '2018-09-11',
    planned: '2018-11-20',
    start: '2019-02-04',
    end: '2019-11-28',
    partners: ['Familienbildungsstätte Norderstedt', 'Schulzentrum Nord'],
    roles: ['school_social_worker', 'asd'],
    carriers: 2,
    ages: ['10-13', 'parents'],
    reach: 95,
    needs: { text: /Handy|Medien|Apps/i, count: 2 },
    noun: 'das Medienprojekt',
    notes: [],
    final: {
      successes: 'Vier Elternabende mit zusammen rund 60 Eltern, dazu Workshops in drei Klassen. Die Schule übernimmt den Workshop in ihr Präventionskonzept.',
      difficulties: 'Eltern mit wenig Deutschkenntnissen haben wir kaum erreicht; die Elternabende müssten mehrsprachig sein.',
    },
  },
  {
    title: 'Väterfrühstück',
    description: 'Einmal im Monat am Samstag: Väter frühstücken mit ihren Kindern in der Kita und unternehmen danach etwas zusammen. Zwei Väter laden selbst ein.',
    spaces: ['SR2'],
    topics: ['eltern-familie'],
    initiatedBy: 'affected',
    how: 'Väter aus der Kita haben um ein Angebot am Samstag gebeten; zwei von ihnen laden seitdem selbst ein.',
    status: 'running',
    idea: '2021-02-23',
    planned: '2021-03-30',
    start: '2021-05-08',
    partners: ['Kita Regenbogen', 'Familienzentrum Harksheide'],
    roles: ['family_centre_coordinator', 'asd'],
    carriers: 1,
    ages: ['parents', '3-5', '6-9'],
    reach: 26,
    needs: { text: /Väter|Wochenende|Samstag/i, voice: 'affected', count: 2 },
    noun: 'das Väterfrühstück',
    notes: [
      {
        successes: 'Zum ersten Frühstück kamen sieben Väter mit ihren Kindern, draußen im Kita-Garten. Die Väter haben sich untereinander für Ausflüge verabredet.',
        difficulties: 'Wegen der Corona-Regeln durften zunächst nur wenige Familien gleichzeitig kommen.',
      },
    ],
  },
  {
    title: 'Bolzplatz Harksheide mit Jugendlichen erneuern',
    description: 'Jugendliche planen mit dem Jugendzentrum und der Stadt neue Tore, ein Ballfangnetz und Sitzgelegenheiten für den Bolzplatz; einen Teil bauen sie in einer Werkstattwoche selbst.',
    spaces: ['SR2'],
    topics: ['freizeit-sport', 'jugendtreff'],
    initiatedBy: 'joint',
    how: 'Jugendliche haben bei der Beteiligungswerkstatt den Bolzplatz ganz oben auf ihre Liste gesetzt und planen seitdem mit.',
    status: 'planned',
    idea: ago(240),
    planned: ago(75),
    partners: ['Jugendzentrum Buschweg', 'TuS Harksheide e. V.'],
    roles: ['youth_work_coordinator', 'school_social_worker'],
    carriers: 2,
    ages: ['10-13', '14-17'],
    reach: 0,
    needs: { text: /platz|Basketball|Skate|Anlaufstellen/i, count: 2 },
    noun: 'die Bolzplatzaktion',
    notes: [],
  },
  {
    title: 'Lernwerkstatt im Jugendzentrum',
    description: 'Lernbegleitung für Jugendliche der Klassen 8 bis 10 vor den Abschlussprüfungen, am späten Nachmittag im Jugendzentrum, mit einer Honorarkraft und Laptops.',
    spaces: ['SR2'],
    topics: ['bildung', 'hausaufgaben'],
    initiatedBy: 'professionals',
    status: 'stopped',
    idea: '2022-09-13',
    planned: '2022-11-08',
    start: '2023-01-16',
    end: '2023-06-30',
    reason: 'Trotz mehrfacher Ausschreibung fand sich keine Honorarkraft für die Lernbegleitung; die Jugendlichen wurden an die Lernförderung der Schule vermittelt.',
    partners: ['Jugendzentrum Buschweg', 'Schulzentrum Nord'],
    roles: ['youth_work_coordinator', 'school_social_worker'],
    carriers: 2,
    ages: ['14-17'],
    reach: 9,
    needs: { text: /Prüfung|Lernen|lernen/i, count: 2 },
    noun: 'die Lernwerkstatt',
    notes: [],
    final: {
      successes: 'Bis Ostern haben neun Jugendliche regelmäßig in der Lernwerkstatt gelernt.',
      difficulties: 'Nach dem Weggang der Honorarkraft konnte die Stelle nicht wieder besetzt werden.',
    },
  },

  // ---- Garstedt (SR3) ----
  {
    title: 'Hausaufgabenhilfe im Jugendhaus Garstedt',
    description: 'An vier Nachmittagen helfen Studierende und Ehrenamtliche Kindern der Klassen 3 bis 7 bei den Hausaufgaben; danach ist das Jugendhaus offen.',
    spaces: ['SR3'],
    topics: ['hausaufgaben'],
    initiatedBy: 'professionals',
    status: 'running',
    idea: '2017-10-10',
    planned: '2018-01-16',
    start: '2018-03-05',
    partners: ['Jugendhaus Garstedt', 'Gemeinschaftsschule Garstedt'],
    roles: ['youth_work_coordinator', 'school_social_worker', 'asd'],
    carriers: 3,
    ages: ['6-9', '10-13'],
    reach: 28,
    needs: { count: 3 },
    noun: 'die Hausaufgabenhilfe',
    notes: [
      {
        successes: 'Die Hausaufgabenhilfe ist voll; die Schule meldet, dass die Kinder besser vorbereitet in den Unterricht kommen.',
        difficulties: 'Der Raum ist laut; für Kinder, die Ruhe brauchen, fehlt ein zweiter Raum.',
      },
    ],
  },
  {
    title: 'Abendtreff für Alleinerziehende',
    description: 'Jeden zweiten Dienstag ein Abend für Alleinerziehende mit gemeinsamem Essen, Austausch und Kinderbetreuung im Nebenraum.',
    spaces: ['SR3'],
    topics: ['alleinerziehende', 'eltern-familie'],
    initiatedBy: 'affected',
    how: 'Alleinerziehende aus der Kochgruppe haben den Abendtreff angeregt und organisieren das Essen.',
    status: 'running',
    idea: '2019-05-14',
    planned: '2019-06-25',
    start: '2019-09-10',
    partners: ['Familienzentrum Garstedt', 'Elterninitiative Kochgruppe Garstedt'],
    roles: ['family_centre_coordinator', 'key_person', 'asd'],
    carriers: 2,
    ages: ['parents', '0-2', '3-5', '6-9'],
    reach: 22,
    needs: { text: /Alleinerziehende|Abend für mich|Schichtdienst/i, voice: 'affected', count: 3 },
    noun: 'der Abendtreff',
    notes: [
      {
        successes: 'Zwölf Alleinerziehende kommen regelmäßig; einige haben sich gegenseitig bei der Kinderbetreuung ausgeholfen.',
        difficulties: 'Die Kinderbetreuung am Abend ist teuer; ohne Sozialraumbudget wäre der Treff nicht möglich.',
      },
    ],
  },
  {
    title: 'Nachbarschaftsfest Garstedt',
    description: 'Ein Fest im Spätsommer auf dem Platz vor dem Familienzentrum, vorbereitet von Familien, Einrichtungen und Vereinen aus dem Stadtteil: Essen aus vielen Ländern, Spiele, Infostände.',
    spaces: ['SR3'],
    topics: ['eltern-familie', 'wohnen'],
    initiatedBy: 'joint',
    how: 'Im Netzwerktreffen haben Fachkräfte und Eltern aus der Kochgruppe zusammen ein Fest für den ganzen Stadtteil vorgeschlagen.',
    status: 'running',
    idea: '2017-03-21',
    planned: '2017-05-02',
    start: '2017-06-01',
    partners: ['Familienzentrum Garstedt', 'Jugendhaus Garstedt', 'Garstedter SV e. V.', 'Ev. Kita Garstedt'],
    roles: ['family_centre_coordinator', 'youth_work_coordinator', 'key_person', 'school_social_worker'],
    carriers: 4,
    ages: ['parents', '0-2', '3-5', '6-9', '10-13', '14-17'],
    reach: 350,
    needs: { text: /Nachbar|kennenlernen|vernetzt/i, count: 2 },
    noun: 'das Nachbarschaftsfest',
    notes: [
      {
        successes: 'Rund 300 Gäste, zwölf Stände von Einrichtungen und Familien; viele Familien haben Einrichtungen im Stadtteil zum ersten Mal kennengelernt.',
        difficulties: 'Die Genehmigungen und der Aufbau lagen an wenigen Schultern; nächstes Jahr verteilen wir die Aufgaben früher.',
      },
    ],
  },
  {
    title: 'Deutschkurs mit Kinderbetreuung',
    description: 'Ein Deutschkurs für Mütter am Vormittag im Familienzentrum, die kleinen Kinder werden nebenan betreut. Die Lehrkraft kommt von der Volkshochschule, die Betreuung zahlt das Sozialraumbudget.',
    spaces: ['SR3'],
    topics: ['sprache-integration', 'kinderbetreuung'],
    initiatedBy: 'joint',
    how: 'Mütter haben bei den Hausbesuchen immer wieder gesagt, dass sie nur mit Kinderbetreuung Deutsch lernen können; die Kursform haben sie mitbestimmt.',
    status: 'running',
    idea: '2022-09-20',
    planned: '2022-11-29',
    start: '2023-02-06',
    partners: ['Familienzentrum Garstedt', 'Ev. Kita Garstedt'],
    roles: ['family_centre_coordinator', 'asd', 'provider_outpatient'],
    carriers: 2,
    ages: ['parents', '0-2', '3-5'],
    reach: 24,
    needs: { text: /Deutsch|Kinderbetreuung|Betreuung für die Kinder/i, count: 4 },
    noun: 'der Deutschkurs',
    notes: [
      {
        successes: 'Der Kurs war nach zwei Wochen voll, überwiegend mit Müttern, die vorher keinen Kurs besuchen konnten.',
        difficulties: 'Die Betreuung der Kleinsten braucht zwei Kräfte; die Warteliste ist lang.',
      },
    ],
  },
  {
    title: 'Gemeinschaftsgarten Europaallee',
    description: 'Hochbeete hinter dem Familienzentrum, gebaut und gepflegt von Familien aus der Kochgruppe und der Nachbarschaft; was wächst, wird gemeinsam verkocht.',
    spaces: ['SR3'],
    topics: ['eltern-familie', 'gesundheit'],
    initiatedBy: 'affected',
    how: 'Eltern aus der Kochgruppe wollten eigenes Gemüse anbauen und haben den Garten selbst geplant.',
    status: 'completed',
    idea: '2017-10-24',
    planned: '2018-02-13',
    start: '2018-04-14',
    end: '2020-10-17',
    partners: ['Elterninitiative Kochgruppe Garstedt', 'Familienzentrum Garstedt'],
    roles: ['key_person', 'family_centre_coordinator'],
    carriers: 2,
    ages: ['parents', '3-5', '6-9'],
    reach: 30,
    needs: { voice: 'affected', count: 1 },
    noun: 'der Garten',
    notes: [
      {
        successes: 'Sechs Hochbeete stehen; Familien und Kinder aus der Nachbarschaft haben an zwei Samstagen mitgebaut.',
        difficulties: 'Im Sommer muss jeden Tag gegossen werden; ein Gießplan hat sich erst nach einigen Wochen eingespielt.',
      },
    ],
    final: {
      successes: 'Der Garten läuft als Angebot der Elterninitiative weiter und braucht keine Förderung mehr.',
      difficulties: 'Wegen der Corona-Regeln konnten im Frühjahr nur einzelne Familien im Garten arbeiten.',
    },
  },

  {
    title: 'Jugendraum Garstedt am Freitagabend',
    description: 'Ein Raum im Jugendhaus, den Jugendliche ab 14 selbst einrichten und am Freitagabend bis 22 Uhr selbst verwalten, mit einer Fachkraft im Hintergrund.',
    spaces: ['SR3'],
    topics: ['jugendtreff'],
    initiatedBy: 'affected',
    how: 'Jugendliche haben bei der Beteiligung einen Raum gefordert, den sie selbst gestalten können, und haben die Hausregeln selbst geschrieben.',
    status: 'running',
    idea: '2018-10-16',
    planned: '2018-12-04',
    start: '2019-02-01',
    partners: ['Jugendhaus Garstedt'],
    roles: ['youth_work_coordinator', 'school_social_worker'],
    carriers: 1,
    ages: ['14-17'],
    reach: 25,
    needs: { text: /Raum|abends|Wochenende/i, voice: 'affected', count: 2 },
    noun: 'der Jugendraum',
    notes: [
      {
        successes: 'Die Jugendlichen haben den Raum an drei Wochenenden selbst renoviert; seit Februar kommen jeden Freitag 15 bis 25.',
        difficulties: 'Über die Lautstärke gab es Beschwerden aus der Nachbarschaft; die Jugendlichen haben mit den Nachbarn Regeln vereinbart.',
      },
    ],
  },

  // ---- Norderstedt-Mitte (SR4) ----
  {
    title: 'Jugendcafé am Wochenende',
    description: 'Freitag- und Samstagabend offen für Jugendliche ab 14: Musik, Billard, Kochen, ein Raum, den die Jugendlichen selbst gestalten. Die Straßensozialarbeit ist vor Ort.',
    spaces: ['SR4'],
    topics: ['jugendtreff', 'streetwork'],
    initiatedBy: 'affected',
    how: 'Jugendliche haben bei der Jugendbeteiligung einen eigenen Raum am Wochenende gefordert und das Konzept mit der Straßensozialarbeit entwickelt.',
    status: 'running',
    idea: '2016-09-20',
    planned: '2017-01-24',
    start: '2017-05-05',
    partners: ['Straßensozialarbeit Norderstedt', 'Familienzentrum Mitte'],
    roles: ['street_social_worker', 'asd', 'family_centre_coordinator'],
    carriers: 2,
    ages: ['14-17', '18-26'],
    reach: 60,
    needs: { text: /Wochenende|abends|Raum, den wir|Einkaufszentrum/i, voice: 'affected', count: 4 },
    noun: 'das Jugendcafé',
    notes: [
      {
        successes: 'An den Wochenenden kommen 20 bis 30 Jugendliche; die Beschwerden über Gruppen am Einkaufszentrum sind zurückgegangen.',
        difficulties: 'Die Öffnung bis 23 Uhr braucht zwei Fachkräfte; Vertretungen sind schwer zu finden.',
      },
    ],
  },
  {
    title: 'Elterncafé Mitte am Samstag',
    description: 'Das Elterncafé öffnet zusätzlich am Samstagvormittag, für Eltern, die unter der Woche arbeiten; die Elterninitiative übernimmt die Bewirtung.',
    spaces: ['SR4'],
    topics: ['eltern-familie'],
    initiatedBy: 'affected',
    how: 'Eltern haben über das Online-Formular ein Elterncafé am Samstag gewünscht; die Elterninitiative Mitte hat es aufgegriffen.',
    status: 'planned',
    idea: ago(28),
    planned: ago(9),
    partners: ['Elterncafé Mitte', 'Familienzentrum Mitte'],
    roles: ['family_centre_coordinator'],
    carriers: 1,
    ages: ['parents', '0-2', '3-5'],
    reach: 0,
    needs: { text: /Samstag|Wochenende|Elterncafé/i, voice: 'affected', count: 2 },
    noun: 'das Elterncafé',
    notes: [],
  },
  {
    title: 'Suchtprävention: Parcours für Jugendliche',
    description: 'Ein Mitmach-Parcours zu Alkohol, Cannabis und Mediennutzung für die 8. Klassen, mit Stationen der Suchtberatung, der Schulsozialarbeit und der Straßensozialarbeit, und ein Elternabend dazu.',
    spaces: ['SR4'],
    topics: ['sucht'],
    initiatedBy: 'professionals',
    status: 'completed',
    idea: '2017-11-07',
    planned: '2018-01-30',
    start: '2018-03-12',
    end: '2018-11-23',
    partners: ['Suchtberatung für Jugendliche und Familien', 'Lessing-Gymnasium', 'Straßensozialarbeit Norderstedt'],
    roles: ['street_social_worker', 'asd'],
    carriers: 2,
    ages: ['14-17', 'parents'],
    reach: 180,
    needs: { voice: 'professional', count: 2 },
    noun: 'der Parcours',
    notes: [],
    final: {
      successes: 'Sechs Klassen haben den Parcours durchlaufen; die Schule nimmt ihn in ihr Präventionskonzept auf und führt ihn künftig selbst durch.',
      difficulties: 'Zum Elternabend kamen nur 15 Eltern; Eltern erreichen wir über die Schule schlecht.',
    },
  },
  {
    title: 'Streetwork-Sprechstunde am Einkaufszentrum',
    description: 'Eine feste Sprechstunde der Straßensozialarbeit in einem Container am Einkaufszentrum, zweimal in der Woche am Nachmittag.',
    spaces: ['SR4'],
    topics: ['streetwork'],
    initiatedBy: 'professionals',
    status: 'stopped',
    idea: '2019-01-15',
    planned: '2019-03-19',
    start: '2019-06-03',
    end: '2020-08-28',
    reason: 'Die Jugendlichen haben die feste Sprechstunde kaum genutzt; die Straßensozialarbeit geht stattdessen wieder aufsuchend zu ihnen.',
    partners: ['Straßensozialarbeit Norderstedt'],
    roles: ['street_social_worker'],
    carriers: 1,
    ages: ['14-17', '18-26'],
    reach: 12,
    needs: { voice: 'professional', count: 1 },
    noun: 'die Sprechstunde',
    notes: [
      {
        successes: 'Einige Jugendliche kamen mit Fragen zu Ausbildung und Ärger mit der Polizei.',
        difficulties: 'Der Container wirkt auf die Jugendlichen wie ein Amt; die meisten Gespräche fanden davor statt, nicht darin.',
      },
    ],
    final: {
      successes: 'Die Erfahrungen sind in die aufsuchende Arbeit eingeflossen.',
      difficulties: 'Mit den Corona-Einschränkungen kam im Frühjahr kaum noch jemand; eine feste Sprechstunde passt nicht zu dieser Zielgruppe.',
    },
  },
  {
    title: 'Mädchensport mit Trainerin',
    description: 'Eine Sporthalle nur für Mädchen ab zwölf, am Sonntagnachmittag, mit einer Trainerin: Fitness, Basketball, Selbstbehauptung.',
    spaces: ['SR5'],
    topics: ['sport', 'jugendtreff'],
    initiatedBy: 'affected',
    how: 'Mädchen aus dem Jugendcafé haben sich eine Halle nur für sich gewünscht und die Trainerin mit ausgesucht.',
    status: 'running',
    idea: '2024-03-12',
    planned: '2024-06-04',
    start: '2024-09-08',
    partners: ['TSV Glashütte e. V.', 'Straßensozialarbeit Norderstedt'],
    roles: ['street_social_worker', 'youth_work_coordinator', 'family_centre_coordinator'],
    carriers: 2,
    ages: ['10-13', '14-17'],
    reach: 20,
    needs: { text: /Mädchen|Trainerin|unter Frauen/i, voice: 'affected', count: 2 },
    noun: 'der Mädchensport',
    notes: [
      {
        successes: 'Von Anfang an kamen 15 Mädchen, einige davon zum ersten Mal in einer Sporthalle außerhalb der Schule.',
        difficulties: 'Die Hallenzeit am Sonntag ist nur bis Ende des Schuljahres zugesagt.',
      },
    ],
  },

  {
    title: 'Lernförderung und Teilhabeberatung im Familienzentrum Mitte',
    description: 'Zweimal in der Woche Lernförderung in kleinen Gruppen für Kinder der Klassen 3 bis 7; dazu hilft eine Fachkraft Eltern, Leistungen für Bildung und Teilhabe zu beantragen, damit Nachhilfe, Klassenfahrt und Verein bezahlt werden.',
    spaces: ['SR4'],
    topics: ['hausaufgaben', 'finanzielle-hilfen'],
    initiatedBy: 'joint',
    how: 'Eltern im Elterncafé haben erzählt, dass sie Nachhilfe nicht bezahlen können und die Anträge nicht verstehen; die Sprechzeiten haben sie mit ausgesucht.',
    status: 'running',
    idea: '2022-03-15',
    planned: '2022-06-21',
    start: '2022-09-05',
    partners: ['Familienzentrum Mitte', 'Elterncafé Mitte', 'Lessing-Gymnasium'],
    roles: ['family_centre_coordinator', 'asd', 'provider_outpatient'],
    carriers: 2,
    ages: ['6-9', '10-13', 'parents'],
    reach: 40,
    needs: { count: 3 },
    noun: 'die Lernförderung',
    notes: [
      {
        successes: 'Im ersten Halbjahr haben 18 Familien mit Hilfe der Sprechstunde Leistungen für Bildung und Teilhabe bekommen; die Lerngruppen sind voll.',
        difficulties: 'Die Bescheide dauern oft Monate; bis dahin bezahlt das Sozialraumbudget die Lernförderung vor.',
      },
    ],
  },

  // ---- Glashütte (SR5) ----
  {
    title: 'Nachbarschaftstreff im Neubaugebiet',
    description: 'Ein Treff in einer Wohnung der Wohnungsgesellschaft: Krabbelgruppe, Kaffeetafel, Kleidertausch und Hilfe bei Formularen, damit Familien im Neubaugebiet sich kennenlernen.',
    spaces: ['SR5'],
    topics: ['eltern-familie', 'wohnen'],
    initiatedBy: 'professionals',
    status: 'completed',
    idea: '2016-10-18',
    planned: '2017-01-10',
    start: '2017-04-03',
    end: '2021-12-17',
    partners: ['Familienzentrum Glashütte', 'Kinder- und Jugendtreff Glashütte'],
    roles: ['family_centre_coordinator', 'provider_outpatient', 'asd'],
    carriers: 2,
    ages: ['parents', '0-2', '3-5'],
    reach: 45,
    needs: { text: /Neubaugebiet|Nachbarn/i, count: 3 },
    noun: 'der Nachbarschaftstreff',
    notes: [
      {
        successes: 'Der Treff hat sich schnell herumgesprochen; die Krabbelgruppe ist voll, beim Kleidertausch kommen auch Familien, die sonst keine Angebote nutzen.',
        difficulties: 'Das Familienzentrum hat nur eine Viertelstelle; ohne den Träger wäre der Treff nicht zu halten.',
      },
    ],
    final: {
      successes: 'Die Nachbarschaft organisiert Krabbelgruppe und Kleidertausch inzwischen selbst; das Projekt ist abgeschlossen.',
      difficulties: 'Die Wohnung steht ab Januar nicht mehr zur Verfügung; die Gruppen ziehen in das Familienzentrum um.',
    },
  },
  {
    title: 'Ferienprogramm Glashütte',
    description: 'Drei Wochen Sommerferienprogramm im Kinder- und Jugendtreff: Ausflüge ans Wasser und in den Wald, Werkstatt, Kochen, Fußball; für Familien mit geringem Einkommen kostenlos.',
    spaces: ['SR5'],
    topics: ['ferien'],
    initiatedBy: 'joint',
    how: 'Kinder haben bei der Kinderversammlung im Jugendtreff Ausflüge in den Ferien gewünscht; Eltern helfen bei der Planung und als Begleitung.',
    status: 'running',
    idea: '2017-02-07',
    planned: '2017-04-11',
    start: '2017-07-17',
    partners: ['Kinder- und Jugendtreff Glashütte', 'TSV Glashütte e. V.', 'Waldkindergarten Glashütte'],
    roles: ['youth_work_coordinator', 'family_centre_coordinator', 'provider_residential'],
    carriers: 3,
    ages: ['6-9', '10-13'],
    reach: 50,
    needs: { text: /Ferien|Ausflüge/i, count: 3 },
    noun: 'das Ferienprogramm',
    notes: [
      {
        successes: 'Jede Woche waren rund 25 Kinder dabei; zum Abschlussfest kamen viele Eltern.',
        difficulties: 'Der Bus für die Ausflüge hat einen großen Teil des Geldes gebraucht.',
      },
    ],
  },
  {
    title: 'Theatergruppe für Kinder',
    description: 'Eine Theatergruppe für Kinder von acht bis zwölf Jahren im Stadtteil, mit einer Theaterpädagogin; jedes Jahr ein eigenes Stück, das die Kinder mitschreiben.',
    spaces: ['SR5'],
    topics: ['kultur'],
    initiatedBy: 'affected',
    how: 'Kinder haben bei der Kinderversammlung der Grundschule eine Theatergruppe im eigenen Stadtteil gewünscht.',
    status: 'completed',
    idea: '2019-03-19',
    planned: '2019-06-04',
    start: '2019-09-09',
    end: '2023-06-30',
    partners: ['Grundschule Glashütte', 'Kinder- und Jugendtreff Glashütte'],
    roles: ['youth_work_coordinator', 'school_social_worker'],
    carriers: 2,
    ages: ['6-9', '10-13'],
    reach: 16,
    needs: { text: /Theater|Tanz|Instrument|Musik/i, voice: 'affected', count: 2 },
    noun: 'die Theatergruppe',
    notes: [
      {
        successes: 'Vierzehn Kinder proben jeden Montag; das erste Stück haben sie vor Weihnachten vor vollem Saal gespielt.',
        difficulties: 'Jungen haben wir bisher kaum gewonnen.',
      },
    ],
    final: {
      successes: 'Die Grundschule führt die Theatergruppe als Kurs im Ganztag weiter; das letzte Stück wurde beim Stadtteilfest aufgeführt.',
      difficulties: 'Ohne eigene Mittel der Schule hätte die Gruppe nach dem Projekt aufhören müssen.',
    },
  },
  {
    title: 'Hebammensprechstunde im Familienzentrum Glashütte',
    description: 'Eine offene Sprechstunde einer Familienhebamme im Familienzentrum, einmal in der Woche, ohne Termin.',
    spaces: ['SR5'],
    topics: ['fruehe-hilfen', 'gesundheit'],
    initiatedBy: 'professionals',
    status: 'stopped',
    idea: '2020-10-06',
    planned: '2021-01-12',
    start: '2021-03-02',
    end: '2022-05-31',
    reason: 'Die Familienhebamme hat aufgehört, und keine andere Hebamme hatte freie Kapazitäten; die Sprechstunde ruht, bis sich eine Nachfolge findet.',
    partners: ['Familienzentrum Glashütte'],
    roles: ['family_centre_coordinator', 'asd'],
    carriers: 1,
    ages: ['0-2', 'parents'],
    reach: 30,
    needs: { text: /Hebamme|Geburt|Baby/i, count: 2 },
    noun: 'die Sprechstunde',
    notes: [
      {
        successes: 'Jede Woche kamen vier bis acht Mütter, viele zum ersten Mal ins Familienzentrum.',
        difficulties: 'Wegen der Corona-Regeln ging die Sprechstunde nur mit Termin; das widerspricht der offenen Idee.',
      },
    ],
    final: {
      successes: 'Bis zum Frühjahr haben rund 25 Familien die Sprechstunde genutzt.',
      difficulties: 'Der Fachkräftemangel bei Hebammen trifft auch die Frühen Hilfen; eine Nachfolge war nicht zu finden.',
    },
  },
  {
    title: 'Schulweg-Aktion Segeberger Chaussee',
    description: 'Eltern, Kinder und die Grundschule haben den Schulweg begangen, Gefahrenstellen gesammelt und mit der Verkehrsbehörde besprochen; dazu ein Lotsendienst von Eltern an der großen Kreuzung.',
    spaces: ['SR5'],
    topics: ['wohnen'],
    initiatedBy: 'affected',
    how: 'Eltern haben den gefährlichen Schulweg beim Elternabend angesprochen und die Begehung mit organisiert.',
    status: 'completed',
    idea: '2019-11-12',
    planned: '2020-01-21',
    start: '2020-02-10',
    end: '2020-11-27',
    partners: ['Grundschule Glashütte'],
    roles: ['school_social_worker', 'family_centre_coordinator', 'asd'],
    carriers: 2,
    ages: ['6-9', 'parents'],
    reach: 85,
    needs: { text: /Schulweg|Kreuzung|dunkel/i, voice: 'affected', count: 2 },
    noun: 'die Schulweg-Aktion',
    notes: [],
    final: {
      successes: 'An der Kreuzung gibt es seit Herbst eine Bedarfsampel; der Elternlotsendienst läuft weiter.',
      difficulties: 'Die Begehung mit der Verkehrsbehörde musste wegen Corona zweimal verschoben werden.',
    },
  },
  {
    title: 'Offener Kindertreff am Nachmittag',
    description: 'Dreimal in der Woche offener Treff für Kinder von sechs bis zwölf im Gemeindehaus: spielen, basteln, draußen sein, ohne Anmeldung.',
    spaces: ['SR5'],
    topics: ['jugendtreff', 'freizeit-sport'],
    initiatedBy: 'joint',
    how: 'Eltern aus Glashütte haben geschrieben, dass es nach der Schule nichts im Stadtteil gibt; mit ihnen und dem Jugendtreff ist der Kindertreff entstanden.',
    status: 'running',
    idea: '2023-04-18',
    planned: '2023-07-04',
    start: '2023-10-09',
    partners: ['Kinder- und Jugendtreff Glashütte', 'Grundschule Glashütte'],
    roles: ['youth_work_coordinator', 'family_centre_coordinator', 'asd'],
    carriers: 3,
    ages: ['6-9', '10-13'],
    reach: 35,
    needs: { count: 3 },
    noun: 'der Kindertreff',
    notes: [
      {
        successes: 'Schon in den ersten Wochen kamen 15 bis 20 Kinder, viele davon ohne Verein oder Hort.',
        difficulties: 'Das Gemeindehaus ist nur an drei Tagen frei.',
      },
    ],
  },
  {
    title: 'Leihlaptops für Familien',
    description: 'Ein Pool von Laptops mit WLAN-Stick, den Familien für Hausaufgaben und Bewerbungen ausleihen können, mit einer kurzen Einführung.',
    spaces: ['SR5', 'SR3'],
    topics: ['bildung', 'finanzielle-hilfen'],
    initiatedBy: 'professionals',
    status: 'idea',
    idea: ago(110),
    partners: ['Stadtbücherei Norderstedt'],
    roles: ['school_social_worker', 'asd'],
    carriers: 1,
    ages: ['10-13', '14-17'],
    reach: 0,
    needs: { text: /WLAN|Laptop|online/i, count: 2 },
    noun: 'der Laptop-Pool',
    notes: [],
  },

  {
    title: 'Frühstückstreff für junge Eltern in Glashütte',
    description: 'Jeden Mittwoch ein gemeinsames Frühstück für Mütter und Väter mit Kindern unter drei Jahren im Familienzentrum, mit einer Fachkraft der Frühen Hilfen; Alleinerziehende bringen oft ihre Fragen zu Amt und Alltag mit.',
    spaces: ['SR5'],
    topics: ['fruehe-hilfen', 'alleinerziehende', 'eltern-familie'],
    initiatedBy: 'joint',
    how: 'Nachdem die Hebammensprechstunde ruhte, haben Mütter um einen festen Treffpunkt gebeten und bringen seitdem abwechselnd das Frühstück mit.',
    status: 'running',
    idea: '2023-03-07',
    planned: '2023-05-16',
    start: '2023-09-06',
    partners: ['Familienzentrum Glashütte', 'Waldkindergarten Glashütte'],
    roles: ['family_centre_coordinator', 'provider_outpatient', 'asd'],
    carriers: 2,
    ages: ['parents', '0-2'],
    reach: 28,
    needs: { count: 3 },
    noun: 'der Frühstückstreff',
    notes: [
      {
        successes: 'Jede Woche kommen sechs bis zehn Eltern mit ihren Babys; mehrere waren vorher nie im Familienzentrum.',
        difficulties: 'Die Viertelstelle im Familienzentrum reicht für den Treff kaum; Vertretung in den Ferien gibt es nicht.',
      },
    ],
  },

  // ---- across spaces ----
  {
    title: 'Elternabende zu Medien in der Herkunftssprache',
    description: 'Elternabende zu Handy, Spielen und Sicherheit im Netz auf Arabisch, Türkisch, Russisch und Ukrainisch, mit Sprachmittlerinnen und Material zum Mitnehmen.',
    spaces: ['SR3', 'SR4'],
    topics: ['familienbildung', 'sprache-integration'],
    initiatedBy: 'joint',
    how: 'Eltern haben nach dem Medienprojekt gesagt, sie kämen, wenn es in ihrer Sprache wäre; zwei Mütter übersetzen mit.',
    status: 'running',
    idea: '2023-10-10',
    planned: '2024-01-16',
    start: '2024-03-04',
    partners: ['Familienbildungsstätte Norderstedt', 'Familienzentrum Garstedt', 'Familienzentrum Mitte'],
    roles: ['family_centre_coordinator', 'school_social_worker', 'provider_outpatient'],
    carriers: 3,
    ages: ['parents'],
    reach: 70,
    needs: { text: /Handy|Apps|übersetzt|Elternabend/i, count: 3 },
    noun: 'die Elternabende',
    notes: [
      {
        successes: 'Zu den ersten vier Abenden kamen zusammen über 60 Eltern, viele zum ersten Mal zu einer Veranstaltung der Schule oder des Familienzentrums.',
        difficulties: 'Gute Sprachmittlerinnen sind knapp und kurzfristig kaum zu bekommen.',
      },
    ],
  },
  {
    title: 'Gruppe für Kinder aus Trennungsfamilien',
    description: 'Acht Treffen für Kinder von sechs bis elf Jahren, deren Eltern sich getrennt haben, und zwei Elternabende dazu; geleitet von der Erziehungsberatungsstelle.',
    spaces: ['SR1', 'SR2'],
    topics: ['trennung'],
    initiatedBy: 'professionals',
    status: 'running',
    idea: '2021-05-18',
    planned: '2021-07-13',
    start: '2021-10-04',
    partners: ['Erziehungsberatungsstelle Norderstedt', 'Grundschule Harkshörn'],
    roles: ['asd', 'provider_outpatient', 'school_social_worker'],
    carriers: 2,
    ages: ['6-9', '10-13', 'parents'],
    reach: 18,
    needs: { text: /Trennung|Streit zwischen/i, count: 2 },
    noun: 'die Gruppe',
    notes: [
      {
        successes: 'Die erste Gruppe mit sieben Kindern ist abgeschlossen; die Eltern haben sich eine Fortsetzung gewünscht.',
        difficulties: 'Beide Elternteile für die Elternabende zu gewinnen, gelingt selten.',
      },
    ],
  },
  {
    title: 'Offene Sprechstunde der Erziehungsberatung in den Familienzentren',
    description: 'Einmal in der Woche berät eine Fachkraft der Erziehungsberatungsstelle ohne Termin und ohne Antrag in den Familienzentren Friedrichsgabe und Harksheide.',
    spaces: ['SR1', 'SR2'],
    topics: ['erziehungsberatung'],
    initiatedBy: 'joint',
    how: 'Eltern haben bei Hausbesuchen gesagt, sie wollten reden, ohne gleich einen Antrag zu stellen; die Form der Sprechstunde haben Eltern aus dem Elterncafé mitgeplant.',
    status: 'completed',
    idea: '2017-06-20',
    planned: '2017-09-26',
    start: '2018-01-09',
    end: '2022-12-16',
    partners: ['Erziehungsberatungsstelle Norderstedt', 'Familienzentrum Friedrichsgabe', 'Familienzentrum Harksheide'],
    roles: ['family_centre_coordinator', 'asd'],
    carriers: 3,
    ages: ['parents'],
    reach: 60,
    needs: { text: /Streit|Wut|ohne gleich|Beratung am Abend|Erziehungsberatung/i, count: 3 },
    noun: 'die Sprechstunde',
    notes: [
      {
        successes: 'Die Sprechstunde wird gut genutzt, vor allem von Eltern, die den Weg in die Beratungsstelle nicht gegangen wären.',
        difficulties: 'In Harksheide liegt die Sprechstunde parallel zur Krabbelgruppe; der Raum ist dann zu unruhig.',
      },
    ],
    final: {
      successes: 'Die Erziehungsberatungsstelle führt die offene Sprechstunde als Regelangebot in allen Familienzentren weiter.',
      difficulties: 'Die Wartezeit für längere Beratungen ist trotzdem nicht kürzer geworden.',
    },
  },
  {
    title: 'Wohnraumberatung im Stadtteil',
    description: 'Eine Sprechstunde zu Wohnungssuche, Mietproblemen und Schimmel, mit Sprachmittlung, im Familienzentrum Garstedt.',
    spaces: ['SR3'],
    topics: ['wohnen', 'beratung'],
    initiatedBy: 'professionals',
    status: 'idea',
    idea: ago(160),
    partners: ['Familienzentrum Garstedt'],
    roles: ['asd', 'provider_outpatient'],
    carriers: 1,
    ages: ['parents'],
    reach: 0,
    needs: { voice: 'professional', count: 2 },
    noun: 'die Wohnraumberatung',
    notes: [],
  },
  {
    title: 'Bewerbungswerkstatt im Jugendhaus',
    description: 'An zwei Nachmittagen im Monat helfen Ehrenamtliche aus Betrieben Jugendlichen bei Bewerbung, Praktikumssuche und Vorstellungsgespräch.',
    spaces: ['SR3', 'SR4'],
    topics: ['beruf'],
    initiatedBy: 'joint',
    how: 'Jugendliche haben bei der Beteiligung gesagt, dass ihnen zu Hause niemand bei der Bewerbung hilft; sie haben die Zeiten mit ausgesucht.',
    status: 'planned',
    idea: ago(200),
    planned: ago(35),
    partners: ['Jugendhaus Garstedt', 'Schulsozialarbeit Norderstedt Süd'],
    roles: ['youth_work_coordinator', 'school_social_worker'],
    carriers: 2,
    ages: ['14-17', '18-26'],
    reach: 0,
    needs: { text: /Ausbildung|Praktikum|Bewerbung|Schulabschluss/i, count: 3 },
    noun: 'die Bewerbungswerkstatt',
    notes: [],
  },
];

// ---- the general notes for the years without their own words ----

/** Each takes the group's name at the start of a sentence and within one ("Die Kochgruppe", "die Kochgruppe"). */
type NoteText = (start: string, within: string) => string;
const generalSuccesses: NoteText[] = [
  (start) => `${start} hat sich etabliert; viele kommen regelmäßig und bringen andere Familien mit.`,
  (start) => `${start} fand durchgehend statt; die Zusammenarbeit mit den Partnern hat sich eingespielt.`,
  () => 'Über Kita, Schule und Mundpropaganda haben neue Familien zu uns gefunden, darunter Familien, die vorher kein Angebot im Stadtteil genutzt haben.',
  (_, within) => `Mehrere Teilnehmende übernehmen inzwischen selbst Aufgaben; ${within} hängt nicht mehr nur an den Fachkräften.`,
  (_, within) => `Im Netzwerktreffen wurde ${within} vorgestellt; zwei weitere Einrichtungen verweisen jetzt gezielt darauf.`,
  () => 'Die Rückmeldungen der Familien waren durchweg gut; ihre Vorschläge für das nächste Jahr sind in die Planung eingegangen.',
];
const generalDifficulties: NoteText[] = [
  () => 'In den Sommerferien und vor Weihnachten kamen deutlich weniger; die Planung muss das berücksichtigen.',
  () => 'Der Raum ist auf Dauer zu klein; wir suchen mit dem Träger eine Lösung.',
  () => 'Die Verstetigung hängt weiter am Sozialraumbudget; eine Regelfinanzierung ist nicht in Sicht.',
  () => 'Durch einen Personalwechsel beim Träger fielen im Herbst mehrere Termine aus.',
  () => 'Familien mit wenig Deutschkenntnissen erreichen wir noch zu wenig; Sprachmittlung fehlt oft.',
  () => 'Die Kosten für Material und Lebensmittel sind gestiegen; mit dem gleichen Geld geht weniger.',
];
const yearDifficulties: Record<number, NoteText> = {
  2020: (_, within) => `Wegen der Corona-Schutzmaßnahmen ruhte ${within} von März bis Juni; danach ging es in kleinen Gruppen und teils draußen weiter.`,
  2021: (_, within) => `Bis in den Sommer galten Kontaktbeschränkungen; ${within} lief mit Anmeldung und weniger Plätzen.`,
  2022: () => 'Seit dem Frühjahr kommen auch geflüchtete Familien aus der Ukraine; dafür brauchte es kurzfristig Sprachmittlung und mehr Plätze.',
};

// ---- the generator ----

const addDays = (isoDate: string, days: number): string => {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};
const minDate = (a: string, b: string) => (a < b ? a : b);
const maxDate = (a: string, b: string) => (a > b ? a : b);
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Carriers: people who carry many projects are weighted up (the family centres, youth work, the key person). */
const roleWeight: Record<string, number> = {
  family_centre_coordinator: 3,
  youth_work_coordinator: 3,
  key_person: 3,
  networker: 3,
  street_social_worker: 2,
  school_social_worker: 2,
  asd: 1.5,
  provider_outpatient: 1.5,
  provider_residential: 0.6,
  head_of_department: 0.3,
};

export async function seedProjects(ctx: DemoContext): Promise<void> {
  const started = performance.now();
  const today = todayInBerlin();
  const random = seededRandom(26_052_016);
  const ago = (days: number) => addDays(today, -days);
  const plans = projectsOfTheCity(ago);

  const spaceIds = new Map((await spacesOfOffice(ctx.tx, ctx.officeId)).map((s) => [s.code, s.id]));
  const spaceId = (code: string) => {
    const id = spaceIds.get(code);
    if (!id) throw new Error(`demo space ${code} missing`);
    return id;
  };
  const topic = await defaultTopicIdByCode(ctx.tx, ctx.officeId);
  const parents = new Map((await topicTerms(ctx.tx, ctx.officeId)).map((t) => [t.id, t.parentId]));
  /** The top topic a topic belongs to ("hausaufgaben" → "bildung"). */
  const family = (id: string): string => {
    const parent = parents.get(id);
    return parent ? family(parent) : id;
  };
  const organizations = new Map(
    (await queryRows<{ id: string; name: string }>(ctx.tx, sql`select id, name from organizations where office_id = ${ctx.officeId}`)).map((o) => [o.name, o.id]),
  );
  const organization = (name: string) => {
    const id = organizations.get(name);
    if (!id) throw new Error(`demo organisation "${name}" missing`);
    return id;
  };
  // Sorted by person, space and start: the same choices on every first start.
  const memberships = (await membershipsOfOffice(ctx.tx, ctx.officeId)).sort(
    (a, b) => a.personName.localeCompare(b.personName, 'de') || a.spaceId.localeCompare(b.spaceId) || a.validFrom.localeCompare(b.validFrom),
  );
  const headOfDepartment = memberships.find((m) => m.teamRole === 'head_of_department' && m.userId)?.userId ?? null;

  const weightedPick = <T>(items: readonly T[], weight: (item: T) => number): T | undefined => {
    const total = items.reduce((sum, item) => sum + weight(item), 0);
    let r = random() * total;
    for (const item of items) {
      r -= weight(item);
      if (r < 0) return item;
    }
    return items.at(-1);
  };

  type Built = { plan: DemoProject; id: string; from: string; until: string; carrierUserIds: string[] };
  const built: Built[] = [];
  const projectRows: (typeof projects.$inferInsert)[] = [];
  const eventRows: (typeof projectStatusEvents.$inferInsert)[] = [];
  const reachRows: (typeof projectReach.$inferInsert)[] = [];
  const noteRows: (typeof projectYearNotes.$inferInsert)[] = [];

  for (const plan of plans) {
    const id = randomUUID();
    const idea = minDate(plan.idea, today);
    const planned = plan.planned ? minDate(maxDate(plan.planned, idea), today) : undefined;
    const start = plan.start ? minDate(maxDate(plan.start, planned ?? idea), today) : undefined;
    const end = plan.end ? minDate(maxDate(plan.end, start ?? planned ?? idea), today) : undefined;
    const from = start ?? planned ?? idea;
    const until = end ?? today;
    const spaces = plan.spaces.map(spaceId);

    // The people who carry it: team members of its spaces while it ran, the preferred roles first.
    const onTeam = memberships.filter((m) => spaces.includes(m.spaceId) && m.validFrom <= until && (m.validTo === null || m.validTo >= idea));
    const carriers: typeof onTeam = [];
    for (let i = 0; i < plan.carriers; i++) {
      const left = onTeam.filter((m) => !carriers.some((c) => c.id === m.id || c.personName === m.personName));
      const chosen = weightedPick(left, (m) => {
        const rank = plan.roles.indexOf(m.teamRole as TeamRole);
        return (roleWeight[m.teamRole] ?? 1) * (rank === 0 ? 6 : rank > 0 ? 3 : 0.2);
      });
      if (chosen) carriers.push(chosen);
    }
    const carrierUserIds = carriers.flatMap((c) => (c.userId ? [c.userId] : []));
    const byUser = carrierUserIds[0] ?? headOfDepartment;

    projectRows.push({
      id,
      officeId: ctx.officeId,
      title: plan.title,
      description: plan.description,
      spaceIds: spaces,
      topicIds: plan.topics.map(topic),
      initiatedBy: plan.initiatedBy,
      initiationNote: plan.how ?? '',
      status: plan.status,
      statusReason: plan.reason ?? '',
      startsOn: start ?? null,
      endsOn: end ?? null,
      partnerOrganizationIds: plan.partners.map(organization),
      carrierMembershipIds: carriers.map((c) => c.id),
      createdByUserId: byUser,
      createdAt: new Date(`${idea}T09:00:00Z`),
      updatedAt: new Date(`${end ?? start ?? planned ?? idea}T15:00:00Z`),
    });

    // The way it went: one event per status, with the day and (for the end) the reason.
    const event = (status: ProjectStatus, on: string, reason = '') =>
      eventRows.push({ projectId: id, status, occurredOn: on, reason, byUserId: status === 'stopped' || status === 'completed' ? (headOfDepartment ?? byUser) : byUser, createdAt: new Date(`${on}T10:00:00Z`) });
    event('idea', idea);
    if (planned) event('planned', planned);
    if (start) event('running', start);
    if (end && plan.status === 'completed') event('completed', end, plan.final ? '' : 'Projekt abgeschlossen.');
    if (end && plan.status === 'stopped') event('stopped', end, plan.reason ?? '');

    // Years it ran: people reached (counts by age band) and the team's notes.
    const firstYear = Number(from.slice(0, 4));
    const lastYear = Number(until.slice(0, 4));
    if (plan.status === 'running' || plan.status === 'completed' || plan.status === 'stopped') {
      for (let year = firstYear; year <= lastYear; year++) {
        const index = year - firstYear;
        // Reached: a full year's size, in proportion to the months it ran, fewer in the pandemic.
        const firstMonth = year === firstYear ? Number(from.slice(5, 7)) : 1;
        const lastMonth = year === lastYear ? Number(until.slice(5, 7)) : 12;
        const share = Math.max(0.15, (lastMonth - firstMonth + 1) / 12);
        const pandemic = year === 2020 ? 0.55 : year === 2021 ? 0.75 : 1;
        if (start && plan.reach > 0 && plan.ages.length) {
          const total = Math.max(1, Math.round(plan.reach * share * pandemic * (0.8 + random() * 0.4)));
          plan.ages.forEach((ageBand, i) => {
            const part = i === 0 ? 0.5 : 0.5 / (plan.ages.length - 1 || 1);
            const count = plan.ages.length === 1 ? total : Math.max(1, Math.round(total * part * (0.7 + random() * 0.6)));
            reachRows.push({ projectId: id, year, ageBand, count });
          });
        }
        const isFinal = !!end && year === lastYear;
        const own = isFinal && plan.final ? plan.final : plan.notes[index];
        const general = (texts: NoteText[]) => texts[Math.floor(random() * texts.length)] ?? (() => '');
        const note: Note = own ?? {
          successes: general(generalSuccesses)(capitalised(plan.noun), plan.noun),
          difficulties: (yearDifficulties[year] ?? general(generalDifficulties))(capitalised(plan.noun), plan.noun),
        };
        // Notes of an unfinished current year are written as it goes; past ones at the year's end.
        const writtenOn = minDate(year === lastYear && end ? end : `${year}-12-15`, today);
        noteRows.push({ projectId: id, year, successes: note.successes, difficulties: note.difficulties, updatedByUserId: carrierUserIds[index % Math.max(1, carrierUserIds.length)] ?? headOfDepartment, updatedAt: new Date(`${writtenOn}T16:00:00Z`) });
      }
    }
    built.push({ plan, id, from, until, carrierUserIds });
  }

  await ctx.tx.insert(projects).values(projectRows);
  await ctx.tx.insert(projectStatusEvents).values(eventRows);
  if (reachRows.length) await ctx.tx.insert(projectReach).values(reachRows);
  if (noteRows.length) await ctx.tx.insert(projectYearNotes).values(noteRows);

  // ---- the needs they answer: first the needs the teams took up, then open ones named before the project ----
  const candidates = await demoNeedCandidates(ctx.tx, ctx.officeId);
  const taken = new Set<string>();
  const chosen = new Map<string, string[]>(built.map((b) => [b.id, []]));
  const fits = (b: Built, need: DemoNeedCandidate) => {
    const { plan } = b;
    if (taken.has(need.id) || !b.plan.spaces.map(spaceId).includes(need.spaceId)) return false;
    if (need.status !== 'project' && need.status !== 'open' && !(need.status === 'closed' && plan.needs?.closedToo)) return false;
    if (plan.initiatedBy === 'affected' && need.voice !== 'affected') return false;
    if (plan.needs?.voice && need.voice !== plan.needs.voice) return false;
    // Named before the project ended; a need still open only before it began or in its first year.
    return need.recordedOn <= (need.status === 'open' ? minDate(b.until, addDays(b.from, 365)) : b.until);
  };
  const overlap = (b: Built, need: DemoNeedCandidate) => {
    const topics = new Set(b.plan.topics.map(topic));
    return need.topicIds.filter((t) => topics.has(t)).length;
  };
  const sameFamily = (b: Built, need: DemoNeedCandidate) => {
    const families = new Set(need.topicIds.map(family));
    return b.plan.topics.some((t) => families.has(family(topic(t))));
  };
  /** A project that names its needs' words takes only needs in those words. */
  const ownWords = (b: Built, need: DemoNeedCandidate) => !b.plan.needs?.text || b.plan.needs.text.test(need.text);
  const take = (b: Built, need: DemoNeedCandidate) => {
    taken.add(need.id);
    chosen.get(b.id)?.push(need.id);
  };
  const wanted = (b: Built) => b.plan.needs?.count ?? 0;
  const rank = (a: DemoNeedCandidate, b: DemoNeedCandidate) => (a.status === 'project' ? 0 : 1) - (b.status === 'project' ? 0 : 1) || b.recordedOn.localeCompare(a.recordedOn);
  // 1. The needs a project's own words mark (the Easter breakfast, the autistic child who wants to play football).
  for (const b of built) {
    const pattern = b.plan.needs?.text;
    if (!pattern) continue;
    const own = candidates.filter((n) => fits(b, n) && pattern.test(n.text) && sameFamily(b, n)).sort(rank);
    for (const need of own.slice(0, wanted(b))) take(b, need);
  }
  // 2. Up to the wanted number with needs of the same topic, the ones already taken up first (in the project's own
  //    words if it has some, unless it may fall back on its topics and its words found nothing).
  for (const b of built) {
    const have = chosen.get(b.id)?.length ?? 0;
    if (have >= wanted(b)) continue;
    const same = candidates.filter((n) => fits(b, n) && overlap(b, n) > 0 && ((have === 0 && b.plan.needs?.orTopic) || ownWords(b, n))).sort((x, y) => overlap(b, y) - overlap(b, x) || rank(x, y));
    for (const need of same.slice(0, wanted(b) - have)) take(b, need);
  }
  // 3. Needs the needs demo marked as taken up by a project: to the project of their space and topic that ran then.
  for (const need of candidates.filter((n) => n.status === 'project' && !taken.has(n.id))) {
    const home = built
      .filter((b) => b.plan.needs && (chosen.get(b.id)?.length ?? 0) < wanted(b) + 4 && fits(b, need) && overlap(b, need) > 0 && ownWords(b, need))
      .sort((x, y) => overlap(y, need) - overlap(x, need) || x.from.localeCompare(y.from))[0];
    if (home) take(home, need);
  }
  // 4. The rest: a project of the same topic family (homework and learning, youth clubs and youth work).
  for (const need of candidates.filter((n) => n.status === 'project' && !taken.has(n.id))) {
    const home = built
      .filter((b) => b.plan.needs && (chosen.get(b.id)?.length ?? 0) < wanted(b) + 4 && fits(b, need) && sameFamily(b, need) && ownWords(b, need))
      .sort((x, y) => x.from.localeCompare(y.from))[0];
    if (home) take(home, need);
  }
  for (const b of built) {
    const ids = chosen.get(b.id) ?? [];
    if (ids.length) await linkDemoNeeds(ctx.tx, b.id, ids);
  }

  const linked = [...chosen.values()].reduce((sum, ids) => sum + ids.length, 0);
  const leftOver = candidates.filter((n) => n.status === 'project' && !taken.has(n.id)).length;
  ctx.log(
    `Demo: ${built.length} Projekte ${ctx.firstYear}–${ctx.currentYear}, ${linked} Bedarfe verknüpft (${leftOver} aufgegriffene ohne Projekt), ` +
      `${reachRows.length} Reichweitenzahlen, ${noteRows.length} Jahresnotizen in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
  );
}

import {
  commonLanguages,
  serviceStatusLabels,
  targetGroupLabels,
  traitLabels,
  weekdayLabels,
  type LowThresholdTrait,
  type ServiceStatus,
  type TargetGroup,
  type Weekday,
} from '../../../../common/service-terms';
import type { ServiceMapTexts } from './leaflet-service-map';

// The public offer pages speak German and English. Words of the office's data (offer names, descriptions, topics)
// stay as the office wrote them; the value lists come from common/service-terms.ts.

export type Lang = 'de' | 'en';

const numberFormats: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE'),
  en: new Intl.NumberFormat('en-GB'),
};
const decimalFormats: Record<Lang, Intl.NumberFormat> = {
  de: new Intl.NumberFormat('de-DE', { maximumFractionDigits: 1 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 1 }),
};
const dateFormats: Record<Lang, Intl.DateTimeFormat> = {
  de: new Intl.DateTimeFormat('de-DE', { day: '2-digit', month: '2-digit', year: 'numeric', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }),
};

export const formatCount = (lang: Lang, n: number) => numberFormats[lang].format(n);

/** "12.03.2026" / "12 March 2026" from an ISO day, without a time-zone shift. */
export function formatIsoDay(lang: Lang, isoDay: string): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(isoDay);
  if (!match) return isoDay;
  return dateFormats[lang].format(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
}

export function formatDistance(lang: Lang, meters: number): string {
  if (meters < 1000) return `${numberFormats[lang].format(Math.round(meters / 10) * 10)} m`;
  return `${decimalFormats[lang].format(meters / 1000)} km`;
}

/** "16:00–17:30 Uhr" / "16:00–17:30" */
export function formatHours(lang: Lang, opensAt: string | null, closesAt: string | null): string {
  const suffix = lang === 'de' ? ' Uhr' : '';
  if (opensAt && closesAt) return `${opensAt}–${closesAt}${suffix}`;
  if (opensAt) return lang === 'de' ? `ab ${opensAt} Uhr` : `from ${opensAt}`;
  if (closesAt) return lang === 'de' ? `bis ${closesAt} Uhr` : `until ${closesAt}`;
  return '';
}

/** "Dienstag und Donnerstag", "Montag bis Freitag" for a run of three or more days. */
export function formatDays(lang: Lang, days: readonly Weekday[]): string {
  const order = Object.keys(weekdayLabels) as Weekday[];
  const sorted = [...new Set(days)].sort((a, b) => order.indexOf(a) - order.indexOf(b));
  const name = (d: Weekday) => weekdayLabels[d][lang];
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return '';
  const consecutive = order.indexOf(last) - order.indexOf(first) === sorted.length - 1;
  if (sorted.length >= 3 && consecutive) return `${name(first)} ${lang === 'de' ? 'bis' : 'to'} ${name(last)}`;
  const names = sorted.map(name);
  if (names.length === 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} ${lang === 'de' ? 'und' : 'and'} ${names[names.length - 1]}`;
}

export function formatAges(lang: Lang, min: number | null, max: number | null): string | null {
  if (min === null && max === null) return null;
  const years = lang === 'de' ? 'Jahre' : 'years';
  if (min !== null && max !== null) return `${min}–${max} ${years}`;
  if (min !== null) return lang === 'de' ? `ab ${min} Jahren` : `from ${min} years`;
  return lang === 'de' ? `bis ${max} Jahre` : `up to ${max} years`;
}

export const traitLabel = (lang: Lang, trait: string) =>
  trait in traitLabels ? traitLabels[trait as LowThresholdTrait][lang] : trait;
export const targetGroupLabel = (lang: Lang, group: string) =>
  group in targetGroupLabels ? targetGroupLabels[group as TargetGroup][lang] : group;
export const languageLabel = (lang: Lang, code: string) => commonLanguages[code]?.[lang] ?? code;
export const statusLabel = (lang: Lang, status: ServiceStatus) => serviceStatusLabels[status][lang];
export const weekdayLabel = (lang: Lang, day: Weekday) => weekdayLabels[day][lang];

const de = {
  pageTitle: 'Angebote für Familien, Kinder und Jugendliche',
  documentTitle: 'Angebotslandkarte',
  lead: 'Beratung, Treffpunkte, Gruppen, Sport und Hilfe in Ihrer Nähe – auf der Karte und als Liste. Sie brauchen kein Konto.',
  switchTo: 'English',
  switchToLang: 'en' as Lang,
  switchLabel: 'This page in English',
  searchRegion: 'Angebote suchen',
  searchLabel: 'Suche',
  searchHint: 'Zum Beispiel Fußball, Hausaufgabenhilfe, Trauer, Beratung',
  searchButton: 'Suchen',
  filtersHeading: 'Filter',
  filtersSummary: (n: number) => (n === 0 ? 'Filter' : `Filter (${n} gewählt)`),
  resetFilters: 'Alle Filter zurücksetzen',
  activeFilters: 'Gewählte Filter',
  removeFilter: (label: string) => `Filter entfernen: ${label}`,
  space: 'Sozialraum',
  allSpaces: 'Alle Sozialräume',
  topic: 'Thema',
  allTopics: 'Alle Themen',
  age: 'Alter',
  anyAge: 'Jedes Alter',
  traits: 'Merkmale',
  traitsHint: 'Es werden nur Angebote gezeigt, die alle gewählten Merkmale haben.',
  language: 'Sprache',
  allLanguages: 'Alle Sprachen',
  targetGroup: 'Für wen',
  allTargetGroups: 'Alle',
  openDay: 'Geöffnet am',
  anyDay: 'Jeder Tag',
  openTime: 'Uhrzeit',
  anyTime: 'Jede Uhrzeit',
  nearby: 'Umkreis',
  useMyLocation: 'Meinen Standort verwenden',
  locating: 'Standort wird ermittelt …',
  pickOnMap: 'Punkt auf der Karte wählen',
  pickingHint: 'Klicken Sie auf die Karte, um den Mittelpunkt des Umkreises zu wählen. Escape bricht ab.',
  cancelPick: 'Auswahl abbrechen',
  radius: 'Entfernung',
  radiusOption: (meters: number) => (meters < 1000 ? `${meters} m` : `${meters / 1000} km`),
  nearLocation: (radius: string) => `Im Umkreis von ${radius} um Ihren Standort`,
  nearPoint: (radius: string) => `Im Umkreis von ${radius} um den gewählten Punkt`,
  removeNear: 'Umkreis entfernen',
  locationUnavailable: 'Ihr Standort ist nicht verfügbar. Vielleicht hat der Browser keine Freigabe; Sie können auch einen Punkt auf der Karte wählen.',
  locationPrivacy: 'Ihr Standort wird nur für diese Suche verwendet und auf etwa 100 m gerundet.',
  status: 'Status',
  statusActive: 'nur aktive (Standard)',
  statusAll: 'alle',
  results: 'Ergebnisse',
  count: (n: number) => (n === 1 ? '1 Angebot gefunden' : `${formatCount('de', n)} Angebote gefunden`),
  countMore: (n: number) => `Mehr als ${formatCount('de', n)} Angebote gefunden`,
  loading: 'Angebote werden geladen …',
  loadingOne: 'Angebot wird geladen …',
  sort: 'Sortierung',
  sortRelevance: 'Relevanz',
  sortDistance: 'Entfernung',
  sortName: 'Name',
  alsoSearched: 'Auch gesucht:',
  alsoSearchedFor: (term: string, alternatives: string) => `„${alternatives}“ (statt „${term}“)`,
  noResults: 'Keine Angebote gefunden.',
  noResultsHint: 'Versuchen Sie ein anderes Suchwort oder weniger Filter.',
  viewToggle: 'Ansicht',
  viewList: 'Liste',
  viewMap: 'Karte',
  skipToList: 'Direkt zur Liste der Angebote',
  listHeading: 'Liste der Angebote',
  mapHeading: 'Karte',
  mapLabel: 'Karte der Angebote',
  mapNote: 'Die Liste enthält alle Angebote der Karte. Zahlen auf der Karte sind Gruppen von Angeboten: ein Klick vergrößert den Ausschnitt.',
  mapKeyboard: 'Kartenausschnitt: mit den Pfeiltasten verschieben, mit Plus und Minus vergrößern und verkleinern',
  mapLoading: 'Karte wird geladen …',
  mapCount: (shown: number) => (shown === 1 ? '1 Angebot in diesem Kartenausschnitt' : `${formatCount('de', shown)} Angebote in diesem Kartenausschnitt`),
  showWholeArea: 'Ganzes Gebiet zeigen',
  zoomIn: 'Vergrößern',
  zoomOut: 'Verkleinern',
  clusterLabel: (n: number) => `${formatCount('de', n)} Angebote – vergrößern`,
  clusterHere: (n: number) => `${formatCount('de', n)} Angebote an diesem Ort`,
  clusterShowInList: 'In der Liste zeigen',
  pointLabel: (name: string) => `Angebot: ${name}`,
  popupDetails: 'Zum Angebot',
  closePopup: 'Schließen',
  showOnMap: 'Auf der Karte zeigen',
  pages: 'Seiten der Ergebnisse',
  pageRange: (first: number, last: number, total: number) =>
    `${formatCount('de', first)}–${formatCount('de', last)} von ${formatCount('de', total)}`,
  previous: 'Zurück',
  next: 'Weiter',
  distance: (d: string) => `${d} entfernt`,
  verifiedOn: (date: string) => `zuletzt geprüft am ${date}`,
  neverVerified: 'noch nicht geprüft',
  notVerifiedRecently: 'länger nicht geprüft',
  // detail page
  offer: 'Angebot',
  backToSearch: 'Zurück zur Suche',
  allOffers: 'Alle Angebote',
  notFound: 'Angebot nicht gefunden',
  notFoundText: 'Unter dieser Adresse gibt es kein Angebot. Vielleicht wurde es entfernt.',
  print: 'Drucken',
  edit: 'Bearbeiten',
  atAGlance: 'Auf einen Blick',
  topics: 'Themen',
  ages: 'Alter',
  targetGroups: 'Für wen',
  languages: 'Sprachen',
  spaces: 'Sozialraum',
  statusTerm: 'Status',
  description: 'Beschreibung',
  times: 'Zeiten',
  noTimes: 'Keine festen Zeiten angegeben. Bitte fragen Sie nach.',
  validFrom: (d: string) => `ab ${d}`,
  validTo: (d: string) => `bis ${d}`,
  addresses: 'Adresse',
  addressesMany: 'Adressen',
  noAddress: 'Keine Adresse angegeben.',
  smallMapLabel: (name: string) => `Karte: Lage von ${name}`,
  smallMapNote: 'Die Adresse steht als Text über der Karte.',
  contact: 'Kontakt',
  phone: 'Telefon',
  email: 'E-Mail',
  website: 'Website',
  organizationWebsite: 'Website der Organisation',
  organization: 'Organisation',
  noContact: 'Keine Kontaktdaten angegeben.',
  costsAndAccess: 'Kosten, Anmeldung und Voraussetzungen',
  fees: 'Kosten',
  application: 'Anmeldung',
  eligibility: 'Voraussetzungen',
  checked: 'Aktualität',
  lastVerified: (date: string) => `Zuletzt geprüft am ${date}.`,
  notVerifiedYet: 'Diese Angaben wurden noch nicht geprüft.',
  staleNote: 'Diese Angaben wurden länger nicht bestätigt und können veraltet sein. Bitte fragen Sie vor einem Besuch kurz nach.',
  notActive: (status: string) => `Dieses Angebot ist zurzeit ${status}.`,
  note: 'Hinweis',
};

export type Texts = typeof de;

const en: Texts = {
  pageTitle: 'Services for families, children and young people',
  documentTitle: 'Map of services',
  lead: 'Counselling, meeting places, groups, sport and help near you – on the map and as a list. No account needed.',
  switchTo: 'Deutsch',
  switchToLang: 'de',
  switchLabel: 'Diese Seite auf Deutsch',
  searchRegion: 'Search services',
  searchLabel: 'Search',
  searchHint: 'For example football, homework help, grief, counselling (in German: Fußball, Hausaufgaben, Trauer, Beratung)',
  searchButton: 'Search',
  filtersHeading: 'Filters',
  filtersSummary: (n: number) => (n === 0 ? 'Filters' : `Filters (${n} selected)`),
  resetFilters: 'Clear all filters',
  activeFilters: 'Chosen filters',
  removeFilter: (label: string) => `Remove filter: ${label}`,
  space: 'Social space',
  allSpaces: 'All social spaces',
  topic: 'Topic',
  allTopics: 'All topics',
  age: 'Age',
  anyAge: 'Any age',
  traits: 'Features',
  traitsHint: 'Only services that have all the chosen features are shown.',
  language: 'Language',
  allLanguages: 'All languages',
  targetGroup: 'For whom',
  allTargetGroups: 'Everyone',
  openDay: 'Open on',
  anyDay: 'Any day',
  openTime: 'Time',
  anyTime: 'Any time',
  nearby: 'Distance',
  useMyLocation: 'Use my location',
  locating: 'Finding your location …',
  pickOnMap: 'Choose a point on the map',
  pickingHint: 'Click on the map to choose the centre of the area. Escape cancels.',
  cancelPick: 'Cancel',
  radius: 'Within',
  radiusOption: (meters: number) => (meters < 1000 ? `${meters} m` : `${meters / 1000} km`),
  nearLocation: (radius: string) => `Within ${radius} of your location`,
  nearPoint: (radius: string) => `Within ${radius} of the chosen point`,
  removeNear: 'Remove distance',
  locationUnavailable: 'Your location is not available. Perhaps the browser is not allowed to share it; you can also choose a point on the map.',
  locationPrivacy: 'Your location is only used for this search and rounded to about 100 m.',
  status: 'Status',
  statusActive: 'active only (default)',
  statusAll: 'all',
  results: 'Results',
  count: (n: number) => (n === 1 ? '1 service found' : `${formatCount('en', n)} services found`),
  countMore: (n: number) => `More than ${formatCount('en', n)} services found`,
  loading: 'Loading services …',
  loadingOne: 'Loading the service …',
  sort: 'Sort by',
  sortRelevance: 'Relevance',
  sortDistance: 'Distance',
  sortName: 'Name',
  alsoSearched: 'Also searched for:',
  alsoSearchedFor: (term: string, alternatives: string) => `“${alternatives}” (instead of “${term}”)`,
  noResults: 'No services found.',
  noResultsHint: 'Try another search word or fewer filters.',
  viewToggle: 'View',
  viewList: 'List',
  viewMap: 'Map',
  skipToList: 'Go straight to the list of services',
  listHeading: 'List of services',
  mapHeading: 'Map',
  mapLabel: 'Map of services',
  mapNote: 'The list holds every service on the map. Numbers on the map are groups of services: click one to zoom in.',
  mapKeyboard: 'Map view: move with the arrow keys, zoom with plus and minus',
  mapLoading: 'Loading map …',
  mapCount: (shown: number) => (shown === 1 ? '1 service in this map view' : `${formatCount('en', shown)} services in this map view`),
  showWholeArea: 'Show the whole area',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  clusterLabel: (n: number) => `${formatCount('en', n)} services – zoom in`,
  clusterHere: (n: number) => `${formatCount('en', n)} services at this place`,
  clusterShowInList: 'Show in the list',
  pointLabel: (name: string) => `Service: ${name}`,
  popupDetails: 'View service',
  closePopup: 'Close',
  showOnMap: 'Show on map',
  pages: 'Result pages',
  pageRange: (first: number, last: number, total: number) =>
    `${formatCount('en', first)}–${formatCount('en', last)} of ${formatCount('en', total)}`,
  previous: 'Previous',
  next: 'Next',
  distance: (d: string) => `${d} away`,
  verifiedOn: (date: string) => `last checked on ${date}`,
  neverVerified: 'not checked yet',
  notVerifiedRecently: 'not checked for a while',
  offer: 'Service',
  backToSearch: 'Back to the search',
  allOffers: 'All services',
  notFound: 'Service not found',
  notFoundText: 'There is no service at this address. It may have been removed.',
  print: 'Print',
  edit: 'Edit',
  atAGlance: 'At a glance',
  topics: 'Topics',
  ages: 'Age',
  targetGroups: 'For whom',
  languages: 'Languages',
  spaces: 'Social space',
  statusTerm: 'Status',
  description: 'Description',
  times: 'Opening times',
  noTimes: 'No fixed times given. Please ask.',
  validFrom: (d: string) => `from ${d}`,
  validTo: (d: string) => `until ${d}`,
  addresses: 'Address',
  addressesMany: 'Addresses',
  noAddress: 'No address given.',
  smallMapLabel: (name: string) => `Map: where ${name} is`,
  smallMapNote: 'The address is written above the map.',
  contact: 'Contact',
  phone: 'Phone',
  email: 'Email',
  website: 'Website',
  organizationWebsite: 'Website of the organisation',
  organization: 'Organisation',
  noContact: 'No contact details given.',
  costsAndAccess: 'Costs, registration and requirements',
  fees: 'Costs',
  application: 'Registration',
  eligibility: 'Requirements',
  checked: 'How current',
  lastVerified: (date: string) => `Last checked on ${date}.`,
  notVerifiedYet: 'These details have not been checked yet.',
  staleNote: 'These details have not been confirmed for a while and may be out of date. Please ask before you visit.',
  notActive: (status: string) => `This service is currently ${status}.`,
  note: 'Please note',
};

export const texts: Record<Lang, Texts> = { de, en };

/** The map's texts in the page's language; the offers' own texts stay German ('de' on the English page). */
export const mapTextsOf = (t: Texts, lang: Lang): ServiceMapTexts => ({
  zoomIn: t.zoomIn,
  zoomOut: t.zoomOut,
  keyboard: t.mapKeyboard,
  clusterLabel: t.clusterLabel,
  clusterHere: t.clusterHere,
  clusterShowInList: t.clusterShowInList,
  pointLabel: t.pointLabel,
  popupDetails: t.popupDetails,
  closePopup: t.closePopup,
  dataLang: lang === 'en' ? 'de' : undefined,
});

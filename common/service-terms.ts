// Value lists for offers (HSDS "service") with German and English labels: the public pages speak both.

export const serviceStatuses = ['active', 'inactive', 'defunct', 'temporarily closed'] as const;
export type ServiceStatus = (typeof serviceStatuses)[number];
export const serviceStatusLabels: Record<ServiceStatus, { de: string; en: string }> = {
  active: { de: 'aktiv', en: 'active' },
  inactive: { de: 'ruht', en: 'inactive' },
  defunct: { de: 'eingestellt', en: 'discontinued' },
  'temporarily closed': { de: 'vorübergehend geschlossen', en: 'temporarily closed' },
};

/** Low-threshold traits (niedrigschwellig); languages are a list of their own. */
export const lowThresholdTraits = ['free_of_charge', 'no_registration', 'barrier_free', 'inclusive', 'childcare', 'evenings_weekends'] as const;
export type LowThresholdTrait = (typeof lowThresholdTraits)[number];
export const traitLabels: Record<LowThresholdTrait, { de: string; en: string }> = {
  free_of_charge: { de: 'kostenlos', en: 'free of charge' },
  no_registration: { de: 'ohne Anmeldung', en: 'no registration' },
  barrier_free: { de: 'barrierefrei', en: 'step-free access' },
  inclusive: { de: 'inklusiv', en: 'inclusive' },
  childcare: { de: 'mit Kinderbetreuung', en: 'childcare provided' },
  evenings_weekends: { de: 'abends oder am Wochenende', en: 'evenings or weekends' },
};

export const targetGroups = ['children', 'youth', 'young_adults', 'parents', 'families', 'single_parents', 'expectant_parents', 'girls', 'boys', 'newcomers', 'disabilities'] as const;
export type TargetGroup = (typeof targetGroups)[number];
export const targetGroupLabels: Record<TargetGroup, { de: string; en: string }> = {
  children: { de: 'Kinder', en: 'children' },
  youth: { de: 'Jugendliche', en: 'young people' },
  young_adults: { de: 'junge Erwachsene', en: 'young adults' },
  parents: { de: 'Eltern', en: 'parents' },
  families: { de: 'Familien', en: 'families' },
  single_parents: { de: 'Alleinerziehende', en: 'single parents' },
  expectant_parents: { de: 'werdende Eltern', en: 'expectant parents' },
  girls: { de: 'Mädchen', en: 'girls' },
  boys: { de: 'Jungen', en: 'boys' },
  newcomers: { de: 'Zugewanderte und Geflüchtete', en: 'newcomers and refugees' },
  disabilities: { de: 'Menschen mit Behinderung', en: 'people with disabilities' },
};

/** ISO 639-1 codes offered in forms and filters; others are accepted from imports. */
export const commonLanguages: Record<string, { de: string; en: string }> = {
  de: { de: 'Deutsch', en: 'German' },
  en: { de: 'Englisch', en: 'English' },
  tr: { de: 'Türkisch', en: 'Turkish' },
  ar: { de: 'Arabisch', en: 'Arabic' },
  ru: { de: 'Russisch', en: 'Russian' },
  uk: { de: 'Ukrainisch', en: 'Ukrainian' },
  pl: { de: 'Polnisch', en: 'Polish' },
  fa: { de: 'Persisch (Farsi/Dari)', en: 'Persian' },
  ku: { de: 'Kurdisch', en: 'Kurdish' },
  ro: { de: 'Rumänisch', en: 'Romanian' },
  bg: { de: 'Bulgarisch', en: 'Bulgarian' },
  fr: { de: 'Französisch', en: 'French' },
  es: { de: 'Spanisch', en: 'Spanish' },
  ti: { de: 'Tigrinya', en: 'Tigrinya' },
  so: { de: 'Somali', en: 'Somali' },
  dgs: { de: 'Deutsche Gebärdensprache', en: 'German Sign Language' },
};

/** Weekdays as RFC 5545 / HSDS `byday` codes, Monday first (minute-of-week 0 is Monday 00:00). */
export const weekdays = ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'] as const;
export type Weekday = (typeof weekdays)[number];
export const weekdayLabels: Record<Weekday, { de: string; en: string; shortDe: string }> = {
  MO: { de: 'Montag', en: 'Monday', shortDe: 'Mo' },
  TU: { de: 'Dienstag', en: 'Tuesday', shortDe: 'Di' },
  WE: { de: 'Mittwoch', en: 'Wednesday', shortDe: 'Mi' },
  TH: { de: 'Donnerstag', en: 'Thursday', shortDe: 'Do' },
  FR: { de: 'Freitag', en: 'Friday', shortDe: 'Fr' },
  SA: { de: 'Samstag', en: 'Saturday', shortDe: 'Sa' },
  SU: { de: 'Sonntag', en: 'Sunday', shortDe: 'So' },
};

export const serviceSorts = ['relevance', 'distance', 'name', 'assured'] as const;
export type ServiceSort = (typeof serviceSorts)[number];

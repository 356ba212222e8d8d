// Value lists for needs (Bedarfe) and gaps (Lücken), with the German labels the staff pages use.

export const needSources = ['home_visit', 'case_closure', 'participation', 'meeting', 'public_form', 'other'] as const;
export type NeedSource = (typeof needSources)[number];
export const needSourceLabels: Record<NeedSource, string> = {
  home_visit: 'Hausbesuch',
  case_closure: 'Fallabschluss',
  participation: 'Beteiligung',
  meeting: 'Netzwerktreffen',
  public_form: 'Online-Formular',
  other: 'Sonstiges',
};

export const voices = ['affected', 'professional'] as const;
export type Voice = (typeof voices)[number];
export const voiceLabels: Record<Voice, string> = {
  affected: 'von Betroffenen genannt',
  professional: 'fachliche Einschätzung',
};

export const ageBands = ['0-2', '3-5', '6-9', '10-13', '14-17', '18-26', 'parents'] as const;
export type AgeBand = (typeof ageBands)[number];
export const ageBandLabels: Record<AgeBand, string> = {
  '0-2': '0–2 Jahre',
  '3-5': '3–5 Jahre',
  '6-9': '6–9 Jahre',
  '10-13': '10–13 Jahre',
  '14-17': '14–17 Jahre',
  '18-26': '18–26 Jahre',
  parents: 'Eltern',
};
/** Years of life an age band covers; `parents` is not an age but the target group of the same name. */
export const ageBandYears: Record<Exclude<AgeBand, 'parents'>, [number, number]> = {
  '0-2': [0, 2],
  '3-5': [3, 5],
  '6-9': [6, 9],
  '10-13': [10, 13],
  '14-17': [14, 17],
  '18-26': [18, 26],
};

export const needStatuses = ['open', 'referred', 'project', 'closed'] as const;
export type NeedStatus = (typeof needStatuses)[number];
export const needStatusLabels: Record<NeedStatus, string> = {
  open: 'offen',
  referred: 'an bestehendes Angebot vermittelt',
  project: 'von einem Projekt aufgegriffen',
  closed: 'abgeschlossen',
};

/** Entries from the public form count only after a team member has accepted them; staff entries are accepted at once. */
export const reviewStates = ['pending', 'accepted', 'rejected'] as const;
export type ReviewState = (typeof reviewStates)[number];
export const reviewStateLabels: Record<ReviewState, string> = { pending: 'zu prüfen', accepted: 'angenommen', rejected: 'abgelehnt' };

// ---- question 3: what an offer would have to be like ----

export const timesOfDay = ['morning', 'afternoon', 'evening', 'weekend'] as const;
export type TimeOfDay = (typeof timesOfDay)[number];
export const timeOfDayLabels: Record<TimeOfDay, string> = {
  morning: 'vormittags',
  afternoon: 'nachmittags',
  evening: 'abends',
  weekend: 'am Wochenende',
};
/** Minutes of a day each time of day covers (the weekend is Saturday and Sunday, all day). */
export const timeOfDayMinutes: Record<Exclude<TimeOfDay, 'weekend'>, [number, number]> = {
  morning: [6 * 60, 12 * 60],
  afternoon: [12 * 60, 17 * 60],
  evening: [17 * 60, 22 * 60],
};

export const atmospheres = ['informal', 'peers', 'same_language', 'small_group', 'co_designed'] as const;
export type Atmosphere = (typeof atmospheres)[number];
export const atmosphereLabels: Record<Atmosphere, string> = {
  informal: 'locker, ohne Anmeldung und Formulare',
  peers: 'mit anderen in der gleichen Lage',
  same_language: 'mit Menschen, die meine Sprache sprechen',
  small_group: 'kleine Gruppe',
  co_designed: 'selbst mitgestalten',
};

/** The requirements a fit gap is checked against; atmosphere is kept and shown, but no offer field can be compared with it. */
export const fitReasons = ['time', 'cost', 'language', 'distance', 'childcare', 'accessibility', 'inclusion'] as const;
export type FitReason = (typeof fitReasons)[number];
export const fitReasonLabels: Record<FitReason, string> = {
  time: 'Zeit',
  cost: 'Kosten',
  language: 'Sprache',
  distance: 'Entfernung',
  childcare: 'Kinderbetreuung',
  accessibility: 'Barrierefreiheit',
  inclusion: 'Inklusion',
};

// ---- gaps ----

export const gapKinds = ['missing', 'reach', 'fit'] as const;
export type GapKind = (typeof gapKinds)[number];
export const gapKindLabels: Record<GapKind, string> = {
  missing: 'fehlt',
  reach: 'unbekannt',
  fit: 'passt nicht',
};
export const gapKindDescriptions: Record<GapKind, string> = {
  missing: 'Kein passendes aktives Angebot im Sozialraum.',
  reach: 'Ein passendes Angebot gibt es, die Familie kannte es nicht.',
  fit: 'Die Familie kannte ein passendes Angebot, es passt aber nicht zu dem, was sie braucht.',
};
export const gapStates = ['open', 'closed'] as const;
export type GapState = (typeof gapStates)[number];

/** Languages of the public form (Arabic is written right to left). */
export const publicFormLanguages = ['de', 'en', 'tr', 'ar', 'ru', 'uk'] as const;
export type PublicFormLanguage = (typeof publicFormLanguages)[number];

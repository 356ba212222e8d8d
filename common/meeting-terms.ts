// Value lists of network meetings, collegial case consultations and the "many shoulders" view, with German labels.

export const meetingStates = ['planned', 'invited', 'held', 'cancelled'] as const;
export type MeetingState = (typeof meetingStates)[number];
export const meetingStateLabels: Record<MeetingState, string> = {
  planned: 'geplant',
  invited: 'eingeladen',
  held: 'stattgefunden',
  cancelled: 'abgesagt',
};
/** The moves a meeting may make; held and cancelled are final. */
export const meetingStateMoves: Record<MeetingState, readonly MeetingState[]> = {
  planned: ['invited', 'held', 'cancelled'],
  invited: ['held', 'cancelled'],
  held: [],
  cancelled: [],
};

export const decisionKinds = ['note', 'task', 'project_draft'] as const;
export type DecisionKind = (typeof decisionKinds)[number];
export const decisionKindLabels: Record<DecisionKind, string> = {
  note: 'Beschluss',
  task: 'Aufgabe',
  project_draft: 'Projektentwurf',
};

export const helpTypes = ['space_offer', 'outpatient', 'residential', 'referral', 'none'] as const;
export type HelpType = (typeof helpTypes)[number];
export const helpTypeLabels: Record<HelpType, string> = {
  space_offer: 'Angebot im Sozialraum',
  outpatient: 'ambulante Hilfe',
  residential: 'stationäre Hilfe',
  referral: 'Weitervermittlung',
  none: 'keine Hilfe',
};

/** The roles a collegial consultation needs, as the source describes it (a setting of the office). */
export const defaultRequiredConsultationRoles = ['asd', 'head_of_department', 'youth_work_coordinator', 'provider_outpatient', 'provider_residential', 'networker'] as const;

/** How much each kind of contribution to network work counts (settings of the office). */
export const contributionKinds = ['meetingOrganised', 'projectCarried', 'agendaItem', 'needRecorded'] as const;
export type ContributionKind = (typeof contributionKinds)[number];
export const contributionKindLabels: Record<ContributionKind, string> = {
  meetingOrganised: 'Netzwerktreffen organisiert',
  projectCarried: 'Projekt mitgetragen',
  agendaItem: 'Tagesordnungspunkt eingebracht',
  needRecorded: 'Bedarf aufgenommen',
};
export const defaultContributionWeights: Record<ContributionKind, number> = { meetingOrganised: 3, projectCarried: 3, agendaItem: 1, needRecorded: 1 };

export const tieKinds = ['meeting', 'project', 'contract', 'referral'] as const;
export type TieKind = (typeof tieKinds)[number];
export const tieKindLabels: Record<TieKind, string> = {
  meeting: 'gemeinsames Netzwerktreffen',
  project: 'gemeinsames Projekt',
  contract: 'Vertrag',
  referral: 'Vermittlung',
};

// Value lists of GLOSSARY.md for social spaces and their network of actors, with German labels.

export const organizationTypes = [
  'asd',
  'provider_outpatient',
  'provider_residential',
  'family_centre',
  'youth_work',
  'school',
  'kita',
  'school_social_work',
  'street_social_work',
  'sports_club',
  'parents_initiative',
  'counselling_centre',
  'other',
] as const;
export type OrganizationType = (typeof organizationTypes)[number];

export const organizationTypeLabels: Record<OrganizationType, string> = {
  asd: 'Allgemeiner Sozialer Dienst (ASD)',
  provider_outpatient: 'Freier Träger ambulant',
  provider_residential: 'Freier Träger stationär',
  family_centre: 'Familienzentrum',
  youth_work: 'Offene Kinder- und Jugendarbeit',
  school: 'Schule',
  kita: 'Kita',
  school_social_work: 'Schulsozialarbeit',
  street_social_work: 'Straßensozialarbeit',
  sports_club: 'Sportverein',
  parents_initiative: 'Elterninitiative',
  counselling_centre: 'Beratungsstelle',
  other: 'Sonstige',
};

export const teamRoles = [
  'asd',
  'head_of_department',
  'youth_work_coordinator',
  'provider_outpatient',
  'provider_residential',
  'networker',
  'family_centre_coordinator',
  'school_social_worker',
  'street_social_worker',
  'key_person',
] as const;
export type TeamRole = (typeof teamRoles)[number];

export const teamRoleLabels: Record<TeamRole, string> = {
  asd: 'ASD-Fachkraft',
  head_of_department: 'Fachbereichsleitung',
  youth_work_coordinator: 'Koordination OKJA',
  provider_outpatient: 'Freier Träger ambulant',
  provider_residential: 'Freier Träger stationär',
  networker: 'Netzwerker/in',
  family_centre_coordinator: 'Koordination Familienzentrum',
  school_social_worker: 'Schulsozialarbeit',
  street_social_worker: 'Straßensozialarbeit',
  key_person: 'Schlüsselperson',
};

export const contractKinds = ['outpatient', 'residential'] as const;
export type ContractKind = (typeof contractKinds)[number];
export const contractKindLabels: Record<ContractKind, string> = { outpatient: 'ambulant', residential: 'stationär' };

export const networkModels = ['networker', 'team', 'single_provider'] as const;
export type NetworkModel = (typeof networkModels)[number];
export const networkModelLabels: Record<NetworkModel, string> = {
  networker: 'Netzwerker/in je Sozialraum',
  team: 'Netzwerkarbeit durch das ganze Sozialraumteam',
  single_provider: 'Ein Sozialraumträger je Sozialraum',
};

/** Kinds of funded positions per space and organisation, counted against minimums set by the office. */
export const positionKinds = ['family_centre', 'networker', 'school_social_work', 'street_social_work', 'youth_work', 'other'] as const;
export type PositionKind = (typeof positionKinds)[number];
export const positionKindLabels: Record<PositionKind, string> = {
  family_centre: 'Familienzentrum',
  networker: 'Netzwerkstelle',
  school_social_work: 'Schulsozialarbeit',
  street_social_work: 'Straßensozialarbeit',
  youth_work: 'Offene Kinder- und Jugendarbeit',
  other: 'Sonstige',
};

// The kinds of personal data the guard finds, apart from the guard itself: the API schemas and the forms need
// these few names, and must not pull the name lists into every page that loads them.

export const privacyFindingKinds = ['email', 'phone', 'date_of_birth', 'address', 'name', 'case_number'] as const;
export type PrivacyFindingKind = (typeof privacyFindingKinds)[number];
export type PrivacyFinding = { kind: PrivacyFindingKind; start: number; end: number };
export type PrivacyResult = { ok: boolean; findings: PrivacyFinding[] };

export const privacyKindLabels: Record<PrivacyFindingKind, string> = {
  email: 'E-Mail-Adresse',
  phone: 'Telefonnummer',
  date_of_birth: 'Geburtsdatum',
  address: 'Straßenanschrift',
  name: 'Personenname',
  case_number: 'Aktenzeichen',
};

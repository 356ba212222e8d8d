// Value lists of the social-space budget (Haushalt) with their German labels.

/** The two lines the committee set in 2016; offices may add their own codes. */
export const defaultBudgetLineKinds = ['case_consultation', 'network_work'] as const;
export const budgetLineKindLabels: Record<string, string> = {
  case_consultation: 'Kollegiale Beratung',
  network_work: 'Netzwerkarbeit',
};

export const bookingPurposes = ['project', 'consultation_participation', 'networker_position', 'other'] as const;
export type BookingPurpose = (typeof bookingPurposes)[number];
export const bookingPurposeLabels: Record<BookingPurpose, string> = {
  project: 'Projekt',
  consultation_participation: 'Teilnahme an kollegialer Beratung',
  networker_position: 'Stelle Netzwerker/in',
  other: 'Sonstiges',
};

/** 2184000 → "21.840,00 €": the German form of an amount in cents (UI, CSV, documents). */
export function formatEuro(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  const euros = Math.floor(abs / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${sign}${euros},${String(abs % 100).padStart(2, '0')} €`;
}

/** The decimal-comma form without the sign of the currency, for CSV cells ("21840,00"). */
/** Money in a committee paper, as councils write it: "21.840 €" for whole euros, otherwise "21.840,50 €". */
export function formatEuroProse(cents: number): string {
  if (cents % 100 !== 0) return formatEuro(cents);
  const euros = Math.abs(cents / 100).toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');
  return `${cents < 0 ? '-' : ''}${euros} €`;
}

export function formatDecimalComma(cents: number): string {
  const sign = cents < 0 ? '-' : '';
  const abs = Math.abs(cents);
  return `${sign}${Math.floor(abs / 100)},${String(abs % 100).padStart(2, '0')}`;
}

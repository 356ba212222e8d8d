// The period of an analysis, kept in the address: a preset (this year, last year, since 2017) or a free span.

export const periodPresets = ['jahr', 'vorjahr', 'seit-2017', 'frei'] as const;
export type PeriodPreset = (typeof periodPresets)[number];

export const periodPresetLabels: Record<PeriodPreset, string> = {
  jahr: 'Dieses Jahr',
  vorjahr: 'Letztes Jahr',
  'seit-2017': 'Seit 2017',
  frei: 'Eigener Zeitraum',
};

export type Period = { preset: PeriodPreset; from: string; to: string };

const isoDay = /^\d{4}-\d{2}-\d{2}$/;
const isDay = (value: string | null): value is string => value !== null && isoDay.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));

/** The days of a preset, counted from today (an ISO day in the office's time zone). */
export function presetSpan(preset: Exclude<PeriodPreset, 'frei'>, today: string): { from: string; to: string } {
  const year = Number(today.slice(0, 4));
  if (preset === 'vorjahr') return { from: `${year - 1}-01-01`, to: `${year - 1}-12-31` };
  if (preset === 'seit-2017') return { from: '2017-01-01', to: today };
  return { from: `${year}-01-01`, to: today };
}

/**
 * The period the address asks for. Unknown presets fall back to this year; a free span needs both days, in order
 * (otherwise this year's span is offered as the start of the free one).
 */
export function readPeriod(params: URLSearchParams, today: string): Period {
  const requested = params.get('zeitraum');
  const preset: PeriodPreset = periodPresets.includes(requested as PeriodPreset) ? (requested as PeriodPreset) : 'jahr';
  if (preset !== 'frei') return { preset, ...presetSpan(preset, today) };
  const from = params.get('von');
  const to = params.get('bis');
  if (isDay(from) && isDay(to) && from <= to) return { preset, from, to };
  return { preset, ...presetSpan('jahr', today) };
}

/** Writes a period into the address: the preset, and the days only for a free span. */
export function writePeriod(params: URLSearchParams, period: Period): URLSearchParams {
  const next = new URLSearchParams(params);
  if (period.preset === 'jahr') next.delete('zeitraum');
  else next.set('zeitraum', period.preset);
  if (period.preset === 'frei') {
    next.set('von', period.from);
    next.set('bis', period.to);
  } else {
    next.delete('von');
    next.delete('bis');
  }
  return next;
}

/** "01.01.2017 bis 30.11.2026" */
export function describePeriod(period: { from: string; to: string }): string {
  const day = (iso: string) => `${iso.slice(8, 10)}.${iso.slice(5, 7)}.${iso.slice(0, 4)}`;
  return `${day(period.from)} bis ${day(period.to)}`;
}

/** "27 %" – a share 0..1 as a whole German percentage. */
export const percent = (fraction: number): string => `${Math.round(fraction * 100)} %`;

/** "0,27" – a figure 0..1 with two decimals, the German way. */
export const decimal2 = (value: number): string => value.toFixed(2).replace('.', ',');

/** "21.300" (the same function as the report documents use). */
export { formatInteger } from '../../../common/report-format';

/**
 * Reads a number typed the German or the English way ("9,85" or "9.85"). Thousands separators are not accepted:
 * in a coordinate "9.850" would be ambiguous. Returns null for anything that is not a plain number.
 */
export function parseDecimal(text: string): number | null {
  const normalised = text.trim().replace(/\s/g, '').replace(',', '.').replace('−', '-');
  if (!/^[-+]?(\d+\.?\d*|\.\d+)$/.test(normalised)) return null;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : null;
}

const decimal = new Intl.NumberFormat('de-DE', { maximumFractionDigits: 6, useGrouping: false });

/** "9,85" — a coordinate or other decimal as a German reader writes it. */
export function formatDecimal(value: number): string {
  return decimal.format(value);
}

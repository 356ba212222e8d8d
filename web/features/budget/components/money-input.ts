import { formatEuro } from '../../../../common/budget-terms';

// Amounts typed in German ("1.234,56", "1234,56", "50") to integer cents. The digits are read as text, never through
// a floating-point number: 0,29 € must become 29 cents, not 28.99999.

export type MoneyParseResult = { ok: true; cents: number } | { ok: false; message: string };

/** The largest amount one booking may carry (the server's limit): 1.000.000,00 €. */
export const maxAmountCents = 100_000_000;

const example = 'z. B. 1.234,56';

/** Reads a positive euro amount typed the German way; a dot groups thousands, a comma starts the cents. */
export function parseEuroAmount(text: string): MoneyParseResult {
  const typed = text.replace(/\s/g, '').replace(/€$/, '');
  if (!typed) return { ok: false, message: 'Bitte den Betrag in Euro angeben.' };
  if (/^[-−]/.test(typed)) return { ok: false, message: 'Der Betrag muss größer als 0 sein. Eine Buchung wird storniert, nicht negativ gebucht.' };
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(typed);
  if (!match) return { ok: false, message: `Bitte den Betrag in Euro mit Komma vor den Cent angeben, ${example}.` };
  const [, euros = '', fraction = ''] = match;
  if (fraction.length > 2) return { ok: false, message: `Bitte höchstens zwei Stellen nach dem Komma angeben, ${example}.` };
  const euroDigits = euros.replace(/\./g, '').replace(/^0+(?=\d)/, '');
  // More digits than any allowed amount has: refused before the number could lose precision.
  if (euroDigits.length > 7) return { ok: false, message: 'Höchstens 1.000.000,00 € je Buchung.' };
  const cents = Number(euroDigits) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents === 0) return { ok: false, message: 'Der Betrag muss größer als 0 sein.' };
  if (cents > maxAmountCents) return { ok: false, message: 'Höchstens 1.000.000,00 € je Buchung.' };
  return { ok: true, cents };
}

/**
 * Reads a plan or a default amount: like a booking's amount, but 0 is allowed (a line without money this year) and
 * the limit is not "per booking".
 */
export function parsePlanAmount(text: string): MoneyParseResult {
  if (/^\s*0+(?:,0{1,2})?\s*€?\s*$/.test(text)) return { ok: true, cents: 0 };
  const result = parseEuroAmount(text);
  if (!result.ok && result.message.startsWith('Höchstens')) return { ok: false, message: 'Höchstens 1.000.000,00 €.' };
  return result;
}

/** 936000 → "9.360,00": the value a money field starts with. */
export function euroFieldValue(cents: number): string {
  return formatEuro(cents).replace(/\s€$/, '');
}

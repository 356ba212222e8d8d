// An amount typed in German ("1.234,56", "1234,56", "50") to integer cents, read as text (never through a float:
// 0,29 € must become 29 cents). The budget feature has the same rule for bookings; features do not share code, so
// this is its twin for commitments (a candidate for web/components/format).

export type EuroParse = { ok: true; cents: number } | { ok: false; message: string };

const maxCents = 100_000_000;

export function parseEuro(text: string): EuroParse {
  const typed = text.replace(/\s/g, '').replace(/€$/, '');
  if (!typed) return { ok: false, message: 'Bitte den Betrag in Euro angeben.' };
  const match = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/.exec(typed);
  if (!match) return { ok: false, message: 'Bitte den Betrag in Euro mit Komma vor den Cent angeben, z. B. 1.234,56.' };
  const [, euros = '', fraction = ''] = match;
  if (fraction.length > 2) return { ok: false, message: 'Bitte höchstens zwei Stellen nach dem Komma angeben, z. B. 1.234,56.' };
  const digits = euros.replace(/\./g, '').replace(/^0+(?=\d)/, '');
  if (digits.length > 7) return { ok: false, message: 'Höchstens 1.000.000,00 €.' };
  const cents = Number(digits) * 100 + Number(fraction.padEnd(2, '0'));
  if (cents === 0) return { ok: false, message: 'Der Betrag muss größer als 0 sein.' };
  if (cents > maxCents) return { ok: false, message: 'Höchstens 1.000.000,00 €.' };
  return { ok: true, cents };
}

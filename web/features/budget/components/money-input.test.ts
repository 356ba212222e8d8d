import { describe, expect, it } from 'vitest';
import { formatEuro } from '../../../../common/budget-terms';
import { euroFieldValue, parseEuroAmount, parsePlanAmount } from './money-input';

const cents = (text: string) => {
  const result = parseEuroAmount(text);
  return result.ok ? result.cents : result.message;
};

describe('parseEuroAmount', () => {
  it('reads amounts typed the German way into exact cents', () => {
    expect(cents('1.234,56')).toBe(123456);
    expect(cents('1234,56')).toBe(123456);
    expect(cents('0,5')).toBe(50);
    expect(cents('12')).toBe(1200);
    expect(cents('50')).toBe(5000);
    expect(cents(' 21.840,00 € ')).toBe(2184000);
    expect(cents('1.000.000')).toBe(100_000_000);
    expect(cents('007,05')).toBe(705);
  });

  it('has no floating-point errors: every cent from 0,01 to 20,00 comes back as typed', () => {
    for (let c = 1; c <= 2000; c += 1) {
      const typed = formatEuro(c).replace(' €', '');
      expect(cents(typed), typed).toBe(c);
    }
    expect(cents('0,29')).toBe(29);
    expect(cents('1,13')).toBe(113);
  });

  it('refuses what is not a positive amount, with a German message', () => {
    const refused = (text: string) => {
      const result = parseEuroAmount(text);
      expect(result.ok, text).toBe(false);
      return result.ok ? '' : result.message;
    };
    expect(refused('1,234')).toMatch(/höchstens zwei Stellen nach dem Komma/);
    expect(refused('abc')).toMatch(/Komma vor den Cent/);
    expect(refused('-5')).toMatch(/größer als 0/);
    expect(refused('')).toMatch(/Bitte den Betrag/);
    expect(refused('0,00')).toMatch(/größer als 0/);
    expect(refused('1.23')).toMatch(/Komma vor den Cent/);
    expect(refused('12.34,5')).toMatch(/Komma vor den Cent/);
    expect(refused('1234.56')).toMatch(/Komma vor den Cent/);
    expect(refused('1.000.000,01')).toMatch(/Höchstens 1\.000\.000,00 €/);
    expect(refused('99999999999999999999')).toMatch(/Höchstens/);
  });
});

describe('parsePlanAmount', () => {
  it('allows 0 for a plan, reads the rest like a booking amount, and starts a field in the German form', () => {
    const plan = (text: string) => {
      const result = parsePlanAmount(text);
      return result.ok ? result.cents : result.message;
    };
    expect(plan('0')).toBe(0);
    expect(plan('0,00')).toBe(0);
    expect(plan('9.360,00')).toBe(936_000);
    expect(plan('1.000.000,01')).toBe('Höchstens 1.000.000,00 €.');
    expect(plan('-1')).toMatch(/größer als 0/);
    expect(euroFieldValue(936_000)).toBe('9.360,00');
    expect(plan(euroFieldValue(1_248_000))).toBe(1_248_000);
  });
});

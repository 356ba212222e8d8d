import { describe, expect, it } from 'vitest';
import { parseEuro } from './euro-amount';

describe('euro amounts typed the German way', () => {
  it('reads thousands dots, the decimal comma and a trailing euro sign into exact cents', () => {
    expect(parseEuro('1.234,56')).toEqual({ ok: true, cents: 123_456 });
    expect(parseEuro('0,29')).toEqual({ ok: true, cents: 29 });
    expect(parseEuro('2500 €')).toEqual({ ok: true, cents: 250_000 });
    expect(parseEuro('1.000.000,00')).toEqual({ ok: true, cents: 100_000_000 });
  });

  it('refuses what is not an amount, zero, negative, too precise or too large', () => {
    for (const text of ['', 'abc', '1,234', '-5', '0', '1.000.000,01', '12,5,0']) expect(parseEuro(text).ok, text).toBe(false);
  });
});

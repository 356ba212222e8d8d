import { describe, expect, it } from 'vitest';
import { describePeriod, percent, readPeriod, writePeriod } from './period';

const today = '2026-11-30';

describe('the period in the address', () => {
  it('defaults to this year up to today', () => {
    expect(readPeriod(new URLSearchParams(), today)).toEqual({ preset: 'jahr', from: '2026-01-01', to: '2026-11-30' });
    expect(readPeriod(new URLSearchParams('zeitraum=unsinn'), today).preset).toBe('jahr');
  });

  it('knows last year and the team years since 2017', () => {
    expect(readPeriod(new URLSearchParams('zeitraum=vorjahr'), today)).toEqual({ preset: 'vorjahr', from: '2025-01-01', to: '2025-12-31' });
    expect(readPeriod(new URLSearchParams('zeitraum=seit-2017'), today)).toEqual({ preset: 'seit-2017', from: '2017-01-01', to: today });
  });

  it('takes a free span only with two valid days in order', () => {
    expect(readPeriod(new URLSearchParams('zeitraum=frei&von=2015-01-01&bis=2016-12-31'), today)).toEqual({ preset: 'frei', from: '2015-01-01', to: '2016-12-31' });
    expect(readPeriod(new URLSearchParams('zeitraum=frei&von=2016-12-31&bis=2015-01-01'), today)).toEqual({ preset: 'frei', from: '2026-01-01', to: today });
    expect(readPeriod(new URLSearchParams('zeitraum=frei&von=2016-13-45&bis=2017-01-01'), today).from).toBe('2026-01-01');
  });

  it('writes the days only for a free span and keeps the other parameters', () => {
    const free = writePeriod(new URLSearchParams('spaceId=x'), { preset: 'frei', from: '2015-01-01', to: '2016-12-31' });
    expect(free.toString()).toBe('spaceId=x&zeitraum=frei&von=2015-01-01&bis=2016-12-31');
    expect(writePeriod(free, { preset: 'jahr', from: '2026-01-01', to: today }).toString()).toBe('spaceId=x');
  });

  it('speaks German', () => {
    expect(describePeriod({ from: '2017-01-01', to: '2026-11-30' })).toBe('01.01.2017 bis 30.11.2026');
    expect(percent(0.2749)).toBe('27 %');
  });
});

import { describe, expect, it } from 'vitest';
import { berlinToIso, formatMeetingTime, isoToBerlin } from './berlin-time';

describe('Berlin local time for meetings', () => {
  it('gives winter times +01:00 and summer times +02:00', () => {
    expect(berlinToIso('2026-03-04', '16:00')).toBe('2026-03-04T16:00:00+01:00');
    expect(berlinToIso('2026-07-01', '09:30')).toBe('2026-07-01T09:30:00+02:00');
  });

  it('handles the days the clocks change', () => {
    // 29 March 2026: 02:00 → 03:00. 01:30 is still winter time, 03:30 summer time.
    expect(berlinToIso('2026-03-29', '01:30')).toBe('2026-03-29T01:30:00+01:00');
    expect(berlinToIso('2026-03-29', '03:30')).toBe('2026-03-29T03:30:00+02:00');
    // 25 October 2026: 03:00 → 02:00; after the change the offset is +01:00 again.
    expect(berlinToIso('2026-10-25', '04:00')).toBe('2026-10-25T04:00:00+01:00');
  });

  it('refuses what is not a day or a time', () => {
    expect(berlinToIso('2026-02-30', '10:00')).toBeNull();
    expect(berlinToIso('', '10:00')).toBeNull();
    expect(berlinToIso('2026-02-03', '25:00')).toBeNull();
  });

  it('reads an instant back as Berlin day and time, and formats a meeting', () => {
    expect(isoToBerlin('2026-03-04T15:00:00Z')).toEqual({ day: '2026-03-04', time: '16:00' });
    expect(formatMeetingTime('2026-03-04T16:00:00+01:00', '2026-03-04T18:00:00+01:00')).toBe('Mi., 04.03.2026, 16:00–18:00 Uhr');
  });
});

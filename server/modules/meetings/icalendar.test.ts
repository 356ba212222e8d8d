import { describe, expect, it } from 'vitest';
import { berlinLocalStamp, escapeText, foldLine, utcStamp } from './icalendar';

const octets = (s: string) => Buffer.byteLength(s, 'utf8');

describe('iCalendar writing (RFC 5545)', () => {
  it('escapes backslash, semicolon, comma and line breaks in text', () => {
    expect(escapeText('a\\b; c, d\ne\r\nf')).toBe('a\\\\b\\; c\\, d\\ne\\nf');
  });

  it('leaves a line of 75 octets alone and folds a longer one: 75 octets, then a space and 74', () => {
    const exact = `SUMMARY:${'x'.repeat(67)}`;
    expect(octets(exact)).toBe(75);
    expect(foldLine(exact)).toBe(exact);
    const folded = foldLine(`SUMMARY:${'x'.repeat(200)}`).split('\r\n');
    // 208 octets: 75 on the first line, 74 after the space on the second, the last 59 after a space.
    expect(folded.map(octets)).toEqual([75, 75, 60]);
    expect(folded.slice(1).every((l) => l.startsWith(' '))).toBe(true);
  });

  it('never splits a multi-byte character across lines', () => {
    // 73 ASCII octets, then characters of 2, 3 and 4 octets: each must move whole to the next line.
    for (const char of ['ä', '€', '😀']) {
      const line = `${'x'.repeat(73)}${char.repeat(40)}`;
      const parts = foldLine(line).split('\r\n');
      for (const part of parts) {
        expect(octets(part)).toBeLessThanOrEqual(75);
        expect(Buffer.from(part, 'utf8').toString('utf8')).toBe(part);
        expect(part).not.toContain('\uFFFD');
      }
      expect(parts.map((p, i) => (i === 0 ? p : p.slice(1))).join('')).toBe(line);
    }
  });

  it('writes UTC stamps and Berlin wall-clock times across the daylight-saving change', () => {
    expect(utcStamp(new Date('2031-03-05T15:00:00Z'))).toBe('20310305T150000Z');
    expect(berlinLocalStamp(new Date('2031-03-05T15:00:00Z'))).toBe('20310305T160000');
    expect(berlinLocalStamp(new Date('2031-07-02T14:00:00Z'))).toBe('20310702T160000');
    // 30 March 2031, the last Sunday of March: 01:30 UTC is 03:30 summer time.
    expect(berlinLocalStamp(new Date('2031-03-30T01:30:00Z'))).toBe('20310330T033000');
  });
});

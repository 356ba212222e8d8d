import { describe, expect, it } from 'vitest';
import { writeExcelCsv } from './excel-csv';

describe('CSV for German Excel', () => {
  it('guards formulas but leaves plain German numbers as numbers, so a reversal stays an amount', () => {
    const text = writeExcelCsv([['=HYPERLINK("x")', '-12,34', '-1+2', '+49 40', 1234.5, null]]).toString('utf8');
    expect(text).toBe('\uFEFF"\'=HYPERLINK(""x"")";-12,34;\'-1+2;\'+49 40;1234,5;\r\n');
  });
});

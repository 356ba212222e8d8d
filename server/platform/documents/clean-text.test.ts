import { describe, expect, it } from 'vitest';
import { cleanDocument, cleanText } from './clean-text';

describe('cleaning text for the documents', () => {
  it('turns line separators into "\\n", tabs into spaces, and drops what XML forbids', () => {
    expect(cleanText('a\r\nb\rc\u000bd\u2028e')).toBe('a\nb\nc\nd\ne');
    expect(cleanText('Spalte\t1')).toBe('Spalte 1');
    expect(cleanText('x\u0000y\u0001z\u001f\ufffe')).toBe('xyz');
    expect(cleanText('halb \ud800 Paar 😀')).toBe('halb \ufffd Paar 😀');
    expect(cleanText('Größe „Zitat“ 21.840,00\u00a0€ 5\u202f%')).toBe('Größe „Zitat“ 21.840,00\u00a0€ 5\u202f%');
  });

  it('cleans every text of a document and leaves numbers and structure alone', () => {
    const doc = cleanDocument({
      title: 'T\u0001',
      author: 'A',
      blocks: [{ kind: 'chart', title: 'C', alt: 'a\u000bb', chart: { series: [{ name: 'S\u0002', pattern: 'b' }], rows: [{ label: 'L', values: [3, null] }], unit: 'count', hiddenText: '< 5' }, data: { kind: 'table', caption: 'D', columns: [], rows: [] } }],
    });
    expect(doc).toEqual({
      title: 'T',
      author: 'A',
      blocks: [{ kind: 'chart', title: 'C', alt: 'a\nb', chart: { series: [{ name: 'S', pattern: 'b' }], rows: [{ label: 'L', values: [3, null] }], unit: 'count', hiddenText: '< 5' }, data: { kind: 'table', caption: 'D', columns: [], rows: [] } }],
    });
  });
});

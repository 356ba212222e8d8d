import { describe, expect, it } from 'vitest';
import { writeExcelCsv as writeCsv } from '../../platform/excel-csv';
import { decodeText, formatSchedules, parseDate, parseSchedules, readCsv } from './spreadsheet';
import { readXlsx, unzip, writeXlsx, zip } from './xlsx';

describe('opening times in the sheet', () => {
  it('reads the forms people write and gives them back in one form', () => {
    const parsed = parseSchedules('Mo, Mi 15:00–18:00; Sa 10-13 Uhr (jeden ersten Samstag; mit Frühstück)\nMontag bis Freitag 9.30 - 12; So ab 14:00 ab 01.09.2025 bis 31.12.2025; täglich');
    expect('schedules' in parsed && parsed.schedules).toEqual([
      { days: ['MO', 'WE'], opensAt: '15:00', closesAt: '18:00', description: null, validFrom: null, validTo: null },
      { days: ['SA'], opensAt: '10:00', closesAt: '13:00', description: 'jeden ersten Samstag; mit Frühstück', validFrom: null, validTo: null },
      { days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '09:30', closesAt: '12:00', description: null, validFrom: null, validTo: null },
      { days: ['SU'], opensAt: '14:00', closesAt: null, description: null, validFrom: '2025-09-01', validTo: '2025-12-31' },
      { days: ['MO', 'TU', 'WE', 'TH', 'FR', 'SA', 'SU'], opensAt: null, closesAt: null, description: null, validFrom: null, validTo: null },
    ]);
    if (!('schedules' in parsed)) throw new Error('not parsed');
    const text = formatSchedules(parsed.schedules);
    expect(text).toBe('Mo, Mi 15:00–18:00; Sa 10:00–13:00 (jeden ersten Samstag; mit Frühstück); Mo–Fr 09:30–12:00; So ab 14:00 ab 01.09.2025 bis 31.12.2025; täglich');
    expect(parseSchedules(text)).toEqual(parsed);
  });

  it('says in German what it did not understand', () => {
    expect(parseSchedules('15:00–18:00')).toEqual({ message: expect.stringContaining('Wochentag fehlt') });
    expect(parseSchedules('Mo 18:00–16:00')).toEqual({ message: expect.stringContaining('Endzeit muss nach der Anfangszeit') });
    expect(parseSchedules('Mo 25:00–26:00')).toEqual({ message: expect.stringContaining('ungültige Uhrzeit') });
    expect(parseSchedules('Mo nachmittags')).toEqual({ message: expect.stringContaining('nicht verstanden bei „nachmittags“') });
  });
});

describe('dates in the sheet', () => {
  it('accepts German dates, ISO dates and Excel date numbers', () => {
    expect(parseDate('01.03.2025')).toBe('2025-03-01');
    expect(parseDate('2025-03-01')).toBe('2025-03-01');
    expect(parseDate(45717)).toBe('2025-03-01');
    expect(parseDate('31.02.2025')).toBeUndefined();
    expect(parseDate('')).toBeNull();
  });
});

describe('CSV for German Excel', () => {
  it('writes BOM, semicolons, CRLF, decimal commas, quotes and formula guards, and reads them back', () => {
    const rows = [
      ['Name', 'Zahl', 'Text'],
      ['Mädchen; Jungen', 53.7081, 'Zeile 1\nZeile 2 mit "Zitat"'],
      ['=SUMME(A1)', -10, "'=schon mit Apostroph"],
      [null, 3, ''],
    ];
    const bytes = writeCsv(rows);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('"Mädchen; Jungen";53,7081;"Zeile 1\nZeile 2 mit ""Zitat"""\r\n');
    expect(text).toContain("'=SUMME(A1);-10;''=schon mit Apostroph\r\n");
    expect(readCsv(decodeText(bytes))).toEqual([
      ['Name', 'Zahl', 'Text'],
      ['Mädchen; Jungen', '53,7081', 'Zeile 1\nZeile 2 mit "Zitat"'],
      ['=SUMME(A1)', '-10', "'=schon mit Apostroph"],
      [null, '3', null],
    ]);
  });

  it('finds the separator and the encoding Excel used', () => {
    expect(readCsv('Name,Ort\nA,B')).toEqual([['Name', 'Ort'], ['A', 'B']]);
    expect(readCsv('Name\tOrt\r\nA\tB\r\n')).toEqual([['Name', 'Ort'], ['A', 'B']]);
    expect(decodeText(Buffer.from('Größe', 'latin1'))).toBe('Größe');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Übung', 'utf16le')]))).toBe('Übung');
  });
});

describe('XLSX', () => {
  it('writes and reads its own files', () => {
    const rows = [['Name', 'Breitengrad'], ['Größe & <Übung>', 53.7], [null, 1]];
    const sheets = readXlsx(writeXlsx([{ name: 'Angebote', rows, boldFirstRow: true }, { name: 'Hinweise', rows: [['a']] }]));
    expect(sheets.map((s) => s.name)).toEqual(['Angebote', 'Hinweise']);
    expect(sheets[0]?.rows).toEqual([['Name', 'Breitengrad'], ['Größe & <Übung>', 53.7], [null, 1]]);
  });

  it('reads what Excel writes: shared strings, rich text, namespace prefixes, gaps, cells without references', () => {
    const file = (name: string, text: string) => ({ name, data: Buffer.from(text) });
    const bytes = zip([
      file('[Content_Types].xml', '<Types/>'),
      file(
        'xl/workbook.xml',
        '<x:workbook xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="r"><x:sheets><x:sheet name="Tabelle1" sheetId="1" r:id="rId7"/></x:sheets></x:workbook>',
      ),
      file('xl/_rels/workbook.xml.rels', '<Relationships><Relationship Id="rId7" Type="worksheet" Target="/xl/worksheets/data.xml"/></Relationships>'),
      file('xl/sharedStrings.xml', '<sst><si><t>Name</t></si><si><r><rPr><b/></rPr><t>Mäd</t></r><r><t xml:space="preserve">chen &amp; mehr</t></r><rPh><t>ignored</t></rPh></si><si><t>Zeile_x000D_</t></si></sst>'),
      file(
        'xl/worksheets/data.xml',
        '<x:worksheet><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="C1" t="inlineStr"><x:is><x:t>Inline</x:t></x:is></x:c></x:row>' +
          '<x:row r="4"><x:c t="s"><x:v>1</x:v></x:c><x:c><x:v>45717</x:v></x:c><x:c t="str"><x:v>Formel</x:v></x:c><x:c t="b"><x:v>1</x:v></x:c></x:row></x:sheetData></x:worksheet>',
      ),
    ]);
    expect([...unzip(bytes).keys()]).toContain('xl/worksheets/data.xml');
    expect(readXlsx(bytes)).toEqual([
      { name: 'Tabelle1', rows: [['Name', null, 'Inline'], [], [], ['Mädchen & mehr', 45717, 'Formel', '1']] },
    ]);
  });

  it('refuses files that are not XLSX', () => {
    expect(() => readXlsx(Buffer.from('Name;Ort'))).toThrow(/keine lesbare XLSX-Datei/);
  });
});

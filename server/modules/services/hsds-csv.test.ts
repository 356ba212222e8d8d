import { describe, expect, it } from 'vitest';
import { parseCsvRows, parseCsvTable, writeCsv } from './hsds-csv';

describe('CSV (RFC 4180)', () => {
  it('reads quoted fields with delimiters, doubled quotes and line breaks, CRLF and LF, and a byte order mark', () => {
    const text = '\uFEFFid,name,note\r\n1,"Kinder, Jugend","sagt ""hallo"""\r\n2,plain,"zwei\r\nZeilen"\n3,,\n';
    expect(parseCsvRows(text).rows).toEqual([
      ['id', 'name', 'note'],
      ['1', 'Kinder, Jugend', 'sagt "hallo"'],
      ['2', 'plain', 'zwei\r\nZeilen'],
      ['3', '', ''],
    ]);
  });

  it('numbers data rows from 1 after the header, counting blank lines, and reports surplus fields and an open quote', () => {
    const table = parseCsvTable('id,name\n1,a\n\n3,c,zu viel\n4,"offen');
    expect(table.records.map((r) => r.row)).toEqual([1, 3, 4]);
    expect(table.records[0]?.values).toEqual({ id: '1', name: 'a' });
    expect(table.problems).toEqual([
      { row: 3, message: 'Die Zeile hat 3 Felder, die Kopfzeile nur 2.' },
      { row: 4, message: 'Ein Anführungszeichen wird nicht geschlossen; die Datei endet mitten im Feld.' },
    ]);
  });

  it('writes what it reads', () => {
    const rows = [
      ['a', 'mit, Komma', 'mit "Anführung"'],
      ['', 'zwei\nZeilen', 'Straße'],
    ];
    const text = writeCsv(['x', 'y', 'z'], rows);
    expect(text).toBe('x,y,z\r\na,"mit, Komma","mit ""Anführung"""\r\n,"zwei\nZeilen",Straße\r\n');
    expect(parseCsvRows(text).rows).toEqual([['x', 'y', 'z'], ...rows]);
    expect(parseCsvRows(writeCsv(['a;b'], [['c;d']], ';'), ';').rows).toEqual([['a;b'], ['c;d']]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createTestWorld, type TestWorld } from '../../test/test-app';
import { readXlsx, writeXlsx, type Cell } from './xlsx';

const square = (lon: number, lat: number) => ({
  type: 'Polygon',
  coordinates: [[[lon, lat], [lon + 0.02, lat], [lon + 0.02, lat + 0.02], [lon, lat + 0.02], [lon, lat]]],
});

/** CSV text as Excel would read it: BOM dropped, rows split at CRLF, cells at semicolons (no quoted separators here). */
const csvLines = (body: Buffer) => body.toString('utf8').replace(/^\ufeff/, '').split('\r\n').filter(Boolean);

describe('office spreadsheets of offers: CSV and XLSX export, template and import', () => {
  let world: TestWorld;
  let spaceId = '';
  const org: Record<'fz' | 'club', string> = { fz: '', club: '' };
  const topic: Record<string, string> = {};
  const offerIds: string[] = [];

  const importSheet = (payload: string | Buffer | object, query: string, contentType = 'application/json') =>
    world.request({
      method: 'POST',
      url: `/api/admin/services/import?${query}`,
      as: 'admin',
      headers: { 'content-type': contentType },
      payload: typeof payload === 'object' && !Buffer.isBuffer(payload) ? JSON.stringify(payload) : payload,
    });
  const download = async (path: string) => {
    const r = await world.request({ method: 'GET', url: `/api/admin/services/${path}`, as: 'admin' });
    expect(r.statusCode, path).toBe(200);
    return r;
  };

  beforeAll(async () => {
    world = await createTestWorld();
    const space = await world.request({ method: 'POST', url: '/api/social-spaces', as: 'admin', payload: { code: 'SR1', name: 'Nord', boundary: square(10.0, 53.7) } });
    expect(space.statusCode).toBe(201);
    spaceId = space.json().id;
    for (const [key, name, type] of [['fz', 'Familienzentrum Nord', 'family_centre'], ['club', 'SV Grün-Weiß e. V.', 'sports_club']] as const) {
      const r = await world.request({ method: 'POST', url: '/api/organizations', as: 'admin', payload: { name, type, spaceIds: [spaceId] } });
      expect(r.statusCode, name).toBe(201);
      org[key] = r.json().id;
    }
    for (const t of (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json() as { id: string; code: string }[]) topic[t.code] = t.id;
    const offers = [
      {
        organizationId: org.fz,
        name: 'Krabbelgruppe „Zwerge“',
        description: 'Offene Gruppe für Eltern mit Babys; Tee und Gespräche.',
        topicIds: [topic['fruehe-hilfen'], topic['kultur']],
        minimumAge: 0,
        maximumAge: 3,
        targetGroups: ['parents'],
        traits: ['free_of_charge', 'no_registration'],
        languages: ['de', 'tr'],
        keywords: ['Baby', 'Krabbeln'],
        locations: [{ name: 'Familienzentrum Nord', street: 'Große Straße 5', postalCode: '22846', city: 'Norderstedt', point: [10.01, 53.71] }],
        schedules: [
          { days: ['MO', 'WE'], opensAt: '15:00', closesAt: '18:00' },
          { days: ['SA'], opensAt: '10:00', closesAt: '13:00', description: 'jeden ersten Samstag; mit Frühstück' },
        ],
        phones: [{ number: '040 5555 0001', description: 'auch per Messenger' }],
        email: 'fz-nord@traeger.example',
        url: 'https://traeger.example/krabbeln',
        feesDescription: 'kostenlos',
      },
      {
        organizationId: org.club,
        name: 'Fußball für Mädchen',
        description: 'Training für Mädchen von 8 bis 12 Jahren.\nZweite Zeile mit "Anführungszeichen"; und Semikolon.',
        topicIds: [topic['sport']],
        minimumAge: 8,
        maximumAge: 12,
        status: 'temporarily closed',
        schedules: [{ days: ['MO', 'TU', 'WE', 'TH', 'FR'], opensAt: '16:00', closesAt: '17:30' }],
        locations: [{ name: 'Sportplatz', street: 'Am Sportplatz 1', postalCode: '22846', city: 'Norderstedt', point: [10.005, 53.705] }],
      },
      { organizationId: org.club, name: '=Formel? Nein, Text', description: '+49 ist kein Rechenausdruck', topicIds: [] },
    ];
    for (const offer of offers) {
      const r = await world.request({ method: 'POST', url: '/api/services', as: 'admin', payload: offer });
      expect(r.statusCode, r.body).toBe(201);
      offerIds.push(r.json().id);
    }
    const verified = await world.request({ method: 'POST', url: `/api/services/${offerIds[0]}/verify`, as: 'admin' });
    expect(verified.statusCode).toBe(200);
  });
  afterAll(() => world.close());

  it('lets only admins download and import', async () => {
    for (const url of ['/api/admin/services/export.csv', '/api/admin/services/template.xlsx']) {
      expect((await world.request({ method: 'GET', url })).statusCode).toBe(401);
      expect((await world.request({ method: 'GET', url, as: 'provider_editor' })).statusCode).toBe(403);
      expect((await world.request({ method: 'GET', url, as: 'head_of_department' })).statusCode).toBe(403);
    }
    const r = await world.request({ method: 'POST', url: '/api/admin/services/import?format=csv', as: 'team_member', payload: { content: 'Name\r\nX\r\n' } });
    expect(r.statusCode).toBe(403);
  });

  it('exports German Excel CSV: BOM, semicolons, CRLF, German headers and values, umlauts intact', async () => {
    const r = await download('export.csv');
    expect(r.headers['content-type']).toMatch(/^text\/csv/);
    expect(r.headers['content-disposition']).toMatch(/attachment; filename="angebote-own-office-\d{4}-\d{2}-\d{2}\.csv"/);
    expect([...r.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = csvLines(r.rawPayload);
    expect(lines[0]).toBe(
      'Name;Organisation;Beschreibung;Themen;Standort;Straße;PLZ;Ort;Breitengrad;Längengrad;Alter von;Alter bis;Zielgruppen;Merkmale;Sprachen;Stichwörter;Öffnungszeiten;Telefon;E-Mail;Webseite;Kosten;Anmeldung;Status;Zuletzt geprüft;ID',
    );
    const krabbel = lines.find((l) => l.startsWith('Krabbelgruppe'));
    expect(krabbel?.startsWith('Krabbelgruppe „Zwerge“;Familienzentrum Nord;"Offene Gruppe für Eltern mit Babys; Tee und Gespräche.";Frühe Hilfen, Kultur, Musik und Kreatives;')).toBe(true);
    expect(krabbel).toContain('Große Straße 5;22846;Norderstedt;53,71;10,01;0;3;Eltern;kostenlos, ohne Anmeldung, abends oder am Wochenende;Deutsch, Türkisch');
    expect(krabbel).toContain('Mo, Mi 15:00–18:00; Sa 10:00–13:00 (jeden ersten Samstag; mit Frühstück)');
    expect(krabbel).toContain(';aktiv;');
    expect(krabbel).toMatch(/;\d{2}\.\d{2}\.\d{4};[0-9a-f-]{36}$/);
    expect(lines.some((l) => l.includes('Mo–Fr 16:00–17:30') && l.includes('vorübergehend geschlossen'))).toBe(true);
    // A cell that looks like a formula is written as text.
    expect(r.rawPayload.toString('utf8')).toContain("'=Formel? Nein, Text;SV Grün-Weiß e. V.;'+49 ist kein Rechenausdruck");
  });

  it('re-imports its own export unchanged, as CSV and as XLSX (dry run: nothing changed)', async () => {
    const csv = (await download('export.csv')).rawPayload;
    const asText = await importSheet(csv, 'format=csv&dryRun=true', 'text/csv');
    expect(asText.statusCode, asText.body).toBe(200);
    expect(asText.json()).toMatchObject({ rows: 3, created: 0, changed: 0, unchanged: 3, invalid: 0, errors: [], stored: false });
    const asJson = await importSheet({ content: csv.toString('utf8') }, 'format=csv&dryRun=');
    expect(asJson.json()).toMatchObject({ rows: 3, changed: 0, unchanged: 3 });
    // Not a dry run: still nothing to change, no service written, only the import itself audited.
    const auditBefore = await countRows(world.database, 'audit_log');
    const real = await importSheet({ contentBase64: csv.toString('base64') }, 'format=csv');
    expect(real.json()).toMatchObject({ changed: 0, unchanged: 3, stored: false });
    expect(await countRows(world.database, 'audit_log')).toBe(auditBefore + 1);

    const xlsx = await download('export.xlsx');
    expect(xlsx.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const sheets = readXlsx(xlsx.rawPayload);
    expect(sheets[0]?.rows[0]?.[0]).toBe('Name');
    expect(sheets[0]?.rows.length).toBe(4);
    const round = await importSheet({ contentBase64: xlsx.rawPayload.toString('base64') }, 'format=xlsx&dryRun=true');
    expect(round.statusCode, round.body).toBe(200);
    expect(round.json()).toMatchObject({ rows: 3, created: 0, changed: 0, unchanged: 3, errors: [] });
  });

  it('applies an edited XLSX: only the changed cells change, the rest of the offer stays', async () => {
    const sheets = readXlsx((await download('export.xlsx')).rawPayload);
    const rows = sheets[0]?.rows ?? [];
    const header = rows[0] as Cell[];
    const col = (name: string) => header.indexOf(name);
    const row = rows.find((r) => r[col('ID')] === offerIds[0]) as Cell[];
    row[col('Beschreibung')] = 'Neue Beschreibung mit Umlauten: Größe, Übung, Mädchen.';
    row[col('PLZ')] = 22848; // Excel turns a postcode into a number
    row[col('Öffnungszeiten')] = 'Mo, Mi 15:00–18:00; Sa 10:00–13:00 (jeden ersten Samstag; mit Frühstück); Fr 9–11 Uhr';
    const edited = writeXlsx([{ name: 'Angebote', rows }]);
    const dry = await importSheet({ contentBase64: edited.toString('base64') }, 'format=xlsx&dryRun=true');
    expect(dry.json()).toMatchObject({ changed: 1, unchanged: 2, created: 0 });
    expect(dry.json().items.find((i: { action: string }) => i.action === 'update').changes.sort()).toEqual(['Beschreibung', 'PLZ', 'Öffnungszeiten'].sort());
    const before = (await world.request({ method: 'GET', url: `/api/services/${offerIds[0]}` })).json();
    expect(before.description).not.toContain('Größe');

    const real = await importSheet({ contentBase64: edited.toString('base64') }, 'format=xlsx');
    expect(real.statusCode, real.body).toBe(200);
    expect(real.json()).toMatchObject({ changed: 1, stored: true });
    const after = (await world.request({ method: 'GET', url: `/api/services/${offerIds[0]}` })).json();
    expect(after.description).toBe('Neue Beschreibung mit Umlauten: Größe, Übung, Mädchen.');
    expect(after.locations[0]).toMatchObject({ postalCode: '22848', street: 'Große Straße 5', point: [10.01, 53.71], spaceId });
    expect(after.schedules.map((s: { days: string[] }) => s.days)).toEqual([['MO', 'WE'], ['SA'], ['FR']]);
    expect(after.schedules[2]).toMatchObject({ opensAt: '09:00', closesAt: '11:00' });
    // Untouched: phones with their note, topics, languages, the verification.
    expect(after.phones).toEqual([expect.objectContaining({ number: '040 5555 0001', description: 'auch per Messenger' })]);
    expect(after.topics.map((t: { id: string }) => t.id).sort()).toEqual(before.topics.map((t: { id: string }) => t.id).sort());
    expect(after.languages).toEqual(['de', 'tr']);
    expect(after.assuredDate).toBe(before.assuredDate);
    // And the next export of it re-imports unchanged again.
    const again = await importSheet({ contentBase64: (await download('export.xlsx')).rawPayload.toString('base64') }, 'format=xlsx&dryRun=true');
    expect(again.json()).toMatchObject({ changed: 0, unchanged: 3 });
  });

  it('downloads templates that import as they are (CSV with # notes, XLSX with a notes sheet)', async () => {
    const csv = await download('template.csv');
    const lines = csvLines(csv.rawPayload);
    expect(lines[0]?.startsWith('Name;Organisation;Beschreibung;Themen;')).toBe(true);
    expect(lines[1]).toContain('Beispiel: Offener Elterntreff;Familienzentrum Nord;');
    expect(lines[1]).toContain('Mo, Mi 15:00–18:00; Sa 10:00–13:00 (jeden ersten Samstag im Monat)');
    expect(lines.some((l) => l.includes('# Zielgruppen') && l.includes('Alleinerziehende'))).toBe(true);
    const dryCsv = await importSheet(csv.rawPayload, 'format=csv&dryRun=true', 'text/csv');
    expect(dryCsv.statusCode, dryCsv.body).toBe(200);
    expect(dryCsv.json()).toMatchObject({ rows: 1, created: 1, errors: [] });

    const xlsx = await download('template.xlsx');
    const sheets = readXlsx(xlsx.rawPayload);
    expect(sheets.map((s) => s.name)).toEqual(['Angebote', 'Hinweise']);
    const notes = sheets[1]?.rows.map((r) => r.join(' ')).join('\n') ?? '';
    expect(notes).toContain('Straßensozialarbeit');
    expect(notes).toContain('vorübergehend geschlossen');
    expect(notes).toContain('PLZ');
    const before = await countRows(world.database, 'services');
    const imported = await importSheet({ contentBase64: xlsx.rawPayload.toString('base64') }, 'format=xlsx');
    expect(imported.statusCode, imported.body).toBe(200);
    expect(imported.json()).toMatchObject({ rows: 1, created: 1, stored: true });
    expect(await countRows(world.database, 'services')).toBe(before + 1);
    const created = (await world.request({ method: 'GET', url: `/api/services/${imported.json().items[0].id}` })).json();
    expect(created).toMatchObject({ name: 'Beispiel: Offener Elterntreff', minimumAge: 0, maximumAge: 6, languages: ['de', 'tr'] });
    expect(created.schedules).toHaveLength(2);
    await world.request({ method: 'DELETE', url: `/api/services/${created.id}`, as: 'admin' });
  });

  it('reports a bad row with row and column in German and stores nothing (all or nothing)', async () => {
    const header = 'Name;Organisation;Themen;PLZ;Alter von;Alter bis;Öffnungszeiten;Status';
    const good = (n: number) => `Neues Angebot ${n};Familienzentrum Nord;Sport;22846;6;10;Di 15:00–17:00;aktiv`;
    const rows = [header, good(1), good(2), good(3), good(4), good(5), 'Kaputtes Angebot;Familienzentrum Nord;Sport;2284x;12;10;Mo 18–16;unbekannt', good(7)];
    const csv = `\ufeff${rows.join('\r\n')}\r\n`;
    const before = await countRows(world.database, 'services');
    const auditBefore = await countRows(world.database, 'audit_log');

    const r = await importSheet(csv, 'format=csv', 'text/csv');
    expect(r.statusCode).toBe(400);
    const problem = r.json();
    expect(problem.detail).toContain('nichts gespeichert');
    expect(problem.errors).toEqual(
      expect.arrayContaining([
        { field: 'Zeile 7, Spalte „PLZ“', message: 'fünf Ziffern.' },
        { field: 'Zeile 7, Spalte „Status“', message: expect.stringContaining('„unbekannt“ ist kein Status') },
        { field: 'Zeile 7, Spalte „Öffnungszeiten“', message: expect.stringContaining('Endzeit') },
      ]),
    );
    expect(await countRows(world.database, 'services')).toBe(before);
    expect(await countRows(world.database, 'audit_log')).toBe(auditBefore);

    // The dry run shows the whole picture with 200.
    const dry = await importSheet(csv, 'format=csv&dryRun=true', 'text/csv');
    expect(dry.json()).toMatchObject({ rows: 7, created: 6, invalid: 1 });
    expect(dry.json().errors.map((e: { text: string }) => e.text)).toContain('Zeile 7, Spalte „PLZ“: fünf Ziffern.');
    expect(await countRows(world.database, 'services')).toBe(before);

    // Age order is checked as in the form.
    const ages = await importSheet(`${header}\r\nZu alt;Familienzentrum Nord;;;12;10;;\r\n`, 'format=csv&dryRun=true', 'text/csv');
    expect(ages.json().errors[0]).toMatchObject({ row: 2, column: 'Alter bis' });

    // With skipInvalid the valid rows are stored and the bad one reported.
    const partial = await importSheet(csv, 'format=csv&skipInvalid=true', 'text/csv');
    expect(partial.statusCode).toBe(200);
    expect(partial.json()).toMatchObject({ created: 6, invalid: 1, stored: true });
    expect(await countRows(world.database, 'services')).toBe(before + 6);
  });

  it('checks IDs, organisations and topics, and warns about unknown columns', async () => {
    const header = 'Name;Organisation;Themen;Notizen;ID';
    const csv = [
      header,
      `Unbekannt;Familienzentrum Nord;;x;${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}`,
      'Ohne Träger;;;;',
      'Falscher Träger;Gibt es nicht e. V.;;;',
      'Falsches Thema;Familienzentrum Nord;Sport, Raumfahrt;;',
      `Doppelt;SV Grün-Weiß e. V.;;;${offerIds[2]}`,
      `Doppelt;SV Grün-Weiß e. V.;;;${offerIds[2]}`,
      'Mit ID-Text;SV Grün-Weiß e. V.;Kultur, Musik und Kreatives, Sport;;keine-id',
    ].join('\r\n');
    const r = await importSheet({ content: csv }, 'format=csv&dryRun=true');
    expect(r.statusCode, r.body).toBe(200);
    const texts: string[] = r.json().errors.map((e: { text: string }) => e.text);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^Zeile 2, Spalte „ID“: Ein Angebot mit dieser ID gibt es in diesem Jugendamt nicht/),
        'Zeile 3, Spalte „Organisation“: Bitte die Organisation angeben (Name oder ID).',
        expect.stringMatching(/^Zeile 4, Spalte „Organisation“: Die Organisation „Gibt es nicht e\. V\.“ gibt es in diesem Jugendamt nicht/),
        expect.stringMatching(/^Zeile 5, Spalte „Themen“: Das Thema „Raumfahrt“ gibt es nicht/),
        expect.stringMatching(/^Zeile 7, Spalte „ID“: dieselbe ID wie Zeile 6/),
        expect.stringMatching(/^Zeile 8, Spalte „ID“: keine gültige ID/),
      ]),
    );
    expect(r.json().warnings).toEqual(['Spalte „Notizen“ ist unbekannt und wird nicht eingelesen.']);
    // Row 6 renames the third offer: a change, not an error.
    expect(r.json().items.find((i: { row: number }) => i.row === 6)).toMatchObject({ action: 'update', changes: ['Name'] });

    const noName = await importSheet({ content: 'Titelzeile ohne Namen;Organisation\r\nx;y\r\n' }, 'format=csv');
    expect(noName.statusCode).toBe(400);
    expect(noName.json().detail).toContain('Spalte „Name“ fehlt');
    const notXlsx = await importSheet({ contentBase64: Buffer.from('kein zip').toString('base64') }, 'format=xlsx');
    expect(notXlsx.statusCode).toBe(400);
    expect(notXlsx.json().detail).toContain('keine lesbare XLSX-Datei');
  });

  it('reads CSV from Excel in Windows-1252 without BOM, and keeps umlauts through a UTF-8 round trip', async () => {
    const header = 'Name;Organisation;Beschreibung;Stichwörter';
    const row = 'Mädchentreff Süd;SV Grün-Weiß e. V.;Für Mädchen: Größe zählt nicht, Übung schon.;Mädchen, Spaß';
    // Excel's plain "CSV (Trennzeichen-getrennt)" is Windows-1252; Latin-1 bytes are the same for these letters.
    const cp1252 = Buffer.from(`${header}\r\n${row}\r\n`, 'latin1');
    const r = await importSheet(cp1252, 'format=csv', 'text/csv');
    expect(r.statusCode, r.body).toBe(200);
    const id = r.json().items[0].id;
    const offer = (await world.request({ method: 'GET', url: `/api/services/${id}` })).json();
    expect(offer).toMatchObject({ name: 'Mädchentreff Süd', description: 'Für Mädchen: Größe zählt nicht, Übung schon.', keywords: ['Mädchen', 'Spaß'] });
    const exported = (await download('export.csv')).rawPayload;
    expect(exported.toString('utf8')).toContain('Mädchentreff Süd;SV Grün-Weiß e. V.;Für Mädchen: Größe zählt nicht, Übung schon.');
    const search = await world.request({ method: 'GET', url: '/api/services?office=own-office&q=M%C3%A4dchentreff' });
    expect(search.json().items.map((i: { id: string }) => i.id)).toContain(id);
  });
});

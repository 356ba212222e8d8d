import fs from 'node:fs';
import { and, desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HsdsImportReport } from '../../../common/api/hsds-import';
import { setUpOffice } from '../../modules';
import { insertOffice } from '../../platform/db/offices';
import { auditLog } from '../../platform/db/platform.tables';
import { validateHsds } from '../../test/hsds-schema';
import { auditCount, countRows, createTestWorld, type TestWorld } from '../../test/test-app';
import { parseCsvTable } from './hsds-csv';
import {
  derivedId,
  emptyHsdsLookup,
  loadHsdsBundles,
  loadHsdsOrganizationBundles,
  loadHsdsServiceAtLocationBundles,
  toHsdsOrganization,
  toHsdsService,
  toHsdsServiceAtLocation,
  toHsdsLocation,
  toHsdsProgram,
  toHsdsTaxonomy,
  toHsdsTaxonomyTerm,
} from './hsds-export';
import { type HsdsKind, hsdsSpec } from './hsds-fields';
import { exportHsdsJson, exportHsdsTabular } from './hsds-files';
import { type HsdsImportInput, type HsdsImportOptions, importHsds } from './hsds-import';
import { metadataOf, termsWithTaxonomies } from './hsds.queries';
import { termsOfOffice } from './services.queries';
import { locations, programs, services, taxonomies } from './services.tables';

type Row = Record<string, unknown>;
const examples = 'test-data/hsds-3.0/examples/';
const jsonExamples = fs.readdirSync(examples).filter((f) => f.endsWith('.json')).sort();
const csvFolder = `${examples}csv/`;
/**
 * The examples share their ids; an id belongs to one office. Each test gets the examples with its own ids (every UUID
 * replaced by one derived from it and a salt), so that tests in new offices of the same database do not collide.
 */
const uuids = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;
const remapText = (text: string, salt: string | null) => (salt === null ? text : text.replace(uuids, (id) => derivedId(id.toLowerCase(), salt)));
const csvFiles = (salt: string | null = null): Record<string, string> =>
  Object.fromEntries(fs.readdirSync(csvFolder).map((f) => [f, remapText(fs.readFileSync(csvFolder + f, 'utf8'), salt)]));
const readExample = (file: string, salt: string | null = null): unknown => JSON.parse(remapText(fs.readFileSync(examples + file, 'utf8'), salt));
const clone = <T>(value: T): T => structuredClone(value);
const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

const tables = ['services', 'organizations', 'locations', 'service_at_locations', 'programs', 'taxonomies', 'taxonomy_terms', 'hsds_metadata'];

let world: TestWorld;
let officeCount = 0;

/** A new office (with its default topics), so that every example is imported into an empty one. */
async function newOffice(): Promise<string> {
  officeCount += 1;
  return world.database.db.transaction(async (tx) => {
    const office = await insertOffice(tx, { code: `hsds-${officeCount}`, name: `HSDS-Probe ${officeCount}` });
    await setUpOffice({ tx, actor: { kind: 'system', label: 'Test', officeId: office.id }, officeId: office.id });
    return office.id;
  });
}

const importInto = (officeId: string, input: HsdsImportInput, options: HsdsImportOptions = {}): Promise<HsdsImportReport> =>
  world.database.db.transaction((tx) => importHsds({ tx, actor: { kind: 'system', label: 'Test', officeId } }, input, options));
const json = (file: string, content: unknown = readExample(file)): HsdsImportInput => ({ documents: [{ file, content }] });

async function rowCounts(): Promise<Record<string, number>> {
  const out: Record<string, number> = { audit: await auditCount(world.database) };
  for (const t of tables) out[t] = await countRows(world.database, t);
  return out;
}

// ---- the round trip: the record we read against the record we export ----

const refusedMark = Symbol('refused');

/**
 * The document with what the report says was refused marked: objects at a refused pointer get a mark (they stay in
 * place, so that the original pointers still lead to the records nested in them), fields refused alone are removed.
 */
function markRefused(document: unknown, report: HsdsImportReport, file: string): unknown {
  const doc = clone(document);
  for (const p of report.problems.filter((q) => q.file === file && typeof q.row === 'string')) {
    const value = at(doc, p.row as string);
    if (!isObject(value)) continue;
    if (p.scope === 'field' && p.field) Reflect.deleteProperty(value, p.field);
    else if (p.scope === 'record') (value as Record<symbol, boolean>)[refusedMark] = true;
  }
  return doc;
}

const at = (doc: unknown, pointer: string): unknown => pointer.split('/').slice(1).reduce<unknown>((value, part) => (value as Row | undefined)?.[part], doc);
const isRefused = (value: unknown) => isObject(value) && (value as Record<symbol, boolean>)[refusedMark] === true;

/** A record as it should come back: without the refused objects nested in it. */
function kept(value: unknown): unknown {
  if (Array.isArray(value)) return value.filter((v) => !isRefused(v)).map(kept);
  if (isObject(value)) return Object.fromEntries(Object.entries(value).filter(([, v]) => !isRefused(v)).map(([k, v]) => [k, kept(v)]));
  return value;
}

/** Our own attributes that the export adds to every record (organisation type, derived traits, spaces). */
const isOurAttribute = (value: unknown) => isObject(value) && typeof value.link_type === 'string' && (value.link_type.startsWith('sozialraum:') || value.link_type === 'organization_type');

/**
 * Every field of the imported record is in the exported one with the same value (the export may add fields: ids of
 * parents, our attributes, taxonomy details). `last_modified` is ours to set, so it is not compared. Lists of objects
 * are matched by id and must not lose or gain entries, except our own attributes.
 */
function missingIn(exported: unknown, imported: unknown, path = ''): string[] {
  if (Array.isArray(imported)) {
    if (!Array.isArray(exported)) return [`${path}: Liste fehlt`];
    const others = exported.filter((e) => !isOurAttribute(e));
    const problems: string[] = [];
    if (others.length !== imported.length) problems.push(`${path}: ${imported.length} Einträge importiert, ${others.length} exportiert`);
    imported.forEach((item, i) => {
      const match = isObject(item) && typeof item.id === 'string' ? exported.find((e) => isObject(e) && e.id === item.id) : exported[i];
      problems.push(...missingIn(match, item, `${path}/${i}`));
    });
    return problems;
  }
  if (isObject(imported)) {
    if (!isObject(exported)) return [`${path}: Objekt fehlt`];
    return Object.entries(imported).flatMap(([key, value]) => (key === 'last_modified' ? [] : missingIn(exported[key], value, `${path}/${key}`)));
  }
  return exported === imported ? [] : [`${path}: ${JSON.stringify(imported)} importiert, ${JSON.stringify(exported)} exportiert`];
}

/** The export of one record of a kind, as the HSDS API gives it in full (with the editors' names). */
async function exportRecord(kind: string, id: string): Promise<Row | undefined> {
  return world.database.db.transaction(async (tx) => {
    switch (kind) {
      case 'service': {
        const [b] = await loadHsdsBundles(tx, null, [id], { full: true });
        return b && toHsdsService(b, { full: true });
      }
      case 'organization': {
        const [b] = await loadHsdsOrganizationBundles(tx, null, [id], { full: true, services: 'full' });
        return b && toHsdsOrganization(b, { full: true, services: 'full' });
      }
      case 'service_at_location': {
        const [b] = await loadHsdsServiceAtLocationBundles(tx, null, [id], { full: true });
        return b && toHsdsServiceAtLocation(b, { full: true });
      }
      case 'taxonomy': {
        const [row] = await tx.select().from(taxonomies).where(eq(taxonomies.id, id));
        const lookup = emptyHsdsLookup();
        lookup.metadata.set(id, await metadataOf(tx, [id]));
        return row && toHsdsTaxonomy(row, lookup);
      }
      case 'taxonomy_term': {
        const [row] = await termsWithTaxonomies(tx, [id]);
        const lookup = emptyHsdsLookup();
        lookup.metadata.set(id, await metadataOf(tx, [id]));
        return row && toHsdsTaxonomyTerm(row.term, row.taxonomy, lookup);
      }
      case 'location': {
        const [row] = await tx.select().from(locations).where(eq(locations.id, id));
        return row && toHsdsLocation(row, { full: true });
      }
      case 'program': {
        const [row] = await tx.select().from(programs).where(eq(programs.id, id));
        return row && toHsdsProgram(row);
      }
      default:
        return undefined;
    }
  });
}

const kindOfFile = (file: string): HsdsKind | null =>
  file.startsWith('service_at_location') ? 'service_at_location'
  : file.startsWith('service') ? 'service'
  : file.startsWith('organization') ? 'organization'
  : file.startsWith('taxonomy_term') ? 'taxonomy_term'
  : file.startsWith('taxonomy') ? 'taxonomy'
  : file.startsWith('location') ? 'location'
  : null;

const tableKinds: readonly HsdsKind[] = ['organization', 'program', 'location', 'service', 'service_at_location', 'taxonomy', 'taxonomy_term'];

/** Every record of a table kind in a document, nested ones included (a service's organisation, a term's taxonomy, …). */
function recordsOf(document: unknown, kind: HsdsKind | null): { kind: HsdsKind; pointer: string; record: Row }[] {
  if (kind === null || document === undefined) return [];
  const top: { pointer: string; record: Row }[] =
    isObject(document) && Array.isArray(document.contents) ? (document.contents as Row[]).map((record, i) => ({ pointer: `/contents/${i}`, record }))
    : Array.isArray(document) ? (document as Row[]).map((record, i) => ({ pointer: `/${i}`, record }))
    : [{ pointer: '', record: document as Row }];
  const found: { kind: HsdsKind; pointer: string; record: Row }[] = [];
  const walk = (k: HsdsKind, record: Row, pointer: string) => {
    if (tableKinds.includes(k) && !isRefused(record)) found.push({ kind: k, pointer, record: kept(record) as Row });
    for (const [key, nested] of Object.entries(hsdsSpec[k].nested)) {
      const value = record[key];
      if (nested.many && Array.isArray(value)) value.forEach((v, i) => isObject(v) && walk(nested.kind, v, `${pointer}/${key}/${i}`));
      else if (!nested.many && isObject(value)) walk(nested.kind, value, `${pointer}/${key}`);
    }
  };
  for (const t of top) walk(kind, t.record, t.pointer);
  return found;
}

beforeAll(async () => {
  world = await createTestWorld();
});
afterAll(async () => world.close());

describe('HSDS import of the official examples', () => {
  // What each example holds that we must refuse: the placeholder data of the examples is not all valid.
  const expected: Record<string, { record: [string, string][]; field: [string, string][] }> = {
    'base.json': { record: [], field: [] },
    'location.json': { record: [['', 'latitude']], field: [] },
    'organization_full.json': {
      record: [
        ['/locations/0', 'latitude'],
        ['/services/0/service_at_locations/0/location', 'latitude'],
        ['/services/0/service_at_locations/0', 'location_id'],
      ],
      field: [
        ['', 'parent_organization_id'],
        ['/services/0/attributes/0/taxonomy_term', 'parent_id'],
      ],
    },
    'organization_list.json': { record: [], field: [['/contents/0', 'parent_organization_id']] },
    'service_at_location_full.json': {
      record: [
        ['/location', 'latitude'],
        ['/service/organization/locations/0', 'latitude'],
        ['', 'location_id'],
      ],
      field: [
        ['/service/organization', 'parent_organization_id'],
        ['/service/attributes/0/taxonomy_term', 'parent_id'],
      ],
    },
    'service_at_location_list.json': {
      record: [
        ['/contents/0/location', 'latitude'],
        ['/contents/0', 'location_id'],
      ],
      field: [['/contents/0/service/organization', 'parent_organization_id']],
    },
    'service_full.json': {
      record: [
        ['/service_at_locations/0/location', 'latitude'],
        ['/organization/locations/0', 'latitude'],
        ['/service_at_locations/0', 'location_id'],
      ],
      field: [
        ['/organization', 'parent_organization_id'],
        ['/attributes/0/taxonomy_term', 'parent_id'],
      ],
    },
    'service_list.json': { record: [], field: [['/contents/0/organization', 'parent_organization_id']] },
    'taxonomy.json': { record: [], field: [] },
    'taxonomy_list.json': { record: [], field: [] },
    'taxonomy_term.json': { record: [], field: [['', 'parent_id']] },
    'taxonomy_term_list.json': { record: [], field: [['/contents/0', 'parent_id']] },
  };

  // How many records of their own tables each example holds that are valid (nested ones counted).
  const expectedRecords: Record<string, number> = {
    'base.json': 0,
    'location.json': 0,
    'organization_full.json': 6,
    'organization_list.json': 1,
    'service_at_location_full.json': 6,
    'service_at_location_list.json': 3,
    'service_full.json': 6,
    'service_list.json': 3,
    'taxonomy.json': 1,
    'taxonomy_list.json': 1,
    'taxonomy_term.json': 2,
    'taxonomy_term_list.json': 2,
  };

  it('knows every example file', () => {
    expect(jsonExamples).toEqual(Object.keys(expected).concat('tabular.json').sort());
  });

  for (const file of jsonExamples.filter((f) => f !== 'tabular.json')) {
    it(`${file}: all or nothing reports every problem and stores nothing; with skipInvalid the rest is stored and exports the same data`, async () => {
      const officeId = await newOffice();
      const document = readExample(file, file);
      const before = await rowCounts();
      const strict = await importInto(officeId, json(file, document));
      const problems = (scope: 'record' | 'field') => strict.problems.filter((p) => p.scope === scope).map((p) => [p.row, p.field]);
      expect(problems('record')).toEqual(expected[file]?.record);
      expect(problems('field')).toEqual(expected[file]?.field);
      for (const p of strict.problems) {
        expect(p.file).toBe(file);
        expect(p.message).toMatch(/[äöüß]|gibt es|wurde|liegt/);
      }
      const latitude = strict.problems.filter((p) => p.field === 'latitude');
      for (const p of latitude) expect(p.message).toBe('Breitengrad 100 liegt außerhalb von −90 bis 90.');
      if (strict.problems.length) {
        expect(strict.stored).toBe(false);
        expect(await rowCounts()).toEqual(before);
      }

      const report = await importInto(officeId, json(file, document), { skipInvalid: true });
      expect(report.stored).toBe(true);
      expect(report.problems).toEqual(strict.problems);
      // Each record stored or reported: every record of the file is exported again, or refused in the report.
      const records = recordsOf(markRefused(document, report, file), kindOfFile(file));
      for (const { kind, pointer, record } of records) {
        const exported = await exportRecord(kind, record.id as string);
        expect(exported, `${file}${pointer}`).toBeDefined();
        expect(missingIn(exported, record, `${file}${pointer}`)).toEqual([]);
        if (kind === 'service' || kind === 'organization' || kind === 'service_at_location' || kind === 'taxonomy' || kind === 'taxonomy_term') {
          expect(validateHsds(kind, exported), file).toEqual([]);
        }
      }
      expect(records.length).toBe(expectedRecords[file]);
      // Refused locations are not stored, whatever else of the file is.
      expect(await world.database.db.select().from(locations).where(eq(locations.officeId, officeId))).toEqual([]);

      // The same file again: nothing to do.
      const again = await importInto(officeId, json(file, document), { skipInvalid: true, dryRun: true });
      expect(again.records.filter((r) => r.action !== 'unchanged')).toEqual([]);
      for (const c of Object.values(again.counts)) {
        expect(c.created).toBe(0);
        expect(c.changed).toBe(0);
      }
    });
  }

  it('tabular.json (the package as JSON) and the CSV folder: the latitude-100 location is reported with file, row and field, and not stored', async () => {
    for (const [label, input] of [
      ['tabular.json', json('tabular.json', readExample('tabular.json', 'tabular.json'))],
      ['csv', { tabular: csvFiles('csv') }],
    ] as const) {
      const officeId = await newOffice();
      const report = await importInto(officeId, input, { skipInvalid: true });
      const file = label === 'csv' ? 'locations.csv' : 'tabular.json: locations.csv';
      expect(report.problems).toContainEqual({ file, row: 1, field: 'latitude', message: 'Breitengrad 100 liegt außerhalb von −90 bis 90.', scope: 'record' });
      expect(await world.database.db.select().from(locations).where(eq(locations.officeId, officeId))).toEqual([]);
      // What the placeholder data of the package refers to but does not contain, row by row.
      const refused = report.problems.map((p) => `${p.file.replace('tabular.json: ', '')}:${p.row}:${p.field}:${p.scope}`).sort();
      expect(refused).toEqual(
        [
          'accessibility.csv:1:location_id:record',
          'addresses.csv:1:location_id:record',
          'attributes.csv:1:link_id:record',
          'contacts.csv:1:organization_id:record',
          'languages.csv:1:location_id:record',
          'locations.csv:1:latitude:record',
          'metadata.csv:1:resource_id:record',
          'organizations.csv:1:parent_organization_id:field',
          'phones.csv:1:location_id:record',
          'schedules.csv:1:location_id:record',
          'service_at_location.csv:1:location_id:record',
          'taxonomy_terms.csv:1:parent_id:field',
          'taxonomy_terms.csv:1:taxonomy_id:field',
        ].sort(),
      );
      expect(report.counts.service).toEqual({ created: 1, changed: 0, unchanged: 0, rejected: 0 });
      expect(report.counts.organization).toEqual({ created: 1, changed: 0, unchanged: 0, rejected: 0 });
      expect(report.counts.location).toEqual({ created: 0, changed: 0, unchanged: 0, rejected: 1 });

      // Round trip of the rows: every valid row of the package comes back in our package with the same cells.
      const exported = await world.database.db.transaction((tx) => exportHsdsTabular(tx, officeId));
      const rowsOf = (text: string) => new Map(parseCsvTable(text).records.map((r) => [r.values.id, r.values]));
      const source: Record<string, Row[]> =
        label === 'csv'
          ? Object.fromEntries(Object.entries(csvFiles('csv')).filter(([n]) => n.endsWith('.csv')).map(([n, text]) => [n, parseCsvTable(text).records.map((r) => r.values)]))
          : (readExample('tabular.json', 'tabular.json') as Record<string, Row[]>);
      let compared = 0;
      for (const [table, rows] of Object.entries(source)) {
        if (table === 'meta_table_descriptions.csv') continue;
        const ours = rowsOf(exported.files[table] ?? '');
        rows.forEach((row, i) => {
          const refusedHere = report.problems.filter((p) => p.file.endsWith(table) && p.row === i + 1);
          if (refusedHere.some((p) => p.scope === 'record')) return;
          const back = ours.get(row.id as string);
          expect(back, `${table} ${String(row.id)}`).toBeDefined();
          for (const [key, value] of Object.entries(row)) {
            if (key === 'last_modified' || value === '' || refusedHere.some((p) => p.field === key)) continue;
            expect(back?.[key], `${table} ${key}`).toBe(String(value));
          }
          compared++;
        });
      }
      expect(compared).toBe(10);
    }
  });
});

describe('HSDS import: modes, upsert, offices', () => {
  /** The service of service_list.json (with its organisation and program), with ids of its own, without the dangling parent. */
  const service = (salt: string): Row => {
    const record = (readExample('service_list.json', salt) as { contents: Row[] }).contents[0] as Row;
    delete (record.organization as Row).parent_organization_id;
    return record;
  };
  const valid = (id: string, name: string, organizationId: string): Row => ({ id, name, status: 'active', organization_id: organizationId, description: 'Beratung für Familien' });

  it('all or nothing: one bad record and the database stays as it was; skipInvalid stores the rest', async () => {
    const officeId = await newOffice();
    const base = service('modes');
    const orgId = (base.organization as Row).id as string;
    await importInto(officeId, json('services.json', [base]));
    const before = await rowCounts();
    const list = [
      // A nested object that is invalid is refused alone: the offer is kept without it (with skipInvalid).
      { ...valid('11111111-1111-4111-8111-111111111111', 'Elterncafé', orgId), phones: [{ id: '11111111-1111-4111-8111-1111111111aa', type: 'voice' }] },
      { ...valid('22222222-2222-4222-8222-222222222222', 'Kaputt', orgId), status: 'offen', minimum_age: -1 },
      valid('33333333-3333-4333-8333-333333333333', 'Hausaufgabenhilfe', orgId),
    ];
    const strict = await importInto(officeId, json('services.json', list));
    expect(strict.stored).toBe(false);
    expect(strict.problems.map((p) => [p.row, p.field])).toEqual([
      ['/0/phones/0', 'number'],
      ['/1', 'status'],
      ['/1', 'minimum_age'],
    ]);
    expect(strict.problems[0]?.message).toBe('number fehlt; das Feld ist Pflicht.');
    expect(strict.problems[1]?.message).toBe('„offen“ ist nicht erlaubt; erlaubt: active, inactive, defunct, temporarily closed.');
    expect(strict.problems[2]?.message).toBe('Alter -1: eine ganze Zahl von 0 bis 150 angeben.');
    expect(await rowCounts()).toEqual(before);

    const lenient = await importInto(officeId, json('services.json', list), { skipInvalid: true });
    expect(lenient.stored).toBe(true);
    expect(lenient.counts.service).toEqual({ created: 2, changed: 0, unchanged: 0, rejected: 1 });
    expect(lenient.counts.phone).toEqual({ created: 0, changed: 0, unchanged: 0, rejected: 1 });
    const [cafe] = await world.database.db.select().from(services).where(eq(services.id, '11111111-1111-4111-8111-111111111111'));
    expect(cafe?.hsds.phones).toEqual([]);
    const names = (await world.database.db.select({ name: services.name }).from(services).where(eq(services.officeId, officeId))).map((r) => r.name).sort();
    expect(names).toEqual(['Community Counselling', 'Elterncafé', 'Hausaufgabenhilfe']);
    expect(await countRows(world.database, 'services')).toBe((before.services ?? 0) + 2);
    // One audit entry for the import, with the counts and the ids.
    const [entry] = await world.database.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.entity, 'hsds_import'), eq(auditLog.officeId, officeId)))
      .orderBy(desc(auditLog.id))
      .limit(1);
    expect(entry?.action).toBe('import');
    expect((entry?.after as { created: { service: string[] } }).created.service.sort()).toEqual(['11111111-1111-4111-8111-111111111111', '33333333-3333-4333-8333-333333333333']);
  });

  it('dry run stores nothing and reports created, changed (with the fields) and unchanged; upsert by id changes the record', async () => {
    const officeId = await newOffice();
    const record = service('dry-run');
    const before = await rowCounts();
    const dry = await importInto(officeId, json('service.json', record), { dryRun: true });
    expect(dry.stored).toBe(false);
    expect(dry.dryRun).toBe(true);
    expect(dry.records.map((r) => [r.kind, r.action])).toEqual([
      ['organization', 'create'],
      ['program', 'create'],
      ['service', 'create'],
    ]);
    expect(await rowCounts()).toEqual(before);

    const first = await importInto(officeId, json('service.json', record));
    expect(first.stored).toBe(true);
    expect(first.records.map((r) => r.action)).toEqual(['create', 'create', 'create']);
    const second = await importInto(officeId, json('service.json', record), { dryRun: true });
    expect(second.records.map((r) => r.action)).toEqual(['unchanged', 'unchanged', 'unchanged']);

    const changed = { ...record, name: 'Familienberatung', wait_time: 'zwei Wochen', minimum_age: 6 };
    const dryChange = await importInto(officeId, json('service.json', changed), { dryRun: true });
    expect(dryChange.records.find((r) => r.kind === 'service')).toMatchObject({ action: 'change', fields: ['name', 'minimum_age', 'wait_time'] });
    expect(dryChange.counts.service).toEqual({ created: 0, changed: 1, unchanged: 0, rejected: 0 });
    const [stillOld] = await world.database.db.select().from(services).where(eq(services.id, record.id as string));
    expect(stillOld?.name).toBe('Community Counselling');

    await importInto(officeId, json('service.json', changed));
    const [updated] = await world.database.db.select().from(services).where(eq(services.id, record.id as string));
    expect(updated).toMatchObject({ name: 'Familienberatung', minimumAge: 6, hsds: expect.objectContaining({ wait_time: 'zwei Wochen', fees: 'fees_description' }) });
    // The search index follows the import.
    const found = await world.request({ method: 'GET', url: `/api/services?office=hsds-${officeCount}&q=Familienberatung` });
    expect((found.json() as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([record.id]);
  });

  it('an id of another office is refused, and so is a reference to another office’s record', async () => {
    const record = service('offices');
    await importInto(world.offices.foreign.id, json('service.json', record));
    const officeId = await newOffice();
    const report = await importInto(officeId, json('service.json', record), { skipInvalid: true });
    expect(report.problems).toContainEqual(expect.objectContaining({ row: '', field: 'id', message: `Die id ${String(record.id)} gehört zu einem Datensatz eines anderen Jugendamts.` }));
    expect(report.problems).toContainEqual(expect.objectContaining({ row: '/organization', field: 'id', scope: 'record' }));
    const [row] = await world.database.db.select().from(services).where(eq(services.id, record.id as string));
    expect(row?.officeId).toBe(world.offices.foreign.id);

    const orgId = (record.organization as Row).id as string;
    const onlyReference = await importInto(officeId, json('services.json', [valid('44444444-4444-4444-8444-444444444444', 'Treff', orgId)]));
    expect(onlyReference.problems).toEqual([
      { file: 'services.json', row: '/0', field: 'organization_id', message: `Organisation ${orgId} gehört zu einem anderen Jugendamt. Der Datensatz wird nicht übernommen.`, scope: 'record' },
    ]);
  });

  it('our additions travel as attributes: known ones set the columns, unknown ones are refused, and ages must fit what is stored', async () => {
    const officeId = await newOffice();
    const record = service('ours');
    const id = record.id as string;
    const [topic] = await world.database.db.transaction((tx) => termsOfOffice(tx, officeId));
    const attribute = (linkType: string, value: string, extra: Row = {}) => ({ id: derivedId(id, `${linkType}:${value}:test`), link_type: linkType, value, ...extra });
    record.attributes = [
      attribute('sozialraum:trait', 'free_of_charge'),
      attribute('sozialraum:trait', 'gratis'),
      attribute('sozialraum:target_group', 'youth'),
      attribute('sozialraum:keyword', 'Fußball'),
      attribute('topic', '', { taxonomy_term_id: topic?.id }),
      attribute('topic', 'x', { taxonomy_term_id: '12345678-1234-4234-8234-123456789012' }),
      attribute('sozialraum:unbekannt', 'x'),
      attribute('accessibility', 'wheelchair'),
    ];
    (record.organization as Row).attributes = [{ id: derivedId(id, 'type'), link_type: 'organization_type', value: 'sports_club' }];
    const report = await importInto(officeId, json('service.json', record), { skipInvalid: true });
    expect(report.problems.map((p) => [p.row, p.field, p.message])).toEqual([
      ['/attributes/1', 'value', 'Merkmal „gratis“ unbekannt; erlaubt: free_of_charge, no_registration, barrier_free, inclusive, childcare, evenings_weekends.'],
      ['/attributes/5', 'taxonomy_term_id', 'Thema: Begriff 12345678-1234-4234-8234-123456789012 gibt es weder in der Datei noch in der Datenbank.'],
      ['/attributes/6', 'value', 'Unbekannte Ergänzung „sozialraum:unbekannt“ (link_type mit „sozialraum:“ ist unseren Ergänzungen vorbehalten).'],
    ]);
    const [row] = await world.database.db.select().from(services).where(eq(services.id, id));
    expect(row).toMatchObject({ traits: ['free_of_charge'], targetGroups: ['youth'], keywords: ['Fußball'], topicIds: [topic?.id] });
    // Attributes keep their ids; the foreign one stays as it is.
    const exported = await exportRecord('service', id);
    const ids = (exported?.attributes as Row[]).map((a) => a.id);
    for (const i of [0, 2, 3, 4, 7]) expect(ids).toContain((record.attributes as Row[])[i]?.id);
    expect((exported?.organization as Row).attributes).toEqual([expect.objectContaining({ link_type: 'organization_type', value: 'sports_club' })]);

    const younger = { ...record, minimum_age: undefined, maximum_age: 3 };
    Reflect.deleteProperty(younger, 'minimum_age');
    const refused = await importInto(officeId, json('service.json', younger), { skipInvalid: true });
    expect(refused.problems).toContainEqual(
      expect.objectContaining({ row: '', field: 'maximum_age', message: 'Höchstalter 3 liegt unter dem Mindestalter 12 (eines davon gespeichert); das Angebot wird mit allem, was zu ihm gehört, nicht übernommen.' }),
    );
    const [unchanged] = await world.database.db.select().from(services).where(eq(services.id, id));
    expect(unchanged?.maximumAge).toBe(100);
  });

  it('a table package may add rows to records of the database, and its rows name file, row and field', async () => {
    const officeId = await newOffice();
    const record = service('rows');
    const id = record.id as string;
    await importInto(officeId, json('service.json', record));
    const phones = `id,service_id,number,type\r\n55555555-5555-4555-8555-555555555555,${id},040 123,voice\r\nkaputt,${id},040 1,voice\r\n66666666-6666-4666-8666-666666666666,77777777-7777-4777-8777-777777777777,040 2,voice\r\n`;
    const report = await importInto(officeId, { tabular: { 'phones.csv': phones } }, { skipInvalid: true });
    expect(report.problems).toEqual([
      { file: 'phones.csv', row: 2, field: 'id', message: '„kaputt“ ist keine UUID (Format 8-4-4-4-12 Hexadezimalziffern).', scope: 'record' },
      { file: 'phones.csv', row: 3, field: 'service_id', message: 'Angebot 77777777-7777-4777-8777-777777777777 gibt es weder in der Datei noch in der Datenbank. Die Zeile wird nicht übernommen.', scope: 'record' },
    ]);
    expect(report.records).toEqual([{ kind: 'service', id: record.id, name: 'Community Counselling', action: 'change', fields: ['phones'] }]);
    const [row] = await world.database.db.select().from(services).where(eq(services.id, record.id as string));
    expect(row?.hsds.phones).toEqual([{ id: '55555555-5555-4555-8555-555555555555', service_id: record.id, number: '040 123', type: 'voice' }]);

    // A row for a child object that is already stored (a language of that phone) goes into it, wherever it is.
    const languages = 'id,phone_id,name,code\r\n99999999-9999-4999-8999-999999999999,55555555-5555-4555-8555-555555555555,Türkisch,tr\r\n';
    const second = await importInto(officeId, { tabular: { 'languages.csv': languages } });
    expect(second.problems).toEqual([]);
    expect(second.counts.language).toEqual({ created: 1, changed: 0, unchanged: 0, rejected: 0 });
    const [withLanguage] = await world.database.db.select().from(services).where(eq(services.id, record.id as string));
    expect(withLanguage?.hsds.phones).toEqual([
      {
        id: '55555555-5555-4555-8555-555555555555',
        service_id: record.id,
        number: '040 123',
        type: 'voice',
        languages: [{ id: '99999999-9999-4999-8999-999999999999', phone_id: '55555555-5555-4555-8555-555555555555', name: 'Türkisch', code: 'tr' }],
      },
    ]);
  });

  it('admins import and export through the API; others may not', async () => {
    const record = service('api');
    for (const role of ['team_member', 'provider_editor', 'head_of_department'] as const) {
      expect((await world.request({ method: 'POST', url: '/api/admin/hsds/import', payload: record, as: role })).statusCode).toBe(403);
    }
    expect((await world.request({ method: 'POST', url: '/api/admin/hsds/import', payload: record })).statusCode).toBe(401);
    const dry = await world.request({ method: 'POST', url: '/api/admin/hsds/import?dryRun=true&kind=service', payload: record, as: 'admin' });
    expect(dry.statusCode).toBe(200);
    expect((dry.json() as HsdsImportReport).records.find((r) => r.kind === 'service')?.action).toBe('create');
    const bad = await world.request({ method: 'POST', url: '/api/admin/hsds/import', payload: { ...record, status: 'offen' }, as: 'admin' });
    expect(bad.statusCode).toBe(422);
    expect((bad.json() as HsdsImportReport).problems[0]).toMatchObject({ file: 'upload.json', row: '', field: 'status' });
    const stored = await world.request({ method: 'POST', url: '/api/admin/hsds/import', payload: record, as: 'admin' });
    expect(stored.statusCode).toBe(200);
    expect((stored.json() as HsdsImportReport).stored).toBe(true);

    const files = csvFiles('api');
    const tabular = await world.request({ method: 'POST', url: '/api/admin/hsds/import?skipInvalid=true', payload: { files }, as: 'admin' });
    expect(tabular.statusCode).toBe(200);
    expect((tabular.json() as HsdsImportReport).problems).toContainEqual({ file: 'locations.csv', row: 1, field: 'latitude', message: 'Breitengrad 100 liegt außerhalb von −90 bis 90.', scope: 'record' });

    const exportJson = await world.request({ method: 'GET', url: '/api/admin/hsds/export?format=json', as: 'admin' });
    expect(exportJson.statusCode).toBe(200);
    const jsonFiles = (exportJson.json() as { files: Record<string, { contents: Row[] }> }).files;
    expect(Object.keys(jsonFiles).sort()).toEqual(['organizations.json', 'services.json', 'taxonomies.json', 'taxonomy_terms.json']);
    expect(jsonFiles['services.json']?.contents.map((s) => s.id)).toContain(record.id);
    const exportTabular = await world.request({ method: 'GET', url: '/api/admin/hsds/export?format=tabular', as: 'admin' });
    const tabularFiles = (exportTabular.json() as { files: Record<string, string> }).files;
    expect(tabularFiles['services.csv']).toContain(record.id as string);
    expect(JSON.parse(tabularFiles['datapackage.json'] as string).resources).toHaveLength(21);
    expect((await world.request({ method: 'GET', url: '/api/admin/hsds/export', as: 'team_member' })).statusCode).toBe(403);
  });
});

describe('HSDS round trip through the tabular package into another installation', () => {
  let other: TestWorld;
  beforeAll(async () => {
    other = await createTestWorld();
  });
  afterAll(async () => other.close());

  it('our data and the examples: tabular export, import into a fresh world, the same JSON export', async () => {
    // Our own kind of data: an organisation with address and phone, an offer with topics, traits, schedules.
    const topics = (await world.request({ method: 'GET', url: '/api/topics?office=own-office' })).json() as { id: string; code: string }[];
    const org = await world.request({
      method: 'POST',
      url: '/api/organizations',
      as: 'admin',
      payload: { name: 'Familienzentrum Nord', type: 'family_centre', phone: '040 5550', street: 'Lindenweg 4', postalCode: '22844', city: 'Norderstedt', point: [10.005, 53.705], email: 'info@fz-nord.example' },
    });
    expect(org.statusCode, org.body).toBe(201);
    const orgId = (org.json() as { id: string }).id;
    const created = await world.request({
      method: 'POST',
      url: '/api/services',
      as: 'admin',
      payload: {
        organizationId: orgId,
        name: 'Trauergruppe für Kinder',
        description: 'Begleitung für Kinder, die einen Menschen verloren haben.',
        minimumAge: 6,
        maximumAge: 12,
        targetGroups: ['children', 'families'],
        traits: ['free_of_charge', 'childcare'],
        keywords: ['Trauer', 'Verlust'],
        topicIds: [topics.find((t) => t.code === 'trauer')?.id],
        languages: ['de', 'tr'],
        locations: [{ name: 'Familienzentrum Nord', street: 'Lindenweg 4', postalCode: '22844', city: 'Norderstedt', point: [10.005, 53.705] }],
        schedules: [{ days: ['TU'], opensAt: '16:00', closesAt: '17:30', description: 'alle zwei Wochen' }],
        phones: [{ number: '040 5551', description: 'Anmeldung' }],
        feesDescription: 'kostenlos',
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    for (const file of jsonExamples) await importInto(world.offices.own.id, json(file), { skipInvalid: true });

    const source = await world.database.db.transaction((tx) => exportHsdsTabular(tx, world.offices.own.id));
    expect(source.warnings).toEqual([]);
    // Back into the same office: nothing to change, from the package and from the JSON files.
    for (const input of [
      { tabular: source.files },
      { documents: Object.entries(await world.database.db.transaction((tx) => exportHsdsJson(tx, world.offices.own.id))).map(([file, content]) => ({ file, content })) },
    ]) {
      const same = await importInto(world.offices.own.id, input, { dryRun: true });
      expect(same.problems).toEqual([]);
      expect(same.records.filter((r) => r.action !== 'unchanged')).toEqual([]);
      for (const [kind, c] of Object.entries(same.counts)) expect([kind, c.created, c.changed]).toEqual([kind, 0, 0]);
    }

    const into = await other.database.db.transaction((tx) => importHsds({ tx, actor: { kind: 'system', label: 'Test', officeId: other.offices.own.id } }, { tabular: source.files }, {}));
    expect(into.problems).toEqual([]);
    expect(into.stored).toBe(true);

    const before = await world.database.db.transaction((tx) => exportHsdsJson(tx, world.offices.own.id));
    const after = await other.database.db.transaction((tx) => exportHsdsJson(tx, other.offices.own.id));
    // last_modified is the time of the last change here; sozialraum_default marks an office's own topic list (the
    // other office keeps its own, and takes this one as a vocabulary); a table cannot tell an empty list from none.
    const strip = (value: unknown): unknown => {
      if (Array.isArray(value)) return value.map(strip);
      if (isObject(value)) {
        return Object.fromEntries(
          Object.entries(value)
            .filter(([k, v]) => k !== 'last_modified' && k !== 'sozialraum_default' && !(Array.isArray(v) && v.length === 0))
            .map(([k, v]) => [k, strip(v)]),
        );
      }
      return value;
    };
    const normalise = (files: typeof before, ownTaxonomy: string | null) => ({
      services: strip(files['services.json'].contents),
      organizations: strip(files['organizations.json'].contents),
      taxonomies: strip(files['taxonomies.json'].contents.filter((t) => t.id !== ownTaxonomy)),
      terms: strip(files['taxonomy_terms.json'].contents.filter((t) => t.taxonomy_id !== ownTaxonomy)),
    });
    const [otherOwn] = await other.database.db.select().from(taxonomies).where(eq(taxonomies.officeId, other.offices.own.id));
    expect(normalise(after, otherOwn?.id ?? null)).toEqual(normalise(before, null));
    // Our additions came back as they were: topic, target groups, traits, keywords.
    const grief = after['services.json'].contents.find((s) => s.name === 'Trauergruppe für Kinder');
    const linkTypes = (grief?.attributes as Row[]).map((a) => `${String(a.link_type)}=${String(a.value ?? (a.taxonomy_term as Row | undefined)?.name)}`).sort();
    expect(linkTypes).toEqual([
      'sozialraum:keyword=Trauer',
      'sozialraum:keyword=Verlust',
      'sozialraum:target_group=children',
      'sozialraum:target_group=families',
      'sozialraum:trait=childcare',
      // Tuesdays until 17:30: derived from the schedule, in both installations.
      'sozialraum:trait=evenings_weekends',
      'sozialraum:trait=free_of_charge',
      'topic=Trauer und Verlust',
    ]);
    const [stored] = await other.database.db.select().from(services).where(eq(services.id, grief?.id as string));
    expect(stored).toMatchObject({ targetGroups: ['children', 'families'], keywords: ['Trauer', 'Verlust'], languages: ['de', 'tr'] });
    expect(stored?.traits.sort()).toEqual(['childcare', 'evenings_weekends', 'free_of_charge']);
    expect(stored?.topicIds).toHaveLength(1);
  });
});

import { writeCsv } from './hsds-csv';
import { type HsdsKind, hsdsKinds, hsdsSpec } from './hsds-fields';
import { isEntityKind, parentLinkField } from './hsds-read';

/**
 * HSDS JSON records (as the export writes them) as the tabular data package: one CSV per table, as in the official
 * `examples/csv/`, and a datapackage.json that describes them. Nested objects become rows that name their parents
 * (`service_id`, `contact_id`, …, `link_id` of an attribute, `resource_id` of a change metadata entry); one object
 * that sits in several parents (a contact's phone that is also the service's phone) is one row naming all of them.
 * Reading the package back (hsds-read.ts) puts every row into each parent it names, which gives the JSON back.
 */

type Row = Record<string, unknown>;
const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);

export type TabularPackage = { files: Record<string, string>; warnings: string[] };

class Tables {
  readonly rows = new Map<HsdsKind, Map<string, Row>>();
  readonly warnings: string[] = [];

  add(kind: HsdsKind, record: Row, parent: { kind: HsdsKind; id: string } | null) {
    const id = typeof record.id === 'string' ? record.id : null;
    if (!id) return;
    const spec = hsdsSpec[kind];
    const row: Row = {};
    for (const [key, value] of Object.entries(record)) {
      if (spec.nested[key] || value === null || value === undefined) continue;
      row[key] = value;
    }
    if (parent && !isEntityKind(kind)) {
      const link = parentLinkField(parent.kind, kind);
      if (link) row[link] = parent.id;
    }
    const table = this.rows.get(kind) ?? new Map<string, Row>();
    this.rows.set(kind, table);
    const earlier = table.get(id);
    if (!earlier) table.set(id, row);
    else {
      // The same object in another parent: the row names that parent too.
      for (const [key, value] of Object.entries(row)) {
        if (earlier[key] === undefined) earlier[key] = value;
        else if (earlier[key] !== value && key.endsWith('_id') && key !== 'id') {
          this.warnings.push(`${spec.file}: ${id} steht bei zwei ${key} (${String(earlier[key])}, ${String(value)}); die Tabelle kann nur einen nennen.`);
        }
      }
    }
    for (const [key, nested] of Object.entries(spec.nested)) {
      const value = record[key];
      const children = nested.many ? (Array.isArray(value) ? value.filter(isObject) : []) : isObject(value) ? [value] : [];
      for (const child of children) this.add(nested.kind, child, { kind, id });
    }
  }
}

const cell = (value: unknown): string => {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
};

const packageType = (kind: HsdsKind, field: string): { type: string; format?: string } => {
  const f = hsdsSpec[kind].fields[field];
  if (!f) return { type: 'string' };
  if (f.type === 'number') return { type: 'number' };
  if (f.format === 'date') return { type: 'date' };
  if (f.format === 'time') return { type: 'time' };
  if (f.format === 'date-time') return { type: 'datetime' };
  if (f.format === 'uuid' || f.format === 'email' || f.format === 'uri') return { type: 'string', format: f.format };
  return { type: 'string' };
};

/**
 * The package of the given records. `tableDescription` fills meta_table_descriptions.csv, which describes this
 * export (language and character set), not the data.
 */
export function toTabularPackage(
  records: { kind: HsdsKind; items: readonly Row[] }[],
  tableDescription: { id: string; name: string; language: string; character_set: string },
): TabularPackage {
  const tables = new Tables();
  for (const { kind, items } of records) for (const item of items) tables.add(kind, item, null);
  tables.add('meta_table_description', tableDescription, null);
  const files: Record<string, string> = {};
  const resources: Row[] = [];
  for (const kind of hsdsKinds) {
    const spec = hsdsSpec[kind];
    const rows = [...(tables.rows.get(kind)?.values() ?? [])];
    const standard = Object.keys(spec.fields);
    const extra = [...new Set(rows.flatMap((r) => Object.keys(r)))].filter((k) => !standard.includes(k));
    const header = [...standard, ...extra];
    files[spec.file] = writeCsv(
      header,
      rows.map((r) => header.map((h) => cell(r[h]))),
    );
    resources.push({
      name: kind,
      path: spec.file,
      profile: 'tabular-data-resource',
      format: 'csv',
      mediatype: 'text/csv',
      encoding: 'utf-8',
      schema: {
        fields: header.map((name) => ({ name, ...packageType(kind, name), ...(spec.fields[name]?.required ? { constraints: { required: true } } : {}) })),
        primaryKey: 'id',
      },
    });
  }
  files['datapackage.json'] = `${JSON.stringify({ profile: 'tabular-data-package', name: 'hsds-sozialraum', title: 'HSDS 3.0 (Sozialraum-Export)', resources }, null, 2)}\n`;
  return { files, warnings: tables.warnings };
}

import { parseCsvTable } from './hsds-csv';
import { type HsdsField, type HsdsKind, hsdsKinds, hsdsSpec } from './hsds-fields';

/**
 * Reads HSDS 3.0 input — JSON objects, lists and pages as the official examples show them, and the tabular data
 * package (CSV files, or their JSON form `{"services.csv": [rows]}`) — into one shape: nodes with checked values,
 * their nested child objects, and the references they make. Knows no database: references to records that are not
 * in the input are resolved later (hsds-import.ts). Every problem names the file, the row (CSV: data row from 1;
 * JSON: the JSON pointer of the object), the field and a German reason.
 */

export type ImportRow = number | string;
/** `record`: the record is refused; `field`: the record is kept without the field. */
export type ImportProblem = { file: string; row: ImportRow | null; field: string | null; message: string; scope?: 'record' | 'field' };
export type ImportSource = { file: string; row: ImportRow };

/** The kinds that are tables of their own; every other kind lives in its parent's `hsds` document. */
export const entityKinds = ['organization', 'program', 'location', 'service', 'service_at_location', 'taxonomy', 'taxonomy_term'] as const;
export type EntityKind = (typeof entityKinds)[number];
export const isEntityKind = (kind: HsdsKind): kind is EntityKind => (entityKinds as readonly string[]).includes(kind);

/** A reference from a node to another record, by id. */
export type HsdsRef = {
  field: string;
  /** The kind referred to; `any` for attribute.link_id and metadata.resource_id. */
  kind: HsdsKind | 'any';
  id: string;
  /** Required references must resolve, or the node is refused; others are kept as written and reported as a note. */
  required: boolean;
  /** For a child row of the tabular package: the list of the referred record it belongs in (`phones`, …). */
  place?: string;
};

export type HsdsNode = {
  kind: HsdsKind;
  id: string;
  source: ImportSource;
  /** Checked fields and any extension fields, without the nested objects; never null. */
  values: Record<string, unknown>;
  /** Fields given as empty (an empty cell, a JSON null): an update clears them. */
  cleared: Set<string>;
  /** Nested child objects (not entities) by the field that holds them, in input order: they replace a stored list. */
  nested: Map<string, HsdsNode[]>;
  /** Rows of the tabular package placed into this record by their references: merged into a stored list by id. */
  placed: Map<string, HsdsNode[]>;
  refs: HsdsRef[];
  /** From a CSV file or the JSON form of the tabular package: lists are merged by id, not replaced. */
  tabular: boolean;
  invalid: boolean;
  /** Why the node was refused, for the records that depend on it. */
  refusal?: string;
};

export type ReadResult = {
  /** Entities (all occurrences, JSON may repeat one) and the child rows of a tabular package. */
  nodes: HsdsNode[];
  problems: ImportProblem[];
  notes: ImportProblem[];
  files: string[];
  /** Nested child objects left out of their parent because they are invalid (for the counts). */
  refusedChildren: HsdsNode[];
};

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const datePattern = /^(\d{4})-(\d{2})-(\d{2})$/;
const timePattern = /^([01]\d|2[0-4]):([0-5]\d)(:([0-5]\d)(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const dateTimePattern = /^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/;
const bydayPart = /^([+-]?\d{1,2})?(MO|TU|WE|TH|FR|SA|SU)$/;

export const isUuid = (value: unknown): value is string => typeof value === 'string' && uuidPattern.test(value);

function validDate(value: string): boolean {
  const m = datePattern.exec(value);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1 && d.getUTCDate() === Number(m[3]);
}

function validUri(value: string): boolean {
  if (!/^[a-z][a-z0-9+.-]*:/i.test(value)) return false;
  try {
    new URL(value);
    return true;
  } catch {
    return false;
  }
}

/** Fields the standard requires that may be empty (German addresses have no state; a description may be missing). */
const mayBeEmpty: Partial<Record<HsdsKind, readonly string[]>> = {
  organization: ['description'],
  program: ['description'],
  taxonomy: ['description'],
  taxonomy_term: ['description'],
  address: ['address_1', 'city', 'state_province', 'postal_code', 'country'],
  // A change from or to an empty value.
  metadata: ['previous_value', 'replacement_value'],
};

/** Checks on top of the standard's types: ranges and patterns that would otherwise reach the database or the map. */
function extraCheck(kind: HsdsKind, field: string, value: unknown): string | null {
  if (kind === 'location' && field === 'latitude' && typeof value === 'number' && (value < -90 || value > 90)) {
    return `Breitengrad ${value} liegt außerhalb von −90 bis 90.`;
  }
  if (kind === 'location' && field === 'longitude' && typeof value === 'number' && (value < -180 || value > 180)) {
    return `Längengrad ${value} liegt außerhalb von −180 bis 180.`;
  }
  if (kind === 'service' && (field === 'minimum_age' || field === 'maximum_age') && typeof value === 'number' && (!Number.isInteger(value) || value < 0 || value > 150)) {
    return `Alter ${value}: eine ganze Zahl von 0 bis 150 angeben.`;
  }
  if (kind === 'schedule' && field === 'byday' && typeof value === 'string' && value.trim() !== '') {
    const bad = value.split(',').map((p) => p.trim().toUpperCase()).find((p) => !bydayPart.test(p));
    if (bad !== undefined) return `Wochentag „${bad}“ unbekannt: MO, TU, WE, TH, FR, SA, SU (auch „1MO“, „-1FR“), durch Kommas getrennt.`;
  }
  if (kind === 'schedule' && (field === 'interval' || field === 'count') && typeof value === 'number' && (!Number.isInteger(value) || value < 1)) {
    return `${field} muss eine ganze Zahl ab 1 sein.`;
  }
  if (kind === 'schedule' && field === 'timezone' && typeof value === 'number' && (value < -12 || value > 14)) {
    return `Zeitzone ${value}: eine Abweichung von UTC zwischen −12 und 14 Stunden angeben.`;
  }
  if (kind === 'organization' && field === 'year_incorporated' && typeof value === 'number' && (!Number.isInteger(value) || value < 1000 || value > 9999)) {
    return `Gründungsjahr ${value}: eine vierstellige Jahreszahl angeben.`;
  }
  return null;
}

const formatMessages = {
  uuid: 'keine UUID (Format 8-4-4-4-12 Hexadezimalziffern)',
  email: 'keine gültige E-Mail-Adresse',
  uri: 'keine gültige Adresse (URI mit Schema, z. B. https://…)',
  date: 'kein gültiges Datum (JJJJ-MM-TT)',
  time: 'keine gültige Uhrzeit (HH:MM oder HH:MM:SS)',
  'date-time': 'kein gültiger Zeitpunkt (ISO 8601, z. B. 2024-05-01T10:00:00Z)',
} as const;

/**
 * One field's value, checked against the standard. From a table (`tabular`) every value arrives as text or as the
 * number a spreadsheet made of it, so numbers are read from text and text fields accept numbers; JSON must have the
 * right types. Returns the value to keep, `undefined` for an empty cell, or a German problem.
 */
export function checkField(kind: HsdsKind, field: string, spec: HsdsField, raw: unknown, tabular: boolean): { value?: unknown; problem?: string } {
  if (raw === undefined) return {};
  if (raw === null) return { value: null };
  let value = raw;
  if (tabular && typeof value === 'string' && value === '') return {};
  if (spec.type === 'number') {
    if (tabular && typeof value === 'string') {
      const n = Number(value.trim());
      if (value.trim() === '' || !Number.isFinite(n)) return { problem: `„${value}“ ist keine Zahl (Dezimalpunkt, nicht Komma).` };
      value = n;
    }
    if (typeof value !== 'number' || !Number.isFinite(value)) return { problem: `Eine Zahl erwartet, nicht ${JSON.stringify(value)}.` };
  } else {
    if (tabular && (typeof value === 'number' || typeof value === 'boolean')) value = String(value);
    if (typeof value !== 'string') return { problem: `Text erwartet, nicht ${JSON.stringify(value)}.` };
    const text = value;
    if (spec.format && text !== '') {
      const ok =
        spec.format === 'uuid' ? uuidPattern.test(text)
        : spec.format === 'email' ? emailPattern.test(text)
        : spec.format === 'uri' ? validUri(text)
        : spec.format === 'date' ? validDate(text)
        : spec.format === 'time' ? timePattern.test(text)
        : dateTimePattern.test(text) && !Number.isNaN(Date.parse(text));
      if (!ok) return { problem: `„${text}“ ist ${formatMessages[spec.format]}.` };
    }
    if (spec.enum && !spec.enum.includes(text)) return { problem: `„${text}“ ist nicht erlaubt; erlaubt: ${spec.enum.join(', ')}.` };
  }
  const extra = extraCheck(kind, field, value);
  return extra ? { problem: extra } : { value };
}

// ---- references ----

/** References an entity makes by id, and whether they must resolve. */
export const entityRefs: Partial<Record<EntityKind, { field: string; kind: EntityKind; required: boolean }[]>> = {
  organization: [{ field: 'parent_organization_id', kind: 'organization', required: false }],
  program: [{ field: 'organization_id', kind: 'organization', required: false }],
  location: [{ field: 'organization_id', kind: 'organization', required: false }],
  service: [
    { field: 'organization_id', kind: 'organization', required: true },
    { field: 'program_id', kind: 'program', required: false },
  ],
  service_at_location: [
    { field: 'service_id', kind: 'service', required: true },
    { field: 'location_id', kind: 'location', required: true },
  ],
  taxonomy_term: [
    { field: 'taxonomy_id', kind: 'taxonomy', required: false },
    { field: 'parent_id', kind: 'taxonomy_term', required: false },
  ],
};

/** In a table, the columns that put a child row into its parents' lists. */
export const childLinks: Partial<Record<HsdsKind, Record<string, HsdsKind | 'any'>>> = {
  organization_identifier: { organization_id: 'organization' },
  address: { location_id: 'location' },
  accessibility: { location_id: 'location' },
  phone: { location_id: 'location', service_id: 'service', organization_id: 'organization', contact_id: 'contact', service_at_location_id: 'service_at_location' },
  contact: { organization_id: 'organization', service_id: 'service', service_at_location_id: 'service_at_location', location_id: 'location' },
  schedule: { service_id: 'service', location_id: 'location', service_at_location_id: 'service_at_location' },
  language: { service_id: 'service', location_id: 'location', phone_id: 'phone' },
  cost_option: { service_id: 'service' },
  funding: { organization_id: 'organization', service_id: 'service' },
  required_document: { service_id: 'service' },
  service_area: { service_id: 'service' },
  attribute: { link_id: 'any' },
  metadata: { resource_id: 'any' },
};

/** The list field of `parent` that holds children of `child`'s kind (`phones` for a phone in a service). */
export function placeIn(parent: HsdsKind, child: HsdsKind): string | undefined {
  return Object.entries(hsdsSpec[parent].nested).find(([, n]) => n.many && n.kind === child)?.[0];
}

/** The field of a child that names a parent of `parentKind` (`service_id` for a phone in a service). */
export function parentLinkField(parentKind: HsdsKind, childKind: HsdsKind): string | undefined {
  const links = childLinks[childKind] ?? {};
  return Object.entries(links).find(([, target]) => target === parentKind || target === 'any')?.[0];
}

/** JSON nesting that stands for a reference: an organisation inside a service is the service's organization_id. */
const nestingLinks: Record<string, { field: string; on: 'parent' | 'child' }> = {
  'service.organization': { field: 'organization_id', on: 'parent' },
  'service.program': { field: 'program_id', on: 'parent' },
  'service.service_at_locations': { field: 'service_id', on: 'child' },
  'service_at_location.location': { field: 'location_id', on: 'parent' },
  'service_at_location.service': { field: 'service_id', on: 'parent' },
  'organization.locations': { field: 'organization_id', on: 'child' },
  'organization.programs': { field: 'organization_id', on: 'child' },
  'organization.services': { field: 'organization_id', on: 'child' },
  'attribute.taxonomy_term': { field: 'taxonomy_term_id', on: 'parent' },
  'taxonomy_term.taxonomy_detail': { field: 'taxonomy_id', on: 'parent' },
};

// ---- the reader ----

/** Fields that already have a problem: not reported again as missing. */
const failedFields = new WeakMap<HsdsNode, Set<string>>();

class Reader {
  readonly nodes: HsdsNode[] = [];
  readonly problems: ImportProblem[] = [];
  readonly notes: ImportProblem[] = [];
  readonly files: string[] = [];
  readonly refusedChildren: HsdsNode[] = [];
  private pendingLinks: { parent: HsdsNode; child: HsdsNode; key: string; pointer: string }[] = [];

  problem(source: ImportSource, field: string | null, message: string) {
    this.problems.push({ file: source.file, row: source.row, field, message, scope: 'record' });
  }

  note(file: string, row: ImportRow | null, field: string | null, message: string) {
    this.notes.push({ file, row, field, message });
  }

  /** One JSON object of a known kind, with everything nested in it. Entities are collected; children returned. */
  readObject(value: unknown, kind: HsdsKind, file: string, pointer: string): HsdsNode | null {
    const source = { file, row: pointer };
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      this.problem(source, null, `Ein Objekt (${kind}) erwartet, nicht ${Array.isArray(value) ? 'eine Liste' : JSON.stringify(value)}.`);
      return null;
    }
    const record = value as Record<string, unknown>;
    const spec = hsdsSpec[kind];
    const node: HsdsNode = { kind, id: typeof record.id === 'string' ? record.id : '', source, values: {}, cleared: new Set(), nested: new Map(), placed: new Map(), refs: [], tabular: false, invalid: false };
    const fail = (field: string | null, message: string) => {
      node.invalid = true;
      if (field) failedFields.set(node, (failedFields.get(node) ?? new Set()).add(field));
      this.problem(source, field, message);
    };
    for (const [key, raw] of Object.entries(record)) {
      const nestedSpec = spec.nested[key];
      if (nestedSpec) {
        if (raw === null || raw === undefined) {
          node.cleared.add(key);
          continue;
        }
        const items = nestedSpec.many ? raw : [raw];
        if (!Array.isArray(items)) {
          fail(key, `Eine Liste erwartet, nicht ${JSON.stringify(raw).slice(0, 40)}.`);
          continue;
        }
        if (!nestedSpec.many && (typeof raw !== 'object' || Array.isArray(raw))) {
          fail(key, 'Ein Objekt erwartet.');
          continue;
        }
        if (!isEntityKind(nestedSpec.kind)) node.nested.set(key, []);
        items.forEach((item, i) => {
          const childPointer = nestedSpec.many ? `${pointer}/${key}/${i}` : `${pointer}/${key}`;
          const child = this.readObject(item, nestedSpec.kind, file, childPointer);
          if (!child) return;
          if (isEntityKind(nestedSpec.kind)) this.pendingLinks.push({ parent: node, child, key, pointer: childPointer });
          else {
            this.linkToParent(node, child);
            // An invalid child is reported and left out; the record around it stays (and is refused in all-or-nothing).
            if (child.invalid) {
              this.refusedChildren.push(child);
              return;
            }
            node.nested.get(key)?.push(child);
          }
        });
        continue;
      }
      const fieldSpec = spec.fields[key];
      if (raw === null) node.cleared.add(key);
      else if (!fieldSpec) node.values[key] = raw;
      else {
        const checked = checkField(kind, key, fieldSpec, raw, false);
        if (checked.problem) fail(key, checked.problem);
        else if (checked.value !== undefined) node.values[key] = checked.value;
      }
    }
    this.requireFields(node, fail);
    if (isEntityKind(kind)) this.nodes.push(node);
    return node;
  }

  /**
   * A child nested in JSON names its parent the way a table row would (a phone in a service gets `service_id`), so
   * that the JSON and the tabular form of the same data are stored alike. A different id there is a contradiction.
   */
  private linkToParent(parent: HsdsNode, child: HsdsNode) {
    const field = parentLinkField(parent.kind, child.kind);
    if (!field || !parent.id) return;
    const given = child.values[field];
    if (given === undefined) child.values[field] = parent.id;
    else if (given !== parent.id) {
      child.invalid = true;
      this.problem(child.source, field, `${field} „${String(given)}“ widerspricht dem umgebenden Objekt (${parent.id}).`);
    }
  }

  private requireFields(node: HsdsNode, fail: (field: string | null, message: string) => void) {
    const spec = hsdsSpec[node.kind];
    for (const [field, f] of Object.entries(spec.fields)) {
      if (!f.required || failedFields.get(node)?.has(field)) continue;
      const v = node.values[field];
      if (v !== undefined && v !== null && v !== '') continue;
      if (mayBeEmpty[node.kind]?.includes(field)) {
        if (v === undefined || v === null) node.values[field] = '';
        continue;
      }
      if (v === undefined || v === null || v === '') fail(field, `${field} fehlt; das Feld ist Pflicht.`);
    }
    if (node.kind === 'service') {
      const { minimum_age: min, maximum_age: max } = node.values;
      if (typeof min === 'number' && typeof max === 'number' && min > max) fail('maximum_age', `Höchstalter ${max} liegt unter dem Mindestalter ${min}.`);
    }
    if (node.kind === 'location' && !node.invalid) {
      const hasLat = typeof node.values.latitude === 'number';
      const hasLon = typeof node.values.longitude === 'number';
      if (hasLat !== hasLon) fail(hasLat ? 'longitude' : 'latitude', 'Breiten- und Längengrad nur zusammen angeben.');
    }
  }

  /** After the walk: nesting turns into references (a service's organisation, a location's organisation, …). */
  applyNestingLinks() {
    for (const { parent, child, key } of this.pendingLinks) {
      const rule = nestingLinks[`${parent.kind}.${key}`];
      if (!rule) continue;
      const [holder, target] = rule.on === 'parent' ? [parent, child] : [child, parent];
      const given = holder.values[rule.field];
      if (given !== undefined && given !== null && given !== '' && given !== target.id) {
        holder.invalid = true;
        this.problem(holder.source, rule.field, `${rule.field} „${String(given)}“ widerspricht dem verschachtelten Objekt (${target.id}).`);
      } else if (target.id) holder.values[rule.field] = target.id;
    }
    this.pendingLinks = [];
  }

  /** The references an entity makes, from its fields. */
  collectEntityRefs() {
    for (const node of this.nodes) {
      if (!isEntityKind(node.kind)) continue;
      for (const ref of entityRefs[node.kind] ?? []) {
        const id = node.values[ref.field];
        if (typeof id === 'string' && id !== '') node.refs.push({ field: ref.field, kind: ref.kind, id, required: ref.required });
        else if (ref.required && !node.invalid) {
          node.invalid = true;
          this.problem(node.source, ref.field, `${ref.field} fehlt: ${node.kind === 'service' ? 'jedes Angebot gehört zu einer Organisation' : 'der Verweis ist Pflicht'}.`);
        }
      }
    }
  }

  // ---- tabular ----

  /** One table of the package. `rows` come from a CSV file or from the JSON form of the package. */
  readTable(kind: HsdsKind, file: string, rows: { row: number; values: Record<string, unknown> }[], badRows: ReadonlySet<number>) {
    const spec = hsdsSpec[kind];
    const links = childLinks[kind] ?? {};
    const seen = new Map<string, number>();
    for (const { row, values } of rows) {
      const source = { file, row };
      const node: HsdsNode = { kind, id: '', source, values: {}, cleared: new Set(), nested: new Map(), placed: new Map(), refs: [], tabular: true, invalid: false };
      const fail = (field: string | null, message: string) => {
        node.invalid = true;
        if (field) failedFields.set(node, (failedFields.get(node) ?? new Set()).add(field));
        this.problem(source, field, message);
      };
      for (const [key, raw] of Object.entries(values)) {
        const fieldSpec = spec.fields[key];
        if (!fieldSpec) {
          if (spec.nested[key]) fail(key, `${key} gehört in eine eigene Tabelle (${hsdsSpec[spec.nested[key].kind].file}).`);
          else if (raw !== '' && raw !== null && raw !== undefined) node.values[key] = raw;
          continue;
        }
        const checked = checkField(kind, key, fieldSpec, raw, true);
        if (checked.problem) fail(key, checked.problem);
        else if (checked.value !== undefined && checked.value !== null) node.values[key] = checked.value;
        else node.cleared.add(key);
      }
      node.id = typeof node.values.id === 'string' ? node.values.id : '';
      if (badRows.has(row)) node.invalid = true;
      this.requireFields(node, fail);
      if (node.id) {
        const earlier = seen.get(node.id);
        if (earlier !== undefined) fail('id', `Die id ${node.id} steht schon in Zeile ${earlier}.`);
        else seen.set(node.id, row);
      }
      if (!isEntityKind(kind)) {
        for (const [field, target] of Object.entries(links)) {
          const id = node.values[field];
          if (id === undefined) continue;
          Reflect.deleteProperty(node.values, field);
          const place = target === 'any' ? (kind === 'attribute' ? 'attributes' : 'metadata') : placeIn(target, kind);
          if (typeof id === 'string' && place) node.refs.push({ field, kind: target, id, required: true, ...(place ? { place } : {}) });
        }
        if (node.refs.length === 0 && !node.invalid) {
          fail(null, `Der Eintrag gehört zu keinem Datensatz: ${Object.keys(links).join(', ')} fehlen.`);
        }
      }
      this.nodes.push(node);
    }
  }
}

// ---- entry points ----

const pageKeys = ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty'];

/** The kind of a JSON file's records: from its name as the official examples are named, else from the fields. */
export function guessKind(fileName: string, sample: unknown): HsdsKind | null {
  const base = fileName.toLowerCase().replace(/^.*[\\/]/, '').replace(/\.json$/, '');
  const byName: [RegExp, HsdsKind][] = [
    [/^service_at_locations?(_|$)/, 'service_at_location'],
    [/^services?(_|$)/, 'service'],
    [/^organi[sz]ations?(_|$)/, 'organization'],
    [/^taxonomy_terms?(_|$)/, 'taxonomy_term'],
    [/^taxonom(y|ies)(_|$)/, 'taxonomy'],
    [/^locations?(_|$)/, 'location'],
    [/^programs?(_|$)/, 'program'],
  ];
  for (const [pattern, kind] of byName) if (pattern.test(base)) return kind;
  if (typeof sample !== 'object' || sample === null) return null;
  const has = (...keys: string[]) => keys.some((k) => k in sample);
  if (has('location', 'service') && has('id') && !has('name')) return 'service_at_location';
  if (has('service_at_locations', 'status', 'eligibility_description', 'fees_description')) return 'service';
  if (has('location_type', 'latitude', 'longitude', 'addresses', 'transportation')) return 'location';
  if (has('taxonomy_detail', 'term_uri', 'parent_id', 'taxonomy_id', 'code')) return 'taxonomy_term';
  if (has('organization_identifiers', 'year_incorporated', 'legal_status', 'website', 'tax_status', 'locations', 'programs', 'services')) return 'organization';
  if (has('version', 'uri') && has('name')) return 'taxonomy';
  return null;
}

const tableKinds = new Map<string, HsdsKind>(hsdsKinds.map((k) => [hsdsSpec[k].file, k]));
tableKinds.set('service_at_locations.csv', 'service_at_location');
/** The resource names of the HSDS datapackage.json ("service", "service_at_location", …) are our kinds. */
const kindOfResource = (name: unknown): HsdsKind | undefined => (hsdsKinds as readonly unknown[]).includes(name) ? (name as HsdsKind) : undefined;

export type TabularFiles = Record<string, string | Record<string, unknown>[]>;

/** The tables of a package: `datapackage.json` names them where it lists resources, else the file names do. */
type Table = { kind: HsdsKind; file: string; rows: { row: number; values: Record<string, unknown> }[]; badRows: Set<number> };

function tablesOf(reader: Reader, files: TabularFiles, container: string | null): Table[] {
  const label = (name: string) => (container ? `${container}: ${name}` : name);
  const byPath = new Map<string, HsdsKind>();
  const descriptor = files['datapackage.json'];
  if (typeof descriptor === 'string') {
    try {
      const parsed = JSON.parse(descriptor) as { resources?: { name?: unknown; path?: unknown }[] };
      for (const r of Array.isArray(parsed.resources) ? parsed.resources : []) {
        const kind = kindOfResource(r.name) ?? (typeof r.path === 'string' ? tableKinds.get(r.path) : undefined);
        if (kind && typeof r.path === 'string') byPath.set(r.path, kind);
      }
    } catch (error) {
      // The official example's datapackage.json is a link placeholder, not JSON; the file names suffice.
      reader.note(label('datapackage.json'), null, null, `Kein gültiges JSON (${(error as Error).message}); die Tabellen werden an den Dateinamen erkannt.`);
    }
  }
  const tables: Table[] = [];
  for (const [name, content] of Object.entries(files)) {
    if (name === 'datapackage.json') continue;
    reader.files.push(label(name));
    const kind = byPath.get(name) ?? tableKinds.get(name.replace(/^.*[\\/]/, ''));
    if (!kind) {
      reader.note(label(name), null, null, `Unbekannte Tabelle; HSDS-Tabellen heißen ${hsdsKinds.map((k) => hsdsSpec[k].file).join(', ')}. Nicht gelesen.`);
      continue;
    }
    if (typeof content === 'string') {
      const table = parseCsvTable(content);
      for (const p of table.problems) reader.problems.push({ file: label(name), row: p.row, field: null, message: p.message, scope: 'record' });
      const unknown = table.header.filter((h) => h !== '' && !(h in hsdsSpec[kind].fields));
      if (unknown.length) reader.note(label(name), null, unknown.join(', '), `Spalten außerhalb des Standards werden beim Datensatz aufbewahrt: ${unknown.join(', ')}.`);
      if (!table.header.includes('id')) {
        reader.problems.push({ file: label(name), row: null, field: 'id', message: 'Die Spalte id fehlt.', scope: 'record' });
        continue;
      }
      tables.push({ kind, file: label(name), rows: table.records, badRows: new Set(table.problems.map((p) => p.row)) });
    } else if (Array.isArray(content)) {
      tables.push({
        kind,
        file: label(name),
        rows: content.map((values, i) => ({ row: i + 1, values: typeof values === 'object' && values !== null ? values : {} })),
        badRows: new Set(),
      });
    } else {
      reader.problems.push({ file: label(name), row: null, field: null, message: 'Eine Tabelle als CSV-Text oder als Liste von Zeilen erwartet.', scope: 'record' });
    }
  }
  return tables;
}

// Parents before children, so that a row's references are read in the order a person would check them.
const tableOrder = (kind: HsdsKind) => hsdsKinds.indexOf(kind);

export function readTabular(files: TabularFiles, container: string | null = null): ReadResult {
  const reader = new Reader();
  const tables = tablesOf(reader, files, container).sort((a, b) => tableOrder(a.kind) - tableOrder(b.kind));
  for (const t of tables) {
    if (t.kind === 'meta_table_description') {
      reader.note(t.file, null, null, `${t.rows.length} Tabellenbeschreibung(en) gelesen: sie beschreiben die Quelldatei, nicht die Angebote; der Export beschreibt seine eigenen Tabellen.`);
      continue;
    }
    reader.readTable(t.kind, t.file, t.rows, t.badRows);
  }
  reader.collectEntityRefs();
  return { nodes: reader.nodes, problems: reader.problems, notes: reader.notes, files: reader.files, refusedChildren: reader.refusedChildren };
}

/**
 * A JSON document: one object, a list, an HSDS page (`contents`), or the JSON form of the tabular package
 * (`{"services.csv": [rows], …}`). `kind` overrides the guess from the file name and the fields.
 */
export function readJson(document: unknown, file: string, kind?: HsdsKind): ReadResult {
  if (typeof document === 'object' && document !== null && !Array.isArray(document)) {
    const keys = Object.keys(document);
    if (keys.length > 0 && keys.every((k) => k.endsWith('.csv') || k === 'datapackage.json')) {
      return readTabular(document as TabularFiles, file);
    }
  }
  const reader = new Reader();
  reader.files.push(file);
  let items: unknown[];
  let prefix: string;
  const isPage = typeof document === 'object' && document !== null && Array.isArray((document as { contents?: unknown }).contents);
  if (isPage) {
    items = (document as { contents: unknown[] }).contents;
    prefix = '/contents/';
    const extra = Object.keys(document as object).filter((k) => k !== 'contents' && !pageKeys.includes(k));
    if (extra.length) reader.note(file, '', extra.join(', '), `Felder der Seite außerhalb von „contents“ werden nicht übernommen: ${extra.join(', ')}.`);
  } else if (Array.isArray(document)) {
    items = document;
    prefix = '/';
  } else {
    items = [document];
    prefix = '';
  }
  if (!isPage && !Array.isArray(document) && typeof document === 'object' && document !== null && 'openapi_url' in document && !('id' in document)) {
    reader.note(file, '', null, 'Die Beschreibung einer HSDS-Schnittstelle (version, profile, openapi_url) enthält keine Datensätze; nichts zu übernehmen.');
    return { nodes: [], problems: reader.problems, notes: reader.notes, files: reader.files, refusedChildren: [] };
  }
  items.forEach((item, i) => {
    const pointer = prefix === '' ? '' : `${prefix}${i}`;
    const itemKind = kind ?? guessKind(file, item);
    if (!itemKind) {
      reader.problem({ file, row: pointer }, null, 'Unbekannte Art von Datensatz: der Dateiname (z. B. services.json) oder die Felder müssen sie erkennen lassen.');
      return;
    }
    const node = reader.readObject(item, itemKind, file, pointer);
    if (node && !isEntityKind(itemKind)) {
      reader.problem(node.source, null, `Ein ${itemKind}-Eintrag allein lässt sich nicht zuordnen; er gehört in ein Angebot, einen Standort oder eine Organisation.`);
    }
  });
  reader.applyNestingLinks();
  reader.collectEntityRefs();
  return { nodes: reader.nodes, problems: reader.problems, notes: reader.notes, files: reader.files, refusedChildren: reader.refusedChildren };
}

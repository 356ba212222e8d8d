import type { HsdsImportReport } from '../../../common/api/hsds-import';
import { lowThresholdTraits, targetGroups } from '../../../common/service-terms';
import { organizationTypes } from '../../../common/social-space-terms';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { buildSpaceIndex, spacesOfOffice } from '../social-spaces';
import { derivedId } from './hsds-export';
import { type HsdsKind, hsdsSpec } from './hsds-fields';
import {
  extraOrganizationTypes,
  type ImportKind,
  type ImportRows,
  metadataByIds,
  metadataOffices,
  type OrganizationValues,
  recordsHoldingChildren,
  rowsByIds,
  servicesTouchedBy,
  setLocationSpaces,
  setOrganizationParents,
  upsertMetadata,
  upsertOrganizations,
  upsertRows,
} from './hsds-import.queries';
import { locationsOfOrganizations } from './hsds.queries';
import {
  type EntityKind,
  entityKinds,
  entityRefs,
  type HsdsNode,
  type ImportProblem,
  type ImportSource,
  isEntityKind,
  isUuid,
  parentLinkField,
  readJson,
  readTabular,
  type ReadResult,
  type TabularFiles,
} from './hsds-read';
import { reindexServices } from './reindex-services';
import { servicesPolicy } from './services.policy';
import { ownTaxonomy } from './services.queries';

/**
 * Imports Open Referral HSDS 3.0 data — JSON objects, lists and pages, or the tabular data package — into the
 * office's tables as docs/decisions/0002-hsds-storage.md describes: known fields into columns, everything else and
 * the child objects into the record's `hsds` document, so that an export gives the data back.
 *
 * Every record is checked (types, UUIDs, ranges, value lists) and every reference must lead to a record of the input
 * or of this office's database: a required one (an offer's organisation, the offer and location of a
 * service-at-location, the parents of a table row) refuses the record, an optional one (a parent organisation, a
 * term's taxonomy) only its field. Records are matched by id (upsert); an id of another office is refused.
 *
 * All or nothing by default: with any problem nothing is stored and the report lists every problem. `skipInvalid`
 * stores the rest; `dryRun` stores nothing and reports what would be created, changed (which fields) and left as it
 * is. The import writes no per-field change metadata of its own (the imported metadata is kept as it came); the
 * audit log records the import as one entry with the counts and the ids.
 */

export type HsdsImportInput = { documents: { file: string; content: unknown; kind?: HsdsKind | undefined }[] } | { tabular: TabularFiles; container?: string | null };
export type HsdsImportOptions = { dryRun?: boolean; skipInvalid?: boolean; onProgress?: (done: number, total: number) => void };

type Row = Record<string, unknown>;
const isObject = (value: unknown): value is Row => typeof value === 'object' && value !== null && !Array.isArray(value);
const asObjects = (value: unknown): Row[] => (Array.isArray(value) ? value.filter(isObject) : []);

/** A table record of the import: its occurrences in the input merged, or a stored record that receives child rows. */
type Entity = {
  kind: EntityKind;
  id: string;
  nodes: HsdsNode[];
  source: ImportSource | null;
  values: Row;
  cleared: Set<string>;
  nested: Map<string, HsdsNode[]>;
  placed: Map<string, HsdsNode[]>;
  /** Child rows that belong to a child object already stored in this record's document (a phone of a stored contact). */
  docPatches: { childId: string; childKind: HsdsKind; key: string; node: HsdsNode }[];
  invalid: boolean;
  droppedFields: Set<string>;
  position: number;
};

type Target =
  | { where: 'entity'; entity: Entity }
  | { where: 'child'; node: HsdsNode }
  | { where: 'stored'; kind: EntityKind; id: string }
  | { where: 'storedChild'; holders: { kind: EntityKind; id: string }[] }
  | { where: 'foreign' }
  | { where: 'none' };

type Stored = { [K in ImportKind]: Map<string, ImportRows[K]> };

const kindLabel: Record<HsdsKind, string> = {
  organization: 'Organisation',
  organization_identifier: 'Kennung',
  program: 'Programm',
  service: 'Angebot',
  service_at_location: 'Angebot am Standort',
  location: 'Standort',
  address: 'Adresse',
  phone: 'Telefonnummer',
  contact: 'Kontakt',
  schedule: 'Zeitplan',
  language: 'Sprache',
  accessibility: 'Barrierefreiheit',
  cost_option: 'Kosten',
  funding: 'Finanzierung',
  required_document: 'Unterlage',
  service_area: 'Einzugsgebiet',
  attribute: 'Attribut',
  taxonomy: 'Taxonomie',
  taxonomy_term: 'Begriff',
  metadata: 'Änderungsvermerk',
  meta_table_description: 'Tabellenbeschreibung',
};

const where = (source: ImportSource | null) =>
  source ? `${source.file}${typeof source.row === 'number' ? ` Zeile ${source.row}` : source.row ? ` ${source.row}` : ''}` : 'Datenbank';

// ---- reading the input ----

function readInput(input: HsdsImportInput): ReadResult {
  if ('tabular' in input) return readTabular(input.tabular, input.container ?? null);
  const all: ReadResult = { nodes: [], problems: [], notes: [], files: [], refusedChildren: [] };
  for (const doc of input.documents) {
    const one = readJson(doc.content, doc.file, doc.kind);
    all.nodes.push(...one.nodes);
    all.problems.push(...one.problems);
    all.notes.push(...one.notes);
    all.files.push(...one.files);
    all.refusedChildren.push(...one.refusedChildren);
  }
  return all;
}

class Plan {
  readonly entities = new Map<EntityKind, Map<string, Entity>>(entityKinds.map((k) => [k, new Map()]));
  /** Child rows of a tabular package by kind and id. */
  readonly children = new Map<HsdsKind, Map<string, HsdsNode>>();
  readonly childRows: HsdsNode[] = [];
  readonly problems: ImportProblem[];
  readonly notes: ImportProblem[];
  readonly rejectedNodes = new Set<HsdsNode>();
  stored!: Stored;
  foreign = new Map<EntityKind, Set<string>>();
  storedChildren = new Map<string, { kind: EntityKind; id: string }[]>();

  constructor(readonly read: ReadResult) {
    this.problems = [...read.problems];
    this.notes = [...read.notes];
    for (const node of read.refusedChildren) this.rejectedNodes.add(node);
    let position = 0;
    for (const node of read.nodes) {
      if (!isEntityKind(node.kind)) {
        this.childRows.push(node);
        if (isUuid(node.id)) {
          const byId = this.children.get(node.kind) ?? new Map<string, HsdsNode>();
          if (!byId.has(node.id)) byId.set(node.id, node);
          this.children.set(node.kind, byId);
        }
        if (node.invalid) this.rejectedNodes.add(node);
        continue;
      }
      if (!isUuid(node.id)) {
        this.rejectedNodes.add(node);
        continue;
      }
      const byId = this.entities.get(node.kind) as Map<string, Entity>;
      const entity = byId.get(node.id) ?? this.newEntity(node.kind, node.id, node.source);
      byId.set(node.id, entity);
      entity.nodes.push(node);
      entity.position = Math.min(entity.position, position++);
      // Occurrences of one record in one input: later fields win, a later list replaces an earlier one.
      for (const key of node.cleared) {
        entity.cleared.add(key);
        Reflect.deleteProperty(entity.values, key);
      }
      for (const [key, value] of Object.entries(node.values)) {
        entity.values[key] = value;
        entity.cleared.delete(key);
      }
      for (const [key, list] of node.nested) entity.nested.set(key, list);
      if (node.invalid) entity.invalid = true;
    }
  }

  newEntity(kind: EntityKind, id: string, source: ImportSource | null): Entity {
    return { kind, id, nodes: [], source, values: {}, cleared: new Set(), nested: new Map(), placed: new Map(), docPatches: [], invalid: false, droppedFields: new Set(), position: Number.MAX_SAFE_INTEGER };
  }

  allEntities(): Entity[] {
    return [...this.entities.values()].flatMap((m) => [...m.values()]);
  }

  problem(source: ImportSource | null, field: string | null, message: string, scope: 'record' | 'field' = 'record') {
    this.problems.push({ file: source?.file ?? '', row: source?.row ?? null, field, message, scope });
  }

  /** Refuse an entity: every occurrence is reported once, at its first place in the input. */
  refuse(entity: Entity, field: string | null, message: string) {
    entity.invalid = true;
    this.problem(entity.source, field, message);
  }

  refuseNode(node: HsdsNode, field: string | null, message: string) {
    node.invalid = true;
    this.rejectedNodes.add(node);
    this.problem(node.source, field, message);
  }

  // ---- references ----

  /** Every id the input refers to that the database must answer for, by table. */
  idsToLoad(): Map<EntityKind, Set<string>> {
    const ids = new Map<EntityKind, Set<string>>(entityKinds.map((k) => [k, new Set<string>()]));
    for (const entity of this.allEntities()) {
      ids.get(entity.kind)?.add(entity.id);
      for (const ref of entityRefs[entity.kind] ?? []) {
        const id = entity.values[ref.field];
        if (isUuid(id)) ids.get(ref.kind)?.add(id);
      }
    }
    const refIds = (kind: HsdsKind | 'any', id: string) => {
      if (kind === 'any') for (const k of entityKinds) ids.get(k)?.add(id);
      else if (isEntityKind(kind)) ids.get(kind)?.add(id);
    };
    for (const node of this.childRows) for (const ref of node.refs) refIds(ref.kind, ref.id);
    this.forEachNode((node) => {
      if (node.kind === 'attribute' && isUuid(node.values.taxonomy_term_id)) ids.get('taxonomy_term')?.add(node.values.taxonomy_term_id);
    });
    return ids;
  }

  /** Every node of the input, entities' nested children included (depth first). */
  forEachNode(visit: (node: HsdsNode, parent: HsdsNode | null) => void) {
    const walk = (node: HsdsNode, parent: HsdsNode | null) => {
      visit(node, parent);
      for (const list of node.nested.values()) for (const child of list) walk(child, node);
    };
    for (const node of this.read.nodes) walk(node, null);
  }

  storedRow(kind: EntityKind, id: string): Row | undefined {
    return (this.stored[kind] as Map<string, Row>).get(id);
  }

  target(kind: HsdsKind | 'any', id: string): Target {
    const kinds: EntityKind[] = kind === 'any' ? [...entityKinds] : isEntityKind(kind) ? [kind] : [];
    for (const k of kinds) {
      const entity = this.entities.get(k)?.get(id);
      if (entity && entity.nodes.length > 0) return { where: 'entity', entity };
    }
    const childKinds = kind === 'any' ? [...this.children.keys()] : isEntityKind(kind) ? [] : [kind];
    for (const k of childKinds) {
      const node = this.children.get(k)?.get(id);
      if (node) return { where: 'child', node };
    }
    for (const k of kinds) if (this.storedRow(k, id)) return { where: 'stored', kind: k, id };
    for (const k of kinds) if (this.foreign.get(k)?.has(id)) return { where: 'foreign' };
    const holders = kind === 'any' || !isEntityKind(kind) ? this.storedChildren.get(id) : undefined;
    if (holders?.length) return { where: 'storedChild', holders };
    return { where: 'none' };
  }

  /** Why a reference does not hold (the report names the field), or null when it does. */
  refProblem(kind: HsdsKind | 'any', id: string): string | null {
    const t = this.target(kind, id);
    const what = kind === 'any' ? 'Datensatz' : kindLabel[kind];
    if (t.where === 'none') return `${what} ${id} gibt es weder in der Datei noch in der Datenbank.`;
    if (t.where === 'foreign') return `${what} ${id} gehört zu einem anderen Jugendamt.`;
    if (t.where === 'entity' && t.entity.invalid) return `${what} ${id} (${where(t.entity.source)}) wurde abgelehnt.`;
    if (t.where === 'child' && t.node.invalid) return `${what} ${id} (${where(t.node.source)}) wurde abgelehnt.`;
    return null;
  }

  /** Until nothing changes: a record whose required reference fails is refused, which may refuse others. */
  resolve() {
    for (const entity of this.allEntities()) {
      if (this.foreign.get(entity.kind)?.has(entity.id)) this.refuse(entity, 'id', `Die id ${entity.id} gehört zu einem Datensatz eines anderen Jugendamts.`);
    }
    let changed = true;
    while (changed) {
      changed = false;
      for (const entity of this.allEntities()) {
        if (entity.invalid || entity.nodes.length === 0) continue;
        for (const ref of entityRefs[entity.kind] ?? []) {
          const id = entity.values[ref.field];
          if (typeof id !== 'string' || entity.droppedFields.has(ref.field)) continue;
          const problem = this.refProblem(ref.kind, id);
          if (!problem) continue;
          if (ref.required) this.refuse(entity, ref.field, `${problem} Der Datensatz wird nicht übernommen.`);
          else {
            entity.droppedFields.add(ref.field);
            Reflect.deleteProperty(entity.values, ref.field);
            this.problem(entity.source, ref.field, `${problem} Der Verweis wird nicht übernommen.`, 'field');
          }
          changed = true;
          if (entity.invalid) break;
        }
      }
      for (const node of this.childRows) {
        if (node.invalid) continue;
        for (const ref of node.refs) {
          const problem = this.refProblem(ref.kind, ref.id);
          if (!problem) continue;
          this.refuseNode(node, ref.field, `${problem} Die Zeile wird nicht übernommen.`);
          changed = true;
          break;
        }
      }
    }
  }

  /** Puts every valid table row into the records it names (several, for a phone of a contact of a service). */
  place() {
    for (const node of this.childRows) {
      if (node.invalid) continue;
      for (const ref of node.refs) {
        const place = ref.place;
        if (!place) continue;
        const t = this.target(ref.kind, ref.id);
        const push = (map: Map<string, HsdsNode[]>) => {
          const list = map.get(place);
          if (list) list.push(node);
          else map.set(place, [node]);
        };
        if (t.where === 'entity') push(t.entity.placed);
        else if (t.where === 'child') push(t.node.placed);
        else if (t.where === 'stored') push(this.receiver(t.kind, t.id).placed);
        else if (t.where === 'storedChild') {
          // For link_id and resource_id any kind will do: they name every kind of parent.
          const childKind = ref.kind === 'any' ? 'contact' : ref.kind;
          for (const h of t.holders) this.receiver(h.kind, h.id).docPatches.push({ childId: ref.id, childKind, key: place, node });
        }
      }
    }
  }

  /** A stored record that only receives child rows of the input. */
  receiver(kind: EntityKind, id: string): Entity {
    const byId = this.entities.get(kind) as Map<string, Entity>;
    const existing = byId.get(id);
    if (existing) return existing;
    const entity = this.newEntity(kind, id, null);
    byId.set(id, entity);
    return entity;
  }
}

// ---- our attributes (docs/decisions/0002) ----

type Ours = {
  topicIds: string[];
  targetGroups: string[];
  traits: string[];
  keywords: string[];
  spaceIds: string[];
  spacesByHand: boolean;
  organizationType: string | null;
};

const ownLinkType = (linkType: unknown) => linkType === 'topic' || (typeof linkType === 'string' && linkType.startsWith('sozialraum:'));

type Context = {
  officeId: string;
  spaces: Set<string>;
  organizationTypes: Set<string>;
  ownTaxonomyId: string | null;
};

/**
 * Checks the attributes of an offer, location or organisation that carry our additions and reads them. A value we
 * cannot keep is a problem of that attribute (it would not come back on export), not a silent loss.
 */
function readOurs(plan: Plan, ctx: Context, entity: Entity, attributes: HsdsNode[]): Ours {
  const ours: Ours = { topicIds: [], targetGroups: [], traits: [], keywords: [], spaceIds: [], spacesByHand: false, organizationType: null };
  const byHand = attributes.some((a) => !a.invalid && a.values.link_type === 'sozialraum:social_space_set_by_hand' && a.values.value === 'true');
  for (const a of attributes) {
    if (a.invalid) continue;
    const linkType = a.values.link_type;
    const value = typeof a.values.value === 'string' ? a.values.value : '';
    if (entity.kind === 'organization') {
      if (linkType === 'organization_type' || linkType === 'sozialraum:organization_type') {
        if (ctx.organizationTypes.has(value)) ours.organizationType = value;
        else plan.notes.push({ file: a.source.file, row: a.source.row, field: 'value', message: `Organisationstyp „${value}“ ist hier unbekannt; die Organisation erhält den Typ „other“.` });
      }
      continue;
    }
    if (entity.kind !== 'service' && entity.kind !== 'location') continue;
    if (!ownLinkType(linkType)) continue;
    const refuse = (message: string) => plan.refuseNode(a, 'value', message);
    const serviceOnly = () => entity.kind === 'service' || (refuse(`${String(linkType)} gibt es nur bei Angeboten.`), false);
    switch (linkType) {
      case 'topic': {
        if (!serviceOnly()) break;
        const termId = a.values.taxonomy_term_id;
        const problem = typeof termId === 'string' ? plan.refProblem('taxonomy_term', termId) : 'taxonomy_term_id fehlt.';
        if (problem) plan.refuseNode(a, 'taxonomy_term_id', `Thema: ${problem}`);
        else ours.topicIds.push(termId as string);
        break;
      }
      case 'sozialraum:target_group':
        if (!serviceOnly()) break;
        if ((targetGroups as readonly string[]).includes(value)) ours.targetGroups.push(value);
        else refuse(`Zielgruppe „${value}“ unbekannt; erlaubt: ${targetGroups.join(', ')}.`);
        break;
      case 'sozialraum:trait':
        if (!serviceOnly()) break;
        if ((lowThresholdTraits as readonly string[]).includes(value)) ours.traits.push(value);
        else refuse(`Merkmal „${value}“ unbekannt; erlaubt: ${lowThresholdTraits.join(', ')}.`);
        break;
      case 'sozialraum:keyword':
        if (!serviceOnly()) break;
        if (value.trim()) ours.keywords.push(value);
        else refuse('Ein Schlagwort braucht einen Wert.');
        break;
      case 'sozialraum:social_space':
        if (ctx.spaces.has(value)) ours.spaceIds.push(value);
        else if (byHand) refuse(`Sozialraum ${value} gibt es in diesem Jugendamt nicht.`);
        else plan.notes.push({ file: a.source.file, row: a.source.row, field: 'value', message: `Sozialraum ${value} ist hier unbekannt; der Sozialraum wird aus dem Standort bestimmt.` });
        break;
      case 'sozialraum:social_space_set_by_hand':
        if (value === 'true') ours.spacesByHand = true;
        else refuse('sozialraum:social_space_set_by_hand hat den Wert „true“.');
        break;
      default:
        refuse(`Unbekannte Ergänzung „${String(linkType)}“ (link_type mit „sozialraum:“ ist unseren Ergänzungen vorbehalten).`);
    }
  }
  const uniq = (list: string[]) => [...new Set(list)];
  return { ...ours, topicIds: uniq(ours.topicIds), targetGroups: uniq(ours.targetGroups), traits: uniq(ours.traits), keywords: uniq(ours.keywords), spaceIds: uniq(ours.spaceIds) };
}

// ---- documents ----

type MetadataValues = {
  id: string;
  officeId: string;
  resourceId: string;
  resourceType: string;
  lastActionDate: string;
  lastActionType: string;
  fieldName: string;
  previousValue: string;
  replacementValue: string;
  updatedBy: string;
};

class DocumentBuilder {
  readonly metadata = new Map<string, MetadataValues & { source: ImportSource }>();

  constructor(
    private readonly plan: Plan,
    private readonly officeId: string,
  ) {}

  /** A child object: stored fields kept unless the input clears them, its values, the link to its parent, its lists. */
  render(node: HsdsNode, parent: { kind: HsdsKind; id: string }, stored?: Row): Row | null {
    if (node.kind === 'metadata') {
      this.collectMetadata(node, parent);
      return null;
    }
    const out: Row = stored ? Object.fromEntries(Object.entries(stored).filter(([k]) => !node.cleared.has(k))) : {};
    Object.assign(out, node.values);
    const link = parentLinkField(parent.kind, node.kind);
    if (link && out[link] === undefined) out[link] = parent.id;
    const self = { kind: node.kind, id: node.id };
    for (const [key, list] of node.nested) this.setList(out, key, list, self, false);
    for (const [key, list] of node.placed) this.setList(out, key, list, self, true);
    return out;
  }

  /** A list of child objects: replaced (JSON) or merged by id into what is stored (table rows). */
  setList(out: Row, key: string, nodes: HsdsNode[], parent: { kind: HsdsKind; id: string }, merge: boolean) {
    const valid = nodes.filter((n) => !n.invalid);
    if (key === 'metadata') {
      for (const n of valid) this.render(n, parent);
      return;
    }
    if (!merge) {
      out[key] = valid.map((n) => this.render(n, parent)).filter((o): o is Row => o !== null);
      return;
    }
    const list = asObjects(out[key]).map((o) => ({ ...o }));
    for (const n of valid) {
      const at = list.findIndex((o) => o.id === n.id);
      const rendered = this.render(n, parent, at >= 0 ? list[at] : undefined);
      if (!rendered) continue;
      if (at >= 0) list[at] = rendered;
      else list.push(rendered);
    }
    out[key] = list;
  }

  collectMetadata(node: HsdsNode, parent: { kind: HsdsKind; id: string }) {
    const v = node.values;
    const resourceId = typeof v.resource_id === 'string' ? v.resource_id : parent.id;
    const text = (x: unknown) => (typeof x === 'string' ? x : '');
    const row = {
      id: node.id,
      officeId: this.officeId,
      resourceId,
      resourceType: text(v.resource_type) || parent.kind,
      lastActionDate: text(v.last_action_date),
      lastActionType: text(v.last_action_type),
      fieldName: text(v.field_name),
      previousValue: text(v.previous_value),
      replacementValue: text(v.replacement_value),
      updatedBy: text(v.updated_by),
      source: node.source,
    };
    const extra = Object.keys(v).filter((k) => !(k in hsdsSpec.metadata.fields));
    if (extra.length) this.plan.notes.push({ file: node.source.file, row: node.source.row, field: extra.join(', '), message: 'Zusätzliche Felder eines Änderungsvermerks werden nicht gespeichert.' });
    const earlier = this.metadata.get(node.id);
    if (earlier && earlier.resourceId !== resourceId) {
      this.plan.problem(node.source, 'id', `Änderungsvermerk ${node.id} steht schon bei ${earlier.resourceId} (${where(earlier.source)}).`);
      return;
    }
    this.metadata.set(node.id, row);
  }

  /** An entity's document: the stored one, cleared fields removed, the input's fields that have no column, the lists. */
  document(entity: Entity, stored: Row | undefined, columns: readonly string[]): Row {
    // A deep copy: child rows are merged into nested objects, and the stored document is compared afterwards.
    const doc: Row = structuredClone(stored ?? {});
    for (const key of entity.cleared) Reflect.deleteProperty(doc, key);
    for (const [key, value] of Object.entries(entity.values)) {
      if (columns.includes(key)) Reflect.deleteProperty(doc, key);
      else doc[key] = value;
    }
    const self = { kind: entity.kind, id: entity.id };
    for (const [key, list] of entity.nested) this.setList(doc, key, list, self, false);
    for (const [key, list] of entity.placed) this.setList(doc, key, list, self, true);
    for (const patch of entity.docPatches) this.patchChild(doc, patch);
    return doc;
  }

  /** Merges a table row into every stored child object with the given id, wherever it sits in the document. */
  private patchChild(value: unknown, patch: Entity['docPatches'][number]) {
    if (Array.isArray(value)) {
      for (const v of value) this.patchChild(v, patch);
      return;
    }
    if (!isObject(value)) return;
    if (value.id === patch.childId) this.setList(value, patch.key, [patch.node], { kind: patch.childKind, id: patch.childId }, true);
    for (const v of Object.values(value)) if (typeof v === 'object') this.patchChild(v, patch);
  }
}

/** Every child object of a document with its kind and place (`phones/<id>/languages`), for the counts. */
function childObjects(kind: HsdsKind, doc: Row, visit: (kind: HsdsKind, place: string, object: Row) => void, path = '') {
  for (const [key, nested] of Object.entries(hsdsSpec[kind].nested)) {
    if (isEntityKind(nested.kind)) continue;
    for (const child of nested.many ? asObjects(doc[key]) : isObject(doc[key]) ? [doc[key]] : []) {
      const place = `${path}/${key}/${String(child.id)}`;
      visit(nested.kind, place, child);
      childObjects(nested.kind, child, visit, place);
    }
  }
}

/** JSON with sorted keys: the comparison of stored and imported values does not depend on key order. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (isObject(value)) {
    return `{${Object.keys(value)
      .filter((k) => value[k] !== undefined)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(value[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

// ---- rows per table ----

const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);
const num = (value: unknown): number | null => (typeof value === 'number' ? value : null);
/** The column's value: from the input, cleared by it, or as stored (also when the input's value was refused). */
function column<T>(entity: Entity, field: string, stored: T | undefined, read: (v: unknown) => T, empty: T): T {
  if (field in entity.values) return read(entity.values[field]);
  if (entity.cleared.has(field)) return empty;
  return stored === undefined ? empty : stored;
}

type PlannedRow = { kind: ImportKind; id: string; entity: Entity; values: Row; view: Row; before: Row | null; action: 'create' | 'change' | 'unchanged'; fields: string[]; name: string | null };

const serviceColumns = ['id', 'organization_id', 'program_id', 'name', 'alternate_name', 'description', 'url', 'email', 'status', 'minimum_age', 'maximum_age', 'assured_date', 'assurer_email'];
const organizationColumns = ['id', 'name', 'alternate_name', 'description', 'email', 'website', 'parent_organization_id'];
const locationColumns = ['id', 'location_type', 'organization_id', 'name', 'alternate_name', 'description', 'url', 'latitude', 'longitude'];
const salColumns = ['id', 'service_id', 'location_id', 'description'];
const programColumns = ['id', 'organization_id', 'name', 'alternate_name', 'description'];
const taxonomyColumns = ['id', 'name', 'description', 'uri', 'version'];
const termColumns = ['id', 'code', 'name', 'description', 'parent_id', 'taxonomy_id', 'term_uri', 'language'];

/** The first physical address carries the address columns (the forms edit that one; the export puts it back). */
function addressColumns(addresses: unknown): { street: string | null; postalCode: string | null; city: string | null } {
  const physical = asObjects(addresses).find((a) => a.address_type === 'physical');
  return physical ? { street: text(physical.address_1), postalCode: text(physical.postal_code), city: text(physical.city) } : { street: null, postalCode: null, city: null };
}

/**
 * Our attributes are columns; the document keeps one only for its id, when that is not the id the export derives
 * anyway (docs/decisions/0002). An organisation's type attribute always has the derived id.
 */
function withoutDerivedAttributes(kind: EntityKind, recordId: string, doc: Row): void {
  if (!('attributes' in doc)) return;
  const kept = asObjects(doc.attributes).filter((a) => {
    const linkType = a.link_type;
    if (kind === 'organization') return linkType !== 'organization_type' && linkType !== 'sozialraum:organization_type';
    if (!ownLinkType(linkType)) return true;
    const key = typeof a.taxonomy_term_id === 'string' && linkType === 'topic' ? a.taxonomy_term_id : String(a.value ?? '');
    return a.id !== derivedId(recordId, `${String(linkType)}:${key}`);
  });
  if (kept.length) doc.attributes = kept;
  else delete doc.attributes;
}

// ---- the use case ----

export async function importHsds(ctx: Ctx, input: HsdsImportInput, options: HsdsImportOptions = {}): Promise<HsdsImportReport> {
  authorize(ctx.actor, servicesPolicy.importExport);
  const officeId = officeOf(ctx.actor);
  const dryRun = options.dryRun ?? false;
  const skipInvalid = options.skipInvalid ?? false;
  const plan = new Plan(readInput(input));
  const tx = ctx.tx;

  // 1. What the database holds of the ids the input names.
  const ids = plan.idsToLoad();
  const stored = {} as Stored;
  for (const kind of entityKinds) {
    const rows = await rowsByIds(tx, kind, [...(ids.get(kind) ?? [])]);
    const own = new Map<string, Row>();
    const foreign = new Set<string>();
    for (const row of rows) {
      if (row.officeId === officeId) own.set(row.id, row as Row);
      else foreign.add(row.id);
    }
    (stored as Record<string, Map<string, Row>>)[kind] = own;
    plan.foreign.set(kind, foreign);
  }
  plan.stored = stored;
  const unresolvedChildIds = new Set<string>();
  for (const node of plan.childRows) {
    for (const ref of node.refs) {
      if (ref.kind !== 'any' && isEntityKind(ref.kind)) continue;
      const t = plan.target(ref.kind, ref.id);
      if (t.where === 'none') unresolvedChildIds.add(ref.id);
    }
  }
  const holders = await recordsHoldingChildren(tx, officeId, [...unresolvedChildIds]);
  for (const holder of holders) {
    plan.storedChildren.set(holder.childId, [...(plan.storedChildren.get(holder.childId) ?? []), { kind: holder.kind, id: holder.id }]);
  }
  for (const kind of entityKinds) {
    const missing = holders.filter((h) => h.kind === kind && !plan.storedRow(kind, h.id)).map((h) => h.id);
    for (const row of missing.length ? await rowsByIds(tx, kind, missing) : []) (stored[kind] as Map<string, Row>).set(row.id, row as Row);
  }

  // 2. References, then the rows of a package into their records.
  plan.resolve();
  plan.place();

  const own = await ownTaxonomy(tx, officeId);
  const context: Context = {
    officeId,
    spaces: new Set((await spacesOfOffice(tx, officeId)).map((s) => s.id)),
    organizationTypes: new Set<string>([...organizationTypes, ...(await extraOrganizationTypes(tx, officeId))]),
    ownTaxonomyId: own?.id ?? null,
  };

  // Terms named by attributes: an unknown one is dropped from the attribute (an optional reference).
  plan.forEachNode((node) => {
    if (node.kind !== 'attribute' || node.invalid || node.values.link_type === 'topic') return;
    const termId = node.values.taxonomy_term_id;
    if (typeof termId !== 'string') return;
    const problem = plan.refProblem('taxonomy_term', termId);
    if (!problem) return;
    delete node.values.taxonomy_term_id;
    plan.problem(node.source, 'taxonomy_term_id', `${problem} Der Verweis wird nicht übernommen.`, 'field');
  });

  // An organisation's own address, as our export writes it (a location with an id derived from the organisation's),
  // goes back into its columns, unless the organisation has other locations or an offer is at this one.
  const orgAddress = new Map<string, Entity>();
  const orgIdsWithLocations = new Set<string>();
  const locationsOfOffers = new Set([...(plan.entities.get('service_at_location')?.values() ?? [])].map((sal) => text(sal.values.location_id)));
  for (const location of plan.entities.get('location')?.values() ?? []) {
    if (location.invalid || location.nodes.length === 0) continue;
    const orgId = location.values.organization_id;
    if (typeof orgId !== 'string') continue;
    const org = plan.entities.get('organization')?.get(orgId);
    const isAddress = location.id === derivedId(orgId, 'location') && !plan.storedRow('location', location.id) && !locationsOfOffers.has(location.id);
    if (isAddress && org && !org.invalid && org.nodes.length > 0) orgAddress.set(orgId, location);
    else orgIdsWithLocations.add(orgId);
  }
  for (const l of await locationsOfOrganizations(tx, [...orgAddress.keys()])) if (l.organizationId) orgIdsWithLocations.add(l.organizationId);
  for (const orgId of orgIdsWithLocations) orgAddress.delete(orgId);
  const addressLocations = new Set([...orgAddress.values()]);

  // 3. The rows as they would be written, compared with what is stored.
  const builder = new DocumentBuilder(plan, officeId);
  const planned: PlannedRow[] = [];
  const lastModified = { count: 0, source: null as ImportSource | null };
  const attributeNodes = (entity: Entity) => [...(entity.nested.get('attributes') ?? []), ...(entity.placed.get('attributes') ?? [])];
  const mentionsAttributes = (entity: Entity) => entity.nested.has('attributes') || entity.placed.has('attributes');
  const order: EntityKind[] = ['organization', 'program', 'location', 'service', 'service_at_location', 'taxonomy', 'taxonomy_term'];
  const childCounts = new Map<HsdsKind, { created: number; changed: number; unchanged: number }>();

  // Positions of service-at-locations within their offer, in input order.
  const salPositions = new Map<string, number>();
  {
    const perService = new Map<string, Entity[]>();
    for (const sal of plan.entities.get('service_at_location')?.values() ?? []) {
      const serviceId = text(sal.values.service_id);
      if (serviceId) perService.set(serviceId, [...(perService.get(serviceId) ?? []), sal]);
    }
    for (const list of perService.values()) list.sort((a, b) => a.position - b.position).forEach((sal, i) => salPositions.set(sal.id, i));
  }
  // New terms keep the order of the input (our export writes them in their order).
  const termPositions = new Map(
    [...(plan.entities.get('taxonomy_term')?.values() ?? [])].sort((a, b) => a.position - b.position).map((t, i) => [t.id, (i + 1) * 10] as const),
  );

  for (const kind of order) {
    for (const entity of plan.entities.get(kind)?.values() ?? []) {
      if (entity.invalid) continue;
      if (kind === 'location' && addressLocations.has(entity)) continue;
      const before = plan.storedRow(kind, entity.id) as Row | undefined;
      if (entity.nodes.length === 0 && !before) continue;
      const storedDoc = (before?.hsds as Row | undefined) ?? {};
      // Validate our attributes before the document is built, so that a refused attribute is left out of it.
      const ours = kind === 'service' || kind === 'location' || kind === 'organization' ? readOurs(plan, context, entity, attributeNodes(entity)) : null;
      let row: Row;
      let view: Row;
      const name = text(entity.values.name) ?? text(before?.name) ?? null;
      switch (kind) {
        case 'service': {
          const b = before as ImportRows['service'] | undefined;
          if ('last_modified' in entity.values) {
            lastModified.count++;
            lastModified.source ??= entity.source;
            delete entity.values.last_modified;
          }
          // One age from the input, the other as stored: they must still fit (checked before anything is collected).
          const minAge = column(entity, 'minimum_age', b?.minimumAge, num, null);
          const maxAge = column(entity, 'maximum_age', b?.maximumAge, num, null);
          if (minAge !== null && maxAge !== null && minAge > maxAge) {
            plan.refuse(entity, 'maximum_age', `Höchstalter ${maxAge} liegt unter dem Mindestalter ${minAge} (eines davon gespeichert); das Angebot wird mit allem, was zu ihm gehört, nicht übernommen.`);
            continue;
          }
          const hsds = builder.document(entity, storedDoc, serviceColumns);
          delete hsds.last_modified;
          withoutDerivedAttributes(kind, entity.id, hsds);
          const o = ours as Ours;
          const replace = entity.nested.has('attributes');
          const fromInput = <T>(fresh: T[], old: T[] | undefined): T[] => (!mentionsAttributes(entity) ? (old ?? []) : replace ? fresh : [...new Set([...(old ?? []), ...fresh])]);
          const spacesByHand = mentionsAttributes(entity) ? (replace ? o.spacesByHand : o.spacesByHand || (b?.spacesSetByHand ?? false)) : (b?.spacesSetByHand ?? false);
          row = {
            organizationId: column(entity, 'organization_id', b?.organizationId, (v) => v as string, ''),
            programId: column(entity, 'program_id', b?.programId, text, null),
            name: column(entity, 'name', b?.name, (v) => v as string, ''),
            alternateName: column(entity, 'alternate_name', b?.alternateName, text, null),
            description: column(entity, 'description', b?.description, (v) => text(v) ?? '', ''),
            url: column(entity, 'url', b?.url, text, null),
            email: column(entity, 'email', b?.email, text, null),
            status: column(entity, 'status', b?.status, (v) => v as string, 'active'),
            minimumAge: column(entity, 'minimum_age', b?.minimumAge, num, null),
            maximumAge: column(entity, 'maximum_age', b?.maximumAge, num, null),
            assuredDate: column(entity, 'assured_date', b?.assuredDate, text, null),
            assurerEmail: column(entity, 'assurer_email', b?.assurerEmail, text, null),
            topicIds: fromInput(o.topicIds, b?.topicIds),
            targetGroups: fromInput(o.targetGroups, b?.targetGroups),
            // evenings_weekends is derived from the schedules by reindexServices(); it is not the input's to set.
            traits: fromInput(o.traits, b?.traits.filter((t) => t !== 'evenings_weekends')),
            keywords: fromInput(o.keywords, b?.keywords),
            spacesSetByHand: spacesByHand,
            spaceIds: spacesByHand ? fromInput(o.spaceIds, b?.spaceIds) : (b?.spaceIds ?? []),
            hsds,
          };
          view = { ...row, traits: (row.traits as string[]).filter((t) => t !== 'evenings_weekends'), spaceIds: spacesByHand ? row.spaceIds : null };
          break;
        }
        case 'organization': {
          const b = before as ImportRows['organization'] | undefined;
          const hsds = builder.document(entity, storedDoc, organizationColumns);
          withoutDerivedAttributes(kind, entity.id, hsds);
          // Our export writes the phone column as a phone with an id derived from the organisation.
          let phone = b?.phone ?? null;
          if (entity.nested.has('phones') || entity.placed.has('phones')) {
            const phones = asObjects(hsds.phones);
            const derived = derivedId(entity.id, 'phone');
            phone = text(phones[0]?.number);
            if (phones[0]?.id === derived) hsds.phones = phones.slice(1);
            if (asObjects(hsds.phones).length === 0) delete hsds.phones;
          }
          const address = orgAddress.get(entity.id);
          const addressDoc = address ? builder.document(address, {}, locationColumns) : null;
          const addressCols = addressDoc ? addressColumns(addressDoc.addresses) : { street: b?.street ?? null, postalCode: b?.postalCode ?? null, city: b?.city ?? null };
          const o = ours as Ours;
          row = {
            name: column(entity, 'name', b?.name, (v) => v as string, ''),
            alternateName: column(entity, 'alternate_name', b?.alternateName, text, null),
            description: column(entity, 'description', b?.description, (v) => text(v) ?? '', ''),
            email: column(entity, 'email', b?.email, text, null),
            website: column(entity, 'website', b?.website, text, null),
            parentId: column(entity, 'parent_organization_id', b?.parentId, text, null),
            type: o.organizationType ?? b?.type ?? 'other',
            phone,
            ...addressCols,
            lon: address ? num(address.values.longitude) : (b?.lon ?? null),
            lat: address ? num(address.values.latitude) : (b?.lat ?? null),
            hsds,
          };
          view = row;
          break;
        }
        case 'location': {
          const b = before as ImportRows['location'] | undefined;
          const hsds = builder.document(entity, storedDoc, locationColumns);
          withoutDerivedAttributes(kind, entity.id, hsds);
          const o = ours as Ours;
          const byHand = mentionsAttributes(entity) ? o.spacesByHand : (b?.spaceSetByHand ?? false);
          row = {
            organizationId: column(entity, 'organization_id', b?.organizationId, text, null),
            locationType: column(entity, 'location_type', b?.locationType, (v) => v as string, 'physical'),
            name: column(entity, 'name', b?.name, text, null),
            alternateName: column(entity, 'alternate_name', b?.alternateName, text, null),
            description: column(entity, 'description', b?.description, text, null),
            url: column(entity, 'url', b?.url, text, null),
            latitude: column(entity, 'latitude', b?.latitude, num, null),
            longitude: column(entity, 'longitude', b?.longitude, num, null),
            ...addressColumns(hsds.addresses),
            spaceSetByHand: byHand,
            spaceId: byHand ? (o.spaceIds[0] ?? b?.spaceId ?? null) : (b?.spaceId ?? null),
            hsds,
          };
          view = { ...row, spaceId: byHand ? row.spaceId : null };
          break;
        }
        case 'service_at_location': {
          const b = before as ImportRows['service_at_location'] | undefined;
          // An offer refused only now (its ages, with the stored ones) takes its service-at-locations with it.
          const service = plan.entities.get('service')?.get(text(entity.values.service_id) ?? '');
          if (service?.invalid) {
            plan.refuse(entity, 'service_id', `Angebot ${service.id} (${where(service.source)}) wurde abgelehnt.`);
            continue;
          }
          row = {
            serviceId: column(entity, 'service_id', b?.serviceId, (v) => v as string, ''),
            locationId: column(entity, 'location_id', b?.locationId, (v) => v as string, ''),
            description: column(entity, 'description', b?.description, text, null),
            sortOrder: salPositions.get(entity.id) ?? b?.sortOrder ?? 0,
            hsds: builder.document(entity, storedDoc, salColumns),
          };
          view = row;
          break;
        }
        case 'program': {
          const b = before as ImportRows['program'] | undefined;
          row = {
            organizationId: column(entity, 'organization_id', b?.organizationId, text, null),
            name: column(entity, 'name', b?.name, (v) => v as string, ''),
            alternateName: column(entity, 'alternate_name', b?.alternateName, text, null),
            description: column(entity, 'description', b?.description, (v) => text(v) ?? '', ''),
            hsds: builder.document(entity, storedDoc, programColumns),
          };
          view = row;
          break;
        }
        case 'taxonomy': {
          const b = before as ImportRows['taxonomy'] | undefined;
          // One topic list per office: another office's list comes in as a vocabulary of its own.
          if (entity.values.sozialraum_default === 'true' && entity.id !== context.ownTaxonomyId) {
            delete entity.values.sozialraum_default;
            plan.notes.push({
              file: entity.source?.file ?? '',
              row: entity.source?.row ?? null,
              field: 'sozialraum_default',
              message: `„${text(entity.values.name) ?? entity.id}“ ist die Themenliste eines anderen Jugendamts; sie wird als eigenes Vokabular übernommen, die eigene Themenliste bleibt.`,
            });
          }
          row = {
            name: column(entity, 'name', b?.name, (v) => v as string, ''),
            description: column(entity, 'description', b?.description, (v) => text(v) ?? '', ''),
            uri: column(entity, 'uri', b?.uri, text, null),
            version: column(entity, 'version', b?.version, text, null),
            hsds: builder.document(entity, storedDoc, taxonomyColumns),
          };
          view = row;
          break;
        }
        case 'taxonomy_term': {
          const b = before as ImportRows['taxonomy_term'] | undefined;
          const taxonomyId = column(entity, 'taxonomy_id', b?.taxonomyId, text, null);
          // `taxonomy` (the vocabulary's name) is kept only where it says more than the taxonomy's own name.
          const taxonomyName = taxonomyId ? (text(plan.entities.get('taxonomy')?.get(taxonomyId)?.values.name) ?? text(plan.storedRow('taxonomy', taxonomyId)?.name)) : null;
          if (taxonomyName !== null && entity.values.taxonomy === taxonomyName) delete entity.values.taxonomy;
          row = {
            taxonomyId,
            parentId: column(entity, 'parent_id', b?.parentId, text, null),
            code: column(entity, 'code', b?.code, text, null),
            name: column(entity, 'name', b?.name, (v) => v as string, ''),
            description: column(entity, 'description', b?.description, (v) => text(v) ?? '', ''),
            termUri: column(entity, 'term_uri', b?.termUri, text, null),
            language: column(entity, 'language', b?.language, text, null),
            isTopic: b?.isTopic ?? (taxonomyId !== null && taxonomyId === context.ownTaxonomyId),
            sortOrder: b?.sortOrder ?? termPositions.get(entity.id) ?? 0,
            hsds: builder.document(entity, storedDoc, termColumns),
          };
          view = row;
          break;
        }
      }
      const beforeView = before ? Object.fromEntries(Object.keys(view).map((k) => [k, k === 'traits' ? (before.traits as string[]).filter((t) => t !== 'evenings_weekends') : before[k]])) : null;
      if (beforeView && kind === 'service' && !view.spacesSetByHand) beforeView.spaceIds = null;
      if (beforeView && kind === 'location' && !view.spaceSetByHand) beforeView.spaceId = null;
      const fields = beforeView ? Object.keys(view).filter((k) => canonical(view[k]) !== canonical(beforeView[k])) : [];
      const hsdsFields =
        beforeView && fields.includes('hsds')
          ? [...new Set([...Object.keys(view.hsds as Row), ...Object.keys(beforeView.hsds as Row)])].filter((k) => canonical((view.hsds as Row)[k]) !== canonical((beforeView.hsds as Row)[k]))
          : [];
      const action = !before ? 'create' : fields.length ? 'change' : 'unchanged';
      // Child objects, counted by id against the stored document.
      const oldChildren = new Map<string, string>();
      childObjects(kind, storedDoc, (_k, place, o) => oldChildren.set(place, canonical(o)));
      childObjects(kind, row.hsds as Row, (k, key, o) => {
        const counts = childCounts.get(k) ?? { created: 0, changed: 0, unchanged: 0 };
        const old = oldChildren.get(key);
        if (old === undefined) counts.created++;
        else if (old === canonical(o)) counts.unchanged++;
        else counts.changed++;
        childCounts.set(k, counts);
      });
      planned.push({
        kind,
        id: entity.id,
        entity,
        values: { id: entity.id, officeId, ...row },
        view,
        before: before ?? null,
        action,
        fields: [...fields.filter((f) => f !== 'hsds').map(fieldName), ...hsdsFields],
        name,
      });
    }
  }
  if (lastModified.count > 0) {
    plan.notes.push({
      file: lastModified.source?.file ?? '',
      row: null,
      field: 'last_modified',
      message: `last_modified (${lastModified.count} Angebot(e)) wird nicht übernommen: es ist hier der Zeitpunkt der letzten Änderung und wird beim Speichern gesetzt.`,
    });
  }

  // Change metadata: new, repeated, or an id of another office.
  const metadataIds = [...builder.metadata.keys()];
  const metaOffices = await metadataOffices(tx, metadataIds);
  const storedMetadata = new Map((await metadataByIds(tx, metadataIds)).map((m) => [m.id, m]));
  const metadataRows: MetadataValues[] = [];
  const metadataCounts = { created: 0, changed: 0, unchanged: 0 };
  for (const [id, m] of builder.metadata) {
    const office = metaOffices.get(id);
    if (office && office !== officeId) {
      plan.problem(m.source, 'id', `Der Änderungsvermerk ${id} gehört zu einem anderen Jugendamt.`);
      continue;
    }
    const values: MetadataValues = {
      id: m.id,
      officeId: m.officeId,
      resourceId: m.resourceId,
      resourceType: m.resourceType,
      lastActionDate: m.lastActionDate,
      lastActionType: m.lastActionType,
      fieldName: m.fieldName,
      previousValue: m.previousValue,
      replacementValue: m.replacementValue,
      updatedBy: m.updatedBy,
    };
    const old = storedMetadata.get(id);
    const same =
      old &&
      old.resourceId === values.resourceId &&
      old.resourceType === values.resourceType &&
      old.lastActionDate === values.lastActionDate &&
      old.lastActionType === values.lastActionType &&
      old.fieldName === values.fieldName &&
      old.previousValue === values.previousValue &&
      old.replacementValue === values.replacementValue &&
      old.updatedBy === values.updatedBy;
    if (!old) metadataCounts.created++;
    else if (same) metadataCounts.unchanged++;
    else metadataCounts.changed++;
    if (!same) metadataRows.push(values);
  }

  const writable = planned.filter((p) => !p.entity.invalid);

  // 4. The report.
  const counts: HsdsImportReport['counts'] = {};
  const bump = (kind: string, key: 'created' | 'changed' | 'unchanged' | 'rejected', n = 1) => {
    const c = counts[kind] ?? { created: 0, changed: 0, unchanged: 0, rejected: 0 };
    c[key] += n;
    counts[kind] = c;
  };
  for (const p of writable) bump(p.kind, p.action === 'create' ? 'created' : p.action === 'change' ? 'changed' : 'unchanged');
  for (const e of plan.allEntities()) if (e.invalid && e.nodes.length) bump(e.kind, 'rejected');
  for (const n of plan.rejectedNodes) if (!isEntityKind(n.kind) || !isUuid(n.id)) bump(n.kind, 'rejected');
  for (const [kind, c] of childCounts) {
    bump(kind, 'created', c.created);
    bump(kind, 'changed', c.changed);
    bump(kind, 'unchanged', c.unchanged);
  }
  if (builder.metadata.size) {
    bump('metadata', 'created', metadataCounts.created);
    bump('metadata', 'changed', metadataCounts.changed);
    bump('metadata', 'unchanged', metadataCounts.unchanged);
  }
  const problems = plan.problems.map((p) => ({ ...p, scope: p.scope ?? 'record' }));
  const blocked = problems.length > 0 && !skipInvalid;
  const report: HsdsImportReport = {
    dryRun,
    skipInvalid,
    stored: !dryRun && !blocked,
    files: plan.read.files,
    counts,
    problems,
    notes: plan.notes.map((n) => ({ ...n, scope: n.scope ?? 'record' })),
    records: writable.map((p) => ({ kind: p.kind, id: p.id, name: p.name, action: p.action, fields: p.fields })),
  };
  if (dryRun || blocked) return report;

  // 5. Writing, parents first.
  const toWrite = writable.filter((p) => p.action !== 'unchanged');
  const metadataTotal = metadataRows.length;
  const reindexIds = new Set(toWrite.filter((p) => p.kind === 'service').map((p) => p.id));
  const total = toWrite.length + metadataTotal;
  let done = 0;
  const progress = (n: number) => {
    done += n;
    options.onProgress?.(done, total);
  };
  options.onProgress?.(0, total);
  const ofKind = (kind: ImportKind) => toWrite.filter((p) => p.kind === kind);

  const orgs = ofKind('organization');
  const written = new Set(orgs.map((p) => p.id));
  // Parents written in this import are set afterwards (a foreign key, and parents may come after children).
  const laterParents: { id: string; parentId: string }[] = [];
  await upsertOrganizations(
    tx,
    orgs.map((p) => {
      const values = p.values as OrganizationValues;
      const parentIsNew = values.parentId !== null && written.has(values.parentId) && !plan.storedRow('organization', values.parentId);
      if (parentIsNew && values.parentId) laterParents.push({ id: values.id, parentId: values.parentId });
      return { ...values, parentId: parentIsNew ? null : values.parentId };
    }),
    progress,
  );
  await setOrganizationParents(tx, laterParents);
  for (const kind of ['program', 'location', 'service', 'service_at_location', 'taxonomy', 'taxonomy_term'] as const) {
    await upsertRows(tx, kind, ofKind(kind).map((p) => p.values), progress);
  }
  await upsertMetadata(tx, metadataRows);
  progress(metadataTotal);

  // Locations get their social space from their point (those of offers again in reindexServices()).
  const changedLocations = ofKind('location');
  const spaces = await spacesOfOffice(tx, officeId);
  if (spaces.length) {
    const index = buildSpaceIndex(spaces.map((s) => ({ value: s.id, boundary: s.boundary })));
    await setLocationSpaces(
      tx,
      changedLocations
        .filter((p) => !p.values.spaceSetByHand)
        .map((p) => {
          const lat = p.values.latitude as number | null;
          const lon = p.values.longitude as number | null;
          return { id: p.id, spaceId: lat !== null && lon !== null ? (index.locate(lon, lat) ?? null) : null };
        }),
    );
  }
  const salServices = ofKind('service_at_location').map((p) => p.values.serviceId as string);
  const touched = await servicesTouchedBy(
    tx,
    officeId,
    changedLocations.map((p) => p.id),
    orgs.map((p) => p.id),
  );
  for (const id of [...salServices, ...touched]) reindexIds.add(id);
  const reindexList = [...reindexIds];
  for (let i = 0; i < reindexList.length; i += 500) await reindexServices(tx, officeId, reindexList.slice(i, i + 500));

  // The ids of what changed, at most a thousand per kind: the counts say how many there were.
  const idsOf = (action: 'create' | 'change') =>
    Object.fromEntries(
      entityKinds
        .map((kind) => [kind, writable.filter((p) => p.kind === kind && p.action === action).map((p) => p.id).slice(0, 1_000)] as const)
        .filter(([, list]) => list.length > 0),
    );
  await recordAudit(ctx, {
    officeId,
    action: 'import',
    entity: 'hsds_import',
    after: {
      files: report.files,
      skipInvalid,
      counts,
      problems: problems.length,
      created: idsOf('create'),
      changed: idsOf('change'),
    },
  });
  return report;
}

const fieldNames: Record<string, string> = {
  organizationId: 'organization_id',
  programId: 'program_id',
  alternateName: 'alternate_name',
  minimumAge: 'minimum_age',
  maximumAge: 'maximum_age',
  assuredDate: 'assured_date',
  assurerEmail: 'assurer_email',
  topicIds: 'attributes (topic)',
  targetGroups: 'attributes (sozialraum:target_group)',
  traits: 'attributes (sozialraum:trait)',
  keywords: 'attributes (sozialraum:keyword)',
  spaceIds: 'attributes (sozialraum:social_space)',
  spacesSetByHand: 'attributes (sozialraum:social_space_set_by_hand)',
  spaceSetByHand: 'attributes (sozialraum:social_space_set_by_hand)',
  spaceId: 'attributes (sozialraum:social_space)',
  parentId: 'parent_organization_id',
  locationType: 'location_type',
  serviceId: 'service_id',
  locationId: 'location_id',
  sortOrder: 'service_at_locations (Reihenfolge)',
  taxonomyId: 'taxonomy_id',
  termUri: 'term_uri',
  isTopic: 'is_topic',
  type: 'attributes (organization_type)',
  phone: 'phones',
  street: 'locations (Adresse)',
  postalCode: 'locations (Adresse)',
  city: 'locations (Adresse)',
  lon: 'locations (Punkt)',
  lat: 'locations (Punkt)',
};
const fieldName = (key: string) => fieldNames[key] ?? key;

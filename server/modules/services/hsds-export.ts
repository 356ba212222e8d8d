import type { Organization } from '../../../common/api/network';
import type { Db } from '../../platform/db/database';
import { derivedUuid, toHsdsOrganization as organizationAddressAndType } from '../social-spaces';
import {
  linksByIds,
  linksOfServices,
  locationsOfOrganizations,
  type LocationRow,
  metadataOf,
  type MetadataRow,
  type OrganizationRow,
  organizationsByIds,
  type ProgramRow,
  programsOf,
  type ServiceAtLocationRow,
  type ServiceLink,
  servicesByIds,
  servicesOfOrganizations,
  type TaxonomyRow,
  type TaxonomyTermRow,
  termsWithTaxonomies,
} from './hsds.queries';
import type { ServiceRow } from './services.queries';

/**
 * Our rows as Open Referral HSDS 3.0 JSON (docs/decisions/0002-hsds-storage.md): every record is its `hsds` document
 * overlaid with its columns. Columns win; a column that is null removes the field, because no HSDS schema allows null
 * anywhere (every field is a plain "string", "number", …), and so does a final pass that drops every null an import
 * may have kept. Our own additions travel as `attributes` whose `link_type` starts with "sozialraum:":
 *
 * | link_type                               | on       | value                                   |
 * |-----------------------------------------|----------|-----------------------------------------|
 * | `topic` (HSDS use, with taxonomy_term_id)| service  | — (the term is nested as taxonomy_term) |
 * | `sozialraum:target_group`               | service  | code from common/service-terms.ts       |
 * | `sozialraum:trait`                      | service  | low-threshold trait code                |
 * | `sozialraum:keyword`                    | service  | the keyword                             |
 * | `sozialraum:social_space`               | service, location | social space id                |
 * | `sozialraum:social_space_set_by_hand`   | service, location | "true" (spaces not from points)|
 * | `organization_type` (social-spaces)     | organization | our organisation type               |
 *
 * Attribute ids stay those of the `hsds` document when an attribute with the same link_type and value (or term) is
 * kept there, else they are derived from the record id, so that every export repeats the same ids.
 *
 * "Full" records carry everything we hold: children from `hsds`, the records of other tables (organization, program,
 * service_at_locations with their location, the organisation's locations and programs), the linked taxonomy terms
 * nested into their attributes, and `metadata` from the hsds_metadata table (resource_id = the object's id) merged
 * with the metadata objects kept in `hsds`. Non-full records are the one-to-one fields of the standard's `*_list`
 * shapes: scalars only, plus the nested organization and program (services) or location and service
 * (service-at-locations).
 *
 * Times are given back as stored: the forms write schedule `opens_at`/`closes_at` as local time "HH:MM:00" (as in
 * the official examples) without a UTC offset, because Berlin's offset changes with daylight saving time.
 */

export type HsdsRecord = Record<string, unknown>;

/** Everything a set of records refers to, loaded in one go (see the loaders below). */
export type HsdsLookup = {
  organizations: Map<string, OrganizationRow>;
  programs: Map<string, ProgramRow>;
  organizationPrograms: Map<string, ProgramRow[]>;
  organizationLocations: Map<string, LocationRow[]>;
  organizationServices: Map<string, ServiceRow[]>;
  serviceLinks: Map<string, ServiceLink[]>;
  terms: Map<string, { term: TaxonomyTermRow; taxonomy: TaxonomyRow | null }>;
  metadata: Map<string, MetadataRow[]>;
  /**
   * For the public API: `updated_by` of change metadata becomes "Redaktion". Our own entries name the staff member
   * (name and e-mail address); the public sees that a record changed and when, not who changed it.
   */
  hideEditors: boolean;
};

export type ServiceBundle = { service: ServiceRow; lookup: HsdsLookup };
export type OrganizationBundle = { organization: OrganizationRow; lookup: HsdsLookup };
export type ServiceAtLocationBundle = { link: ServiceAtLocationRow; location: LocationRow; service: ServiceRow; lookup: HsdsLookup };

export const emptyHsdsLookup = (): HsdsLookup => ({
  organizations: new Map(),
  programs: new Map(),
  organizationPrograms: new Map(),
  organizationLocations: new Map(),
  organizationServices: new Map(),
  serviceLinks: new Map(),
  terms: new Map(),
  metadata: new Map(),
  hideEditors: false,
});

// ---- helpers ----

const isObject = (value: unknown): value is HsdsRecord => typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
const asArray = (value: unknown): HsdsRecord[] => (Array.isArray(value) ? value.filter(isObject) : []);

/**
 * Stable ids for records derived from another (an organisation's phone and address location, our attributes): the
 * social-spaces module's algorithm, so that its organisation export and ours give the same ids, which the import
 * relies on to recognise them.
 */
export const derivedId = derivedUuid;

/** The document with the columns laid over it: a column wins, a null column removes the field. */
function overlay(document: HsdsRecord, columns: HsdsRecord): HsdsRecord {
  const kept = Object.entries(document).filter(([key]) => !(key in columns));
  const set = Object.entries(columns).filter(([, value]) => value !== null && value !== undefined);
  return Object.fromEntries([...set, ...kept]);
}

/** The one-to-one fields of a document: no lists, no nested objects. */
const scalarsOf = (document: HsdsRecord): HsdsRecord => Object.fromEntries(Object.entries(document).filter(([, v]) => v !== null && typeof v !== 'object'));

const metadataRecord = (row: MetadataRow): HsdsRecord => ({
  id: row.id,
  resource_id: row.resourceId,
  resource_type: row.resourceType,
  last_action_date: row.lastActionDate,
  last_action_type: row.lastActionType,
  field_name: row.fieldName,
  previous_value: row.previousValue,
  replacement_value: row.replacementValue,
  updated_by: row.updatedBy,
});

type Finish = { lookup: HsdsLookup; full: boolean };

const publicEditor = 'Redaktion';
const withEditors = (entries: unknown, lookup: HsdsLookup): unknown =>
  lookup.hideEditors && Array.isArray(entries) ? entries.map((e) => (isObject(e) ? { ...e, updated_by: publicEditor } : e)) : entries;

/**
 * The last pass over a record: drops nulls (no HSDS schema allows them), and in full records nests the linked
 * taxonomy term into every attribute and merges the stored change metadata into every object that has an id.
 */
function finish(value: unknown, options: Finish): unknown {
  if (Array.isArray(value)) return value.filter((v) => v !== null && v !== undefined).map((v) => finish(v, options));
  if (value instanceof Date) return value.toISOString();
  if (!isObject(value)) return value;
  const out: HsdsRecord = {};
  for (const [key, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    out[key] = key === 'metadata' ? withEditors(finish(v, { ...options, full: false }), options.lookup) : finish(v, options);
  }
  if (!options.full) return out;
  if (typeof out.taxonomy_term_id === 'string') {
    const known = options.lookup.terms.get(out.taxonomy_term_id);
    if (known) out.taxonomy_term = finish(termRecord(known.term, known.taxonomy), { ...options, full: false });
  }
  const stored = typeof out.id === 'string' ? options.lookup.metadata.get(out.id) : undefined;
  if (stored?.length) {
    const kept = asArray(out.metadata);
    const fromTable = stored.map(metadataRecord);
    const tableIds = new Set(fromTable.map((m) => m.id));
    out.metadata = withEditors([...kept.filter((m) => !tableIds.has(m.id)), ...fromTable], options.lookup);
  }
  return out;
}

type Attribute = { linkType: string; value?: string; termId?: string };

/**
 * The record's attributes: those of its document that are not ours, then ours from the columns. An attribute of the
 * document with the same link_type and value (or term) keeps its id.
 */
function attributesOf(recordId: string, linkEntity: string, document: HsdsRecord, ours: Attribute[], ownTypes: (linkType: string) => boolean): HsdsRecord[] {
  const kept = asArray(document.attributes);
  const foreign = kept.filter((a) => typeof a.link_type !== 'string' || !ownTypes(a.link_type));
  const derived = ours.map((attribute) => {
    const same = kept.find(
      (a) => a.link_type === attribute.linkType && (attribute.termId !== undefined ? a.taxonomy_term_id === attribute.termId : a.value === attribute.value),
    );
    const key = attribute.termId ?? attribute.value ?? '';
    return {
      ...(same ?? {}),
      id: typeof same?.id === 'string' ? same.id : derivedId(recordId, `${attribute.linkType}:${key}`),
      link_id: recordId,
      link_type: attribute.linkType,
      link_entity: linkEntity,
      ...(attribute.termId !== undefined ? { taxonomy_term_id: attribute.termId } : {}),
      ...(attribute.value !== undefined ? { value: attribute.value } : {}),
    };
  });
  return [...foreign, ...derived];
}

const isOurs = (linkType: string) => linkType === 'topic' || linkType.startsWith('sozialraum:');

function spaceAttributes(spaceIds: readonly string[], byHand: boolean): Attribute[] {
  return [
    ...spaceIds.map((id) => ({ linkType: 'sozialraum:social_space', value: id })),
    ...(byHand ? [{ linkType: 'sozialraum:social_space_set_by_hand', value: 'true' }] : []),
  ];
}

// ---- taxonomies and terms ----

function taxonomyRecord(row: TaxonomyRow): HsdsRecord {
  return overlay(row.hsds, { id: row.id, name: row.name, description: row.description, uri: row.uri, version: row.version });
}

function termRecord(row: TaxonomyTermRow, taxonomy: TaxonomyRow | null | undefined): HsdsRecord {
  const doc = row.hsds;
  return overlay(doc, {
    id: row.id,
    code: row.code,
    name: row.name,
    description: row.description,
    parent_id: row.parentId,
    taxonomy_id: row.taxonomyId,
    term_uri: row.termUri,
    language: row.language,
    // `taxonomy` (the vocabulary's name) has no column: an imported value stays, ours is the taxonomy's name.
    taxonomy: typeof doc.taxonomy === 'string' ? doc.taxonomy : (taxonomy?.name ?? null),
    taxonomy_detail: taxonomy ? taxonomyRecord(taxonomy) : isObject(doc.taxonomy_detail) ? doc.taxonomy_detail : null,
  });
}

export function toHsdsTaxonomy(row: TaxonomyRow, lookup: HsdsLookup = emptyHsdsLookup()): HsdsRecord {
  return finish(taxonomyRecord(row), { lookup, full: true }) as HsdsRecord;
}

export function toHsdsTaxonomyTerm(row: TaxonomyTermRow, taxonomy: TaxonomyRow | null = null, lookup: HsdsLookup = emptyHsdsLookup()): HsdsRecord {
  return finish(termRecord(row, taxonomy), { lookup, full: true }) as HsdsRecord;
}

// ---- locations and programs ----

/** The first physical address of the document carries the address columns (the forms edit that one). */
function addressesOf(row: LocationRow): unknown {
  const addresses = asArray(row.hsds.addresses);
  if (row.street === null && row.postalCode === null && row.city === null) return row.hsds.addresses;
  const index = addresses.findIndex((a) => a.address_type === 'physical');
  const base = addresses[index] ?? { id: derivedId(row.id, 'address'), location_id: row.id, address_type: 'physical', state_province: '', country: 'DE' };
  const address = { ...base, address_1: row.street ?? '', postal_code: row.postalCode ?? '', city: row.city ?? '' };
  return index >= 0 ? addresses.map((a, i) => (i === index ? address : a)) : [address, ...addresses];
}

function locationRecord(row: LocationRow, full: boolean): HsdsRecord {
  const columns = {
    id: row.id,
    location_type: row.locationType,
    organization_id: row.organizationId,
    name: row.name,
    alternate_name: row.alternateName,
    description: row.description,
    url: row.url,
    latitude: row.latitude,
    longitude: row.longitude,
  };
  if (!full) return overlay(scalarsOf(row.hsds), columns);
  return overlay(row.hsds, {
    ...columns,
    addresses: addressesOf(row),
    attributes: attributesOf(row.id, 'location', row.hsds, spaceAttributes(row.spaceId ? [row.spaceId] : [], row.spaceSetByHand), isOurs),
  });
}

/** A location (Standort) with its addresses, accessibility, phones, schedules, languages and contacts. */
export function toHsdsLocation(row: LocationRow, options: { full?: boolean; lookup?: HsdsLookup } = {}): HsdsRecord {
  const full = options.full ?? true;
  return finish(locationRecord(row, full), { lookup: options.lookup ?? emptyHsdsLookup(), full }) as HsdsRecord;
}

function programRecord(row: ProgramRow, full: boolean): HsdsRecord {
  const columns = { id: row.id, organization_id: row.organizationId, name: row.name, alternate_name: row.alternateName, description: row.description };
  return overlay(full ? row.hsds : scalarsOf(row.hsds), columns);
}

export function toHsdsProgram(row: ProgramRow, lookup: HsdsLookup = emptyHsdsLookup()): HsdsRecord {
  return finish(programRecord(row, true), { lookup, full: true }) as HsdsRecord;
}

// ---- organisations ----

/** Our organisation row in the shape the social-spaces mapping takes (it adds the address location, phone and type). */
const organizationShape = (row: OrganizationRow): Organization => ({
  id: row.id,
  officeId: row.officeId,
  name: row.name,
  alternateName: row.alternateName,
  type: row.type,
  typeLabel: row.type,
  description: row.description,
  email: row.email,
  phone: row.phone,
  website: row.website,
  address: { street: row.street, postalCode: row.postalCode, city: row.city },
  point: row.lon !== null && row.lat !== null ? [row.lon, row.lat] : null,
  parentId: row.parentId,
  spaceIds: [],
  updatedAt: row.updatedAt.toISOString(),
});

export type OrganizationServices = 'none' | 'list' | 'full';

function organizationRecord(row: OrganizationRow, lookup: HsdsLookup, full: boolean, services: OrganizationServices): HsdsRecord {
  const columns = {
    id: row.id,
    name: row.name,
    alternate_name: row.alternateName,
    description: row.description,
    email: row.email,
    website: row.website,
    parent_organization_id: row.parentId,
  };
  if (!full) return overlay(scalarsOf(row.hsds), columns);
  const base = organizationAddressAndType(organizationShape(row));
  const ownLocations = lookup.organizationLocations.get(row.id) ?? [];
  // The phone column is the first phone; imported further phones stay. Without a phone column, imported phones stay as they are.
  const keptPhones = asArray(row.hsds.phones);
  const phones = row.phone === null ? keptPhones : keptPhones.length ? keptPhones.map((p, i) => (i === 0 ? { ...p, number: row.phone } : p)) : base.phones;
  const typeAttribute = base.attributes;
  const attributes = [...asArray(row.hsds.attributes).filter((a) => !typeAttribute.some((t) => t.link_type === a.link_type)), ...typeAttribute];
  const ownServices = lookup.organizationServices.get(row.id) ?? [];
  return overlay(row.hsds, {
    ...columns,
    phones,
    // Location rows of the organisation; the location derived from its own address only when it has none.
    locations: ownLocations.length ? ownLocations.map((l) => locationRecord(l, true)) : [...asArray(row.hsds.locations), ...base.locations],
    programs: (lookup.organizationPrograms.get(row.id) ?? []).map((p) => programRecord(p, true)),
    attributes,
    services: services === 'none' ? null : ownServices.map((s) => serviceRecord(s, lookup, { full: services === 'full', organization: false, serviceAtLocations: true })),
  });
}

/**
 * An organisation (public fields only: its organisational contacts). `full`: with phones, locations, programs,
 * attributes, metadata and everything its document keeps; `services` adds its offers, as list items or in full.
 */
export function toHsdsOrganization(bundle: OrganizationBundle, options: { full: boolean; services?: OrganizationServices }): HsdsRecord {
  return finish(organizationRecord(bundle.organization, bundle.lookup, options.full, options.services ?? 'none'), { lookup: bundle.lookup, full: options.full }) as HsdsRecord;
}

// ---- services and service-at-locations ----

type ServiceOptions = { full: boolean; organization: boolean; serviceAtLocations: boolean };

function serviceRecord(row: ServiceRow, lookup: HsdsLookup, options: ServiceOptions): HsdsRecord {
  const organization = options.organization ? lookup.organizations.get(row.organizationId) : undefined;
  const program = row.programId ? lookup.programs.get(row.programId) : undefined;
  const columns = {
    id: row.id,
    organization_id: row.organizationId,
    program_id: row.programId,
    name: row.name,
    alternate_name: row.alternateName,
    description: row.description,
    url: row.url,
    email: row.email,
    status: row.status,
    minimum_age: row.minimumAge,
    maximum_age: row.maximumAge,
    assured_date: row.assuredDate,
    assurer_email: row.assurerEmail,
    last_modified: row.updatedAt.toISOString(),
    organization: organization ? organizationRecord(organization, lookup, options.full, 'none') : null,
    program: program ? programRecord(program, options.full) : null,
  };
  if (!options.full) return overlay(scalarsOf(row.hsds), columns);
  const ours: Attribute[] = [
    ...row.topicIds.map((termId) => ({ linkType: 'topic', termId })),
    ...row.targetGroups.map((value) => ({ linkType: 'sozialraum:target_group', value })),
    ...row.traits.map((value) => ({ linkType: 'sozialraum:trait', value })),
    ...row.keywords.map((value) => ({ linkType: 'sozialraum:keyword', value })),
    ...spaceAttributes(row.spaceIds, row.spacesSetByHand),
  ];
  const links = lookup.serviceLinks.get(row.id) ?? [];
  return overlay(row.hsds, {
    ...columns,
    attributes: attributesOf(row.id, 'service', row.hsds, ours, isOurs),
    service_at_locations: options.serviceAtLocations ? links.map((l) => serviceAtLocationRecord(l, null, lookup, true)) : null,
  });
}

/** An offer. `full`: everything we hold about it; else the one-to-one fields with its organization and program. */
export function toHsdsService(bundle: ServiceBundle, options: { full: boolean }): HsdsRecord {
  const record = serviceRecord(bundle.service, bundle.lookup, { full: options.full, organization: true, serviceAtLocations: true });
  return finish(record, { lookup: bundle.lookup, full: options.full }) as HsdsRecord;
}

function serviceAtLocationRecord(link: ServiceLink, service: ServiceRow | null, lookup: HsdsLookup, full: boolean): HsdsRecord {
  const columns = {
    id: link.link.id,
    service_id: link.link.serviceId,
    location_id: link.link.locationId,
    description: link.link.description,
    location: locationRecord(link.location, full),
    service: service ? serviceRecord(service, lookup, { full, organization: true, serviceAtLocations: false }) : null,
  };
  return overlay(full ? link.link.hsds : scalarsOf(link.link.hsds), columns);
}

/** An offer at one location: the location and the offer nested (in full, or their one-to-one fields). */
export function toHsdsServiceAtLocation(bundle: ServiceAtLocationBundle, options: { full: boolean } = { full: true }): HsdsRecord {
  const record = serviceAtLocationRecord({ link: bundle.link, location: bundle.location }, bundle.service, bundle.lookup, options.full);
  return finish(record, { lookup: bundle.lookup, full: options.full }) as HsdsRecord;
}

// ---- loading: a constant number of statements, whatever the number of records ----

/** Every `id` and `taxonomy_term_id` in a document, for the metadata and term look-ups. */
function collectIds(value: unknown, ids: Set<string>, termIds: Set<string>): void {
  if (Array.isArray(value)) {
    for (const v of value) collectIds(v, ids, termIds);
    return;
  }
  if (!isObject(value)) return;
  for (const [key, v] of Object.entries(value)) {
    if (key === 'metadata') continue;
    if (key === 'id' && typeof v === 'string') ids.add(v);
    else if (key === 'taxonomy_term_id' && typeof v === 'string') termIds.add(v);
    else if (typeof v === 'object') collectIds(v, ids, termIds);
  }
}

const groupBy = <T>(rows: readonly T[], key: (row: T) => string | null): Map<string, T[]> => {
  const map = new Map<string, T[]>();
  for (const row of rows) {
    const k = key(row);
    if (k === null) continue;
    const list = map.get(k);
    if (list) list.push(row);
    else map.set(k, [row]);
  }
  return map;
};

type LoadRequest = {
  serviceIds?: readonly string[];
  organizationIds?: readonly string[];
  /** Load the offers of the organisations too (organisation records with `services`). */
  organizationServices?: boolean;
  /** Full records: service-at-locations, the organisations' locations and programs, terms, metadata. */
  full: boolean;
  /** See `HsdsLookup.hideEditors`. */
  hideEditors?: boolean;
};

/**
 * Loads what the records of the given offers and organisations refer to. Statements: offers, organisations and
 * programs; in full also their service-at-locations with locations, the organisations' locations, the linked terms
 * with their taxonomies and the change metadata; plus one when the organisations' offers are asked for. Never one
 * per record.
 */
export async function loadHsdsLookup(tx: Db, request: LoadRequest): Promise<{ lookup: HsdsLookup; services: Map<string, ServiceRow> }> {
  const lookup = { ...emptyHsdsLookup(), hideEditors: request.hideEditors ?? false };
  const serviceIds = new Set(request.serviceIds ?? []);
  const organizationIds = new Set(request.organizationIds ?? []);
  if (request.organizationServices) {
    const own = await servicesOfOrganizations(tx, [...organizationIds]);
    lookup.organizationServices = groupBy(own, (s) => s.organizationId);
    for (const s of own) serviceIds.add(s.id);
  }
  const serviceRows = await servicesByIds(tx, [...serviceIds]);
  const services = new Map(serviceRows.map((s) => [s.id, s]));
  for (const s of serviceRows) organizationIds.add(s.organizationId);
  const links = request.full ? await linksOfServices(tx, [...services.keys()]) : [];
  lookup.serviceLinks = groupBy(links, (l) => l.link.serviceId);
  const orgRows = await organizationsByIds(tx, [...organizationIds]);
  lookup.organizations = new Map(orgRows.map((o) => [o.id, o]));
  const programIds = serviceRows.flatMap((s) => (s.programId ? [s.programId] : []));
  const programRows = await programsOf(tx, programIds, request.full ? [...lookup.organizations.keys()] : []);
  lookup.programs = new Map(programRows.map((p) => [p.id, p]));
  lookup.organizationPrograms = groupBy(programRows, (p) => p.organizationId);
  if (!request.full) return { lookup, services };

  const orgLocations = await locationsOfOrganizations(tx, [...lookup.organizations.keys()]);
  lookup.organizationLocations = groupBy(orgLocations, (l) => l.organizationId);
  const ids = new Set<string>();
  const termIds = new Set<string>();
  for (const s of serviceRows) {
    ids.add(s.id);
    for (const t of s.topicIds) termIds.add(t);
    collectIds(s.hsds, ids, termIds);
  }
  for (const l of links) {
    ids.add(l.link.id);
    ids.add(l.location.id);
    collectIds(l.link.hsds, ids, termIds);
    collectIds(l.location.hsds, ids, termIds);
  }
  for (const row of [...orgRows, ...programRows, ...orgLocations]) {
    ids.add(row.id);
    collectIds(row.hsds, ids, termIds);
  }
  const terms = await termsWithTaxonomies(tx, [...termIds]);
  lookup.terms = new Map(terms.map((t) => [t.term.id, t]));
  for (const t of terms) {
    ids.add(t.term.id);
    if (t.taxonomy) ids.add(t.taxonomy.id);
  }
  lookup.metadata = groupBy(await metadataOf(tx, [...ids]), (m) => m.resourceId);
  return { lookup, services };
}

/**
 * Bundles for `toHsdsService`, in the order of `serviceIds`; ids of another office (when `officeId` is given) or
 * unknown ids are left out. For a large export, call it with chunks of a few hundred ids.
 */
export async function loadHsdsBundles(
  tx: Db,
  officeId: string | null,
  serviceIds: readonly string[],
  options: { full: boolean; hideEditors?: boolean } = { full: true },
): Promise<ServiceBundle[]> {
  const { lookup, services } = await loadHsdsLookup(tx, { serviceIds, full: options.full, hideEditors: options.hideEditors });
  return serviceIds.flatMap((id) => {
    const service = services.get(id);
    return service && (officeId === null || service.officeId === officeId) ? [{ service, lookup }] : [];
  });
}

export async function loadHsdsOrganizationBundles(
  tx: Db,
  officeId: string | null,
  organizationIds: readonly string[],
  options: { full: boolean; services: OrganizationServices; hideEditors?: boolean },
): Promise<OrganizationBundle[]> {
  const { lookup } = await loadHsdsLookup(tx, {
    organizationIds,
    hideEditors: options.hideEditors,
    organizationServices: options.services !== 'none',
    full: options.full || options.services === 'full',
  });
  return organizationIds.flatMap((id) => {
    const organization = lookup.organizations.get(id);
    return organization && (officeId === null || organization.officeId === officeId) ? [{ organization, lookup }] : [];
  });
}

export async function loadHsdsServiceAtLocationBundles(
  tx: Db,
  officeId: string | null,
  ids: readonly string[],
  options: { full: boolean; hideEditors?: boolean },
): Promise<ServiceAtLocationBundle[]> {
  const links = await linksByIds(tx, ids);
  const serviceIds = [...new Set(links.map((l) => l.link.serviceId))];
  const { lookup, services } = await loadHsdsLookup(tx, { serviceIds, full: options.full, hideEditors: options.hideEditors });
  const byId = new Map(links.map((l) => [l.link.id, l]));
  return ids.flatMap((id) => {
    const link = byId.get(id);
    const service = link ? services.get(link.link.serviceId) : undefined;
    return link && service && (officeId === null || link.link.officeId === officeId) ? [{ link: link.link, location: link.location, service, lookup }] : [];
  });
}

import { randomUUID } from 'node:crypto';
import type { CreateServiceBody, ServiceDetail, UpdateServiceBody } from '../../../common/api/services';
import { commonLanguages } from '../../../common/service-terms';
import { actorLabel, type Actor } from '../../platform/auth/actor';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { buildSpaceIndex, findOrganizationRow, spacesOfOffice, spacesOfUser } from '../social-spaces';
import { presentService } from './read-service';
import { reindexServices } from './reindex-services';
import { type ServiceTarget, servicesPolicy } from './services.policy';
import {
  deleteServiceRow,
  findServiceForUpdate,
  insertService,
  locationsOfService,
  recordMetadata,
  replaceServiceLocations,
  type ServiceRow,
  termsOfOffice,
  updateServiceRow,
  upsertLocation,
} from './services.queries';
import { todayInBerlin, hsdsList } from './services.rules';
import type { HsdsDocument } from './services.tables';

type LocationInput = CreateServiceBody['locations'][number];

/** The spaces where the acting team member is on the team today (empty for everyone else). */
async function actorSpaces(tx: Db, actor: Actor): Promise<string[]> {
  return actor.kind === 'user' && actor.roles.includes('team_member') ? spacesOfUser(tx, actor.userId, todayInBerlin()) : [];
}

/** The spaces an offer will lie in: set by hand, or where its locations' points are. */
async function targetSpaces(tx: Db, officeId: string, manual: string[] | null, locations: LocationInput[]): Promise<string[]> {
  if (manual) return [...new Set(manual)];
  const spaces = await spacesOfOffice(tx, officeId);
  const index = buildSpaceIndex(spaces.map((s) => ({ value: s.id, boundary: s.boundary })));
  const found = locations.map((l) => l.spaceId ?? (l.point ? index.locate(l.point[0], l.point[1]) : undefined));
  return [...new Set(found.filter((s): s is string => !!s))];
}

async function checkReferences(tx: Db, officeId: string, input: Partial<CreateServiceBody>) {
  if (input.organizationId !== undefined) {
    const org = await findOrganizationRow(tx, input.organizationId);
    if (!org || org.officeId !== officeId) throw invalidField('organizationId', 'Die Organisation gibt es in diesem Jugendamt nicht.');
  }
  if (input.topicIds?.length) {
    // Our topics, and terms of vocabularies an import brought (an imported offer keeps them when its topics are edited).
    const topics = new Set((await termsOfOffice(tx, officeId)).map((t) => t.id));
    const unknown = input.topicIds.filter((id) => !topics.has(id));
    if (unknown.length) throw invalidField('topicIds', 'Mindestens ein Thema gibt es nicht.');
  }
  const spaceIds = [...(input.spaceIds ?? []), ...(input.locations ?? []).flatMap((l) => (l.spaceId ? [l.spaceId] : []))];
  if (spaceIds.length) {
    const own = new Set((await spacesOfOffice(tx, officeId)).map((s) => s.id));
    if (spaceIds.some((id) => !own.has(id))) throw invalidField('spaceIds', 'Mindestens ein Sozialraum gehört nicht zu diesem Jugendamt.');
  }
}

const hsdsTime = (clock: string | null) => (clock ? `${clock}:00` : undefined);
const clean = (record: Record<string, unknown>) => Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined));

/**
 * The HSDS document of an offer after a form edit: the form's lists replace the HSDS lists (keeping the ids of
 * entries at the same place), everything else an import brought stays.
 */
function nextHsds(serviceId: string, before: HsdsDocument, input: Partial<CreateServiceBody>, topicIds: string[]): HsdsDocument {
  const next: HsdsDocument = { ...before };
  if (input.schedules) {
    const old = hsdsList(before.schedules);
    next.schedules = input.schedules.map((s, i) =>
      clean({
        ...(old[i] ?? {}),
        id: (old[i]?.id as string | undefined) ?? randomUUID(),
        service_id: serviceId,
        freq: 'WEEKLY',
        wkst: 'MO',
        byday: s.days.join(','),
        opens_at: hsdsTime(s.opensAt),
        closes_at: hsdsTime(s.closesAt),
        description: s.description ?? undefined,
        valid_from: s.validFrom ?? undefined,
        valid_to: s.validTo ?? undefined,
      }),
    );
  }
  if (input.phones) {
    const old = hsdsList(before.phones);
    next.phones = input.phones.map((p, i) =>
      clean({ ...(old[i] ?? {}), id: (old[i]?.id as string | undefined) ?? randomUUID(), service_id: serviceId, number: p.number, description: p.description ?? undefined, type: 'voice', languages: [] }),
    );
  }
  if (input.languages) {
    const old = hsdsList(before.languages);
    next.languages = input.languages.map((code) => {
      const kept = old.find((l) => l.code === code);
      return kept ?? { id: randomUUID(), service_id: serviceId, name: commonLanguages[code]?.de ?? code, code };
    });
  }
  if (input.topicIds) {
    // Topics travel as HSDS attributes that link taxonomy terms; other attributes stay as they are.
    const old = hsdsList(before.attributes);
    const others = old.filter((a) => typeof a.taxonomy_term_id !== 'string' || a.link_type !== 'topic');
    const topics = topicIds.map((termId) => old.find((a) => a.taxonomy_term_id === termId && a.link_type === 'topic') ?? { id: randomUUID(), link_id: serviceId, link_type: 'topic', link_entity: 'service', taxonomy_term_id: termId });
    next.attributes = [...others, ...topics];
  }
  const texts = { feesDescription: 'fees_description', applicationProcess: 'application_process', eligibilityDescription: 'eligibility_description', alert: 'alert' } as const;
  const cleared = new Set<string>();
  for (const [key, field] of Object.entries(texts) as [keyof typeof texts, string][]) {
    const value = input[key];
    if (value === null) cleared.add(field);
    else if (value !== undefined) next[field] = value;
  }
  return Object.fromEntries(Object.entries(next).filter(([field]) => !cleared.has(field)));
}

async function saveLocations(tx: Db, officeId: string, serviceId: string, inputs: LocationInput[]) {
  const existing = new Map((await locationsOfService(tx, serviceId)).map((l) => [l.location.id, l.location]));
  const ids: string[] = [];
  for (const input of inputs) {
    if (input.id && !existing.has(input.id)) throw invalidField('locations', 'Ein Standort gehört nicht zu diesem Angebot.');
    const old = input.id ? existing.get(input.id) : undefined;
    const id = old?.id ?? randomUUID();
    const hsds = { ...(old?.hsds ?? {}) };
    // The form edits the first physical address; other addresses of an import stay.
    const addresses = hsdsList(hsds.addresses);
    const physical = addresses.findIndex((a) => a.address_type === 'physical');
    const address = clean({
      ...(addresses[physical] ?? { id: randomUUID(), location_id: id, address_type: 'physical', state_province: '', country: 'DE' }),
      address_1: input.street ?? '',
      postal_code: input.postalCode ?? '',
      city: input.city ?? '',
    });
    if (input.street || input.postalCode || input.city) {
      hsds.addresses = physical >= 0 ? addresses.map((a, i) => (i === physical ? address : a)) : [address, ...addresses];
    } else if (physical >= 0) hsds.addresses = addresses.filter((_, i) => i !== physical);
    await upsertLocation(tx, {
      id,
      officeId,
      organizationId: old?.organizationId ?? null,
      locationType: old?.locationType ?? 'physical',
      name: input.name,
      alternateName: old?.alternateName ?? null,
      description: old?.description ?? null,
      url: old?.url ?? null,
      street: input.street,
      postalCode: input.postalCode,
      city: input.city,
      longitude: input.point?.[0] ?? null,
      latitude: input.point?.[1] ?? null,
      spaceId: input.spaceId,
      spaceSetByHand: input.spaceId !== null,
      hsds,
    });
    ids.push(id);
  }
  await replaceServiceLocations(tx, officeId, serviceId, ids);
}

// HSDS field names for the per-field change metadata.
const metadataFields = { name: 'name', alternateName: 'alternate_name', description: 'description', url: 'url', email: 'email', status: 'status', minimumAge: 'minimum_age', maximumAge: 'maximum_age', assuredDate: 'assured_date' } as const;
const asText = (v: unknown) => (v === null || v === undefined ? '' : String(v));

async function recordChanges(ctx: Ctx, row: ServiceRow, before: Partial<ServiceRow> | null, action: 'create' | 'update' | 'verify' | 'delete') {
  const date = todayInBerlin();
  const entries = (Object.entries(metadataFields) as [keyof typeof metadataFields, string][])
    .filter(([key]) => (before === null ? row[key] !== null && row[key] !== '' : asText(before[key]) !== asText(row[key])))
    .map(([key, field]) => ({
      officeId: row.officeId,
      resourceId: row.id,
      resourceType: 'service',
      lastActionDate: date,
      lastActionType: action,
      fieldName: field,
      previousValue: before === null ? '' : asText(before[key]),
      replacementValue: action === 'delete' ? '' : asText(row[key]),
      updatedBy: actorLabel(ctx.actor),
    }));
  await recordMetadata(ctx.tx, entries);
}

const auditView = (row: ServiceRow) => ({
  name: row.name,
  organizationId: row.organizationId,
  status: row.status,
  description: row.description,
  minimumAge: row.minimumAge,
  maximumAge: row.maximumAge,
  traits: row.traits,
  topicIds: row.topicIds,
  spaceIds: row.spaceIds,
  assuredDate: row.assuredDate,
});

async function target(tx: Db, actor: Actor, row: { officeId: string; organizationId: string; spaceIds: readonly string[] }): Promise<ServiceTarget> {
  return { officeId: row.officeId, organizationId: row.organizationId, spaceIds: row.spaceIds, actorSpaceIds: await actorSpaces(tx, actor) };
}

export async function createService(ctx: Ctx, input: CreateServiceBody): Promise<ServiceDetail> {
  authorize(ctx.actor, servicesPolicy.createService);
  const officeId = officeOf(ctx.actor);
  await checkReferences(ctx.tx, officeId, input);
  const spaceIds = await targetSpaces(ctx.tx, officeId, input.spaceIds, input.locations);
  authorize(ctx.actor, servicesPolicy.createService, await target(ctx.tx, ctx.actor, { officeId, organizationId: input.organizationId, spaceIds }));
  const id = randomUUID();
  const row = await insertService(ctx.tx, {
    id,
    officeId,
    organizationId: input.organizationId,
    name: input.name,
    alternateName: input.alternateName,
    description: input.description,
    url: input.url,
    email: input.email,
    status: input.status,
    minimumAge: input.minimumAge,
    maximumAge: input.maximumAge,
    targetGroups: input.targetGroups,
    traits: input.traits,
    keywords: input.keywords,
    topicIds: [...new Set(input.topicIds)],
    spaceIds: input.spaceIds ?? [],
    spacesSetByHand: input.spaceIds !== null,
    hsds: nextHsds(id, {}, input, [...new Set(input.topicIds)]),
  });
  await saveLocations(ctx.tx, officeId, id, input.locations);
  await reindexServices(ctx.tx, officeId, [id]);
  const created = await presentService(ctx, id);
  await recordChanges(ctx, row, null, 'create');
  await recordAudit(ctx, { officeId, action: 'create', entity: 'service', entityId: id, after: { ...auditView(row), spaceIds: created.spaceIds } });
  return created;
}

export async function updateService(ctx: Ctx, input: UpdateServiceBody & { id: string }): Promise<ServiceDetail> {
  authorize(ctx.actor, servicesPolicy.updateService);
  const before = await findServiceForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Das Angebot');
  authorize(ctx.actor, servicesPolicy.updateService, await target(ctx.tx, ctx.actor, before));
  await checkReferences(ctx.tx, before.officeId, input);
  const currentLocations = (await locationsOfService(ctx.tx, before.id)).map(({ location: l }) => ({
    id: l.id,
    name: l.name,
    street: l.street,
    postalCode: l.postalCode,
    city: l.city,
    point: l.longitude !== null && l.latitude !== null ? ([l.longitude, l.latitude] as [number, number]) : null,
    spaceId: l.spaceSetByHand ? l.spaceId : null,
  }));
  const manual = input.spaceIds !== undefined ? input.spaceIds : before.spacesSetByHand ? before.spaceIds : null;
  const spaceIds = await targetSpaces(ctx.tx, before.officeId, manual, input.locations ?? currentLocations);
  // The changed offer must still be one the actor may edit (no moving it to another organisation or space).
  authorize(ctx.actor, servicesPolicy.updateService, await target(ctx.tx, ctx.actor, { officeId: before.officeId, organizationId: input.organizationId ?? before.organizationId, spaceIds }));
  const topicIds = input.topicIds ? [...new Set(input.topicIds)] : before.topicIds;
  const row = await updateServiceRow(ctx.tx, before.id, {
    ...(input.organizationId !== undefined ? { organizationId: input.organizationId } : {}),
    ...(input.name !== undefined ? { name: input.name } : {}),
    ...(input.alternateName !== undefined ? { alternateName: input.alternateName } : {}),
    ...(input.description !== undefined ? { description: input.description } : {}),
    ...(input.url !== undefined ? { url: input.url } : {}),
    ...(input.email !== undefined ? { email: input.email } : {}),
    ...(input.status !== undefined ? { status: input.status } : {}),
    ...(input.minimumAge !== undefined ? { minimumAge: input.minimumAge } : {}),
    ...(input.maximumAge !== undefined ? { maximumAge: input.maximumAge } : {}),
    ...(input.targetGroups !== undefined ? { targetGroups: input.targetGroups } : {}),
    ...(input.traits !== undefined ? { traits: input.traits } : {}),
    ...(input.keywords !== undefined ? { keywords: input.keywords } : {}),
    ...(input.spaceIds !== undefined ? { spaceIds: input.spaceIds ?? [], spacesSetByHand: input.spaceIds !== null } : {}),
    topicIds,
    hsds: nextHsds(before.id, before.hsds, input, topicIds),
  });
  if (row.minimumAge !== null && row.maximumAge !== null && row.minimumAge > row.maximumAge) throw invalidField('maximumAge', 'Das Höchstalter liegt unter dem Mindestalter.');
  if (input.locations) await saveLocations(ctx.tx, row.officeId, row.id, input.locations);
  await reindexServices(ctx.tx, row.officeId, [row.id]);
  const after = await presentService(ctx, row.id);
  await recordChanges(ctx, row, before, 'update');
  await recordAudit(ctx, { officeId: row.officeId, action: 'update', entity: 'service', entityId: row.id, before: auditView(before), after: { ...auditView(row), spaceIds: after.spaceIds } });
  return after;
}

/** "Geprüft": someone confirmed today that the offer is current. */
export async function verifyService(ctx: Ctx, input: { id: string }): Promise<ServiceDetail> {
  authorize(ctx.actor, servicesPolicy.verifyService);
  const before = await findServiceForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Das Angebot');
  authorize(ctx.actor, servicesPolicy.verifyService, await target(ctx.tx, ctx.actor, before));
  const row = await updateServiceRow(ctx.tx, before.id, {
    assuredDate: todayInBerlin(),
    assurerEmail: ctx.actor.kind === 'user' ? ctx.actor.email : null,
    assuredByUserId: ctx.actor.kind === 'user' ? ctx.actor.userId : null,
  });
  await recordChanges(ctx, row, before, 'verify');
  await recordAudit(ctx, { officeId: row.officeId, action: 'verify', entity: 'service', entityId: row.id, before: { assuredDate: before.assuredDate }, after: { assuredDate: row.assuredDate } });
  return presentService(ctx, row.id);
}

export async function deleteService(ctx: Ctx, input: { id: string }): Promise<void> {
  authorize(ctx.actor, servicesPolicy.deleteService);
  const row = await findServiceForUpdate(ctx.tx, input.id);
  if (!row) throw notFound('Das Angebot');
  authorize(ctx.actor, servicesPolicy.deleteService, await target(ctx.tx, ctx.actor, row));
  try {
    await ctx.tx.transaction((sp) => deleteServiceRow(sp, row.id));
  } catch (error) {
    const code = (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
    if (code === '23503') throw new DomainError('CONFLICT', `„${row.name}“ wird noch verwendet (z. B. von einem Bedarf) und kann nicht gelöscht werden; stattdessen den Status auf „eingestellt“ setzen.`);
    throw error;
  }
  await recordChanges(ctx, row, row, 'delete');
  await recordAudit(ctx, { officeId: row.officeId, action: 'delete', entity: 'service', entityId: row.id, before: auditView(row) });
}

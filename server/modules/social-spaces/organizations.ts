import type { CreateOrganizationBody, Organization, UpdateOrganizationBody } from '../../../common/api/network';
import { organizationTypeLabels, organizationTypes } from '../../../common/social-space-terms';
import { recordAudit } from '../../platform/audit/audit';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { DomainError, invalidField, notFound } from '../../platform/http/errors';
import { officeForReading } from '../offices';
import { networkPolicy } from './network.policy';
import { toHsdsOrganization } from './organization.hsds';
import {
  countSpacesOfOffice,
  deleteOrganizationRow,
  extraTypes,
  findOrganization,
  findOrganizationForUpdate,
  findOrganizations,
  insertExtraType,
  insertOrganization,
  type OrganizationRow,
  setOrganizationSpaces,
  spaceIdsOf,
  updateOrganizationRow,
} from './network.queries';

async function typeLabels(tx: Db, officeId: string): Promise<Map<string, { label: string; builtIn: boolean }>> {
  const map = new Map<string, { label: string; builtIn: boolean }>(organizationTypes.map((t) => [t, { label: organizationTypeLabels[t], builtIn: true }]));
  for (const extra of await extraTypes(tx, officeId)) map.set(extra.code, { label: extra.label, builtIn: false });
  return map;
}

function present(row: OrganizationRow, spaceIds: string[], labels: Map<string, { label: string }>): Organization {
  return {
    id: row.id,
    officeId: row.officeId,
    name: row.name,
    alternateName: row.alternateName,
    type: row.type,
    typeLabel: labels.get(row.type)?.label ?? row.type,
    description: row.description,
    email: row.email,
    phone: row.phone,
    website: row.website,
    address: { street: row.street, postalCode: row.postalCode, city: row.city },
    point: row.lon !== null && row.lat !== null ? [row.lon, row.lat] : null,
    parentId: row.parentId,
    spaceIds,
    updatedAt: row.updatedAt.toISOString(),
  };
}

const auditOrganization = (o: Organization) => ({ name: o.name, type: o.type, email: o.email, website: o.website, address: o.address, point: o.point, parentId: o.parentId, spaceIds: o.spaceIds });

export async function listOrganizationTypes(ctx: Ctx, input: { office?: string | undefined }) {
  authorize(ctx.actor, networkPolicy.listOrganizationTypes);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  return [...(await typeLabels(ctx.tx, office.id)).entries()].map(([code, t]) => ({ code, label: t.label, builtIn: t.builtIn }));
}

export async function createOrganizationType(ctx: Ctx, input: { code: string; label: string }) {
  authorize(ctx.actor, networkPolicy.createOrganizationType);
  const officeId = officeOf(ctx.actor);
  if ((await typeLabels(ctx.tx, officeId)).has(input.code)) {
    throw new DomainError('CONFLICT', `Die Art „${input.code}“ gibt es schon.`, [{ field: 'code', message: 'Gibt es schon.' }]);
  }
  await insertExtraType(ctx.tx, { officeId, ...input });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'organization_type', entityId: input.code, after: input });
  return { ...input, builtIn: false };
}

export async function listOrganizations(ctx: Ctx, input: { office?: string | undefined; type?: string | undefined; spaceId?: string | undefined; q?: string | undefined }) {
  authorize(ctx.actor, networkPolicy.listOrganizations);
  const office = await officeForReading(ctx.tx, ctx.actor, input.office);
  // Sorted here, not in SQL: PGlite and PostgreSQL servers may use different collations.
  const rows = (await findOrganizations(ctx.tx, office.id, input)).sort((a, b) => a.name.localeCompare(b.name, 'de'));
  const spaces = await spaceIdsOf(ctx.tx, rows.map((r) => r.id));
  const labels = await typeLabels(ctx.tx, office.id);
  return rows.map((row) => present(row, spaces.get(row.id) ?? [], labels));
}

/** All organisations of the office as Open Referral HSDS 3.0 `organization` records (public data only). */
export async function exportOrganizationsHsds(ctx: Ctx, input: { office?: string | undefined }) {
  authorize(ctx.actor, networkPolicy.listOrganizations);
  return (await listOrganizations(ctx, input)).map(toHsdsOrganization);
}

export async function readOrganization(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, networkPolicy.readOrganization);
  const row = await findOrganization(ctx.tx, input.id);
  if (!row) throw notFound('Die Organisation');
  return present(row, (await spaceIdsOf(ctx.tx, [row.id])).get(row.id) ?? [], await typeLabels(ctx.tx, row.officeId));
}

async function checkReferences(tx: Db, officeId: string, input: { type?: string | undefined; spaceIds?: string[] | undefined; parentId?: string | null | undefined }, selfId?: string) {
  if (input.type !== undefined && !(await typeLabels(tx, officeId)).has(input.type)) {
    throw invalidField('type', `Unbekannte Art der Organisation „${input.type}“; Admins können weitere Arten anlegen.`);
  }
  if (input.spaceIds && (await countSpacesOfOffice(tx, officeId, [...new Set(input.spaceIds)])) !== new Set(input.spaceIds).size) {
    throw invalidField('spaceIds', 'Mindestens ein Sozialraum gehört nicht zu diesem Jugendamt.');
  }
  if (input.parentId) {
    if (input.parentId === selfId) throw invalidField('parentId', 'Eine Organisation kann nicht ihr eigener Träger sein.');
    const parent = await findOrganization(tx, input.parentId);
    if (!parent || parent.officeId !== officeId) throw invalidField('parentId', 'Die übergeordnete Organisation gibt es nicht.');
    // Walk up: the new parent must not be a descendant of this organisation.
    let cursor: OrganizationRow | undefined = parent;
    for (let depth = 0; cursor?.parentId && depth < 50; depth++) {
      if (cursor.parentId === selfId) throw invalidField('parentId', 'Das ergäbe einen Kreis von übergeordneten Organisationen.');
      cursor = await findOrganization(tx, cursor.parentId);
    }
  }
}

const columns = (input: UpdateOrganizationBody) => ({
  ...(input.name !== undefined ? { name: input.name } : {}),
  ...(input.alternateName !== undefined ? { alternateName: input.alternateName } : {}),
  ...(input.type !== undefined ? { type: input.type } : {}),
  ...(input.description !== undefined ? { description: input.description } : {}),
  ...(input.email !== undefined ? { email: input.email } : {}),
  ...(input.phone !== undefined ? { phone: input.phone } : {}),
  ...(input.website !== undefined ? { website: input.website } : {}),
  ...(input.street !== undefined ? { street: input.street } : {}),
  ...(input.postalCode !== undefined ? { postalCode: input.postalCode } : {}),
  ...(input.city !== undefined ? { city: input.city } : {}),
  ...(input.point !== undefined ? { lon: input.point?.[0] ?? null, lat: input.point?.[1] ?? null } : {}),
  ...(input.parentId !== undefined ? { parentId: input.parentId } : {}),
});

export async function createOrganization(ctx: Ctx, input: CreateOrganizationBody) {
  authorize(ctx.actor, networkPolicy.createOrganization);
  const officeId = officeOf(ctx.actor);
  await checkReferences(ctx.tx, officeId, input);
  const row = await insertOrganization(ctx.tx, { officeId, ...columns(input), name: input.name, type: input.type });
  await setOrganizationSpaces(ctx.tx, row.id, input.spaceIds);
  const created = present(row, [...new Set(input.spaceIds)], await typeLabels(ctx.tx, officeId));
  await recordAudit(ctx, { officeId, action: 'create', entity: 'organization', entityId: row.id, after: auditOrganization(created) });
  return created;
}

export async function updateOrganization(ctx: Ctx, input: UpdateOrganizationBody & { id: string }) {
  authorize(ctx.actor, networkPolicy.updateOrganization);
  const row = await findOrganizationForUpdate(ctx.tx, input.id);
  if (!row) throw notFound('Die Organisation');
  authorize(ctx.actor, networkPolicy.updateOrganization, row);
  await checkReferences(ctx.tx, row.officeId, input, row.id);
  const labels = await typeLabels(ctx.tx, row.officeId);
  const before = present(row, (await spaceIdsOf(ctx.tx, [row.id])).get(row.id) ?? [], labels);
  const updated = await updateOrganizationRow(ctx.tx, row.id, columns(input));
  if (input.spaceIds) await setOrganizationSpaces(ctx.tx, row.id, input.spaceIds);
  const after = present(updated, input.spaceIds ? [...new Set(input.spaceIds)] : before.spaceIds, labels);
  await recordAudit(ctx, { officeId: row.officeId, action: 'update', entity: 'organization', entityId: row.id, before: auditOrganization(before), after: auditOrganization(after) });
  return after;
}

export async function deleteOrganization(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, networkPolicy.deleteOrganization);
  const row = await findOrganizationForUpdate(ctx.tx, input.id);
  if (!row) throw notFound('Die Organisation');
  authorize(ctx.actor, networkPolicy.deleteOrganization, row);
  try {
    await ctx.tx.transaction(async (sp) => {
      await setOrganizationSpaces(sp, row.id, []);
      await deleteOrganizationRow(sp, row.id);
    });
  } catch (error) {
    const code = (error as { cause?: { code?: string }; code?: string }).cause?.code ?? (error as { code?: string }).code;
    if (code === '23503') throw new DomainError('CONFLICT', `„${row.name}“ hat noch Verträge, Stellen oder Teammitglieder und kann nicht gelöscht werden.`);
    throw error;
  }
  await recordAudit(ctx, { officeId: row.officeId, action: 'delete', entity: 'organization', entityId: row.id, before: { name: row.name, type: row.type } });
}

import { eq } from 'drizzle-orm';
import type { CreateMembershipBody, TeamMembership, UpdateMembershipBody } from '../../../common/api/network';
import type { TeamRole } from '../../../common/social-space-terms';
import { recordAudit } from '../../platform/audit/audit';
import type { Actor } from '../../platform/auth/actor';
import { users } from '../../platform/auth/auth.tables';
import { authorize } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { invalidField, notFound } from '../../platform/http/errors';
import { isManager, networkPolicy } from './network.policy';
import { germanDate } from './network.rules';
import {
  deleteMembershipRow,
  findMembershipForUpdate,
  findOrganization,
  insertMembership,
  type MembershipRow,
  membershipsOfSpace,
  organizationNames,
  spacesOfUser,
  updateMembershipRow,
} from './network.queries';
import { findSpace } from './social-spaces.queries';

/** Today in the office's time zone (German offices: Berlin), as YYYY-MM-DD; the web app uses the same. */
export const today = () => new Date().toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });

/** The space, and whether the actor is on its team today: what the read rules of teams and contracts need. */
export async function spaceTarget(tx: Db, actor: Actor, spaceId: string) {
  const space = await findSpace(tx, spaceId);
  if (!space) throw notFound('Der Sozialraum');
  const memberOfSpace = actor.kind === 'user' && !isManager(actor) ? (await spacesOfUser(tx, actor.userId, today())).includes(spaceId) : false;
  return { space, target: { officeId: space.officeId, memberOfSpace } };
}

function present(row: MembershipRow, names: Map<string, string>): TeamMembership {
  return {
    id: row.id,
    spaceId: row.spaceId,
    organizationId: row.organizationId,
    organizationName: row.organizationId ? (names.get(row.organizationId) ?? null) : null,
    userId: row.userId,
    personName: row.personName,
    teamRole: row.teamRole as TeamRole,
    validFrom: row.validFrom,
    validTo: row.validTo,
    fte: row.ftePercent === null ? null : row.ftePercent / 100,
  };
}

export async function listTeam(ctx: Ctx, input: { spaceId: string }) {
  authorize(ctx.actor, networkPolicy.readTeam);
  const { target } = await spaceTarget(ctx.tx, ctx.actor, input.spaceId);
  authorize(ctx.actor, networkPolicy.readTeam, target);
  const rows = await membershipsOfSpace(ctx.tx, input.spaceId);
  const names = await organizationNames(ctx.tx, rows.flatMap((r) => (r.organizationId ? [r.organizationId] : [])));
  return rows.map((row) => present(row, names));
}

async function checkMembership(tx: Db, officeId: string, input: { organizationId?: string | null | undefined; userId?: string | null | undefined; validFrom?: string; validTo?: string | null | undefined }) {
  if (input.organizationId) {
    const organization = await findOrganization(tx, input.organizationId);
    if (!organization || organization.officeId !== officeId) throw invalidField('organizationId', 'Die Organisation gibt es in diesem Jugendamt nicht.');
  }
  if (input.userId) {
    const account = (await tx.select({ officeId: users.officeId }).from(users).where(eq(users.id, input.userId)))[0];
    if (!account || account.officeId !== officeId) throw invalidField('userId', 'Das Konto gibt es in diesem Jugendamt nicht.');
  }
  if (input.validFrom && input.validTo && input.validTo < input.validFrom) {
    throw invalidField('validTo', `Das Ende (${germanDate(input.validTo)}) liegt vor dem Beginn (${germanDate(input.validFrom)}).`);
  }
}

const fteColumn = (fte: number | null | undefined) => (fte === undefined ? {} : { ftePercent: fte === null ? null : Math.round(fte * 100) });

export async function addTeamMember(ctx: Ctx, input: CreateMembershipBody) {
  authorize(ctx.actor, networkPolicy.manageTeam);
  const space = await findSpace(ctx.tx, input.spaceId);
  if (!space) throw invalidField('spaceId', 'Den Sozialraum gibt es nicht.');
  authorize(ctx.actor, networkPolicy.manageTeam, space);
  await checkMembership(ctx.tx, space.officeId, input);
  const row = await insertMembership(ctx.tx, {
    officeId: space.officeId,
    spaceId: space.id,
    organizationId: input.organizationId,
    userId: input.userId,
    personName: input.personName,
    teamRole: input.teamRole,
    validFrom: input.validFrom,
    validTo: input.validTo,
    ...fteColumn(input.fte),
  });
  const created = present(row, await organizationNames(ctx.tx, row.organizationId ? [row.organizationId] : []));
  await recordAudit(ctx, { officeId: space.officeId, action: 'create', entity: 'team_membership', entityId: row.id, after: created });
  return created;
}

export async function changeTeamMember(ctx: Ctx, input: UpdateMembershipBody & { id: string }) {
  authorize(ctx.actor, networkPolicy.manageTeam);
  const before = await findMembershipForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Die Teammitgliedschaft');
  authorize(ctx.actor, networkPolicy.manageTeam, before);
  const validFrom = input.validFrom ?? before.validFrom;
  const validTo = input.validTo === undefined ? before.validTo : input.validTo;
  await checkMembership(ctx.tx, before.officeId, { ...input, validFrom, validTo });
  const { id, fte, ...rest } = input;
  const after = await updateMembershipRow(ctx.tx, id, { ...rest, ...fteColumn(fte) });
  const names = await organizationNames(ctx.tx, [before.organizationId, after.organizationId].flatMap((o) => (o ? [o] : [])));
  await recordAudit(ctx, { officeId: before.officeId, action: 'update', entity: 'team_membership', entityId: id, before: present(before, names), after: present(after, names) });
  return present(after, names);
}

export async function removeTeamMember(ctx: Ctx, input: { id: string }) {
  authorize(ctx.actor, networkPolicy.manageTeam);
  const before = await findMembershipForUpdate(ctx.tx, input.id);
  if (!before) throw notFound('Die Teammitgliedschaft');
  authorize(ctx.actor, networkPolicy.manageTeam, before);
  await deleteMembershipRow(ctx.tx, before.id);
  await recordAudit(ctx, { officeId: before.officeId, action: 'delete', entity: 'team_membership', entityId: before.id, before: present(before, new Map()) });
}


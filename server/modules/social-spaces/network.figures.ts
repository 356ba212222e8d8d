import { and, eq, inArray, type SQL, sql } from 'drizzle-orm';
import type { Db } from '../../platform/db/database';
import { contracts, organizationSpaces, organizations, teamMemberships } from './network.tables';

// What the network analysis reads of organisations, teams and contracts. Exported through index.ts.

export type FigurePeriod = { spaceId?: string | undefined; from: string; to: string };

const overlapping = (validFrom: unknown, validTo: unknown, period: FigurePeriod) =>
  sql`${validFrom} <= ${period.to}::date and (${validTo} is null or ${validTo} >= ${period.from}::date)`;

/** Every organisation of the office with its type and the spaces it works in. */
export async function organizationsWithSpaces(tx: Db, officeId: string): Promise<{ id: string; name: string; type: string; spaceIds: string[] }[]> {
  const rows = await tx.select({ id: organizations.id, name: organizations.name, type: organizations.type }).from(organizations).where(eq(organizations.officeId, officeId));
  if (rows.length === 0) return [];
  const links = await tx.select().from(organizationSpaces).where(inArray(organizationSpaces.organizationId, rows.map((r) => r.id)));
  const spaces = new Map<string, string[]>();
  for (const link of links) spaces.set(link.organizationId, [...(spaces.get(link.organizationId) ?? []), link.spaceId]);
  return rows.map((r) => ({ ...r, spaceIds: spaces.get(r.id) ?? [] }));
}

export type MembershipFigure = {
  id: string;
  spaceId: string;
  userId: string | null;
  personName: string;
  teamRole: string;
  organizationId: string | null;
  organizationName: string | null;
  organizationType: string | null;
  validFrom: string;
  validTo: string | null;
};

/** Team memberships (of one space, if given) valid at some time in the period, with their organisation. */
export async function membershipsInPeriod(tx: Db, officeId: string, period: FigurePeriod): Promise<MembershipFigure[]> {
  const where: SQL[] = [eq(teamMemberships.officeId, officeId), overlapping(teamMemberships.validFrom, teamMemberships.validTo, period)];
  if (period.spaceId) where.push(eq(teamMemberships.spaceId, period.spaceId));
  return tx
    .select({
      id: teamMemberships.id,
      spaceId: teamMemberships.spaceId,
      userId: teamMemberships.userId,
      personName: teamMemberships.personName,
      teamRole: teamMemberships.teamRole,
      organizationId: teamMemberships.organizationId,
      organizationName: organizations.name,
      organizationType: organizations.type,
      validFrom: teamMemberships.validFrom,
      validTo: teamMemberships.validTo,
    })
    .from(teamMemberships)
    .leftJoin(organizations, eq(organizations.id, teamMemberships.organizationId))
    .where(and(...where));
}

/** Contracts (of one space, if given) in force at some time in the period. */
export async function contractsInPeriod(tx: Db, officeId: string, period: FigurePeriod): Promise<{ id: string; organizationId: string; spaceId: string; validFrom: string; validTo: string | null }[]> {
  const where: SQL[] = [eq(contracts.officeId, officeId), overlapping(contracts.validFrom, contracts.validTo, period)];
  if (period.spaceId) where.push(eq(contracts.spaceId, period.spaceId));
  return tx
    .select({ id: contracts.id, organizationId: contracts.organizationId, spaceId: contracts.spaceId, validFrom: contracts.validFrom, validTo: contracts.validTo })
    .from(contracts)
    .where(and(...where));
}

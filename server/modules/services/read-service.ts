import { weekdays } from '../../../common/service-terms';
import type { ServiceDetail, StaleOverview } from '../../../common/api/services';
import { authorize, officeOf } from '../../platform/auth/policy';
import type { Ctx } from '../../platform/context';
import { notFound } from '../../platform/http/errors';
import { findOrganizationRow, spacesOfUser } from '../social-spaces';
import { mayEditService, servicesPolicy } from './services.policy';
import { findService, locationsOfService, setStaleAfterMonths, staleAfterMonthsOf, topicNames } from './services.queries';
import { daysOf, isStale, staleCutoff, todayInBerlin, hsdsList } from './services.rules';
import { queryRows } from '../../platform/db/database';
import { sql } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/audit';

const text = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null);
const clock = (v: unknown) => (typeof v === 'string' && /^\d{1,2}:\d{2}/.test(v) ? v.padStart(5, '0').slice(0, 5) : null);

/** The offer as the API and the detail page show it. Statements: a fixed handful, whatever the offer holds. */
export async function presentService(ctx: Ctx, id: string): Promise<ServiceDetail> {
  const row = await findService(ctx.tx, id);
  if (!row) throw notFound('Das Angebot');
  const org = await findOrganizationRow(ctx.tx, row.organizationId);
  const links = await locationsOfService(ctx.tx, row.id);
  const names = await topicNames(ctx.tx, row.topicIds);
  const staleMonths = await staleAfterMonthsOf(ctx.tx, row.officeId);
  const actor = ctx.actor;
  const canEdit =
    actor.kind === 'system' ||
    (actor.kind === 'user' &&
      actor.officeId === row.officeId &&
      servicesPolicy.updateService.roles.some((r) => actor.roles.includes(r)) &&
      mayEditService(actor, {
        officeId: row.officeId,
        organizationId: row.organizationId,
        spaceIds: row.spaceIds,
        actorSpaceIds: actor.roles.includes('team_member') ? await spacesOfUser(ctx.tx, actor.userId, todayInBerlin()) : [],
      }));
  const presentSchedule = (s: Record<string, unknown>) => ({
    id: String(s.id ?? ''),
    days: daysOf(s.byday).filter((d) => weekdays.includes(d)),
    opensAt: clock(s.opens_at),
    closesAt: clock(s.closes_at),
    description: text(s.description),
    validFrom: text(s.valid_from),
    validTo: text(s.valid_to),
  });
  return {
    id: row.id,
    officeId: row.officeId,
    organization: { id: row.organizationId, name: org?.name ?? '', website: org?.website ?? null },
    name: row.name,
    alternateName: row.alternateName,
    description: row.description,
    url: row.url,
    email: row.email,
    status: row.status as ServiceDetail['status'],
    minimumAge: row.minimumAge,
    maximumAge: row.maximumAge,
    targetGroups: row.targetGroups,
    traits: row.traits,
    languages: row.languages,
    keywords: row.keywords,
    topics: row.topicIds.flatMap((t) => (names.has(t) ? [{ id: t, name: names.get(t) as string }] : [])),
    spaceIds: row.spaceIds,
    spacesSetByHand: row.spacesSetByHand,
    locations: links.map(({ link, location: l }) => ({
      id: l.id,
      serviceAtLocationId: link.id,
      name: l.name,
      street: l.street,
      postalCode: l.postalCode,
      city: l.city,
      point: l.longitude !== null && l.latitude !== null ? [l.longitude, l.latitude] : null,
      spaceId: l.spaceId,
      spaceSetByHand: l.spaceSetByHand,
      schedules: hsdsList(link.hsds.schedules).map(presentSchedule),
    })),
    // The offer's own opening times, which the form edits; those at a place travel with the location above.
    schedules: hsdsList(row.hsds.schedules).map(presentSchedule),
    phones: hsdsList(row.hsds.phones).map((p) => ({ id: String(p.id ?? ''), number: String(p.number ?? ''), description: text(p.description) })),
    feesDescription: text(row.hsds.fees_description),
    applicationProcess: text(row.hsds.application_process),
    eligibilityDescription: text(row.hsds.eligibility_description),
    alert: text(row.hsds.alert),
    assuredDate: row.assuredDate,
    assurerEmail: row.assurerEmail,
    stale: isStale(row.assuredDate, todayInBerlin(), staleMonths),
    canEdit,
    updatedAt: row.updatedAt.toISOString(),
  };
}

export async function readService(ctx: Ctx, input: { id: string }): Promise<ServiceDetail> {
  authorize(ctx.actor, servicesPolicy.readService);
  return presentService(ctx, input.id);
}

/**
 * Offers not verified within the office's period, per organisation: managers see all, a provider editor their own
 * organisation's, a team member those in their spaces. Shown to editors after sign-in.
 */
export async function staleServices(ctx: Ctx): Promise<StaleOverview> {
  authorize(ctx.actor, servicesPolicy.readStale);
  const officeId = officeOf(ctx.actor);
  const staleAfterMonths = await staleAfterMonthsOf(ctx.tx, officeId);
  const actor = ctx.actor;
  const manager = actor.kind === 'system' || (actor.kind === 'user' && actor.roles.some((r) => r === 'admin' || r === 'head_of_department'));
  const orgScope = actor.kind === 'user' && !manager && actor.roles.includes('provider_editor') ? actor.organizationId : null;
  const spaceScope = actor.kind === 'user' && !manager && actor.roles.includes('team_member') ? await spacesOfUser(ctx.tx, actor.userId, todayInBerlin()) : null;
  const scope = manager
    ? sql`true`
    : sql`(${orgScope ? sql`s.organization_id = ${orgScope}` : sql`false`} or ${spaceScope?.length ? sql`s.space_ids && ${`{${spaceScope.join(',')}}`}::uuid[]` : sql`false`})`;
  const rows = await queryRows<{ id: string; name: string; assured_date: string | null; organization_id: string; organization_name: string; stale: boolean }>(
    ctx.tx,
    sql`select s.id, s.name, to_char(s.assured_date, 'YYYY-MM-DD') as assured_date, s.organization_id, o.name as organization_name,
          (s.assured_date is null or s.assured_date < ${staleCutoff(todayInBerlin(), staleAfterMonths)}) as stale
        from services s join organizations o on o.id = s.organization_id
        where s.office_id = ${officeId} and s.status in ('active', 'temporarily closed') and ${scope}
        order by o.name, s.assured_date nulls first, s.name`,
  );
  const byOrg = new Map<string, StaleOverview['organizations'][number]>();
  for (const r of rows) {
    const entry = byOrg.get(r.organization_id) ?? { organizationId: r.organization_id, organizationName: r.organization_name, total: 0, stale: [] };
    entry.total += 1;
    if (r.stale) entry.stale.push({ id: r.id, name: r.name, assuredDate: r.assured_date });
    byOrg.set(r.organization_id, entry);
  }
  return {
    staleAfterMonths,
    organizations: [...byOrg.values()].filter((o) => o.stale.length > 0).sort((a, b) => b.stale.length - a.stale.length || a.organizationName.localeCompare(b.organizationName, 'de')),
  };
}

export async function readServiceSettings(ctx: Ctx) {
  authorize(ctx.actor, servicesPolicy.readSettings);
  return { staleAfterMonths: await staleAfterMonthsOf(ctx.tx, officeOf(ctx.actor)) };
}

export async function updateServiceSettings(ctx: Ctx, input: { staleAfterMonths: number }) {
  authorize(ctx.actor, servicesPolicy.manageSettings);
  const officeId = officeOf(ctx.actor);
  const before = await staleAfterMonthsOf(ctx.tx, officeId);
  await setStaleAfterMonths(ctx.tx, officeId, input.staleAfterMonths);
  await recordAudit(ctx, { officeId, action: 'update', entity: 'service_settings', entityId: officeId, before: { staleAfterMonths: before }, after: input });
  return input;
}

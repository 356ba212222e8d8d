import { createHash, randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { calendarFeed, createCalendarFeedBody, createdCalendarFeed } from '../../../common/api/meetings';
import { recordAudit } from '../../platform/audit/audit';
import { users } from '../../platform/auth/auth.tables';
import { authorize, officeOf } from '../../platform/auth/policy';
import { todayInBerlin } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import { type Db, firstRow } from '../../platform/db/database';
import { invalidField, notFound } from '../../platform/http/errors';
import { membershipsOfOffice, spacesOfOffice, spacesOfUser } from '../social-spaces';
import { calendarDocument } from './icalendar';
import { meetingsPolicy, staffRoles } from './meetings.policy';
import { agendaOf, type CalendarFeedRow, feedsOfUser, findFeedByHash, findFeedForUpdate, insertFeed, listMeetingRows, revokeFeedRow } from './meetings.queries';

export type CalendarFeed = z.infer<typeof calendarFeed>;
export type CreatedCalendarFeed = z.infer<typeof createdCalendarFeed>;

const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');
const ownFeeds = 'Meine Netzwerktreffen';

async function spaceNames(tx: Db, officeId: string): Promise<Map<string, string>> {
  return new Map((await spacesOfOffice(tx, officeId)).map((s) => [s.id, s.name]));
}

const labelOf = (feed: CalendarFeedRow, spaces: Map<string, string>) =>
  feed.scope === 'space' && feed.spaceId ? `Netzwerktreffen ${spaces.get(feed.spaceId) ?? 'Sozialraum'}` : ownFeeds;

const present = (feed: CalendarFeedRow, spaces: Map<string, string>): CalendarFeed => ({
  id: feed.id,
  scope: feed.scope as 'space' | 'user',
  spaceId: feed.spaceId,
  label: labelOf(feed, spaces),
  tokenHint: feed.tokenHint,
  createdAt: feed.createdAt.toISOString(),
  revokedAt: feed.revokedAt?.toISOString() ?? null,
});

/**
 * A new subscription address: 32 random bytes as the token, shown only in this answer; the database keeps its
 * SHA-256 and the last four characters to tell feeds apart.
 */
export async function createCalendarFeed(ctx: Ctx, input: z.infer<typeof createCalendarFeedBody>, publicUrl: string): Promise<CreatedCalendarFeed> {
  authorize(ctx.actor, meetingsPolicy.createCalendarFeed);
  const officeId = officeOf(ctx.actor);
  if (ctx.actor.kind !== 'user') throw notFound('Das Konto');
  const spaces = await spaceNames(ctx.tx, officeId);
  if (input.scope === 'space' && (!input.spaceId || !spaces.has(input.spaceId))) throw invalidField('spaceId', 'Bitte einen Sozialraum dieses Jugendamts wählen.');
  if (input.scope === 'user' && input.spaceId) throw invalidField('spaceId', 'Die eigenen Termine gelten für alle Sozialräume; bitte keinen Sozialraum angeben.');
  const token = randomBytes(32).toString('base64url');
  const row = await insertFeed(ctx.tx, {
    officeId,
    userId: ctx.actor.userId,
    scope: input.scope,
    spaceId: input.scope === 'space' ? (input.spaceId ?? null) : null,
    tokenHash: hashToken(token),
    tokenHint: token.slice(-4),
  });
  await recordAudit(ctx, { officeId, action: 'create', entity: 'calendar_feed', entityId: row.id, after: { scope: row.scope, spaceId: row.spaceId, tokenHint: row.tokenHint } });
  return { ...present(row, spaces), url: `${publicUrl}/api/calendar.ics?token=${token}` };
}

export async function listCalendarFeeds(ctx: Ctx): Promise<CalendarFeed[]> {
  authorize(ctx.actor, meetingsPolicy.listCalendarFeeds);
  const officeId = officeOf(ctx.actor);
  if (ctx.actor.kind !== 'user') return [];
  const spaces = await spaceNames(ctx.tx, officeId);
  return (await feedsOfUser(ctx.tx, ctx.actor.userId)).map((f) => present(f, spaces));
}

/** Revokes a feed: its address answers 404 from now on. Revoking twice changes nothing. */
export async function revokeCalendarFeed(ctx: Ctx, input: { id: string }): Promise<void> {
  authorize(ctx.actor, meetingsPolicy.revokeCalendarFeed);
  const feed = await findFeedForUpdate(ctx.tx, input.id);
  if (!feed || feed.officeId !== officeOf(ctx.actor)) throw notFound('Das Kalender-Abonnement');
  authorize(ctx.actor, meetingsPolicy.revokeCalendarFeed, { officeId: feed.officeId, ownerUserId: feed.userId });
  if (feed.revokedAt) return;
  const after = await revokeFeedRow(ctx.tx, feed.id);
  await recordAudit(ctx, { officeId: feed.officeId, action: 'revoke', entity: 'calendar_feed', entityId: feed.id, before: { revokedAt: null }, after: { revokedAt: after.revokedAt } });
}

/**
 * The iCalendar document of a feed, opened by its token alone (calendar programs send no cookie). An unknown or
 * revoked token, or one whose owner is no longer active staff, answers 404. Reading is not audited: it is a read.
 */
export async function readCalendar(ctx: Ctx, input: { token: string }, publicUrl: string, now = new Date()): Promise<{ name: string; body: string }> {
  authorize(ctx.actor, meetingsPolicy.calendar);
  const feed = await findFeedByHash(ctx.tx, hashToken(input.token));
  const owner = feed ? firstRow(await ctx.tx.select({ active: users.active, roles: users.roles, officeId: users.officeId }).from(users).where(eq(users.id, feed.userId))) : undefined;
  if (!feed || feed.revokedAt || !owner?.active || owner.officeId !== feed.officeId || !owner.roles.some((r) => staffRoles.includes(r))) throw notFound('Der Kalender');
  const spaces = await spaceNames(ctx.tx, feed.officeId);
  const rows =
    feed.scope === 'space' && feed.spaceId
      ? await listMeetingRows(ctx.tx, feed.officeId, { spaceIds: [feed.spaceId] })
      : await listMeetingRows(ctx.tx, feed.officeId, {
          spaceIds: await spacesOfUser(ctx.tx, feed.userId, todayInBerlin(now)),
          organizerMembershipIds: (await membershipsOfOffice(ctx.tx, feed.officeId)).filter((m) => m.userId === feed.userId).map((m) => m.id),
        });
  const agenda = await agendaOf(ctx.tx, rows.map((r) => r.id));
  const host = new URL(publicUrl).hostname;
  const name = labelOf(feed, spaces);
  const events = [...rows]
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime())
    .map((m) => {
      const items = agenda.filter((a) => a.meetingId === m.id);
      const page = `${publicUrl}/treffen/${m.id}`;
      const description = [
        ...(m.state === 'cancelled' ? [`Abgesagt${m.cancelReason ? `: ${m.cancelReason}` : ''}`, ''] : []),
        `Sozialraum: ${m.spaceIds.map((id) => spaces.get(id) ?? '').filter(Boolean).join(', ')}`,
        ...(items.length ? ['', 'Tagesordnung:', ...items.map((a, i) => `${i + 1}. ${a.title}`)] : []),
        ...(m.onlineUrl ? ['', `Online: ${m.onlineUrl}`] : []),
        '',
        `In sozialraum: ${page}`,
      ].join('\n');
      return {
        uid: `${m.id}@${host}`,
        startsAt: m.startsAt,
        endsAt: m.endsAt,
        createdAt: m.createdAt,
        updatedAt: m.updatedAt,
        summary: m.title,
        location: m.place || (m.onlineUrl ? 'Online' : ''),
        url: m.onlineUrl ?? page,
        description,
        cancelled: m.state === 'cancelled',
        sequence: m.sequence,
      };
    });
  return { name, body: calendarDocument({ name, events, now }) };
}

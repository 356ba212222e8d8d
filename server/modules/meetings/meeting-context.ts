import type { Actor } from '../../platform/auth/actor';
import { todayInBerlin } from '../../platform/calendar';
import type { Ctx } from '../../platform/context';
import type { Db } from '../../platform/db/database';
import { invalidField, notFound } from '../../platform/http/errors';
import { activeOn, membershipsOfOffice, organizationsOfOffice, spacesOfOffice, spacesOfUser } from '../social-spaces';
import { type MeetingTarget, seesAllSpaces } from './meetings.policy';
import { findMeetingForUpdate, type MeetingRow } from './meetings.queries';

export const userIdOf = (ctx: Ctx) => (ctx.actor.kind === 'user' ? ctx.actor.userId : null);

/** The Berlin calendar day of a moment: a meeting at 00:30 in summer belongs to that day, not to the UTC one before. */
export const berlinDayOf = (moment: Date) => todayInBerlin(moment);

/** The spaces where a non-manager is on the team today (empty for managers and the public). */
export async function actorSpaces(tx: Db, actor: Actor): Promise<string[]> {
  if (actor.kind !== 'user' || seesAllSpaces(actor)) return [];
  return spacesOfUser(tx, actor.userId, todayInBerlin());
}

export async function meetingTarget(tx: Db, actor: Actor, meeting: Pick<MeetingRow, 'officeId' | 'spaceIds'>): Promise<MeetingTarget> {
  return { officeId: meeting.officeId, spaceIds: meeting.spaceIds, actorSpaceIds: await actorSpaces(tx, actor) };
}

const foreign = (ctx: Ctx, officeId: string) => ctx.actor.kind !== 'system' && ctx.actor.kind !== 'public' && officeId !== ctx.actor.officeId;

/** The meeting, locked for the write, or 404 (also another office's meeting: its existence does not leak). */
export async function meetingForUpdate(ctx: Ctx, id: string): Promise<MeetingRow> {
  const meeting = await findMeetingForUpdate(ctx.tx, id);
  if (!meeting || foreign(ctx, meeting.officeId)) throw notFound('Das Netzwerktreffen');
  return meeting;
}

export type MeetingReferences = {
  spaceIds: readonly string[];
  startsAt: Date;
  endsAt: Date;
  organizerMembershipIds?: readonly string[] | undefined;
  invitedOrganizationIds?: readonly string[] | undefined;
  invitedOrganizationTypes?: readonly string[] | undefined;
  attendance?: readonly { organizationId: string; headCount: number }[] | undefined;
};

/**
 * Everything a meeting names must belong to the office; organisers must be on the team of one of its spaces on the
 * day of the meeting. Returns the invited organisations with the types expanded (organisations of those types linked
 * to one of the meeting's spaces), or undefined when neither list was given.
 */
export async function checkMeetingReferences(tx: Db, officeId: string, input: MeetingReferences): Promise<string[] | undefined> {
  const known = new Set((await spacesOfOffice(tx, officeId)).map((s) => s.id));
  if (input.spaceIds.some((id) => !known.has(id))) throw invalidField('spaceIds', 'Mindestens einen der Sozialräume gibt es in diesem Jugendamt nicht.');
  if (new Set(input.spaceIds).size !== input.spaceIds.length) throw invalidField('spaceIds', 'Jeden Sozialraum bitte nur einmal wählen.');
  if (input.endsAt.getTime() <= input.startsAt.getTime()) throw invalidField('endsAt', 'Das Ende muss nach dem Beginn liegen.');
  if (input.endsAt.getTime() - input.startsAt.getTime() > 24 * 3_600_000) throw invalidField('endsAt', 'Ein Netzwerktreffen dauert höchstens 24 Stunden.');
  if (input.organizerMembershipIds) {
    const day = berlinDayOf(input.startsAt);
    const memberships = new Map((await membershipsOfOffice(tx, officeId)).map((m) => [m.id, m]));
    for (const id of input.organizerMembershipIds) {
      const membership = memberships.get(id);
      if (!membership) throw invalidField('organizerMembershipIds', 'Mindestens eine der Personen gibt es nicht.');
      if (!input.spaceIds.includes(membership.spaceId)) throw invalidField('organizerMembershipIds', `${membership.personName} ist in keinem Team der Sozialräume dieses Treffens.`);
      if (!activeOn(membership, day)) throw invalidField('organizerMembershipIds', `${membership.personName} ist am Tag des Treffens nicht im Team.`);
    }
    if (new Set(input.organizerMembershipIds).size !== input.organizerMembershipIds.length) throw invalidField('organizerMembershipIds', 'Jede Person bitte nur einmal angeben.');
  }
  const needsOrganizations = input.invitedOrganizationIds !== undefined || (input.invitedOrganizationTypes?.length ?? 0) > 0 || input.attendance !== undefined;
  if (!needsOrganizations) return undefined;
  const ofOffice = new Set((await organizationsOfOffice(tx, officeId, {})).map((o) => o.id));
  if ((input.invitedOrganizationIds ?? []).some((id) => !ofOffice.has(id))) throw invalidField('invitedOrganizationIds', 'Mindestens eine der eingeladenen Organisationen gibt es nicht.');
  if (input.attendance) {
    if (input.attendance.some((a) => !ofOffice.has(a.organizationId))) throw invalidField('attendance', 'Mindestens eine der Organisationen gibt es nicht.');
    if (new Set(input.attendance.map((a) => a.organizationId)).size !== input.attendance.length) throw invalidField('attendance', 'Jede Organisation bitte nur einmal angeben.');
  }
  if (input.invitedOrganizationIds === undefined && !input.invitedOrganizationTypes?.length) return undefined;
  const invited = new Set(input.invitedOrganizationIds ?? []);
  for (const type of new Set(input.invitedOrganizationTypes ?? [])) {
    for (const spaceId of input.spaceIds) for (const organization of await organizationsOfOffice(tx, officeId, { type, spaceId })) invited.add(organization.id);
  }
  return [...invited];
}

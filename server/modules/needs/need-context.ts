import type { Actor } from '../../platform/auth/actor';
import type { Db } from '../../platform/db/database';
import { invalidField } from '../../platform/http/errors';
import { spacesOfOffice, spacesOfUser } from '../social-spaces';
import { serviceReferences, topicTerms } from '../services';
import { todayInBerlin } from '../../platform/calendar';
import { type NeedTarget, seesAllSpaces } from './needs.policy';
import type { NeedRow } from './needs.queries';

/** The spaces where a non-manager is on the team today (empty for managers, who see all, and for the public). */
export async function actorSpaces(tx: Db, actor: Actor): Promise<string[]> {
  if (actor.kind !== 'user' || seesAllSpaces(actor)) return [];
  return spacesOfUser(tx, actor.userId, todayInBerlin());
}

/** null: the actor sees every space of the office; otherwise the list. */
export async function visibleSpaces(tx: Db, actor: Actor): Promise<string[] | null> {
  if (actor.kind !== 'user' || seesAllSpaces(actor)) return null;
  return spacesOfUser(tx, actor.userId, todayInBerlin());
}

export async function needTarget(tx: Db, actor: Actor, need: Pick<NeedRow, 'officeId' | 'spaceId'>): Promise<NeedTarget> {
  return { officeId: need.officeId, spaceId: need.spaceId, actorSpaceIds: await actorSpaces(tx, actor) };
}

/** Checks that space, topics and offers named in a need belong to the office; names the field that does not. */
export async function checkNeedReferences(
  tx: Db,
  officeId: string,
  input: { spaceId?: string | undefined; topicIds?: readonly string[] | undefined; knownServiceIds?: readonly string[] | undefined; helpfulServiceIds?: readonly string[] | undefined },
): Promise<void> {
  if (input.spaceId !== undefined) {
    const spaces = await spacesOfOffice(tx, officeId);
    if (!spaces.some((s) => s.id === input.spaceId)) throw invalidField('spaceId', 'Diesen Sozialraum gibt es in diesem Jugendamt nicht.');
  }
  if (input.topicIds?.length) {
    const topics = new Set((await topicTerms(tx, officeId)).map((t) => t.id));
    if (input.topicIds.some((id) => !topics.has(id))) throw invalidField('topicIds', 'Mindestens ein Thema gibt es nicht.');
  }
  for (const field of ['knownServiceIds', 'helpfulServiceIds'] as const) {
    const ids = input[field];
    if (!ids?.length) continue;
    const found = new Set((await serviceReferences(tx, officeId, ids)).map((s) => s.id));
    if (ids.some((id) => !found.has(id))) throw invalidField(field, 'Mindestens ein genanntes Angebot gibt es nicht.');
  }
}

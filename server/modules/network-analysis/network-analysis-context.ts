import { organizationTypes } from '../../../common/social-space-terms';
import type { Actor } from '../../platform/auth/actor';
import { todayInBerlin } from '../../platform/calendar';
import type { Db } from '../../platform/db/database';
import { invalidField } from '../../platform/http/errors';
import { spacesOfOffice, spacesOfUser } from '../social-spaces';

/** The spaces where the actor is on the team today (empty for the public and the system). */
export async function actorSpaces(tx: Db, actor: Actor): Promise<string[]> {
  if (actor.kind !== 'user') return [];
  return spacesOfUser(tx, actor.userId, todayInBerlin());
}

/** A space of another office is a wrong input: 400 naming spaceId (its existence does not leak). */
export async function checkSpaceOfOffice(tx: Db, officeId: string, spaceId: string): Promise<void> {
  if (!(await spacesOfOffice(tx, officeId)).some((s) => s.id === spaceId)) throw invalidField('spaceId', 'Diesen Sozialraum gibt es in diesem Jugendamt nicht.');
}

export function checkPeriod(period: { from: string; to: string }): void {
  if (period.to < period.from) throw invalidField('to', 'Das Ende des Zeitraums liegt vor seinem Anfang.');
}

/** "school,kita" → ['school', 'kita']; each must be a known type (built in, or one an organisation of the office has). */
export function parseTypes(types: string | undefined, officeTypes: readonly string[]): string[] | undefined {
  if (types === undefined) return undefined;
  const list = [...new Set(types.split(',').map((t) => t.trim()).filter(Boolean))];
  if (list.length === 0) return undefined;
  const known = new Set<string>([...organizationTypes, ...officeTypes]);
  const unknown = list.filter((t) => !known.has(t));
  if (unknown.length) throw invalidField('types', `Unbekannte Organisationsart: ${unknown.join(', ')}.`);
  return list;
}

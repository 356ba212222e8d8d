import type { AccountRole } from '../../../common/roles';
import { DomainError } from '../http/errors';
import type { Actor, SystemActor, UserActor } from './actor';

/**
 * A rule says who may do one thing. Declared once per operation in a module's `*.policy.ts`, it drives three
 * checks: the route's OpenAPI `security`, the sign-in guard before validation, and `authorize()` on the first
 * line of the use case. Nothing is allowed unless a rule says so.
 */
export type Rule<Target = never> = {
  readonly name: string;
  readonly public: boolean;
  readonly roles: readonly AccountRole[];
  /** A public route that a secret in the address opens instead of a session (a calendar feed): its OpenAPI scheme. */
  readonly scheme?: 'calendarToken';
  /** Extra condition on the object, e.g. "own organisation". Office scoping is always applied on top. */
  readonly when?: (actor: UserActor, target: Target) => boolean;
};

export const allowPublic = (name: string): Rule<never> => ({ name, public: true, roles: [] });

/**
 * Open to a caller who brings the secret token of a calendar feed (calendar programs send no cookie). The use case
 * checks the token on its first line; without a valid one it answers 404, so a feed's existence does not leak.
 */
export const allowCalendarToken = (name: string): Rule<never> => ({ name, public: true, roles: [], scheme: 'calendarToken' });

export function allowRoles<Target = never>(
  name: string,
  roles: readonly AccountRole[],
  when?: (actor: UserActor, target: Target) => boolean,
): Rule<Target> {
  return when ? { name, public: false, roles, when } : { name, public: false, roles };
}

/** Objects carry their office; a foreign office's object is reported as not found, so its existence does not leak. */
export type OfficeScoped = { officeId: string };

export function authorize<Target>(
  actor: Actor,
  rule: Rule<Target>,
  target?: Target & Partial<OfficeScoped>,
): asserts actor is UserActor | SystemActor | (Actor & { kind: 'public' }) {
  if (rule.public) return;
  if (actor.kind === 'system') return;
  if (actor.kind === 'public') throw new DomainError('UNAUTHENTICATED', 'Bitte zuerst anmelden.');
  if (!rule.roles.some((role) => actor.roles.includes(role))) {
    throw new DomainError('FORBIDDEN', 'Ihre Rolle erlaubt diese Aktion nicht.');
  }
  if (target?.officeId !== undefined && target.officeId !== actor.officeId) {
    throw new DomainError('NOT_FOUND', 'Der Eintrag wurde nicht gefunden.');
  }
  if (rule.when && target !== undefined && !rule.when(actor, target)) {
    throw new DomainError('FORBIDDEN', 'Sie dürfen diesen Eintrag nicht bearbeiten.');
  }
}

/** The office an actor works in; every domain query is scoped by it. */
export function officeOf(actor: Actor): string {
  if (actor.kind === 'public') throw new DomainError('UNAUTHENTICATED', 'Bitte zuerst anmelden.');
  return actor.officeId;
}

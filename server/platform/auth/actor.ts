import type { AccountRole } from '../../../common/roles';

export type UserActor = {
  kind: 'user';
  userId: string;
  officeId: string;
  email: string;
  displayName: string;
  roles: readonly AccountRole[];
  /** The organisation a provider editor works for (null for office staff). */
  organizationId: string | null;
  sessionTokenHash: string;
  sessionExpiresAt: Date;
};

/** The command line and the start-up seed act as the system: they already hold the database itself. */
export type SystemActor = { kind: 'system'; label: string; officeId: string };

export type PublicActor = { kind: 'public'; clientIp: string };

export type Actor = UserActor | SystemActor | PublicActor;

export function actorLabel(actor: Actor): string {
  switch (actor.kind) {
    case 'user':
      return `${actor.displayName} <${actor.email}>`;
    case 'system':
      return actor.label;
    case 'public':
      return 'Öffentlich';
  }
}

export const actorUserId = (actor: Actor): string | null => (actor.kind === 'user' ? actor.userId : null);

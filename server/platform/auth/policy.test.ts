import { describe, expect, it } from 'vitest';
import type { UserActor } from './actor';
import { allowPublic, allowRoles, authorize } from './policy';

const user = (roles: UserActor['roles'], officeId = 'office-a'): UserActor => ({
  kind: 'user',
  userId: 'u1',
  officeId,
  email: 'x@y.test',
  displayName: 'X',
  roles,
  organizationId: null,
  sessionTokenHash: 'h',
  sessionExpiresAt: new Date(),
});

describe('authorize', () => {
  const adminOnly = allowRoles<{ officeId: string; ownerId?: string }>('t.edit', ['admin'], (actor, target) => target.ownerId !== 'blocked');

  it('lets anyone through a public rule', () => {
    expect(() => authorize({ kind: 'public', clientIp: '::1' }, allowPublic('t.public'))).not.toThrow();
  });

  it('denies by default: anonymous gets UNAUTHENTICATED, a wrong role FORBIDDEN', () => {
    expect(() => authorize({ kind: 'public', clientIp: '::1' }, adminOnly)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    expect(() => authorize(user(['committee']), adminOnly)).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
    expect(() => authorize(user([]), allowRoles('t.none', []))).toThrow(expect.objectContaining({ code: 'FORBIDDEN' }));
  });

  it('hides objects of another office as NOT_FOUND, and applies the extra condition', () => {
    expect(() => authorize(user(['admin']), adminOnly, { officeId: 'office-a' })).not.toThrow();
    expect(() => authorize(user(['admin']), adminOnly, { officeId: 'office-b' })).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
    expect(() => authorize(user(['admin']), adminOnly, { officeId: 'office-a', ownerId: 'blocked' })).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
  });
});

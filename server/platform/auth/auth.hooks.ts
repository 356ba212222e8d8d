import type { FastifyRequest } from 'fastify';
import { isApiPath } from '../http/api-paths';
import { DomainError } from '../http/errors';
import type { App } from '../http/types';
import type { Database } from '../db/database';
import { resolveSession, SESSION_COOKIE, type SessionTimeouts } from './session';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

function requestOrigin(request: FastifyRequest): string | undefined {
  const origin = request.headers.origin;
  if (origin && origin !== 'null') return origin;
  const referer = request.headers.referer;
  if (!referer) return origin === 'null' ? 'null' : undefined;
  try {
    return new URL(referer).origin;
  } catch {
    return 'null';
  }
}

export type AuthHookOptions = { database: Database; publicUrl: string; timeouts: SessionTimeouts };

/**
 * Authentication at the edge, before validation: CSRF defence for writes, the session cookie turned into
 * `request.actor`, and the default-deny guard (a non-public route answers 401 to an anonymous caller).
 * What a signed-in user may do is decided by `authorize()` in each use case.
 */
export function registerAuthHooks(app: App, options: AuthHookOptions): void {
  const ownOrigin = new URL(options.publicUrl).origin;

  app.decorateRequest('actor', null as never);

  app.addHook('onRoute', (route) => {
    if (!isApiPath(route.url) || route.url.startsWith('/api/docs')) return;
    const access = route.config?.access;
    if (!access) throw new Error(`Route ${route.method} ${route.url} declares no access rule (default deny).`);
    route.schema = { ...route.schema, security: access.scheme ? [{ [access.scheme]: [] }] : access.public ? [] : [{ session: [] }] };
  });

  app.addHook('onRequest', async (request) => {
    const cookie = request.cookies[SESSION_COOKIE];
    if (!safeMethods.has(request.method)) {
      const origin = requestOrigin(request);
      const allowed = origin === ownOrigin || origin === `${request.protocol}://${request.host}`;
      if (origin !== undefined ? !allowed : cookie !== undefined) {
        throw new DomainError(
          'CSRF_REJECTED',
          'Schreibende Anfragen mit Anmeldung werden nur von der eigenen Adresse der Anwendung angenommen (Origin-Prüfung).',
        );
      }
    }
    // Static files of the web app need no session lookup, nor does /hsds: it answers everyone alike (cacheable).
    const isApi = request.url.startsWith('/api/');
    const actor = cookie && isApi ? await resolveSession(options.database.db, cookie, options.timeouts) : undefined;
    request.actor = actor ?? { kind: 'public', clientIp: request.ip };
    const access = request.routeOptions.config.access;
    if (isApiPath(request.url) && access && !access.public && request.actor.kind !== 'user') {
      throw new DomainError('UNAUTHENTICATED', 'Bitte zuerst anmelden.');
    }
  });
}

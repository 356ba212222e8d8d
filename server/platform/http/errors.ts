import type { FastifyError, FastifyInstance } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { problemSchema } from '../../../common/api/common';
import type { ErrorCode, FieldError, Problem } from '../../../common/problem';
import { isApiPath } from './api-paths';

/** The one table that maps domain error codes to HTTP status and German title. */
export const errorTable: Record<ErrorCode, { status: number; title: string }> = {
  INVALID_INPUT: { status: 400, title: 'Ungültige Eingabe' },
  INVALID_JSON: { status: 400, title: 'Ungültiges JSON' },
  PAYLOAD_TOO_LARGE: { status: 413, title: 'Anfrage zu groß' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, title: 'Nicht unterstütztes Format' },
  UNAUTHENTICATED: { status: 401, title: 'Anmeldung erforderlich' },
  INVALID_CREDENTIALS: { status: 401, title: 'Anmeldung fehlgeschlagen' },
  ACCOUNT_LOCKED: { status: 429, title: 'Konto vorübergehend gesperrt' },
  RATE_LIMITED: { status: 429, title: 'Zu viele Anfragen' },
  CSRF_REJECTED: { status: 403, title: 'Anfrage von fremder Herkunft abgelehnt' },
  FORBIDDEN: { status: 403, title: 'Keine Berechtigung' },
  NOT_FOUND: { status: 404, title: 'Nicht gefunden' },
  CONFLICT: { status: 409, title: 'Konflikt' },
  PERSONAL_DATA_REJECTED: { status: 422, title: 'Personenbezogene Daten abgelehnt' },
  BUDGET_EXCEEDED: { status: 409, title: 'Budget überschritten' },
  DATABASE_UNAVAILABLE: { status: 503, title: 'Datenbank nicht erreichbar' },
  INTERNAL_ERROR: { status: 500, title: 'Interner Fehler' },
};

export class DomainError extends Error {
  constructor(
    readonly code: ErrorCode,
    readonly detail?: string,
    readonly fieldErrors?: FieldError[],
    readonly headers?: Record<string, string>,
  ) {
    super(detail ?? code);
    this.name = 'DomainError';
  }
}

export const notFound = (what = 'Der Eintrag') => new DomainError('NOT_FOUND', `${what} wurde nicht gefunden.`);
export const invalidField = (field: string, message: string) =>
  new DomainError('INVALID_INPUT', message, [{ field, message }]);

export function problem(code: ErrorCode, detail?: string, errors?: FieldError[], requestId?: string): Problem {
  const { status, title } = errorTable[code];
  return {
    type: `about:blank#${code}`,
    title,
    status,
    ...(detail ? { detail } : {}),
    code,
    ...(errors?.length ? { errors } : {}),
    ...(requestId ? { requestId } : {}),
  };
}

const fastifyCodes: Partial<Record<string, ErrorCode>> = {
  FST_ERR_CTP_INVALID_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'INVALID_JSON',
  FST_ERR_CTP_BODY_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'UNSUPPORTED_MEDIA_TYPE',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'INVALID_INPUT',
};

const fastifyDetails: Partial<Record<ErrorCode, string>> = {
  INVALID_JSON: 'Der Inhalt der Anfrage ist kein gültiges JSON.',
  PAYLOAD_TOO_LARGE: 'Die Anfrage überschreitet die erlaubte Größe.',
  UNSUPPORTED_MEDIA_TYPE: 'Dieses Format wird nicht angenommen; bitte application/json senden.',
};

function isPgConnectionError(error: unknown): boolean {
  const code = (error as { code?: unknown })?.code;
  return (
    code === 'ECONNREFUSED' ||
    code === '57P01' ||
    code === '57P03' ||
    (typeof code === 'string' && code.startsWith('08')) ||
    /database closed|Connection terminated|PGlite is closed/i.test(String((error as Error)?.message))
  );
}

export function registerErrorHandling(app: FastifyInstance, options: { spaFallback?: string | undefined } = {}): void {
  // Every API operation documents its error answers as RFC 9457 problems.
  app.addHook('onRoute', (route) => {
    if (!isApiPath(route.url) || route.url.startsWith('/api/docs') || route.schema?.hide) return;
    const response = (route.schema?.response ?? {}) as Record<string, unknown>;
    route.schema = { ...route.schema, response: { '4XX': problemSchema, '5XX': problemSchema, ...response } };
  });
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const send = (p: Problem, headers: Record<string, string> = {}) =>
      reply.code(p.status).headers(headers).type('application/problem+json').send(p);

    if (error instanceof DomainError) {
      return send(problem(error.code, error.detail, error.fieldErrors, request.id), error.headers);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      const where = error.validationContext ?? 'body';
      const errors = error.validation.flatMap((issue) => {
        const field = issue.instancePath.split('/').filter(Boolean);
        const keys = (issue.params as { keys?: unknown }).keys;
        if (issue.keyword === 'unrecognized_keys' && Array.isArray(keys) && keys.length) {
          return keys.map((key) => ({ field: [...field, String(key)].join('.'), message: `Unbekanntes Feld „${String(key)}“` }));
        }
        return [{ field: field.join('.') || where, message: issue.message ?? 'Ungültiger Wert' }];
      });
      const detail = errors.map((e) => `${e.field}: ${e.message}`).join('; ');
      return send(problem('INVALID_INPUT', detail, errors, request.id));
    }
    const mapped = error.code ? fastifyCodes[error.code] : undefined;
    if (mapped) return send(problem(mapped, fastifyDetails[mapped], undefined, request.id));
    if (isResponseSerializationError(error)) {
      request.log.error({ err: error, issues: error.cause.issues }, 'response does not match its schema');
      return send(problem('INTERNAL_ERROR', 'Ein interner Fehler ist aufgetreten.', undefined, request.id));
    }
    if (isPgConnectionError(error)) {
      request.log.error({ err: error }, 'database unavailable');
      return send(problem('DATABASE_UNAVAILABLE', 'Die Datenbank ist gerade nicht erreichbar.', undefined, request.id));
    }
    if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      request.log.info({ err: error }, 'client error');
      return send(problem('INVALID_INPUT', 'Die Anfrage ist ungültig.', undefined, request.id));
    }
    // 5xx: log everything, show nothing of the internals.
    request.log.error({ err: error }, 'unhandled error');
    return send(problem('INTERNAL_ERROR', 'Ein interner Fehler ist aufgetreten. Bitte die Anfrage-ID angeben.', undefined, request.id));
  });

  app.setNotFoundHandler((request, reply) => {
    // Paths of the single-page app (/, /konten, …) get its index.html; the router in the browser takes over.
    const fallback = options.spaFallback;
    // Missing build assets stay 404: an index.html in their place would only hide a stale build.
    const isPage = !request.url.startsWith('/api') && !isApiPath(request.url) && !request.url.startsWith('/assets/');
    if (fallback && (request.method === 'GET' || request.method === 'HEAD') && isPage) {
      return reply.header('cache-control', 'no-cache').sendFile(fallback);
    }
    return reply
      .code(404)
      .type('application/problem+json')
      .send(problem('NOT_FOUND', `Keine Schnittstelle unter ${request.method} ${request.url.split('?')[0]}.`, undefined, request.id));
  });
}

import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyBaseLogger } from 'fastify';
import {
  jsonSchemaTransform,
  jsonSchemaTransformObject,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { useGermanErrors } from '../common/german-errors';
import { modules } from './modules';
import { registerAuthHooks } from './platform/auth/auth.hooks';
import { SESSION_COOKIE } from './platform/auth/session';
import type { Database } from './platform/db/database';
import type { Settings } from './platform/env';
import { registerErrorHandling } from './platform/http/errors';
import type { App } from './platform/http/types';

export const webRoot = fileURLToPath(new URL('../dist/web/', import.meta.url));

export type BuildAppOptions = {
  settings: Settings;
  database: Database;
  logger?: FastifyBaseLogger | boolean;
  /** Serve the built web app from dist/web (default: when it exists). */
  serveWeb?: boolean;
};

/** Builds the app without listening: `main.ts` listens, tests call `app.inject()`. */
export async function buildApp(options: BuildAppOptions): Promise<App> {
  useGermanErrors();
  const { settings, database } = options;
  const app = Fastify({
    loggerInstance: typeof options.logger === 'object' ? options.logger : undefined,
    logger: typeof options.logger === 'boolean' ? options.logger : undefined,
    genReqId: () => randomUUID(),
    bodyLimit: settings.bodyLimitBytes,
    trustProxy: settings.trustProxy,
    forceCloseConnections: 'idle',
  }).withTypeProvider<ZodTypeProvider>() as App;

  // JSON only: a text/plain body gets 415 instead of reaching a schema as a string.
  app.removeContentTypeParser('text/plain');
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });

  await app.register(fastifyCookie);
  const https = settings.publicUrl.startsWith('https:');
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        upgradeInsecureRequests: https ? [] : null,
      },
    },
    hsts: https ? { maxAge: 31_536_000 } : false,
  });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'sozialraum API',
        version: '0.1.0',
        description:
          'Schnittstelle von sozialraum. Fehler kommen als application/problem+json (RFC 9457) mit deutschem Titel, ' +
          'einem Fachcode im Feld `code` und Feldfehlern in `errors`. Schreibende Anfragen mit Sitzungs-Cookie ' +
          'brauchen einen Origin-Header der eigenen Adresse.',
      },
      servers: [{ url: settings.publicUrl }],
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE },
          calendarToken: {
            type: 'apiKey',
            in: 'query',
            name: 'token',
            description: 'Geheimer, widerrufbarer Schlüssel eines Kalender-Abonnements (iCalendar); Kalenderprogramme senden kein Cookie.',
          },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerErrorHandling(app, {
    spaFallback: (options.serveWeb ?? fs.existsSync(path.join(webRoot, 'index.html'))) ? 'index.html' : undefined,
  });
  registerAuthHooks(app, {
    database,
    publicUrl: settings.publicUrl,
    timeouts: { idleMs: settings.sessionIdleMs, maxMs: settings.sessionMaxMs },
  });

  for (const module of modules) module.routes(app, { database, settings });

  if (options.serveWeb ?? fs.existsSync(path.join(webRoot, 'index.html'))) {
    await app.register(fastifyStatic, { root: webRoot, wildcard: false, index: false, maxAge: '1h' });
  }
  return app;
}

import { z } from 'zod';
import {
  changePasswordBody,
  createdUser,
  createUserBody,
  loginBody,
  me,
  resetPasswordResult,
  updateUserBody,
  user,
  userListQuery,
} from '../../../common/api/accounts';
import { uuidParam } from '../../../common/api/common';
import { resolveSession, SESSION_COOKIE } from '../../platform/auth/session';
import { inTransaction } from '../../platform/http/transaction';
import type { App } from '../../platform/http/types';
import type { ModuleDeps } from '../../platform/module';
import { accountsPolicy } from './accounts.policy';
import { changeOwnPassword } from './change-own-password';
import { createUser } from './create-user';
import { listUsers, readUser } from './list-users';
import { logIn } from './log-in';
import { logOut } from './log-out';
import { readOwnAccount } from './read-own-account';
import { resetPassword } from './reset-password';
import { updateUser } from './update-user';

const tags = ['Konten'];

export function accountsRoutes(app: App, { database, settings }: ModuleDeps): void {
  const timeouts = { idleMs: settings.sessionIdleMs, maxMs: settings.sessionMaxMs };
  const cookieOptions = {
    path: '/',
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: settings.publicUrl.startsWith('https:'),
  };

  app.post('/api/auth/login', {
    config: { access: accountsPolicy.logIn },
    schema: { tags, summary: 'Anmelden', body: loginBody, response: { 200: me } },
    handler: async (request, reply) => {
      const session = await logIn(
        {
          database,
          actor: request.actor,
          requestId: request.id,
          timeouts,
          limits: {
            maxFailures: settings.loginMaxFailures,
            windowMs: settings.loginWindowMs,
            lockMs: settings.loginLockMs,
            maxFailuresPerIp: settings.loginMaxFailures * 10,
          },
          onLocked: (email) => request.log.warn({ email }, 'account locked after too many failed logins'),
        },
        { ...request.body, clientIp: request.ip },
      );
      reply.setCookie(SESSION_COOKIE, session.token, {
        ...cookieOptions,
        secure: cookieOptions.secure || request.protocol === 'https',
        expires: session.expiresAt,
      });
      const actor = await resolveSession(database.db, session.token, timeouts);
      if (actor) request.actor = actor;
      return inTransaction(database, request, readOwnAccount);
    },
  });

  app.post('/api/auth/logout', {
    config: { access: accountsPolicy.logOut },
    schema: { tags, summary: 'Abmelden', response: { 204: z.null() } },
    handler: async (request, reply) => {
      await inTransaction(database, request, logOut);
      reply.clearCookie(SESSION_COOKIE, cookieOptions);
      return reply.code(204).send(null);
    },
  });

  app.get('/api/auth/me', {
    config: { access: accountsPolicy.readOwnAccount },
    schema: { tags, summary: 'Eigenes Konto und Sitzung', response: { 200: me } },
    handler: (request) => inTransaction(database, request, readOwnAccount),
  });

  app.post('/api/auth/password', {
    config: { access: accountsPolicy.changeOwnPassword },
    schema: { tags, summary: 'Eigenes Passwort ändern', body: changePasswordBody, response: { 204: z.null() } },
    handler: async (request, reply) => {
      await inTransaction(database, request, (ctx) => changeOwnPassword(ctx, request.body));
      return reply.code(204).send(null);
    },
  });

  app.get('/api/users', {
    config: { access: accountsPolicy.listUsers },
    schema: { tags, summary: 'Konten des Jugendamts', querystring: userListQuery, response: { 200: z.array(user) } },
    handler: (request) =>
      inTransaction(database, request, (ctx) =>
        listUsers(ctx, { q: request.query.q, includeInactive: request.query.includeInactive === 'true' }),
      ),
  });

  app.post('/api/users', {
    config: { access: accountsPolicy.createUser },
    schema: { tags, summary: 'Konto anlegen', body: createUserBody, response: { 201: createdUser } },
    handler: async (request, reply) => {
      const created = await inTransaction(database, request, (ctx) => createUser(ctx, request.body));
      return reply.code(201).send(created);
    },
  });

  app.get('/api/users/:id', {
    config: { access: accountsPolicy.readUser },
    schema: { tags, summary: 'Ein Konto', params: uuidParam, response: { 200: user } },
    handler: (request) => inTransaction(database, request, (ctx) => readUser(ctx, request.params)),
  });

  app.patch('/api/users/:id', {
    config: { access: accountsPolicy.updateUser },
    schema: {
      tags,
      summary: 'Konto ändern, Rollen zuweisen, deaktivieren',
      params: uuidParam,
      body: updateUserBody,
      response: { 200: user },
    },
    handler: (request) => inTransaction(database, request, (ctx) => updateUser(ctx, { ...request.body, id: request.params.id })),
  });

  app.post('/api/users/:id/password-reset', {
    config: { access: accountsPolicy.resetPassword },
    schema: { tags, summary: 'Neues Passwort erzeugen', params: uuidParam, response: { 200: resetPasswordResult } },
    handler: (request) => inTransaction(database, request, (ctx) => resetPassword(ctx, request.params)),
  });
}

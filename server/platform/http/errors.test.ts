import Fastify from 'fastify';
import { describe, expect, it } from 'vitest';
import { errorCodes } from '../../../common/problem';
import { DomainError, errorTable, registerErrorHandling } from './errors';

describe('errors', () => {
  it('maps every domain code to an HTTP status and a German title in one table', () => {
    for (const code of errorCodes) {
      expect(errorTable[code].status).toBeGreaterThanOrEqual(400);
      expect(errorTable[code].title).toMatch(/^[A-ZÄÖÜ]/);
    }
  });

  it('hides the internals of a 5xx and keeps the request id', async () => {
    const app = Fastify({ logger: false });
    registerErrorHandling(app);
    app.get('/boom', async () => {
      throw new Error('connection string postgres://geheim@intern/db failed at line 42');
    });
    app.get('/domain', async () => {
      throw new DomainError('CONFLICT', 'Gibt es schon.', [{ field: 'email', message: 'Gibt es schon.' }]);
    });
    const boom = await app.inject({ method: 'GET', url: '/boom' });
    expect(boom.statusCode).toBe(500);
    expect(boom.headers['content-type']).toContain('application/problem+json');
    expect(boom.body).not.toMatch(/geheim|line 42|Error/);
    expect(boom.json()).toMatchObject({ code: 'INTERNAL_ERROR', title: 'Interner Fehler', requestId: expect.any(String) });
    const domain = await app.inject({ method: 'GET', url: '/domain' });
    expect(domain.statusCode).toBe(409);
    expect(domain.json()).toEqual({
      type: 'about:blank#CONFLICT',
      title: 'Konflikt',
      status: 409,
      detail: 'Gibt es schon.',
      code: 'CONFLICT',
      errors: [{ field: 'email', message: 'Gibt es schon.' }],
      requestId: expect.any(String),
    });
    await app.close();
  });
});

import type { FastifyRequest } from 'fastify';
import type { Ctx } from '../context';
import type { Database } from '../db/database';

/** Runs one use case in one transaction, as the request's actor. A thrown error rolls everything back. */
export function inTransaction<T>(database: Database, request: FastifyRequest, useCase: (ctx: Ctx) => Promise<T>): Promise<T> {
  return database.db.transaction((tx) => useCase({ tx, actor: request.actor, requestId: request.id }));
}

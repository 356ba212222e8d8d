import type { FastifyBaseLogger, FastifyInstance, RawReplyDefaultExpression, RawRequestDefaultExpression, RawServerDefault } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Actor } from '../auth/actor';
import type { Rule } from '../auth/policy';

export type App = FastifyInstance<
  RawServerDefault,
  RawRequestDefaultExpression,
  RawReplyDefaultExpression,
  FastifyBaseLogger,
  ZodTypeProvider
>;

// Declaration merging needs `interface`.
/* eslint-disable @typescript-eslint/consistent-type-definitions */
declare module 'fastify' {
  interface FastifyContextConfig {
    /** Every route names the policy rule it runs under; a route without one is refused at start-up. */
    access?: Rule<never> | Rule<unknown> | Rule<any>; // eslint-disable-line @typescript-eslint/no-explicit-any -- rules are generic over their target
  }
  interface FastifyRequest {
    actor: Actor;
  }
}
/* eslint-enable @typescript-eslint/consistent-type-definitions */

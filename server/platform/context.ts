import type { Actor } from './auth/actor';
import type { Db } from './db/database';

/** What every use case receives: the transaction it runs in, who acts, and the request id for the audit log. */
export type Ctx = { tx: Db; actor: Actor; requestId?: string | undefined };

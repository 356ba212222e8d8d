import type { Database } from './db/database';
import type { Settings } from './env';
import type { Ctx } from './context';
import type { App } from './http/types';

export type ModuleDeps = { database: Database; settings: Settings };

/** What the demo seed hands each module: the transaction, the system actor, the demo office and the years to fill. */
export type DemoContext = Ctx & { officeId: string; firstYear: number; currentYear: number; log: (line: string) => void };

/** A module's manifest, its only public entry (index.ts). Listed by hand in server/modules.ts. */
export type AppModule = {
  name: string;
  routes(app: App, deps: ModuleDeps): void;
  /** Gives a new office what it needs from the first minute (e.g. the default topics); runs for every new office. */
  setUpOffice?(ctx: Ctx & { officeId: string }): Promise<void>;
  /** Fills the demo office; runs in module order, in one transaction. */
  seedDemo?(ctx: DemoContext): Promise<void>;
};

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { buildWebIfStale } from '../scripts/web-build.mjs';
import { buildApp } from '../server/app';
import { prepareDatabase } from '../server/bootstrap';
import type { Database } from '../server/platform/db/database';
import { readSettings } from '../server/platform/env';
import type { App } from '../server/platform/http/types';

/** The password of every demo account. */
export const DEMO_PASSWORD = 'sozialraum-demo';

export type DemoApp = { base: string; close: () => Promise<void> };

/**
 * The whole app as users get it: the built web app, the demo city on a fresh embedded database in its own folder,
 * a real HTTP port. `close()` stops the server and removes the folder; a failed start cleans up after itself.
 */
export async function startDemoApp(name: string): Promise<DemoApp> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `sozialraum-e2e-${name}-`));
  let database: Database | undefined;
  let app: App | undefined;
  const close = async () => {
    await app?.close();
    await database?.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  };
  try {
    await buildWebIfStale({ log: () => {} });
    const settings = { ...readSettings({ DATA_DIR: dataDir, DEMO: '1', LOG_LEVEL: 'silent' }), publicUrl: 'http://127.0.0.1' };
    ({ database } = await prepareDatabase(settings, { allowDemo: true, log: () => {} }));
    app = await buildApp({ settings, database, logger: false, serveWeb: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    return { base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, close };
  } catch (error) {
    await close();
    throw error;
  }
}

/** Signs in through the API with the demo password; returns the session cookie for `fetch` (`cookie` header). */
export async function sessionCookie(base: string, email: string): Promise<string> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { origin: base, 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  if (!login.ok) throw new Error(`Anmeldung als ${email} fehlgeschlagen: ${login.status}`);
  return (login.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
}

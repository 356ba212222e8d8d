import { describe, expect, it } from 'vitest';
import { readSettings } from './env';

describe('settings', () => {
  it('has defaults that serve http://localhost:3000 from ./data', () => {
    const s = readSettings({});
    expect(s).toMatchObject({ port: 3000, publicUrl: 'http://localhost:3000', databaseUrl: undefined, demo: undefined, officeName: 'Jugendamt' });
    expect(s.dataDir.endsWith('/data')).toBe(true);
    expect(s.loginMaxFailures).toBe(10);
    expect(s.loginLockMs).toBe(15 * 60_000);
  });

  it('reads DEMO, DATABASE_URL and PUBLIC_URL', () => {
    const s = readSettings({ DEMO: '0', DATABASE_URL: 'postgres://u@h/db', PUBLIC_URL: 'https://jugendamt.example/', PORT: '8080' });
    expect(s).toMatchObject({ demo: false, databaseUrl: 'postgres://u@h/db', publicUrl: 'https://jugendamt.example', port: 8080 });
  });

  it('refuses bad settings naming the variable', () => {
    expect(() => readSettings({ PORT: 'achtzig' })).toThrow(/PORT/);
    expect(() => readSettings({ DATABASE_URL: 'mysql://x' })).toThrow(/DATABASE_URL/);
  });
});

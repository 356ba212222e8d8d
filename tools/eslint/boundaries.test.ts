import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { violation, zoneOf } from './boundaries.mjs';

const at = (rel: string) => zoneOf(path.resolve(rel));
const check = (from: string, to: string) => violation(at(from), at(to), /\.test\.tsx?$/.test(from));

describe('module boundaries (STYLE.md rule 7)', () => {
  it('lets common import only common', () => {
    expect(check('common/api/accounts.ts', 'common/roles.ts')).toBeUndefined();
    expect(check('common/roles.ts', 'server/platform/env.ts')).toMatch(/common/);
    expect(check('common/roles.ts', 'web/app/router.tsx')).toMatch(/common/);
  });

  it('lets a module use another module only through its index.ts', () => {
    expect(check('server/modules/budget/book.ts', 'server/modules/accounts/index.ts')).toBeUndefined();
    expect(check('server/modules/budget/book.ts', 'server/modules/accounts/create-user.ts')).toMatch(/index\.ts/);
    expect(check('server/modules/accounts/a.ts', 'server/modules/accounts/b.ts')).toBeUndefined();
    // Table files reference each other's tables for foreign keys; nothing else reaches past index.ts.
    expect(check('server/modules/services/services.tables.ts', 'server/modules/social-spaces/network.tables.ts')).toBeUndefined();
    expect(check('server/modules/services/search.ts', 'server/modules/social-spaces/network.tables.ts')).toMatch(/index\.ts/);
  });

  it('keeps platform free of modules and the server free of web code', () => {
    expect(check('server/platform/db/database.ts', 'server/modules/accounts/index.ts')).toMatch(/platform/);
    expect(check('server/app.ts', 'web/app/router.tsx')).toMatch(/server code/);
    expect(check('web/app/router.tsx', 'server/app.ts')).toMatch(/web code/);
  });

  it('keeps web features apart from each other and from the app shell', () => {
    expect(check('web/features/accounts/components/a.tsx', 'web/features/audit-log/api/b.ts')).toMatch(/features/);
    expect(check('web/features/accounts/components/a.tsx', 'web/components/ui/field.tsx')).toBeUndefined();
    expect(check('web/components/ui/field.tsx', 'web/features/accounts/api/a.ts')).toMatch(/components/);
    expect(check('web/app/pages/x.tsx', 'web/features/accounts/api/a.ts')).toBeUndefined();
  });

  it('lets tests build the app and use test support', () => {
    expect(check('server/modules/accounts/accounts.int.test.ts', 'server/test/test-app.ts')).toBeUndefined();
    expect(check('server/modules/accounts/accounts.int.test.ts', 'server/app.ts')).toBeUndefined();
    expect(check('server/modules/accounts/create-user.ts', 'server/app.ts')).toMatch(/server root/);
  });
});

describe('import cycles', () => {
  it('finds a runtime cycle and ignores type-only imports', async () => {
    const fs = await import('node:fs');
    const os = await import('node:os');
    const { cycleThrough } = await import('./boundaries.mjs');
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'cycle-'));
    fs.writeFileSync(path.join(dir, 'a.ts'), "import { b } from './b';\nexport const a = 1;\n");
    fs.writeFileSync(path.join(dir, 'b.ts'), "import { c } from './c';\nexport const b = c;\n");
    fs.writeFileSync(path.join(dir, 'c.ts'), "import type { A } from './a';\nexport const c = 2;\nexport type C = A;\n");
    expect(cycleThrough(path.join(dir, 'a.ts'), path.join(dir, 'b.ts'))).toBeUndefined();
    fs.writeFileSync(path.join(dir, 'd.ts'), "import { e } from './e';\nexport const d = e;\n");
    fs.writeFileSync(path.join(dir, 'e.ts'), "export { d as e } from './d';\n");
    expect(cycleThrough(path.join(dir, 'd.ts'), path.join(dir, 'e.ts'))).toEqual([path.join(dir, 'e.ts'), path.join(dir, 'd.ts')]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

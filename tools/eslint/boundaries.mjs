// Module boundaries of STYLE.md as one lint rule. It resolves every relative import to a file of the repo and
// checks it against the zones below. Kept in-repo: ~80 lines we understand beat a plugin whose rule format changes.
import fs from 'node:fs';
import path from 'node:path';

const repoRoot = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');

/** @returns {{ zone: string, name?: string, rest?: string }} */
export function zoneOf(file) {
  const rel = path.relative(repoRoot, file).split(path.sep).join('/');
  const parts = rel.split('/');
  if (parts[0] === 'common') return { zone: 'common' };
  if (parts[0] === 'server' && parts[1] === 'platform') return { zone: 'platform' };
  if (parts[0] === 'server' && parts[1] === 'modules' && parts.length > 3) {
    return { zone: 'module', name: parts[2], rest: parts.slice(3).join('/') };
  }
  if (parts[0] === 'server' && parts[1] === 'test') return { zone: 'server-test' };
  if (parts[0] === 'server') return { zone: 'server' };
  if (parts[0] === 'web' && parts[1] === 'features' && parts.length > 3) return { zone: 'feature', name: parts[2] };
  if (parts[0] === 'web' && parts[1] === 'components') return { zone: 'web-components' };
  if (parts[0] === 'web') return { zone: 'web-app' };
  if (parts[0] === 'e2e') return { zone: 'e2e' };
  return { zone: 'tooling' };
}

const isModuleEntry = (to) => /^index\.tsx?$/.test(to.rest ?? '');

/** @returns {string | undefined} why the import is not allowed */
export function violation(from, to, fromTest = false) {
  const serverSide = ['platform', 'module', 'server', 'server-test'];
  // Tests build the whole app (server root, test support) and may use any module through its index.
  if (fromTest && ['server', 'server-test'].includes(to.zone)) return undefined;
  if (fromTest && from.zone === 'platform' && to.zone === 'module' && isModuleEntry(to)) return undefined;
  const webSide = ['feature', 'web-components', 'web-app'];
  if (from.zone === 'common' && to.zone !== 'common') return 'common/ imports nothing from server/ or web/';
  if (serverSide.includes(from.zone) && [...webSide, 'e2e'].includes(to.zone)) return 'server code does not import web/ or e2e/';
  if (webSide.includes(from.zone) && [...serverSide, 'e2e'].includes(to.zone)) return 'web code does not import server/ (use common/)';
  if (from.zone === 'platform' && (to.zone === 'module' || to.zone === 'server')) return 'platform/ knows no module';
  if (from.zone === 'module' && to.zone === 'server') return 'a module does not import the server root';
  // Foreign keys cross modules: a table file may reference another module's table file (both are plain declarations).
  const tableToTable = /\.tables\.ts$/.test(from.rest ?? '') && /\.tables\.ts$/.test(to.rest ?? '');
  if (from.zone === 'module' && to.zone === 'module' && from.name !== to.name && !isModuleEntry(to) && !tableToTable) {
    return `import module "${to.name}" only through its index.ts`;
  }
  if (from.zone === 'feature' && to.zone === 'feature' && from.name !== to.name) return 'web features do not import each other';
  if (from.zone === 'feature' && to.zone === 'web-app') return 'a feature does not import the app shell';
  if (from.zone === 'web-components' && (to.zone === 'feature' || to.zone === 'web-app')) return 'components/ do not import features or the app';
  return undefined;
}

const extensions = ['', '.ts', '.tsx', '.mjs', '.js', '/index.ts', '/index.tsx'];

export const boundariesPlugin = {
  rules: {
    boundaries: {
      meta: { type: 'problem', schema: [], messages: { blocked: 'Module boundary: {{why}} ({{source}})' } },
      create(context) {
        const from = zoneOf(context.filename);
        const fromTest = /\.test\.tsx?$/.test(context.filename);
        const check = (node) => {
          const source = node.source?.value;
          if (typeof source !== 'string' || !source.startsWith('.')) return;
          const target = path.resolve(path.dirname(context.filename), source);
          const candidates = extensions.map((ext) => target + ext);
          const resolved = candidates.find((c) => /\.(tsx?|m?js)$/.test(c) && fs.existsSync(c) && fs.statSync(c).isFile());
          const to = zoneOf(resolved ?? target);
          const why = violation(from, to, fromTest);
          if (why) context.report({ node, messageId: 'blocked', data: { why, source } });
        };
        return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check, ImportExpression: check };
      },
    },
  },
};

// ---- no-cycle: runtime import cycles between our own files (type-only imports do not count) ----

const importPattern = /(?:^|\n)\s*(?:import|export)\s+(?!type\b)(?:[^'";]*?\sfrom\s+)?['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)/g;
const importsCache = new Map();

export function resolveImport(fromFile, source) {
  const target = path.resolve(path.dirname(fromFile), source);
  return extensions.map((ext) => target + ext).find((c) => /\.(tsx?|m?js)$/.test(c) && fs.existsSync(c) && fs.statSync(c).isFile());
}

function importsOf(file) {
  if (!importsCache.has(file)) {
    const text = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    const found = [];
    for (const match of text.matchAll(importPattern)) {
      const resolved = resolveImport(file, match[1] ?? match[2]);
      if (resolved) found.push(resolved);
    }
    importsCache.set(file, found);
  }
  return importsCache.get(file);
}

/** The chain of files from `start` back to `file`, or undefined when importing `start` from `file` makes no cycle. */
export function cycleThrough(file, start) {
  const seen = new Set();
  const walk = (current, trail) => {
    if (current === file) return trail;
    if (seen.has(current)) return undefined;
    seen.add(current);
    for (const next of importsOf(current)) {
      const found = walk(next, [...trail, next]);
      if (found) return found;
    }
    return undefined;
  };
  return walk(start, [start]);
}

boundariesPlugin.rules['no-cycle'] = {
  meta: { type: 'problem', schema: [], messages: { cycle: 'Import cycle: {{chain}}' } },
  create(context) {
    importsCache.delete(context.filename);
    const check = (node) => {
      if (node.importKind === 'type' || node.exportKind === 'type') return;
      const source = node.source?.value;
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const target = resolveImport(context.filename, source);
      if (!target) return;
      const chain = cycleThrough(context.filename, target);
      if (chain) {
        const rel = (f) => path.relative(repoRoot, f);
        context.report({ node, messageId: 'cycle', data: { chain: [context.filename, ...chain].map(rel).join(' → ') } });
      }
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

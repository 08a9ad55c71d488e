/**
 * `npm run check:arch` (run by `npm test`): the house rules the formatter cannot see.
 *  1. Import arrows run one way. Each folder is a module in a layer (LAYERS, top to bottom); a file may import
 *     its own module or a module of a lower layer, never a module beside it or above it. So entrypoints ->
 *     capture pipeline -> article / figures / store / export -> types, and utils/article never imports
 *     utils/figures (they sit side by side).
 *  2. No import cycle between files.
 *  3. No source file over 300 lines, no line over 120 characters (JS string length: a Chinese character is one),
 *     except the data tables in DATA_TABLES.
 * Prints one line per problem and exits 1 when there is any.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SOURCE = /\.(?:ts|tsx|mjs|js|css)$/;
const SKIP_DIRS = new Set([
  ...['node_modules', '.output', '.wxt', '.git', 'public', 'samples', 'screenshots', '.scratch'],
  ...['dist', 'coverage', '.tmp', 'test-results'], // build output and scratch: never ours to size
]);

/** Top to bottom. Modules in one row may not import each other. */
const LAYERS: string[][] = [
  ['tests', 'config'],
  ['entrypoints', 'cli', 'tools'], // tools: bench/ and eval/, which share their section runner
  ['scripts'], // tools the shells share (Chromium with the built extension)
  ['components'],
  ['pipeline'],
  ['platform'], // browser APIs: keeps pictures in the store, reads export settings
  ['export', 'testing'], // export builds Markdown/CSV from display's figure edits and store records
  ['article', 'figures', 'store'],
  ['display'], // figure rows and labels: the store keeps the panel's rows (one definition of a capture's figures)
  ['types'],
];

/** Files allowed past the size limits for good: data, not logic. */
const DATA_TABLES: Record<string, string> = {
  'components/reader.css': 'style sheet: the eight 长城网 background colours and the reader typography',
  'tests/fixtures/_tools/build-fixtures.mjs': 'fixture page templates (HTML as the site prints it)',
  'tests/fixtures/_tools/build-variants-blind2.mjs': 'fixture page templates (HTML as the site prints it)',
  'tests/fixtures/_tools/build-variants-body.mjs': 'fixture page templates (HTML as the site prints it)',
  'tests/fixtures/_tools/build-variants-meta.mjs': 'fixture page templates (HTML as the site prints it)',
  'tests/fixtures/_tools/shell.mjs': 'the 长城网 page shell the fixture builders fill',
  'tests/fixtures/_tools/build-variants-fidelity.mjs': 'fixture page templates (HTML as the site prints it)',
};

function moduleOf(rel: string): string {
  const parts = rel.split('/');
  if (/\.test\.tsx?$/.test(rel)) return 'tests'; // a test may import what it tests and the test helpers
  if (parts[0] === 'bench' || parts[0] === 'eval') return 'tools';
  if (parts[0] === 'utils') {
    // utils/urls.ts (which addresses to trust) builds on article/parse's canonicalize: part of the article module.
    if (parts.length === 2)
      return parts[1] === 'urls.ts' || parts[1] === 'urls.test.ts' ? 'article' : parts[1].replace(/\.tsx?$/, '');
    return parts[1];
  }
  if (['entrypoints', 'components', 'cli', 'scripts', 'tests', 'bin'].includes(parts[0]))
    return parts[0] === 'bin' ? 'cli' : parts[0];
  return 'config';
}

const layerOf = new Map<string, number>();
LAYERS.forEach((row, i) => {
  for (const m of row) layerOf.set(m, i);
});

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    if (SKIP_DIRS.has(name)) continue;
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) walk(full, out);
    else if (SOURCE.test(name)) out.push(path.relative(ROOT, full).split(path.sep).join('/'));
  }
  return out;
}

/**
 * The files we own: git's list (tracked, plus new files not ignored) so that build output such as dist/cli, which
 * `npm ci` creates, is never checked; a walk of the tree when git is not there (an unpacked tarball).
 */
function sourceFiles(): string[] {
  try {
    const out = execFileSync('git', ['ls-files', '-co', '--exclude-standard'], { cwd: ROOT, encoding: 'utf8' });
    return out
      .split('\n')
      .filter((rel) => rel && SOURCE.test(rel) && !rel.split('/').some((part) => SKIP_DIRS.has(part)))
      .filter((rel) => existsSync(path.join(ROOT, rel)))
      .sort();
  } catch {
    return walk(ROOT).sort();
  }
}

// The three ways a file names another: `import x from './a'` / `export { y } from './b'`, `import('./c')`,
// and a bare `import './d'`. Built from named parts; each alternative captures the path.
const FROM = `(?:^|[\\s;])(?:import|export)\\s[^'"\`;]*?from\\s*['"]([^'"]+)['"]`;
const DYNAMIC = `import\\s*\\(\\s*['"]([^'"]+)['"]\\s*\\)`;
const BARE = `^import\\s+['"]([^'"]+)['"]`;
const IMPORT_RE = new RegExp(`${FROM}|${DYNAMIC}|${BARE}`, 'gm');

function resolveImport(from: string, spec: string): string | null {
  let base: string;
  if (spec.startsWith('@/') || spec.startsWith('~/')) base = spec.slice(2);
  else if (spec.startsWith('.')) base = path.posix.join(path.posix.dirname(from), spec);
  else return null; // a package
  for (const cand of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`])
    if (existsSync(path.join(ROOT, cand)) && statSync(path.join(ROOT, cand)).isFile()) return cand;
  return null;
}

export function importsOf(rel: string, text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT_RE)) {
    const spec = m[1] ?? m[2] ?? m[3];
    const target = spec && resolveImport(rel, spec);
    if (target) out.push(target);
  }
  return out;
}

function cycles(graph: Map<string, string[]>): string[][] {
  // Tarjan's strongly connected components, iterative (no recursion limit on long chains).
  let index = 0;
  const idx = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const on = new Set<string>();
  const found: string[][] = [];
  for (const start of graph.keys()) {
    if (idx.has(start)) continue;
    const work: Array<[string, number]> = [[start, 0]];
    idx.set(start, index);
    low.set(start, index++);
    stack.push(start);
    on.add(start);
    while (work.length) {
      const top = work[work.length - 1];
      const [v, i] = top;
      const next = graph.get(v) ?? [];
      if (i < next.length) {
        top[1]++;
        const w = next[i];
        if (!idx.has(w)) {
          idx.set(w, index);
          low.set(w, index++);
          stack.push(w);
          on.add(w);
          work.push([w, 0]);
        } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, idx.get(w)!));
        continue;
      }
      work.pop();
      if (work.length) {
        const u = work[work.length - 1][0];
        low.set(u, Math.min(low.get(u)!, low.get(v)!));
      }
      if (low.get(v) === idx.get(v)) {
        const scc: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          scc.push(w);
        } while (w !== v);
        if (scc.length > 1 || next.includes(v)) found.push(scc.reverse());
      }
    }
  }
  return found;
}

export function check(): string[] {
  const problems: string[] = [];
  const files = sourceFiles();
  const graph = new Map<string, string[]>();
  for (const rel of files) {
    const text = readFileSync(path.join(ROOT, rel), 'utf8');
    const lines = text.split('\n');
    if (lines[lines.length - 1] === '') lines.pop();
    const long = lines.filter((l) => l.length > 120).length;
    if (!DATA_TABLES[rel]) {
      if (lines.length > 300) problems.push(`${rel}: ${lines.length} lines (limit 300)`);
      if (long > 0) problems.push(`${rel}: ${long} lines over 120 characters`);
    }
    if (!/\.(?:tsx?|mjs|js)$/.test(rel)) continue;
    const targets = importsOf(rel, text);
    graph.set(rel, targets);
    const from = moduleOf(rel);
    for (const target of targets) {
      const to = moduleOf(target);
      if (to === from) continue;
      const [lf, lt] = [layerOf.get(from), layerOf.get(to)];
      if (lf === undefined || lt === undefined)
        problems.push(`${rel}: module ${lf === undefined ? from : to} has no layer`);
      else if (lt <= lf)
        problems.push(`${rel} -> ${target}: ${from} may not import ${to} (${lt === lf ? 'same layer' : 'upward'})`);
    }
  }
  for (const scc of cycles(graph)) problems.push(`import cycle: ${[...scc, scc[0]].join(' -> ')}`);
  return problems;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const problems = check();
  for (const p of problems) console.log(p);
  console.log(
    problems.length ? `${problems.length} problems` : 'architecture: imports one way, no cycles, sizes within limits',
  );
  process.exitCode = problems.length ? 1 : 0;
}

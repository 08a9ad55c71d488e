// Prebuilt command line: bundles cli/main.ts (and the --jobs worker) into dist/cli/*.mjs with esbuild, so
// `npx changcheng-reader` does not compile TypeScript at every start. Dependencies stay external (loaded from
// node_modules), and the lazy imports stay lazy (code splitting: jsdom and the extractor load only for capture).
// dist/cli/inputs.json lists the sources and the build time: bin/changcheng-reader.mjs uses the bundle only
// while no source is newer, and runs the sources through tsx otherwise. Run by `npm install` (postinstall),
// `npm run build` (so `npm start` and `npm test`) and `npm run build:cli`; dist/ is not committed.
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const target = join(root, 'dist', 'cli');
const optional = process.argv.includes('--if-possible');

let esbuild;
try {
  esbuild = await import('esbuild');
} catch {
  // e.g. `npm install --omit=dev`: the CLI still runs, from the sources through tsx.
  if (optional) process.exit(0);
  console.error('build-cli: esbuild is not installed (npm install)');
  process.exit(1);
}

const startedAt = Date.now();
const staging = `${target}.tmp-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
mkdirSync(staging, { recursive: true });
try {
  const tsconfig = join(root, 'tsconfig.json');
  const result = await esbuild.build({
    absWorkingDir: root,
    entryPoints: { main: 'cli/main.ts', captureWorker: 'cli/captureWorker.ts' },
    outdir: staging,
    outExtension: { '.js': '.mjs' },
    chunkNames: '[name]-[hash]',
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    tsconfig: existsSync(join(root, '.wxt', 'tsconfig.json')) ? tsconfig : undefined,
    metafile: true,
    logLevel: 'warning',
  });
  const inputs = Object.keys(result.metafile.inputs).filter((path) => !path.includes('node_modules'));
  writeFileSync(join(staging, 'inputs.json'), `${JSON.stringify({ builtAt: startedAt, inputs }, null, 1)}\n`);
  // Swap in whole: a CLI starting meanwhile sees the old bundle or the new one, or none (and uses tsx).
  rmSync(target, { recursive: true, force: true });
  renameSync(staging, target);
} catch (err) {
  rmSync(staging, { recursive: true, force: true });
  console.error(`build-cli: ${err instanceof Error ? err.message : err}`);
  process.exit(optional ? 0 : 1);
}

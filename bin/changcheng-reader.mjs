#!/usr/bin/env node
// Command-line entry (`npx changcheng-reader`). Runs the prebuilt bundle (dist/cli, made by `npm install` and
// `npm run build`) when it is up to date with the sources; otherwise compiles the TypeScript sources on the fly
// with tsx, so a fresh checkout and a source being edited both work. CHANGCHENG_CLI=tsx|prebuilt forces one.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { prebuiltIsFresh } from './prebuilt.mjs';

const PROGRAM = 'changcheng-reader';
const debug = process.env.CHANGCHENG_DEBUG === '1';
const root = fileURLToPath(new URL('..', import.meta.url));

/** Last line of defence: one line on stderr, a stack only when debugging. */
function die(err) {
  const message = String(err?.message ? err.message : err).replace(/\s*[\r\n]+\s*/g, ' ');
  process.stderr.write(`${PROGRAM}: unexpected error: ${message}\n`);
  if (debug && err?.stack) process.stderr.write(`${err.stack}\n`);
  process.exit(1);
}
process.on('uncaughtException', die);
// A closed stderr (`2>&-`, a dead pager) must not turn into an uncaught EPIPE loop.
process.stderr.on('error', () => {});
process.on('unhandledRejection', die);

async function loadFromSources() {
  const { register } = await import('tsx/esm/api');
  // The repository's tsconfig gives the `@/` path aliases the shared sources may use. It extends the
  // generated .wxt/tsconfig.json (made by `npm install`); without it, fall back to no tsconfig rather
  // than failing on a missing `extends`. Passing the path explicitly makes this work from any cwd.
  const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
  const generated = fileURLToPath(new URL('../.wxt/tsconfig.json', import.meta.url));
  register({ tsconfig: existsSync(tsconfig) && existsSync(generated) ? tsconfig : false });
  return import(new URL('../cli/main.ts', import.meta.url).href);
}

async function load() {
  const mode = process.env.CHANGCHENG_CLI;
  if (mode === 'prebuilt' || (mode !== 'tsx' && prebuiltIsFresh(root))) {
    try {
      return await import(new URL('../dist/cli/main.mjs', import.meta.url).href);
    } catch (err) {
      if (mode === 'prebuilt' || err?.code !== 'ERR_MODULE_NOT_FOUND') throw err;
      // Swapped out by a build that is running right now: the sources are as good.
    }
  }
  return loadFromSources();
}

try {
  const { main } = await load();
  process.exitCode = await main(process.argv);
} catch (err) {
  die(err);
}

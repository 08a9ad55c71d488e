#!/usr/bin/env node
// Command-line entry (`npx changcheng-reader`). The CLI shares its TypeScript sources with the
// extension, so tsx compiles them on the fly instead of keeping a second, built copy in sync.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const PROGRAM = 'changcheng-reader';
const debug = process.env.CHANGCHENG_DEBUG === '1';

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

// The repository's tsconfig gives the `@/` path aliases the shared sources may use. It extends the
// generated .wxt/tsconfig.json (made by `npm install`); without it, fall back to no tsconfig rather
// than failing on a missing `extends`. Passing the path explicitly makes this work from any cwd.
const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const generated = fileURLToPath(new URL('../.wxt/tsconfig.json', import.meta.url));
register({ tsconfig: existsSync(tsconfig) && existsSync(generated) ? tsconfig : false });

try {
  const { main } = await import(new URL('../cli/main.ts', import.meta.url).href);
  process.exitCode = await main(process.argv);
} catch (err) {
  die(err);
}

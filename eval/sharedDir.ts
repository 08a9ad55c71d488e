/**
 * Where the public evaluation sets live: `../shared` beside the repository (or $CHANGCHENG_SHARED). They are
 * not part of the repository; scripts that need them (eval, bench) say so and skip cleanly when it is absent.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';

export function sharedDir(): string {
  return path.resolve(process.env.CHANGCHENG_SHARED ?? path.resolve(process.cwd(), '../shared'));
}

/** The path of `rel` under the shared folder, or null after one line on stderr saying what is skipped. */
export function sharedPath(rel: string, what: string): string | null {
  const p = path.join(sharedDir(), rel);
  if (existsSync(p)) return p;
  console.error(`${what}: skipped, ${p} is not there (the public sets are not part of the repository;`);
  console.error('  put them in ../shared beside it, or set CHANGCHENG_SHARED)');
  return null;
}

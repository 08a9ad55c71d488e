/**
 * The repository's root (where package.json is), found from this module whether it runs from the TypeScript
 * sources (cli/) or from the prebuilt bundle (dist/cli/): one level up, or two.
 */
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

function findRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    const parent = dirname(dir);
    if (existsSync(join(parent, 'package.json'))) return parent;
    dir = parent;
  }
  return dirname(dirname(fileURLToPath(import.meta.url)));
}

export const ROOT = findRoot();

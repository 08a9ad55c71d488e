// Whether the prebuilt CLI (dist/cli, made by scripts/build-cli.mjs) matches the sources: it does while none
// of the files it was built from is newer than the build. About 100 stat calls, well under a millisecond each.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

export function prebuiltIsFresh(root) {
  try {
    const { builtAt, inputs } = JSON.parse(readFileSync(join(root, 'dist', 'cli', 'inputs.json'), 'utf8'));
    if (typeof builtAt !== 'number' || !Array.isArray(inputs) || inputs.length === 0) return false;
    statSync(join(root, 'dist', 'cli', 'main.mjs'));
    return inputs.every((path) => statSync(join(root, path)).mtimeMs <= builtAt);
  } catch {
    return false;
  }
}

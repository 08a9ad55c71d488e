// Worker bootstrap for `capture --jobs N` when running from the TypeScript sources (no prebuilt CLI):
// registers tsx in this thread, as bin/changcheng-reader.mjs does in the main one, then loads the worker.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { register } from 'tsx/esm/api';

const tsconfig = fileURLToPath(new URL('../tsconfig.json', import.meta.url));
const generated = fileURLToPath(new URL('../.wxt/tsconfig.json', import.meta.url));
register({ tsconfig: existsSync(tsconfig) && existsSync(generated) ? tsconfig : false });
await import(new URL('../cli/captureWorker.ts', import.meta.url).href);

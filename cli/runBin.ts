/** Test helper: runs `node bin/changcheng-reader.mjs` the way a shell would, and collects its output. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('..', import.meta.url));
export const BIN = join(ROOT, 'bin', 'changcheng-reader.mjs');

export interface BinRun {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Spawns the bin asynchronously, so stdin can be streamed and closed like a shell pipe would. */
export function runBin(args: string[], input?: string | Uint8Array): Promise<BinRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', CHANGCHENG_DEBUG: '' },
      timeout: 180_000,
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    child.stdin.on('error', () => {}); // the CLI may finish without reading all of stdin
    child.stdin.end(input ?? '');
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** Size of what ships: the built extension's files (the content script is what a click injects). */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const OUTPUT = path.resolve(process.cwd(), '.output/chrome-mv3');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : [full];
  });
}

export async function runSizeBench(): Promise<string> {
  const all = files(OUTPUT).filter((f) => /\.(js|css|html|json)$/.test(f));
  const kb = (n: number) => `${(n / 1024).toFixed(1)} kB`;
  const rows = all
    .map((file) => {
      const bytes = readFileSync(file);
      return { file: path.relative(OUTPUT, file), raw: bytes.length, gz: gzipSync(bytes).length };
    })
    .sort((a, b) => b.raw - a.raw);
  const total = rows.reduce((sum, r) => sum + r.raw, 0);
  const lines = rows.slice(0, 8).map((r) => `  ${r.file.padEnd(40)} ${kb(r.raw).padStart(9)}  (gzip ${kb(r.gz)})`);
  return [`chrome-mv3 code and pages: ${kb(total)} in ${rows.length} files; largest:`, ...lines].join('\n');
}

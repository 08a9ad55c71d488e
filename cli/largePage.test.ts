/**
 * Issue 9 §2: a 30 MB page is captured in bounded time and memory (it took 10 minutes and 4.2 GB when read whole):
 * read without scripts, styles and inline data and cut at --max-page, with a warning in the result and on stderr.
 * Run as a shell would run the command, in a child process whose heap is capped and whose peak memory is read.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { generatePage } from '../bench/generatePage';
import { tempFiles } from './cliTestKit';
import { BIN, ROOT } from './runBin';

const URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
const { file } = tempFiles('changcheng-large-');

/** The bin under a heap cap; `maxRss` (MB) is written by a preload at exit. */
function runCapped(args: string[], heapMb: number): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const write = "process.getBuiltinModule('node:fs').writeFileSync";
  const preload = file(
    'rss.mjs',
    `process.on('exit', () => ${write}(process.env.RSS_FILE, String(process.resourceUsage().maxRSS)));`,
  );
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [`--max-old-space-size=${heapMb}`, '--import', preload, BIN, ...args], {
      cwd: ROOT,
      env: { ...process.env, NO_COLOR: '1', CHANGCHENG_DEBUG: '', RSS_FILE: `${preload}.txt` },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr.setEncoding('utf8').on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

describe('capture of a 30 MB page', () => {
  it('ends with the article, cut and said so, in bounded memory', { timeout: 600_000 }, async () => {
    const page = file('big.html', generatePage(30e6));
    const r = await runCapped(['capture', page, '--url', URL, '--max-figures', '1000000'], 1536);
    expect(r.status, r.stderr).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(article.title).toBe('全县重点项目建设提速');
    expect(article.authors).toEqual(['白万军', '黄蕾']);
    expect(article.text.length).toBeGreaterThan(100_000);
    expect(article.warnings).toHaveLength(1);
    expect(article.warnings[0]).toMatch(/too large to read whole: only its first 1\.0 M of 16\.\d M characters/);
    expect(r.stderr.trimEnd().split('\n')).toEqual([`changcheng-reader: ${page}: ${article.warnings[0]}`]);
    // Measured ~0.5 GB peak (the page read whole: 4.2 GB).
    const peakMb = Number(readFileSync(`${page.replace(/big\.html$/, 'rss.mjs')}.txt`, 'utf8')) / 1024;
    console.log(`30 MB page: peak RSS ${peakMb.toFixed(0)} MB`);
    expect(peakMb).toBeLessThan(2000);
  });
});

/**
 * Issue 9 §2, the command line on input no one should feed it: devices, directories, oversized files and
 * numeral soup end at once with one line, and the output stays bounded. `--jobs` keeps the input order.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runBin as cli } from './runBin';

const dir = mkdtempSync(join(tmpdir(), 'changcheng-hostile-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function expectOneLine(stderr: string, pattern: RegExp) {
  const lines = stderr.trimEnd().split('\n');
  expect(lines, stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^changcheng-reader: /);
  expect(lines[0]).toMatch(pattern);
}

/** Runs the bin with stdin taken from a path (a device or a directory), as `cmd < PATH` would. */
function withStdinFrom(
  path: string,
  args: string[],
): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const fd = openSync(path, 'r');
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: [fd, 'pipe', 'pipe'], timeout: 60_000 });
    let stdout = '';
    let stderr = '';
    child.stdout?.setEncoding('utf8').on('data', (c) => (stdout += c));
    child.stderr?.setEncoding('utf8').on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (status) => {
      closeSync(fd);
      resolve({ status, stdout, stderr });
    });
  });
}

describe('changcheng-reader on hostile input', { timeout: 90_000 }, () => {
  it.runIf(existsSync('/dev/zero'))('figures - < /dev/zero: binary, from the first bytes', async () => {
    const r = await withStdinFrom('/dev/zero', ['figures', '-']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expectOneLine(r.stderr, /\(standard input\): not a text or HTML file \(binary data\)/);
  });

  it.runIf(existsSync('/dev/urandom'))('capture /dev/urandom and figures /dev/urandom end at once', async () => {
    for (const command of ['capture', 'figures']) {
      const r = await cli([command, '/dev/urandom']);
      expect(r.status, command).toBe(1);
      expectOneLine(r.stderr, /\/dev\/urandom: not a text or HTML file/);
    }
  });

  it('figures - < DIR: exit 1, one line', async () => {
    const r = await withStdinFrom(dir, ['figures', '-']);
    expect(r.status).toBe(1);
    expectOneLine(r.stderr, /\(standard input\): cannot read: is a directory/);
  });

  it('an oversized file is refused from its size, a stream once it is over; --max-input raises the limit', async () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, '今年投资5亿元。'.repeat(20_000)); // ~460 KB
    const file = await cli(['figures', path, '--max-input', '100k']);
    expect(file.status).toBe(1);
    expectOneLine(
      file.stderr,
      /big\.txt: too large: 4\d\d(\.\d)? KB, over the 100 KB limit \(raise it with --max-input/,
    );
    const stream = await cli(['capture', '-', '--max-input', '100k'], '<p>正文</p>'.repeat(40_000));
    expect(stream.status).toBe(1);
    expectOneLine(stream.stderr, /\(standard input\): too large: over the 100 KB limit/);
    const raised = await cli(['figures', path, '--max-input', '1MB', '--max-figures', '100000']);
    expect(raised.status).toBe(0);
    expect(JSON.parse(raised.stdout).length).toBeGreaterThan(10_000); // past the default figure limit too
  });

  it('output is bounded: figures stop at --max-figures with whole JSON and one line', async () => {
    const numerals = Array.from({ length: 30_000 }, (_, i) => String(i % 997)).join(' '); // ~110 KB of numbers
    const json = await cli(['figures', '--all', '--max-figures', '500'], numerals);
    expect(json.status).toBe(1);
    expect(JSON.parse(json.stdout)).toHaveLength(500);
    expect(json.stdout.length).toBeLessThan(500 * 2000);
    expectOneLine(json.stderr, /stopped after 500 figures, the output limit \(raise it with --max-figures N\)/);
    const jsonl = await cli(
      ['figures', '--all', '--format', 'jsonl', '--max-figures', '500'],
      `${numerals}\n${numerals}\n`,
    );
    expect(jsonl.status).toBe(1);
    const lines = jsonl.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.flat()).toHaveLength(500);
    expectOneLine(jsonl.stderr, /stopped after 500 figures/);
  });
});

describe('changcheng-reader capture --jobs', { timeout: 240_000 }, () => {
  const paragraph = (i: number, p: number) =>
    `<p>第${i}篇第${p + 1}段：全县签约项目${i + p}个，总投资额达${i * 3 + p}.5亿元，` +
    `同比增长${p + 2}.1%，新增就业岗位约${i * 100}个。</p>`;
  const page = (i: number) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>第${i}篇_长城网</title></head><body><article><h1>第${i}篇报道</h1>
${Array.from({ length: 4 }, (_, p) => paragraph(i, p)).join('\n')}
</article></body></html>`;

  it('spreads files over worker threads and prints them in input order, errors in place', async () => {
    const files = Array.from({ length: 4 }, (_, i) => {
      const path = join(dir, `page-${i}.html`);
      writeFileSync(path, page(i));
      return path;
    });
    const missing = join(dir, 'missing.html');
    const input = [...files.slice(0, 2), missing, ...files.slice(2)];
    const url = 'http://lf.hebei.com.cn/system/2024/01/01/100000000.shtml';
    const parallel = await cli(['capture', ...input, '--jobs', '3', '--url', url]);
    const serial = await cli(['capture', ...input, '--url', url]);
    expect(parallel.status).toBe(1);
    const lines = parallel.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines.map((l) => l.title ?? l.error)).toEqual([
      '第0篇报道',
      '第1篇报道',
      'unreadable',
      '第2篇报道',
      '第3篇报道',
    ]);
    expect(parallel.stdout).toBe(serial.stdout);
    expectOneLine(parallel.stderr, /missing\.html: cannot read: no such file/);
  });
});

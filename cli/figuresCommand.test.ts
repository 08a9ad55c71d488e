/** End-to-end checks of `changcheng-reader figures` as outside checks run it: a child process on text. */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGb18030, expectOneLineError, PARAGRAPHS, tempFiles } from './cliTestKit';
import { BIN, ROOT, runBin as cli } from './runBin';

const { dir, file } = tempFiles('changcheng-cli-figures-');

describe('changcheng-reader figures', { timeout: 60_000 }, () => {
  it('jsonl: one array per input line, [] for empty lines, \\r\\n handled', async () => {
    const input = `${PARAGRAPHS[0]}\r\n\r\n${PARAGRAPHS[2]}\r\n\n`;
    const r = await cli(['figures', '--format', 'jsonl'], input);
    expect(r.status).toBe(0);
    const lines = r.stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(4);
    const arrays = lines.map((l) => JSON.parse(l));
    expect(arrays[1]).toEqual([]);
    expect(arrays[3]).toEqual([]);
    for (const f of arrays[2]) expect(PARAGRAPHS[2].slice(f.start, f.end)).toBe(f.text);
  });

  it('json: one array for the whole input, offsets into the whole text', async () => {
    const text = PARAGRAPHS.join('\n\n');
    const path = file('text.txt', text);
    for (const args of [['figures', path], ['figures', '-'], ['figures']]) {
      const r = await cli(args, args.length === 2 && args[1] === path ? undefined : text);
      expect(r.status, args.join(' ')).toBe(0);
      const figures = JSON.parse(r.stdout);
      expect(Array.isArray(figures)).toBe(true);
      for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
    }
  });

  it('decodes GB18030 text, with offsets into the decoded text', async () => {
    const text = PARAGRAPHS[0];
    const r = await cli(['figures', '--format', 'jsonl'], encodeGb18030(text)!);
    expect(r.status).toBe(0);
    const [figures] = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(figures.map((f: { text: string }) => f.text)).toContain('88.85亿元');
    for (const f of figures) expect(text.slice(f.start, f.end)).toBe(f.text);
  });

  it('accepts --date and --all', async () => {
    const r = await cli(['figures', '--date', '2019-05-24', '--all'], '今年3月5日，全县新增企业200家。');
    expect(r.status).toBe(0);
    expect(Array.isArray(JSON.parse(r.stdout))).toBe(true);
  });

  it('a missing file or a binary file: exit 1, one line', async () => {
    const missing = await cli(['figures', join(dir, 'none.txt')]);
    expect(missing.status).toBe(1);
    expectOneLineError(missing.stderr, /none\.txt: cannot read/);
    const binary = await cli(['figures', '-'], new Uint8Array([0x50, 0x4b, 3, 4, 0, 0, 0, 0]));
    expect(binary.status).toBe(1);
    expectOneLineError(binary.stderr, /standard input.*not a text or HTML file/);
  });

  it('a reader that goes away (| head -c1): exit 1 and one line, no stack', async () => {
    const input = `${PARAGRAPHS[1]}\n\n`.repeat(20_000);
    const child = spawn(process.execPath, [BIN, 'figures', '--format', 'jsonl'], { cwd: ROOT });
    let stderr = '';
    child.stderr.on('data', (c) => (stderr += c));
    child.stdout.once('data', () => child.stdout.destroy());
    child.stdin.on('error', () => {});
    child.stdin.end(input);
    const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expectOneLineError(stderr, /standard output was closed before everything was written/);
    expect(status).toBe(1);
  });
});

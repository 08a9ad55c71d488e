/**
 * The prebuilt command line (issue 9 §6): scripts/build-cli.mjs bundles the CLI into dist/cli, the bin uses it
 * while it is up to date with the sources and falls back to tsx otherwise; both give the same output.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error: a plain .mjs module of the bin, without type declarations
import { prebuiltIsFresh } from '../bin/prebuilt.mjs';
import { BIN, ROOT } from './runBin';

const scratch = mkdtempSync(join(tmpdir(), 'changcheng-prebuilt-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function run(mode: 'tsx' | 'prebuilt', args: string[], input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
    env: { ...process.env, CHANGCHENG_CLI: mode, CHANGCHENG_DEBUG: '', NO_COLOR: '1' },
    timeout: 90_000,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('prebuiltIsFresh', () => {
  it('holds while no source is newer than the build, and not without a build', () => {
    const root = join(scratch, 'repo');
    mkdirSync(join(root, 'dist', 'cli'), { recursive: true });
    mkdirSync(join(root, 'cli'));
    writeFileSync(join(root, 'cli', 'main.ts'), '');
    expect(prebuiltIsFresh(root)).toBe(false);
    const builtAt = Date.now();
    utimesSync(join(root, 'cli', 'main.ts'), new Date(builtAt - 10_000), new Date(builtAt - 10_000));
    writeFileSync(join(root, 'dist', 'cli', 'main.mjs'), '');
    writeFileSync(join(root, 'dist', 'cli', 'inputs.json'), JSON.stringify({ builtAt, inputs: ['cli/main.ts'] }));
    expect(prebuiltIsFresh(root)).toBe(true);
    utimesSync(join(root, 'cli', 'main.ts'), new Date(builtAt + 10_000), new Date(builtAt + 10_000));
    expect(prebuiltIsFresh(root)).toBe(false);
  });
});

describe('prebuilt CLI', { timeout: 300_000 }, () => {
  beforeAll(() => {
    const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs')], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
  }, 120_000);

  it('gives what the sources give: help, figures, capture with --jobs, errors', () => {
    const sentence = '今年一季度，全县签约项目32个，总投资额达88.85亿元，同比增长12.3%。\n';
    const page = join(ROOT, 'tests', 'fixtures', 'changcheng-ts-brbody-2024', 'source.html');
    const list = join(ROOT, 'tests', 'fixtures', 'changcheng-list-page', 'source.html');
    const cases: Array<[string[], string?]> = [
      [['--help']],
      [['figures', '--format', 'jsonl'], sentence],
      [['capture', page, list, '--url', 'https://ts.hebccw.cn/system/2024/03/05/101234321.shtml']],
    ];
    for (const [args, input] of cases) {
      const prebuilt = run('prebuilt', args, input);
      const sources = run('tsx', args, input);
      expect(prebuilt, args.join(' ')).toEqual(sources);
    }
    // --jobs from the bundle: its worker is the prebuilt one.
    const serial = run('prebuilt', ['capture', page, list, page]);
    expect(run('prebuilt', ['capture', page, list, page, '--jobs', '2'])).toEqual(serial);
    expect(serial.status).toBe(3);
  });
});

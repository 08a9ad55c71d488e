/**
 * The command line's start-up, as a shell loop over many files pays it per call: `--help` and `figures` on one
 * sentence, from the TypeScript sources through tsx (how the CLI started before the prebuilt bundle) and from
 * the prebuilt bundle (dist/cli, what `npx changcheng-reader` runs when it is up to date). Runs alternate, so a
 * busy machine slows both alike.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../bin/changcheng-reader.mjs', import.meta.url));
const PREBUILT = fileURLToPath(new URL('../dist/cli/main.mjs', import.meta.url));
const RUNS = 7;
const SENTENCE = '今年一季度，全县签约项目32个，总投资额达88.85亿元，同比增长12.3%。\n';

type Mode = 'tsx' | 'prebuilt';

function once(mode: Mode, args: string[], input?: string): number {
  const started = performance.now();
  const r = spawnSync(process.execPath, [BIN, ...args], {
    input,
    encoding: 'utf8',
    env: { ...process.env, CHANGCHENG_CLI: mode },
  });
  const ms = performance.now() - started;
  if (r.status !== 0) throw new Error(`${mode} ${args.join(' ')} exited ${r.status}: ${r.stderr.trim()}`);
  return ms;
}

function median(times: number[]): number {
  const sorted = [...times].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

export async function runCliBench(): Promise<string> {
  if (!existsSync(PREBUILT)) return 'dist/cli is missing: run `npm run build:cli` first.';
  const cases: Array<[string, string[], string | undefined]> = [
    ['--help', ['--help'], undefined],
    ['figures, one sentence', ['figures'], SENTENCE],
  ];
  const lines = [`median of ${RUNS} runs each (one untimed warm-up run per mode and case):`];
  for (const [name, args, input] of cases) {
    const times: Record<Mode, number[]> = { tsx: [], prebuilt: [] };
    for (const mode of ['tsx', 'prebuilt'] as const) once(mode, args, input);
    for (let i = 0; i < RUNS; i++) {
      for (const mode of ['tsx', 'prebuilt'] as const) times[mode].push(once(mode, args, input));
    }
    const [tsx, prebuilt] = [median(times.tsx), median(times.prebuilt)];
    lines.push(
      `  ${name.padEnd(22)} tsx (before) ${tsx.toFixed(0).padStart(5)} ms   prebuilt (now) ${prebuilt
        .toFixed(0)
        .padStart(5)} ms   ${(tsx / prebuilt).toFixed(1)}× faster`,
    );
  }
  return lines.join('\n');
}

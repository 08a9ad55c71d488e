/**
 * Speed of the figures engine: ms per news sentence over 1,000 sentences (seed article + news subset),
 * texts 10x and 100x longer (growth should be linear), and the 1 MB digits / numerals worst cases.
 * Run alone: `npx tsx bench/figures.ts`.
 */
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractFigures } from '../utils/figures/index';
import { sharedPath } from '../eval/sharedDir';

// The sample article's text, from the repository's own labelled corpus.
const SEED = new URL('../tests/figures-corpus/changcheng-dachang-2019-05-24.json', import.meta.url);

function newsSentences(): string[] {
  const seed: string = JSON.parse(readFileSync(SEED, 'utf8')).text;
  const fromSeed = seed
    .split(/(?<=[。！？；\n])/)
    .map((s) => s.trim())
    .filter((s) => s.length >= 8);
  // The Recognizers-Text news subset when ../shared is there (not part of the repository).
  const file = sharedPath('eval/recognizers-text/news_subset.jsonl', 'figures bench: Recognizers-Text sentences');
  const subset = (file ? readFileSync(file, 'utf8') : '')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => JSON.parse(l).input as string);
  const pool = [...fromSeed, ...subset];
  return Array.from({ length: 1000 }, (_, i) => pool[i % pool.length]);
}

/** Best of `rounds` timings of fn, in ms. */
function time(fn: () => void, rounds = 5): number {
  let best = Infinity;
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    best = Math.min(best, performance.now() - t0);
  }
  return best;
}

export async function runFiguresBench(): Promise<void> {
  const sentences = newsSentences();
  const ref = '2019-05-24T11:34:00+08:00';
  for (const s of sentences) extractFigures(s, { referenceDate: ref }); // warm up the JIT
  const all = time(() => {
    for (const s of sentences) extractFigures(s, { referenceDate: ref });
  });
  const avgLen = sentences.reduce((n, s) => n + s.length, 0) / sentences.length;
  console.log(
    `1,000 news sentences (avg ${avgLen.toFixed(0)} chars): ${all.toFixed(1)} ms total, ` +
      `${(all / 1000).toFixed(4)} ms per sentence`,
  );

  const base = sentences.slice(0, 100).join('');
  for (const k of [1, 10, 100]) {
    const text = base.repeat(k);
    const ms = time(() => extractFigures(text, { referenceDate: ref }), k === 100 ? 3 : 5);
    console.log(
      `text x${String(k).padEnd(3)} (${text.length.toLocaleString('en')} chars): ${ms.toFixed(1)} ms, ` +
        `${((ms / text.length) * 1000).toFixed(2)} µs per char`,
    );
  }

  const cases: [string, string][] = [
    ['1 MB of digits', '1234567890'.repeat(100_000)],
    ['1 MB of 一二三…十', '一二三四五六七八九十'.repeat(100_000)],
    ['1 MB of 三万五千亿元，', '三万五千亿元，'.repeat(150_000)],
  ];
  for (const [name, text] of cases) {
    const ms = time(() => extractFigures(text, { all: true }), 2);
    console.log(`worst case, ${name}: ${ms.toFixed(0)} ms`);
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runFiguresBench();
}

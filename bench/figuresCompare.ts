/**
 * The figures engine on real article texts (CWCED pages and the labelled corpora, bench/figuresTexts.ts), as
 * capture calls it (figuresOf): CPU ms per text (process.cpuUsage, the minimum of BENCH_RUNS rounds, default 5),
 * total, ms per 1,000 characters, the slowest texts, with the load average.
 * With FIGURES_BASE=<another checkout> its utils/figures runs too, interleaved in this process (rounds alternate
 * which goes first), and the bench prints the per-text speed-up and checks that both give the same figures
 * (figuresOf and extractFigures with `all`) on every text.
 * FIGURES_THIS=<checkout> times another checkout as "this".
 *   FIGURES_BASE=/tmp/main-copy npm run bench -- figures-texts
 */
import { loadavg } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Figure } from '../utils/types';
import { type BenchText, corpusTexts, cwcedTexts } from './figuresTexts';

interface Engine {
  name: string;
  extractFigures: (
    text: string,
    options?: { referenceDate?: string | null; all?: boolean; title?: string },
  ) => Figure[];
  figuresOf: (a: BenchText) => Figure[];
}

const cpuUs = () => {
  const u = process.cpuUsage();
  return u.user + u.system;
};
const load = () =>
  loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2) : Number.NaN;
};

async function engineAt(root: string, name: string): Promise<Engine> {
  return { name, ...(await import(pathToFileURL(path.join(root, 'utils/figures/index.ts')).href)) };
}

/** Texts on which the two engines disagree (figuresOf, or extractFigures with `all`). */
function differences(a: Engine, b: Engine, texts: BenchText[]): string[] {
  const out: string[] = [];
  for (const t of texts) {
    const same = (f: (e: Engine) => Figure[]) => JSON.stringify(f(a)) === JSON.stringify(f(b));
    if (!same((e) => e.figuresOf(t)) || !same((e) => e.extractFigures(t.text, { all: true }))) out.push(t.name);
  }
  return out;
}

/** Per engine, per text: the least CPU µs over the rounds; rounds alternate which engine goes first. */
function measure(engines: Engine[], texts: BenchText[], rounds: number): number[][] {
  const best = engines.map(() => texts.map(() => Number.POSITIVE_INFINITY));
  for (let r = 0; r < rounds; r++) {
    const order = r % 2 ? [...engines.keys()].reverse() : [...engines.keys()];
    for (const e of order) {
      texts.forEach((t, i) => {
        const c0 = cpuUs();
        engines[e].figuresOf(t);
        best[e][i] = Math.min(best[e][i], cpuUs() - c0);
      });
    }
  }
  return best;
}

function report(set: string, engines: Engine[], texts: BenchText[], us: number[][]): void {
  if (!texts.length) return;
  const chars = texts.reduce((n, t) => n + t.text.length, 0);
  const medianLength = median(texts.map((t) => t.text.length));
  console.log(`\n${set}: ${texts.length} texts, ${chars.toLocaleString('en')} chars (median ${medianLength})`);
  engines.forEach((e, k) => {
    const total = us[k].reduce((a, b) => a + b, 0) / 1000;
    const per1k = median(texts.map((t, i) => us[k][i] / t.text.length));
    console.log(
      `  ${e.name.padEnd(6)} total ${total.toFixed(1)} ms, ${((total / chars) * 1000).toFixed(3)} ms per 1,000 chars ` +
        `(median text ${per1k.toFixed(3)})`,
    );
  });
  const long = [...texts.keys()].sort((i, j) => texts[j].text.length - texts[i].text.length);
  if (engines.length === 2) {
    const ratio = (i: number) => us[1][i] / us[0][i];
    const top = long.slice(0, Math.max(1, Math.ceil(texts.length / 10)));
    const mid = median([...texts.keys()].map(ratio));
    console.log(
      `  speed-up ${engines[1].name}/${engines[0].name}: median text ${mid.toFixed(2)}×, ` +
        `longest tenth (${top.length}) ${median(top.map(ratio)).toFixed(2)}×, total ` +
        `${(us[1].reduce((a, b) => a + b, 0) / us[0].reduce((a, b) => a + b, 0)).toFixed(2)}×`,
    );
  }
  const slow = [...texts.keys()].sort((i, j) => us[0][j] - us[0][i]).slice(0, 5);
  for (const i of slow)
    console.log(
      `  slow: ${texts[i].name.slice(0, 44).padEnd(44)} ${String(texts[i].text.length).padStart(6)} chars ` +
        engines.map((e, k) => `${e.name} ${(us[k][i] / 1000).toFixed(2)} ms`).join(', '),
    );
}

export async function runFiguresTextsBench(): Promise<void> {
  const rounds = Number(process.env.BENCH_RUNS ?? 5);
  const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
  const engines = [await engineAt(path.resolve(process.env.FIGURES_THIS ?? here), 'this')];
  if (process.env.FIGURES_BASE) engines.push(await engineAt(path.resolve(process.env.FIGURES_BASE), 'base'));
  for (const e of engines)
    e.figuresOf = (a) => e.extractFigures(a.text, { referenceDate: a.publishedAt, title: a.title });
  const sets: [string, BenchText[]][] = [
    ['CWCED article texts', await cwcedTexts()],
    ['figures corpora (labelled, held-out, blind)', corpusTexts()],
  ];
  console.log(`load average ${load()} (before); ${rounds} rounds, CPU time, the least per text`);
  for (const [name, texts] of sets) {
    for (const e of engines) for (const t of texts) e.figuresOf(t); // warm the JIT
    if (engines.length === 2) {
      const diff = differences(engines[0], engines[1], texts);
      console.log(`${name}: ${diff.length ? `figures DIFFER on ${diff.join(', ')}` : 'same figures from both'}`);
    }
    report(name, engines, texts, measure(engines, texts, rounds));
  }
  console.log(`\nload average ${load()} (after)`);
}

/**
 * Before/after proof for refactors and speed work: dumps what a checkout produces, so two dumps can be
 * diffed byte for byte.
 *
 *   npx tsx scripts/compare-outputs.ts dump [--root DIR] --out OUT [--cwced DIR] [--no-cwced]
 *   npx tsx scripts/compare-outputs.ts diff OUT_A OUT_B
 *
 * `dump` loads the checkout at --root (default: this one) through its own modules and writes
 *   fixtures/<name>.json        every fixture's full capture outcome (article with text, HTML and figures,
 *                               or the not-an-article verdict), through the CLI's captureFile
 *   figures-corpus.json         the figures corpus scores (scoreCorpus: per article and total)
 *   cwced/<id>.json             per CWCED page (force, as the eval runs it): the capture outcome and its scores
 *   cwced-scores.json           the CWCED totals (content F1, author and date accuracy, as eval/cwced.ts counts them)
 * CWCED is read from --cwced, default <root>/../shared/eval/cwced; when it is not there the part is skipped
 * with a note. Times are printed, never written, so the dumps of two runs compare equal.
 * `diff` prints how many files are identical per part and names the ones that differ (exit 1 when any do).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

interface Outcome {
  ok: boolean;
  article?: { text: string; authors: string[]; editor: string | null; publishedAt: string | null };
}
type CaptureFile = (file: string, options: { url?: string; force?: boolean }) => Promise<Outcome>;

const here = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');

function option(args: string[], name: string): string | undefined {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
}

const load = async <T>(root: string, rel: string): Promise<T> =>
  (await import(pathToFileURL(path.join(root, rel)).href)) as T;

const write = (file: string, value: unknown) => {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, `${JSON.stringify(value, null, 1)}\n`);
};

const seconds = (t0: number) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

async function dumpFixtures(root: string, out: string, captureFile: CaptureFile): Promise<void> {
  const dir = path.join(root, 'tests/fixtures');
  const names = readdirSync(dir)
    .filter((n) => !n.startsWith('_') && existsSync(path.join(dir, n, 'source.html')))
    .sort();
  const t0 = performance.now();
  for (const name of names) {
    const metaFile = path.join(dir, name, 'meta.json');
    const meta = existsSync(metaFile) ? JSON.parse(readFileSync(metaFile, 'utf8')) : {};
    const url: string = meta.url ?? `http://example.com/${name}.html`;
    const outcome = await captureFile(path.join(dir, name, 'source.html'), { url });
    write(path.join(out, 'fixtures', `${name}.json`), { ...outcome, file: path.join(name, 'source.html') });
  }
  console.log(`fixtures: ${names.length} pages in ${seconds(t0)}`);
}

async function dumpFiguresCorpus(root: string, out: string): Promise<void> {
  const mod = await load<{ scoreCorpus: () => unknown }>(root, 'eval/figuresCorpus.ts');
  const t0 = performance.now();
  write(path.join(out, 'figures-corpus.json'), mod.scoreCorpus());
  console.log(`figures corpus: scored in ${seconds(t0)}`);
}

interface CwcedScoring {
  bigramF1: (got: string, want: string) => number;
  authorMatch: (got: string | null, truth: string) => boolean;
  dateMatch: (got: string | null, truth: string) => boolean;
  isLabelled: (kind: 'author' | 'date', truth: string) => boolean;
}

async function dumpCwced(root: string, out: string, dir: string, captureFile: CaptureFile): Promise<void> {
  if (!existsSync(path.join(dir, 'original'))) {
    console.log(`cwced: ${dir} is not there; skipped`);
    return;
  }
  const score = await load<CwcedScoring>(root, 'eval/cwced.ts');
  const truth = (kind: string, id: string) => {
    const f = path.join(dir, kind, `${id}.txt`);
    return existsSync(f) ? readFileSync(f, 'utf8') : '';
  };
  const files = readdirSync(path.join(dir, 'original'))
    .filter((f) => f.endsWith('.html'))
    .sort();
  const total = { pages: files.length, f1Sum: 0, authorOk: 0, authorN: 0, dateOk: 0, dateN: 0 };
  const times: Array<[string, number]> = [];
  const t0 = performance.now();
  for (const file of files) {
    const id = file.replace(/\.html$/, '');
    const t = performance.now();
    const outcome = await captureFile(path.join(dir, 'original', file), {
      url: `http://example.cn/${id}.html`,
      force: true,
    });
    times.push([id, performance.now() - t]);
    const a = outcome.ok ? outcome.article! : null;
    const [authorTruth, dateTruth] = [truth('author', id), truth('date', id)];
    const f1 = a ? score.bigramF1(a.text, truth('cleaned', id)) : 0;
    const authorOk = score.authorMatch(a ? a.authors.join(' ') || a.editor : null, authorTruth);
    const dateOk = score.dateMatch(a ? a.publishedAt : null, dateTruth);
    total.f1Sum += f1;
    if (score.isLabelled('author', authorTruth)) {
      total.authorN++;
      if (authorOk) total.authorOk++;
    }
    if (score.isLabelled('date', dateTruth)) {
      total.dateN++;
      if (dateOk) total.dateOk++;
    }
    write(path.join(out, 'cwced', `${id}.json`), { scores: { f1, authorOk, dateOk }, outcome });
  }
  write(path.join(out, 'cwced-scores.json'), {
    ...total,
    contentF1: (total.f1Sum / (total.pages || 1)).toFixed(3),
    author: (total.authorOk / (total.authorN || 1)).toFixed(3),
    date: (total.dateOk / (total.dateN || 1)).toFixed(3),
  });
  const slow = times.sort((x, y) => y[1] - x[1]).slice(0, 3);
  const slowest = slow.map(([id, ms]) => `${id.slice(0, 8)} ${ms.toFixed(0)} ms`).join(', ');
  console.log(`cwced: ${files.length} pages in ${seconds(t0)}; slowest ${slowest}`);
}

async function dump(args: string[]): Promise<number> {
  const root = path.resolve(option(args, '--root') ?? here);
  const out = option(args, '--out');
  if (!out) {
    console.error('dump needs --out DIR');
    return 2;
  }
  rmSync(out, { recursive: true, force: true });
  const { captureFile } = await load<{ captureFile: CaptureFile }>(root, 'cli/pipeline.ts');
  await dumpFixtures(root, out, captureFile);
  await dumpFiguresCorpus(root, out);
  if (!args.includes('--no-cwced'))
    await dumpCwced(
      root,
      out,
      path.resolve(option(args, '--cwced') ?? path.join(root, '../shared/eval/cwced')),
      captureFile,
    );
  return 0;
}

function listFiles(dir: string, rel = ''): string[] {
  if (!existsSync(path.join(dir, rel))) return [];
  return readdirSync(path.join(dir, rel), { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(dir, path.join(rel, d.name)) : [path.join(rel, d.name)],
  );
}

function diff(a: string, b: string): number {
  const files = [...new Set([...listFiles(a), ...listFiles(b)])].sort();
  const parts = new Map<string, { same: number; differ: string[] }>();
  for (const f of files) {
    const part = f.includes(path.sep) ? f.split(path.sep)[0] : f.replace(/\.json$/, '');
    const p = parts.get(part) ?? { same: 0, differ: [] };
    parts.set(part, p);
    const [fa, fb] = [path.join(a, f), path.join(b, f)];
    if (existsSync(fa) && existsSync(fb) && readFileSync(fa).equals(readFileSync(fb))) p.same++;
    else p.differ.push(existsSync(fa) ? (existsSync(fb) ? f : `${f} (only in ${a})`) : `${f} (only in ${b})`);
  }
  let differing = 0;
  for (const [part, p] of parts) {
    console.log(`${part.padEnd(16)} ${p.same} identical, ${p.differ.length} differ`);
    for (const f of p.differ) console.log(`  differs: ${f}`);
    differing += p.differ.length;
  }
  console.log(differing ? `${differing} files differ` : `all ${files.length} files byte-for-byte identical`);
  return differing ? 1 : 0;
}

const [mode, ...rest] = process.argv.slice(2);
if (mode === 'dump') process.exitCode = await dump(rest);
else if (mode === 'diff' && rest.length === 2) process.exitCode = diff(rest[0], rest[1]);
else {
  console.error('usage: compare-outputs.ts dump [--root DIR] --out OUT [--cwced DIR] [--no-cwced] | diff OUT_A OUT_B');
  process.exitCode = 2;
}

/**
 * Figures engine against the Recognizers-Text Chinese specs (../shared/eval/recognizers-text):
 * per spec file, strict (same span and value) and relaxed (overlapping span, same value)
 * precision / recall / F1 — on the news subset (the target) and on the whole spec file.
 * Run alone: `npx tsx eval/figures.ts`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractFigures, extractNumbers } from '../utils/figures/index';
import { sharedPath } from './sharedDir';
import { SPECS, type Gold, type Pred, type SpecConfig } from './figures/specs';

let DIR = '';

interface Case {
  input: string;
  ref?: string;
  gold: Gold[];
}

interface Counts {
  tp: number;
  fp: number;
  fn: number;
}

function subsetCases(file: string): Case[] {
  const lines = readFileSync(path.join(DIR, 'news_subset.jsonl'), 'utf8')
    .split('\n')
    .filter((l) => l.trim());
  return lines
    .map((l) => JSON.parse(l))
    .filter((r) => path.basename(r.source) === file)
    .map((r) => ({
      input: r.input,
      ref: r.context?.ReferenceDateTime,
      gold: r.gold.map((g: { start: number; end: number; type: string; value: unknown; unit?: string }) => ({
        ...g,
        end: g.end + 1,
      })),
    }));
}

function specCases(file: string): Case[] {
  const raw = JSON.parse(readFileSync(path.join(DIR, file), 'utf8').replace(/^\uFEFF/, ''));
  // biome-ignore lint/suspicious/noExplicitAny: raw Recognizers-Text spec JSON, read field by field
  return raw.map((c: any) => ({
    input: c.Input,
    ref: c.Context?.ReferenceDateTime,
    // biome-ignore lint/suspicious/noExplicitAny: as above
    gold: (c.Results ?? []).map((r: any) => ({
      start: r.Start,
      end: r.Length !== undefined ? r.Start + r.Length : r.End + 1,
      type: r.TypeName ?? r.Type,
      value: r.Resolution?.value ?? r.Value?.Timex ?? null,
      unit: r.Resolution?.unit,
    })),
  }));
}

function predict(spec: SpecConfig, c: Case): Pred[] {
  if (spec.predict === 'numbers')
    return extractNumbers(c.input).map((n) => ({ start: n.start, end: n.end, value: n.value }));
  const ref = c.ref ? c.ref.slice(0, 10) : null;
  const figs = extractFigures(c.input, { referenceDate: ref, all: spec.predict === 'all' });
  const kept = figs.filter(spec.keep);
  if (spec.map) return kept.flatMap((f) => spec.map!(c.input, f) ?? []);
  return kept.map((f) => ({ start: f.start, end: f.end, fig: f }));
}

/** One-to-one greedy matching; predictions over gold of other types are not counted. */
function score(spec: SpecConfig, c: Case, strict: boolean, into: Counts): void {
  const gold = c.gold.filter((g) => spec.goldType(g.type));
  const other = c.gold.filter((g) => !spec.goldType(g.type));
  const preds = predict(spec, c).filter((p) => !other.some((g) => p.start < g.end && p.end > g.start));
  const taken = new Set<number>();
  for (const g of gold) {
    const i = preds.findIndex((p, k) => {
      if (taken.has(k)) return false;
      const span = strict ? p.start === g.start && p.end === g.end : p.start < g.end && p.end > g.start;
      return span && (spec.same === null || spec.same(p, g));
    });
    if (i >= 0) {
      taken.add(i);
      into.tp++;
    } else into.fn++;
  }
  into.fp += preds.length - taken.size;
}

function prf(c: Counts): string {
  const p = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 1;
  const r = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 1;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return [p, r, f].map((x) => x.toFixed(3)).join(' ');
}

function evaluate(spec: SpecConfig, cases: Case[]): { strict: Counts; relaxed: Counts } {
  const strict = { tp: 0, fp: 0, fn: 0 };
  const relaxed = { tp: 0, fp: 0, fn: 0 };
  for (const c of cases) {
    score(spec, c, true, strict);
    score(spec, c, false, relaxed);
  }
  return { strict, relaxed };
}

/** News-subset cases of one spec where the relaxed (or, with --strict, the strict) match misses or over-predicts. */
function showFailures(spec: SpecConfig, strict: boolean): void {
  for (const c of subsetCases(spec.file)) {
    const counts = { tp: 0, fp: 0, fn: 0 };
    score(spec, c, strict, counts);
    if (!counts.fp && !counts.fn) continue;
    const gold = c.gold
      .filter((g) => spec.goldType(g.type))
      .map((g) => `${c.input.slice(g.start, g.end)}=${JSON.stringify(g.value)}`);
    const ours = predict(spec, c).map(
      (p) => `${c.input.slice(p.start, p.end)}=${p.interval ?? p.fig?.date ?? p.fig?.value ?? p.value}`,
    );
    console.log(
      `- ${c.input}  [ref ${c.ref?.slice(0, 10) ?? '-'}]\n    gold: ${gold.join(' | ')}\n    ours: ${ours.join(' | ')}`,
    );
  }
}

export async function runFiguresEval(): Promise<void> {
  const dir = sharedPath('eval/recognizers-text', 'Recognizers-Text figures eval');
  if (!dir) return;
  DIR = dir;
  const show = process.argv.indexOf('--show');
  if (show > 0) {
    // npx tsx eval/figures.ts --show "Date (value)" [--strict]: the failing news cases of that spec.
    const strict = process.argv.includes('--strict');
    for (const spec of SPECS)
      if (spec.label.startsWith(process.argv[show + 1] ?? '')) {
        console.log(`## ${spec.label}`);
        showFailures(spec, strict);
      }
    return;
  }
  const rows: string[][] = [];
  for (const spec of SPECS) {
    const sub = evaluate(spec, subsetCases(spec.file));
    const full = evaluate(spec, specCases(spec.file));
    rows.push([
      spec.label,
      String(subsetCases(spec.file).length),
      prf(sub.strict),
      prf(sub.relaxed),
      prf(full.strict),
      prf(full.relaxed),
    ]);
  }
  const head = [
    'spec',
    'cases',
    'news strict P R F1',
    'news relaxed P R F1',
    'full strict P R F1',
    'full relaxed P R F1',
  ];
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (r: string[]) => r.map((x, i) => x.padEnd(widths[i])).join(' | ');
  console.log(line(head));
  console.log(widths.map((w) => '-'.repeat(w)).join('-|-'));
  for (const r of rows) console.log(line(r));
  console.log(
    '\nRecognizers-Text JS, strict F1 on the news subset: ' +
      'Number 0.994, Percent 1.000, Currency 0.893, Dimension 0.971.',
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await runFiguresEval();
}

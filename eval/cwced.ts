/**
 * CWCED evaluation (69 real Chinese pages, shared/eval/cwced): content bigram F1, author and date accuracy
 * for capturePage (force) vs plain Readability. `npx tsx eval/cwced.ts`.
 * Author: Article.authors, or the 责任编辑 when no byline (the dataset labels whoever signs the page).
 *   Normalised: whitespace and list separators removed, a bracketed alias dropped on both sides
 *   ("周思博 (Joel Spolsky)" is one author written twice, not three names).
 * Date: compared to the precision the ground truth gives ("1998-3" checks year and month only);
 *   "UNKNOWN" (and its typo "UNKNWON") means absent.
 * Unlabelled pages: a truth file that is empty or holds neither a date nor UNKNOWN (c4d032a1's date
 *   file holds the author's name) is an annotation slip, left out of that field's accuracy; the
 *   strict figure over all 69 pages (the original rule: an unparsable truth means absent) is printed too.
 * `--misses` prints expected vs got for every author/date miss.
 */
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { capturePage } from '../utils/pipeline/capture';
import { decodeHtml } from '../utils/article/decodeHtml';
import { isNotAnArticle } from '../utils/types';
import { sharedPath } from './sharedDir';

export function bigramF1(got: string, want: string): number {
  const g = got.replace(/\s+/g, '');
  const w = want.replace(/\s+/g, '');
  if (!g.length && !w.length) return 1;
  if (!g.length || !w.length) return 0;
  const grams = (s: string) => {
    const m = new Map<string, number>();
    for (let i = 0; i < s.length - 1; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const gm = grams(g);
  const wm = grams(w);
  let overlap = 0;
  let gn = 0;
  let wn = 0;
  for (const v of gm.values()) gn += v;
  for (const [k, v] of wm) {
    wn += v;
    overlap += Math.min(v, gm.get(k) ?? 0);
  }
  if (!overlap) return 0;
  const p = overlap / gn;
  const r = overlap / wn;
  return (2 * p * r) / (p + r);
}

const normAuthor = (s: string) => s.replace(/\s*[(（][^()（）]{1,40}[)）]/g, '').replace(/[\s、，,;；]+/g, '');
const ABSENT_RE = /^(?:UNKNOWN|UNKNWON)$/i; // "UNKNOWN", and the set's own typo "UNKNWON"
const DATE_TRUTH_RE = /^(\d{4})(?:-(\d{1,2}))?(?:-(\d{1,2}))?(?:\s+(\d{1,2})[:-](\d{1,2})(?:[:-](\d{1,2}))?)?/;

/** Whether a truth file labels the field: a value, "UNKNOWN", or (false) an empty/misplaced annotation. */
export function isLabelled(kind: 'author' | 'date', truth: string): boolean {
  const t = truth.trim();
  if (!t) return false;
  return kind === 'author' || ABSENT_RE.test(t) || DATE_TRUTH_RE.test(t);
}

export function authorMatch(got: string | null, truth: string): boolean {
  const t = truth.trim();
  const absent = !t || ABSENT_RE.test(t);
  if (absent) return !got;
  return !!got && normAuthor(got) === normAuthor(t);
}

export function dateMatch(gotIso: string | null, truth: string): boolean {
  const m = DATE_TRUTH_RE.exec(truth.trim());
  if (!m) return !gotIso;
  if (!gotIso) return false;
  const g = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})/.exec(gotIso);
  if (!g) return false;
  for (let i = 1; i <= 6; i++) if (m[i] !== undefined && Number(m[i]) !== Number(g[i])) return false;
  return true;
}

function readTruth(dir: string, kind: string, id: string): string {
  const f = path.join(dir, kind, `${id}.txt`);
  return existsSync(f) ? readFileSync(f, 'utf8') : '';
}

export async function runCwcedEval(): Promise<void> {
  const dir = sharedPath('eval/cwced', 'CWCED eval');
  if (!dir) return;
  const files = readdirSync(path.join(dir, 'original'))
    .filter((f) => f.endsWith('.html'))
    .sort();
  const quiet = new VirtualConsole();
  let f1Sum = 0,
    rbSum = 0,
    authorOk = 0,
    dateOk = 0,
    failed = 0;
  let authorN = 0,
    dateN = 0,
    authorStrict = 0,
    dateStrict = 0;
  const verbose = process.env.CWCED_VERBOSE === '1';
  const showMisses = process.argv.includes('--misses');
  const misses: string[] = [];
  console.log('id       |   F1  | Rdb F1 | author | date | notes');
  for (const file of files) {
    const id = file.replace(/\.html$/, '');
    let f1 = 0,
      rbF1 = 0,
      aOk = false,
      dOk = false,
      note = '';
    let authorTruth = '',
      dateTruth = '',
      gotA: string | null = null,
      gotD: string | null = null;
    try {
      const { html } = decodeHtml(new Uint8Array(readFileSync(path.join(dir, 'original', file))));
      const url = `http://example.cn/${id}.html`;
      const doc = new JSDOM(html, { url, virtualConsole: quiet }).window.document;
      const want = readTruth(dir, 'cleaned', id);
      try {
        const rb = new Readability(doc.cloneNode(true) as Document, { charThreshold: 500 }).parse();
        rbF1 = bigramF1(rb?.textContent ?? '', want);
      } catch {
        /* counts as 0 */
      }
      const r = capturePage(doc, url, { force: true });
      authorTruth = readTruth(dir, 'author', id);
      dateTruth = readTruth(dir, 'date', id);
      if (isNotAnArticle(r)) {
        note = `not-an-article:${r.reason}`;
        aOk = authorMatch(null, authorTruth);
        dOk = dateMatch(null, dateTruth);
      } else {
        f1 = bigramF1(r.text, want);
        gotA = r.authors.join(' ') || r.editor;
        gotD = r.publishedAt;
        aOk = authorMatch(gotA, authorTruth);
        dOk = dateMatch(gotD, dateTruth);
        if (verbose) note = `A=${gotA ?? '-'}/${authorTruth.trim()} D=${gotD ?? '-'}/${dateTruth.trim()}`;
      }
    } catch (e) {
      failed++;
      note = `error: ${(e as Error).message.slice(0, 60)}`;
    }
    f1Sum += f1;
    rbSum += rbF1;
    const aLab = isLabelled('author', authorTruth);
    const dLab = isLabelled('date', dateTruth);
    if (aLab) authorN++;
    if (dLab) dateN++;
    if (aOk && aLab) authorOk++;
    if (dOk && dLab) dateOk++;
    if (aOk) authorStrict++;
    if (dOk) dateStrict++;
    if (showMisses) {
      if (!aOk && aLab) misses.push(`${id.slice(0, 8)} author want [${authorTruth.trim()}] got [${gotA ?? ''}]`);
      if (!dOk && dLab) misses.push(`${id.slice(0, 8)} date   want [${dateTruth.trim()}] got [${gotD ?? ''}]`);
      if (!aLab || !dLab)
        misses.push(
          `${id.slice(0, 8)} unlabelled:${aLab ? '' : ' author'}${dLab ? '' : ' date'} ` +
            `[${authorTruth.trim()}|${dateTruth.trim()}]`,
        );
    }
    const [aMark, dMark] = [aOk ? '✓' : '✗', dOk ? '✓' : '✗'];
    console.log(`${id.slice(0, 8)} | ${f1.toFixed(3)} | ${rbF1.toFixed(3)}  |   ${aMark}    |  ${dMark}   | ${note}`);
  }
  const n = files.length || 1;
  console.log(`\npages ${files.length}, errors ${failed}`);
  console.log(
    `content F1   capturePage ${(f1Sum / n).toFixed(3)}   Readability ${(rbSum / n).toFixed(3)}   (target ≥ 0.93)`,
  );
  if (misses.length) console.log(`\nmisses:\n${misses.join('\n')}`);
  const accuracy = (ok: number, labelled: number, strict: number, target: string) =>
    `${(ok / (labelled || 1)).toFixed(3)} of ${labelled} labelled   ` +
    `strict ${(strict / n).toFixed(3)} of ${files.length}   (target ≥ ${target})`;
  console.log(`author acc   ${accuracy(authorOk, authorN, authorStrict, '0.80')}`);
  console.log(`date acc     ${accuracy(dateOk, dateN, dateStrict, '0.85')}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runCwcedEval().catch((e) => {
    console.error(e);
    process.exitCode = 1;
  });
}

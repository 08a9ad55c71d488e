/**
 * Real article texts for the figures-engine bench: the four labelled figures corpora in the repository and,
 * when ../shared/eval/cwced is there, the article text of each CWCED page as the CLI captures it (captured once,
 * then kept in the system's temporary folder, keyed by the pages' names and sizes).
 */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { sharedPath } from '../eval/sharedDir';

export interface BenchText {
  /** Where the text comes from: "corpus/<name>" or "cwced/<id>". */
  name: string;
  text: string;
  publishedAt: string | null;
  title: string;
}

const CORPORA = ['figures-corpus', 'figures-corpus-heldout', 'figures-corpus-blind', 'figures-corpus-blind2'];

export function corpusTexts(): BenchText[] {
  const out: BenchText[] = [];
  for (const corpus of CORPORA) {
    const dir = new URL(`../tests/${corpus}/`, import.meta.url);
    for (const f of readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort()) {
      const a = JSON.parse(readFileSync(new URL(f, dir), 'utf8'));
      if (typeof a.text !== 'string') continue;
      out.push({
        name: `${corpus}/${f.replace(/\.json$/, '')}`,
        text: a.text,
        publishedAt: a.publishedAt ?? null,
        title: a.title ?? '',
      });
    }
  }
  return out;
}

/** The CWCED pages' article texts ([] with a note when the corpus is absent). */
export async function cwcedTexts(): Promise<BenchText[]> {
  const dir = sharedPath('eval/cwced/original', 'figures bench: CWCED texts');
  if (!dir) return [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.html'))
    .sort();
  const key = files.map((f) => `${f}:${statSync(path.join(dir, f)).size}`).join(',');
  const cache = path.join(tmpdir(), 'changcheng-figures-bench-cwced.json');
  if (existsSync(cache)) {
    const kept = JSON.parse(readFileSync(cache, 'utf8'));
    if (kept.key === key) return kept.texts;
  }
  console.log(`capturing the ${files.length} CWCED pages once (kept in ${cache}) …`);
  const { JSDOM, VirtualConsole } = await import('jsdom');
  const { decodeHtml } = await import('../utils/article/decodeHtml');
  const { capturePage } = await import('../utils/pipeline/capture');
  const { isNotAnArticle } = await import('../utils/types');
  const texts: BenchText[] = [];
  for (const file of files) {
    const id = file.replace(/\.html$/, '');
    // As the CLI captures a page (cli/pipeline.ts): decoded, parsed by jsdom with no scripts, forced.
    const url = `http://example.cn/${id}.html`;
    const { html } = decodeHtml(new Uint8Array(readFileSync(path.join(dir, file))));
    const doc = new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    const a = capturePage(doc, url, { force: true });
    if (!isNotAnArticle(a))
      texts.push({ name: `cwced/${id}`, text: a.text, publishedAt: a.publishedAt, title: a.title });
  }
  writeFileSync(cache, JSON.stringify({ key, texts }));
  return texts;
}

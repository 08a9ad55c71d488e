/**
 * The bench library: captures of about 3,000 characters made of real 长城网 sentences from the fixture corpus
 * (so the bigram statistics are the site's), with 10 figures, a channel, a date and now and then a tag each.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ROOT } from '../scripts/browser';
import { captureIdFor, CURRENT_SCHEMA_VERSION } from '../utils/store/records';
import type { Capture, Figure, FigureKind } from '../utils/types';
import { seededRandom } from '../utils/testing/seededRandom';

/** 10,000; LIBRARY_BENCH_N (or BENCH_LIBRARY_COUNT) = a smaller library for development. */
export const COUNT = Number(process.env.LIBRARY_BENCH_N ?? process.env.BENCH_LIBRARY_COUNT ?? 10_000);

const ENTITIES: Record<string, string> = { nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/**
 * The page's text as the site wrote it: UTF-8, or GB18030 where most of it is not UTF-8 (the GB2312 pages of the
 * corpus; a UTF-8 page with a few broken bytes stays UTF-8, and its sentences with a U+FFFD are left out).
 */
function pageText(bytes: Buffer): string {
  const utf8 = new TextDecoder().decode(bytes);
  return (utf8.match(/\uFFFD/g) ?? []).length > 10 ? new TextDecoder('gb18030').decode(bytes) : utf8;
}

/** Character references in the text between tags (`&nbsp;` once reached titles and bodies literally). */
const decodeEntities = (text: string) =>
  text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
    const code = name[1] === 'x' || name[1] === 'X' ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });

/** Real 长城网 sentences from the fixture corpus, so the bigram statistics are those of the site. */
function corpusSentences(): string[] {
  const dir = path.join(ROOT, 'tests/fixtures');
  const sentences: string[] = [];
  for (const name of readdirSync(dir)) {
    try {
      const html = pageText(readFileSync(path.join(dir, name, 'source.html')));
      const text = decodeEntities(html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>|<[^>]+>/g, '\n'));
      for (const line of text.split(/\n+/))
        for (const sentence of line.trim().split(/(?<=。)/))
          if (/[\u4e00-\u9fff]{12,}/.test(sentence) && !/\uFFFD|&#?\w+;/.test(sentence)) sentences.push(sentence);
    } catch {
      /* not a page folder */
    }
  }
  return [...new Set(sentences)];
}

const KINDS: FigureKind[] = ['money', 'count', 'percent', 'area', 'duration'];
const CHANNELS = ['廊坊频道', '石家庄频道', '保定频道', '唐山频道', '财经频道', '雄安频道', '衡水频道'];
const TAGS = ['待核实', '报告', '投资', '民生', '交通'];

export function generateLibrary(count = COUNT, seed = 7): Capture[] {
  const next = seededRandom(seed);
  const sentences = corpusSentences();
  const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)];
  return Array.from({ length: count }, (_, i) => {
    const paragraphs: string[] = [];
    let length = 0;
    while (length < 3000) {
      const paragraph = Array.from({ length: 3 }, () => pick(sentences)).join('');
      paragraphs.push(paragraph);
      length += paragraph.length + 2;
    }
    const text = paragraphs.join('\n\n');
    const year = 2012 + Math.floor(next() * 14);
    const month = String(1 + Math.floor(next() * 12)).padStart(2, '0');
    const day = String(1 + Math.floor(next() * 28)).padStart(2, '0');
    const url = `http://lf.hebei.com.cn/system/${year}/${month}/${day}/1${String(i).padStart(8, '0')}.shtml`;
    const figures: Figure[] = Array.from({ length: 10 }, (_, f) => ({
      text: `${f + 1}0亿元`,
      start: f * 100,
      end: f * 100 + 4,
      kind: pick(KINDS),
      value: (f + 1) * 1e9,
      unit: 'CNY',
      qualifier: 'exact',
      label: pick(['总投资', '签约项目', '营业收入', '贷款余额', '进出口']),
      sentence: pick(sentences),
      score: next(),
    }));
    const capturedAt = new Date(Date.UTC(2024, 0, 1) + i * 60_000).toISOString();
    return {
      url,
      canonicalUrl: url,
      site: 'changcheng',
      siteName: '长城网',
      title: pick(sentences).slice(0, 24),
      authors: ['记者'],
      source: '长城网',
      publishedAt: `${year}-${month}-${day}T10:00:00+08:00`,
      editor: null,
      keywords: [],
      channel: ['长城网', pick(CHANNELS)],
      excerpt: text.slice(0, 100),
      text,
      contentHtml: paragraphs.map((p) => `<p>${p}</p>`).join(''),
      images: [],
      length: text.length,
      figures,
      id: captureIdFor(url),
      capturedAt,
      updatedAt: capturedAt,
      tags: next() < 0.2 ? [pick(TAGS)] : [],
      note: '',
      figureEdits: [],
      schemaVersion: CURRENT_SCHEMA_VERSION,
    };
  });
}

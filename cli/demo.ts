/**
 * `demo`: captures the bundled sample article and prints a readable Chinese summary — what a new
 * user sees after `npm start`, so it ends by pointing at the built extension and how to load it.
 */
import { existsSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article, Figure, Qualifier } from '../utils/types';
import { CliError, EXIT, type ExitStatus } from './errors';
import type { Output } from './io';
import { captureFile, describeOutcome } from './pipeline';
import { ROOT } from './root';
import { displayWidth, type Palette, palette, table, truncate, wrap } from './terminal';

export const SAMPLE_FILE = 'samples/changcheng-dachang-2019-05-24.html';
/** The sample's real address (site detection needs the 长城网 host); cli/demo.test.ts pins it to its fixture. */
export const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
/** About this much clean text is shown: enough to judge the extraction, short enough to read. */
const EXCERPT_CHARS = 600;
const TOP_FIGURES = 8;

export async function runDemo(out: Output): Promise<ExitStatus> {
  const sample = join(ROOT, SAMPLE_FILE);
  if (!existsSync(sample)) throw new CliError(`the bundled sample ${SAMPLE_FILE} is missing`);
  const outcome = await captureFile(sample, { url: SAMPLE_URL });
  if (!outcome.ok) throw new CliError(describeOutcome(outcome, SAMPLE_FILE), outcome.exitStatus);

  const width = Math.min(process.stdout.columns || 80, 88) - 4;
  await out.write(`${renderSummary(outcome.article, { width, colors: palette() }).join('\n')}\n`);
  return EXIT.ok;
}

export function renderSummary(article: Article, { width, colors }: { width: number; colors: Palette }): string[] {
  const lines: string[] = [];
  const indent = (s: string) => `  ${s}`;
  lines.push('', colors.bold(article.title), '');

  const meta = [
    article.source && `来源：${article.source}`,
    article.authors.length > 0 && `作者：${article.authors.join('、')}`,
    article.publishedAt && `时间：${formatTime(article.publishedAt)}`,
    article.channel.length > 0 && `频道：${article.channel.join(' › ')}`,
  ].filter(Boolean) as string[];
  if (meta.length) lines.push(...packSegments(meta, width).map((l) => colors.dim(l)), '');

  lines.push(colors.heading(`正文（共 ${article.text.length} 字，节选）`));
  for (const paragraph of excerptParagraphs(article.text, EXCERPT_CHARS)) {
    lines.push(...wrap(paragraph, width - 2).map(indent), '');
  }

  const figures = topFigures(article.figures ?? [], TOP_FIGURES);
  lines.push(colors.heading(`关键数字（前 ${figures.length} 个，共 ${article.figures?.length ?? 0} 个）`));
  if (figures.length === 0) {
    lines.push(indent('（未找到关键数字）'));
  } else {
    const rows = figures.map((f) => [
      truncate(f.text, 18),
      formatValue(f),
      [f.unit, f.measure].filter(Boolean).join(' '),
      QUALIFIER_ZH[f.qualifier] ?? f.qualifier,
      truncate(f.label ?? '', 18),
    ]);
    lines.push(...table(['原文', '数值', '单位', '限定', '含义'], rows, colors.dim).map(indent));
  }
  lines.push('', ...extensionHint(colors));
  return lines;
}

/** Metadata items side by side, a new line only between items (a name is never split). */
export function packSegments(segments: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const segment of segments) {
    const last = lines[lines.length - 1];
    if (last !== undefined && displayWidth(`${last}　${segment}`) <= width)
      lines[lines.length - 1] = `${last}　${segment}`;
    else lines.push(...wrap(segment, width));
  }
  return lines;
}

/** Whole paragraphs until about `budget` characters; the last one is cut with an ellipsis. */
export function excerptParagraphs(text: string, budget: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const paragraph of text
    .split(/\n\s*\n/)
    .map((p) => p.trim())
    .filter(Boolean)) {
    if (used >= budget) break;
    const room = budget - used;
    out.push(paragraph.length > room + 40 ? `${paragraph.slice(0, room)}…` : paragraph);
    used += paragraph.length;
  }
  return out;
}

export function topFigures(figures: readonly Figure[], n: number): Figure[] {
  return [...figures].sort((a, b) => (b.score ?? 0) - (a.score ?? 0)).slice(0, n);
}

const QUALIFIER_ZH: Record<Qualifier, string> = {
  exact: '精确',
  approx: '约',
  atLeast: '不少于',
  moreThan: '超过',
  atMost: '不超过',
  lessThan: '不到',
  range: '范围',
};

function formatValue(f: Figure): string {
  if (f.kind === 'date' && f.date) return f.date;
  if (f.value === null || f.value === undefined) return '—';
  const n = (v: number) => v.toLocaleString('en-US', { maximumFractionDigits: 4 });
  return f.max !== undefined ? `${n(f.value)}–${n(f.max)}` : n(f.value);
}

/** "2019-05-24T11:34:00+08:00" -> "2019-05-24 11:34": the time as the site printed it. */
function formatTime(iso: string): string {
  const m = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}:\d{2}))?/.exec(iso);
  return m ? [m[1], m[2]].filter(Boolean).join(' ') : iso;
}

function extensionHint(colors: Palette): string[] {
  const lines: string[] = [colors.heading('浏览器扩展')];
  const chrome = join(ROOT, '.output', 'chrome-mv3');
  const firefox = join(ROOT, '.output', 'firefox-mv2');
  // Relative from the repository (the usual place to run it), absolute from anywhere else.
  const shown = (p: string) => {
    const rel = relative(process.cwd(), p);
    return rel && !rel.startsWith('..') ? rel : p;
  };
  const loadSteps = [
    '  加载：Chrome/Edge 打开 chrome://extensions → 开启“开发者模式”',
    '        → “加载已解压的扩展程序” → 选择上面的目录',
  ];
  if (existsSync(chrome)) {
    lines.push(`  已构建：${colors.accent(shown(chrome))}`, ...loadSteps);
  } else {
    lines.push(`  尚未构建：运行 npm run build，产物在 ${shown(chrome)}`, ...loadSteps);
  }
  if (existsSync(firefox)) {
    lines.push(
      `  Firefox：about:debugging#/runtime/this-firefox → “临时载入附加组件” → 选择 ${shown(join(firefox, 'manifest.json'))}`,
    );
  }
  lines.push('  打开任意长城网文章，点击工具栏图标即可查看干净正文与关键数字。');
  return lines;
}

import type { Article, Figure } from '../types';
import { formatIsoDate } from './dates';
import { clauseBounds, tableLabel } from './figureLabels';

/** Discourse openers a citation doesn't need: 其中，… / 同时，… / 值得一提的是，… */
const LEADING_CONNECTIVE =
  /^(?:其中|同时|此外|另外|另悉|据了解|据悉|据介绍|值得一提的是|与此同时|目前|截至目前)[，,]\s*/u;

/** A clause that can't stand alone: it compares or continues (同比增长8.1%, 占比36%, 比去年增加…). */
const NEEDS_SUBJECT =
  /^(?:同比|环比|比|较|与|增长|下降|增加|减少|提高|占|其中|分别|并|且|达到?|为|共|合计|累计|计划|预计|完成|实现|带动|新增|总投资|涉及)/u;

/** A time stated first in the sentence (一季度，/ 截至8月末，/ 今年1—5月，): kept with the clause. */
const TIME_UNTIL = '(?:截至|截止|到)?'; // 截至
const TIME_YEAR = '(?:今年|去年|明年|\\d{4}年)?'; // 今年, 2024年
const TIME_QUARTER = '[一二三四]季度|前[一二三]季度|[上下]半年'; // 一季度, 前三季度, 上半年
const TIME_MONTHS = '前[一二三四五六七八九十\\d]+个?月|\\d{1,2}(?:[—\\-至到]\\d{1,2})?月(?:份|末|底|[上中下]旬)?'; // 前5个月, 1—5月, 8月末
const LEADING_TIME = new RegExp(`^${TIME_UNTIL}${TIME_YEAR}(?:${TIME_QUARTER}|${TIME_MONTHS}|以来)*[，,]`, 'u');

type CitedArticle = Pick<Article, 'siteName' | 'source' | 'publishedAt'> &
  Partial<Pick<Article, 'title' | 'url' | 'canonicalUrl' | 'text'>>;
type CitedFigure = Pick<Figure, 'sentence'> & Partial<Pick<Figure, 'text' | 'start' | 'end'>>;

export interface CitationOptions {
  /** Add the article's title and URL after the sentence: （《标题》，https://…） */
  withSource?: boolean;
}

/** The clause that holds the figure (with the clause before it when this one can't stand alone). */
function figureClause(article: CitedArticle, figure: CitedFigure): string | null {
  const text = article.text;
  if (!text || figure.start == null || figure.end == null || !figure.text) return null;
  if (text.slice(figure.start, figure.end) !== figure.text) return null;
  const table = tableLabel(figure as Pick<Figure, 'start'>, text);
  if (table) return `${table.replace(/\s+/g, '')}${figure.text}`;
  let [a, b] = clauseBounds(text, figure.start, figure.end);
  const first = text.slice(a, figure.start).replace(LEADING_CONNECTIVE, '');
  if ((first.length < 4 || NEEDS_SUBJECT.test(first)) && a > 0 && /[，,]/u.test(text[a - 1])) {
    [a] = clauseBounds(text, a - 1, a - 1);
  }
  if (b < text.length && /[、]/u.test(text[b])) b = clauseBounds(text, b + 1, b + 1)[1];
  let clause = text.slice(a, b);
  // The sentence's opening time (一季度，…) belongs to every clause of it.
  const sentenceStart = text.lastIndexOf(figure.sentence.slice(0, 8), figure.start);
  if (sentenceStart >= 0 && sentenceStart < a) {
    const time = LEADING_TIME.exec(text.slice(sentenceStart, a));
    if (time && sentenceStart + time[0].length <= a) clause = `${time[0]}${clause}`;
  }
  return clause.replace(/\t+/g, ' ');
}

/** “据长城网2019年5月24日报道，大厂共签约项目52个。” — one short sentence, ready to paste. */
export function figureCitation(article: CitedArticle, figure: CitedFigure, options: CitationOptions = {}): string {
  const outlet = article.siteName || article.source || '';
  const date = article.publishedAt ? formatIsoDate(article.publishedAt.slice(0, 10)) : '';
  const body = (figureClause(article, figure) ?? figure.sentence)
    .replace(/\t+/g, ' ')
    .trim()
    .replace(LEADING_CONNECTIVE, '')
    .replace(/[，,；;：:、\s]+$/u, '');
  const ended = /[。！？!?…”」』]$/u.test(body) ? body : `${body}。`;
  // Follow the page's own punctuation: many 长城网 pages use ASCII commas in Chinese text.
  const comma = /,/.test(body) && !/，/.test(body) ? ',' : '，';
  const lead = outlet || date ? `据${outlet}${date}报道${comma}` : '';
  const url = article.canonicalUrl || article.url;
  const source =
    options.withSource && (article.title || url)
      ? `（${[article.title ? `《${article.title}》` : '', url ?? ''].filter(Boolean).join('，')}）`
      : '';
  return lead + ended + source;
}

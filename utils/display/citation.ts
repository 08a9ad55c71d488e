import type { Article, Figure } from '../types';
import { formatIsoDate } from './dates';

/** Discourse openers a citation doesn't need: 其中，… / 同时，… / 值得一提的是，… */
const LEADING_CONNECTIVE =
  /^(?:其中|同时|此外|另外|另悉|据了解|据悉|据介绍|值得一提的是|与此同时|目前|截至目前)[，,]\s*/u;

/** “据长城网2019年5月24日报道，大厂共签约项目19个，计划总投资88.85亿元。” */
export function figureCitation(
  article: Pick<Article, 'siteName' | 'source' | 'publishedAt'>,
  figure: Pick<Figure, 'sentence'>,
): string {
  const outlet = article.siteName || article.source || '';
  const date = article.publishedAt ? formatIsoDate(article.publishedAt.slice(0, 10)) : '';
  const sentence = figure.sentence
    .trim()
    .replace(LEADING_CONNECTIVE, '')
    .replace(/[，,；;：:、\s]+$/u, '');
  const ended = /[。！？!?…”」』]$/u.test(sentence) ? sentence : `${sentence}。`;
  // Follow the page's own punctuation: many 长城网 pages use ASCII commas in Chinese text.
  const comma = /,/.test(sentence) && !/，/.test(sentence) ? ',' : '，';
  const lead = outlet || date ? `据${outlet}${date}报道${comma}` : '';
  return lead + ended;
}

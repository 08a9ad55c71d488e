/**
 * Small builders of Article / Figure / Capture values for tests, modelled on the seed article
 * (长城网廊坊频道, 2019-05-24). Overrides are shallow: pass whole arrays to replace them.
 */
import type { Article, Capture, Figure } from '../types';
import { CURRENT_SCHEMA_VERSION } from '../store/records';

const SEED_URL = 'http://lf.hebei.com.cn/system/2019/05/24/019653371.shtml';

const SEED_TEXT = [
  '步入2019年，随着北京市级行政中心正式迁入，北京城市副中心建设翻开了崭新的一页。',
  '1月26日，大厂召开2019年“全民服务副中心”行动动员部署大会。大厂融媒体中心 供图',
  '积极走访企业，深入对接洽谈项目20个；总投资50亿元的中国人民大学新校区大厂拓展区已正式开工建设。',
  '计划举办24期，培训3.6万人次。',
].join('\n\n');

/** A figure found in `text` (offsets computed from the first occurrence of `span`). */
export function makeFigure(overrides: Partial<Figure> = {}, text = SEED_TEXT): Figure {
  const span = overrides.text ?? '50亿元';
  const start = overrides.start ?? Math.max(0, text.indexOf(span));
  return {
    text: span,
    start,
    end: start + span.length,
    kind: 'money',
    value: 5_000_000_000,
    unit: 'CNY',
    qualifier: 'exact',
    label: '总投资',
    sentence: '总投资50亿元的中国人民大学新校区大厂拓展区已正式开工建设。',
    score: 0.9,
    ...overrides,
  };
}

export function makeSeedFigures(): Figure[] {
  return [
    makeFigure(),
    makeFigure({
      text: '20个',
      kind: 'count',
      value: 20,
      unit: '',
      measure: '个',
      label: '洽谈项目',
      score: 0.8,
      sentence: '积极走访企业，深入对接洽谈项目20个；',
    }),
    makeFigure({
      text: '3.6万人次',
      kind: 'count',
      value: 36_000,
      unit: '',
      measure: '人次',
      label: '培训',
      score: 0.7,
      sentence: '计划举办24期，培训3.6万人次。',
    }),
  ];
}

export function makeArticle(overrides: Partial<Article> = {}): Article {
  const text = overrides.text ?? SEED_TEXT;
  return {
    url: SEED_URL,
    canonicalUrl: SEED_URL,
    site: 'changcheng',
    siteName: '长城网',
    title: '【观潮“5·18”】大厂:打造北京城市副中心后花园',
    authors: ['白万军', '黄蕾', '祝雪娟'],
    source: '长城网',
    publishedAt: '2019-05-24T11:34:00+08:00',
    editor: '王璐',
    keywords: ['大厂', '副中心'],
    channel: ['长城网', '廊坊频道', '廊坊新闻', '本网原创'],
    excerpt: '步入2019年，随着北京市级行政中心正式迁入，北京城市副中心建设翻开了崭新的一页。',
    text,
    contentHtml:
      '<p>步入2019年，随着北京市级行政中心正式迁入，北京城市副中心建设翻开了崭新的一页。</p>' +
      '<p><img src="http://lf.hebei.com.cn/img/2019/05/24/a.jpg" alt=""></p>' +
      '<p>1月26日，大厂召开2019年“全民服务副中心”行动动员部署大会。大厂融媒体中心 供图</p>' +
      '<p>积极走访企业，深入对接洽谈项目20个；总投资50亿元的中国人民大学新校区大厂拓展区已正式开工建设。</p>' +
      '<p>计划举办24期，培训3.6万人次。</p>',
    images: [
      {
        src: 'http://lf.hebei.com.cn/img/2019/05/24/a.jpg',
        caption: '1月26日，大厂召开2019年“全民服务副中心”行动动员部署大会。大厂融媒体中心 供图',
      },
    ],
    length: text.length,
    figures: makeSeedFigures(),
    ...overrides,
  };
}

let sequence = 0;

/** A distinct article per call: its own canonical URL and title. */
export function makeUniqueArticle(overrides: Partial<Article> = {}): Article {
  sequence += 1;
  const url = `http://lf.hebei.com.cn/system/2019/05/${String(sequence).padStart(2, '0')}/0196${sequence}.shtml`;
  return makeArticle({ url, canonicalUrl: url, title: `测试文章${sequence}`, ...overrides });
}

export function makeCapture(overrides: Partial<Capture> = {}): Capture {
  const article = makeArticle(overrides);
  return {
    ...article,
    id: 'c0ffee0000000000',
    capturedAt: '2024-03-01T08:00:00.000Z',
    updatedAt: '2024-03-01T08:00:00.000Z',
    tags: [],
    note: '',
    figureEdits: [],
    schemaVersion: CURRENT_SCHEMA_VERSION,
    ...overrides,
  };
}

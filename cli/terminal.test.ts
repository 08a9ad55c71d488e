import { describe, expect, it } from 'vitest';
import { excerptParagraphs, packSegments, renderSummary, topFigures } from './demo';
import { displayWidth, table, truncate, wrap } from './terminal';
import type { Article, Figure } from '../utils/types';

const plain = { bold: (s: string) => s, dim: (s: string) => s, heading: (s: string) => s, accent: (s: string) => s };

describe('terminal layout', () => {
  it('counts Chinese characters as two columns', () => {
    expect(displayWidth('长城网')).toBe(6);
    expect(displayWidth('88.85亿元')).toBe(9);
  });

  it('wraps by columns, keeps numbers whole and never starts a line with a comma', () => {
    const lines = wrap('签约项目共计88.85亿元，涉及电子信息、高端装备等产业。', 12);
    for (const line of lines) {
      expect(displayWidth(line)).toBeLessThanOrEqual(14);
      expect(line).not.toMatch(/^[，。、]/);
    }
    expect(lines.join('')).toBe('签约项目共计88.85亿元，涉及电子信息、高端装备等产业。');
    expect(lines.some((l) => l.includes('88.85'))).toBe(true);
  });

  it('truncates with an ellipsis and aligns table columns by display width', () => {
    expect(truncate('大厂回族自治县', 8)).toBe('大厂回…');
    const rows = table(
      ['原文', '数值'],
      [
        ['88.85亿元', '8,885,000,000'],
        ['3项', '3'],
      ],
    );
    expect(rows).toHaveLength(4);
    const secondColumnAt = (line: string, value: string) => displayWidth(line.slice(0, line.lastIndexOf(value)));
    expect(secondColumnAt(rows[2], '8,885,000,000')).toBe(secondColumnAt(rows[3], '3'));
    expect(secondColumnAt(rows[0], '数值')).toBe(secondColumnAt(rows[3], '3'));
  });
});

describe('demo summary', () => {
  const figure: Figure = {
    text: '88.85亿元',
    start: 10,
    end: 17,
    kind: 'money',
    value: 8885000000,
    unit: 'CNY',
    qualifier: 'approx',
    label: '意向投资额',
    sentence: '…',
    score: 9,
  };
  const article: Article = {
    url: 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml',
    canonicalUrl: '',
    site: 'changcheng',
    siteName: '长城网',
    title: '大厂举办招商推介会',
    authors: ['张三'],
    source: '长城网',
    publishedAt: '2019-05-24T11:34:00+08:00',
    editor: null,
    keywords: [],
    channel: ['长城网', '廊坊频道'],
    excerpt: '',
    text: '第一段，签约项目意向投资额约88.85亿元。\n\n第二段。',
    contentHtml: '',
    images: [],
    length: 30,
    figures: [{ ...figure, score: 1, text: '第二' }, figure],
  };

  it('shows title, metadata line, text and the best figures first', () => {
    const out = renderSummary(article, { width: 100, colors: plain }).join('\n');
    expect(out).toContain('大厂举办招商推介会');
    expect(out).toMatch(/来源：长城网　作者：张三　时间：2019-05-24 11:34　频道：长城网 › 廊坊频道/);
    expect(out).toContain('第一段');
    expect(out).toMatch(/原文\s+数值\s+单位\s+限定\s+含义/);
    expect(out).toMatch(/88\.85亿元\s+8,885,000,000\s+CNY\s+约\s+意向投资额/);
    expect(out.indexOf('88.85亿元  ')).toBeLessThan(out.indexOf('第二  '));
    expect(out).toContain('chrome://extensions');
    expect(out).not.toContain('\x1b[');
  });

  it('excerpts whole paragraphs up to the budget', () => {
    const text = ['甲'.repeat(300), '乙'.repeat(300), '丙'.repeat(300)].join('\n\n');
    const parts = excerptParagraphs(text, 600);
    expect(parts).toHaveLength(2);
    expect(excerptParagraphs('甲'.repeat(2000), 600)[0]).toHaveLength(601);
  });

  it('packs metadata items on lines without splitting one', () => {
    expect(packSegments(['来源：长城网', '作者：白万军', '频道：长城网 › 廊坊频道'], 30)).toEqual([
      '来源：长城网　作者：白万军',
      '频道：长城网 › 廊坊频道',
    ]);
  });

  it('ranks figures by score', () => {
    expect(topFigures(article.figures, 1)[0].text).toBe('88.85亿元');
  });
});

import { describe, expect, it } from 'vitest';
import type { Figure } from '../types';
import { rankFigures, scoreFigure } from './rank';

const fig = (over: Partial<Figure>): Figure => ({
  text: '52个',
  start: 100,
  end: 103,
  kind: 'count',
  value: 52,
  unit: '',
  qualifier: 'exact',
  sentence: '',
  score: 0,
  ...over,
});
const ctx = { leadEnd: 10 };

describe('scoreFigure', () => {
  it('ranks money above counts above bare numbers', () => {
    const text = ' '.repeat(200);
    const money = scoreFigure(fig({ kind: 'money', value: 5e9, unit: 'CNY' }), text, ctx);
    const count = scoreFigure(fig({}), text, ctx);
    const other = scoreFigure(fig({ kind: 'other', value: 52 }), text, ctx);
    expect(money).toBeGreaterThan(count);
    expect(count).toBeGreaterThan(other);
  });

  it('rewards the title, the lead paragraph and markers like 共/同比', () => {
    const text = `${'x'.repeat(90)}共签约项目52个${'x'.repeat(100)}`;
    const plain = scoreFigure(fig({ start: 95, end: 98 }), 'x'.repeat(200), ctx);
    expect(scoreFigure(fig({ start: 95, end: 98 }), text, ctx)).toBeGreaterThan(plain);
    expect(scoreFigure(fig({}), 'x'.repeat(200), { ...ctx, title: '签约52个' })).toBeGreaterThan(
      scoreFigure(fig({}), 'x'.repeat(200), ctx),
    );
    expect(scoreFigure(fig({ start: 2, end: 5 }), 'x'.repeat(200), ctx)).toBeGreaterThan(
      scoreFigure(fig({}), 'x'.repeat(200), ctx),
    );
  });

  it('puts small Chinese-written counts below written-out statistics', () => {
    const text = 'x'.repeat(200);
    expect(scoreFigure(fig({ text: '三项', value: 3 }), text, ctx)).toBeLessThan(
      scoreFigure(fig({ text: '3项', value: 3 }), text, ctx),
    );
  });
});

describe('rankFigures', () => {
  it('sorts by score, then by position', () => {
    const text = 'x'.repeat(300);
    const out = rankFigures(
      [
        fig({ start: 200, end: 203 }),
        fig({ kind: 'money', unit: 'CNY', start: 150, end: 153 }),
        fig({ start: 120, end: 123 }),
      ],
      text,
      ctx,
    );
    expect(out.map((f) => f.start)).toEqual([150, 120, 200]);
  });
});

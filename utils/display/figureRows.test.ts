import { describe, expect, it } from 'vitest';
import { extractFigures } from '../figures';
import type { EditedFigure, FigureEdit } from '../types';
import { applyFigureEdits } from './figureEdits';
import { figureRows, type FigureOrder } from './figureRows';
import { formatPeriod } from './periods';

// Expectations written from the examples before running the code.
function rowsOf(text: string, order: FigureOrder = 'key') {
  const figures: EditedFigure[] = applyFigureEdits(extractFigures(text, { referenceDate: '2024-09-10' }), []);
  return figureRows(figures, text, order);
}
const find = (rows: ReturnType<typeof rowsOf>, value: string) => rows.find((row) => row.value === value);

describe('values as the article wrote them', () => {
  const text =
    '截至8月末，全省各项贷款余额1.21万亿元，同比增长8.1%。1—5月，港口货物吞吐量2.1亿吨。' +
    '今年前5个月，完成投资逾210亿元，建成面积18万平方米，算力达3000亿亿次。';
  const rows = rowsOf(text);
  it.each(['1.21万亿元', '2.1亿吨', '逾210亿元', '18万平方米', '3000亿亿次'])('%s', (value) => {
    expect(find(rows, value)).toBeDefined();
  });
  it('keeps the normalised value for the tooltip', () => {
    expect(find(rows, '1.21万亿元')?.normalised).toBe('= 1210000000000 CNY');
    expect(find(rows, '逾210亿元')?.normalised).toBe('= >21000000000 CNY');
  });
  it('attaches the figure’s own period', () => {
    expect(find(rows, '1.21万亿元')?.period).toBe('截至2024年8月下旬（8月21日–31日）');
    expect(find(rows, '2.1亿吨')?.period).toBe('2024年1—5月');
    expect(find(rows, '逾210亿元')?.period).toBe('2024年1—5月');
  });
  it('labels what the number is, growth as the subject’s 增速', () => {
    expect(find(rows, '1.21万亿元')?.label).toBe('全省各项贷款余额');
    expect(find(rows, '8.1%')?.label).toBe('全省各项贷款余额增速');
    expect(find(rows, '2.1亿吨')?.label).toBe('港口货物吞吐量');
  });
});

describe('periods', () => {
  it.each([
    ['2024-08-21/2024-08-31', '2024年8月下旬（8月21日–31日）'],
    ['2024-08-01/2024-08-10', '2024年8月上旬（8月1日–10日）'],
    ['2024-08-01/2024-08-31', '2024年8月'],
    ['2024-Q1', '2024年一季度'],
    ['2024-01/2024-05', '2024年1—5月'],
    ['2024-Q1/2024-Q3', '2024年前三季度'],
    ['2018/2020', '2018—2020年'],
    ['2024-H1', '2024年上半年'],
    ['2023-11/2024-02', '2023年11月—2024年2月'],
    ['2019-01-26', '2019年1月26日'],
    ['XXXX-08', '8月'],
  ])('%s -> %s', (iso, expected) => expect(formatPeriod(iso)).toBe(expected));

  it('shows a date figure as its period', () => {
    const rows = rowsOf('8月末，全省工业增加值增长5%。一季度，地区生产总值增长5.6%。');
    expect(rows.map((r) => r.value)).toEqual(expect.arrayContaining(['2024年8月下旬（8月21日–31日）', '2024年一季度']));
  });
});

describe('what is listed', () => {
  it('leaves out bare 今年 / 去年 and a stage number (二期)', () => {
    const rows = rowsOf('今年，项目二期正在建设，总投资50亿元。去年，全市新增企业300家。');
    const values = rows.map((r) => r.value);
    expect(values).not.toContain('2024年');
    expect(values).not.toContain('2023年');
    expect(values).not.toContain('二期');
    expect(values).toEqual(expect.arrayContaining(['50亿元', '300家']));
  });

  it('keeps a count of sessions (计划举办24期)', () => {
    expect(rowsOf('全年计划举办24期培训班。').map((r) => r.value)).toContain('24期');
  });

  it('shows the same figure stated twice once, with both places', () => {
    const text =
      '（原标题：我省普惠小微贷款余额突破1.2万亿元）\n\n截至6月末，我省普惠小微贷款余额突破1.2万亿元，同比增长18.3%。';
    const rows = rowsOf(text).filter((r) => r.value === '突破1.2万亿元');
    expect(rows).toHaveLength(1);
    expect(rows[0].places).toHaveLength(2);
  });

  it('does not merge two different things with the same number', () => {
    const rows = rowsOf('全市新增企业300家，新增个体工商户300家。');
    expect(rows.filter((r) => r.value === '300家')).toHaveLength(2);
  });

  it('orders by key or by the article', () => {
    const text = '全年接待游客52人次。全市共签约项目19个，计划总投资88.85亿元。';
    const byArticle = rowsOf(text, 'article').map((r) => r.value);
    expect(byArticle).toEqual(['52人次', '19个', '88.85亿元']);
    expect(rowsOf(text, 'key')[0].value).toBe('88.85亿元');
  });
});

describe('labels', () => {
  it('takes a table row’s row and column headers', () => {
    const text = '指标\t数值\t同比增长\n\n地区生产总值\t2150.6亿元\t6.1%\n\n规上工业增加值\t—\t8.3%';
    const rows = rowsOf(text);
    expect(find(rows, '2150.6亿元')?.label).toBe('地区生产总值');
    expect(find(rows, '6.1%')?.label).toBe('地区生产总值 同比增长');
    expect(find(rows, '8.3%')?.label).toBe('规上工业增加值 同比增长');
  });

  it('never cuts a word and never falls back to the kind’s name', () => {
    const rows = rowsOf('全省算力网络国家级节点达到21个，就业补贴每人1000元。');
    expect(find(rows, '21个')?.label).toBe('全省算力网络国家级节点');
    expect(find(rows, '1000元')?.label).not.toBe('业补贴');
    for (const row of rows) expect(row.label).not.toMatch(/^(金额|比例|数量|日期)$/);
  });
});

describe('corrections', () => {
  const text = '积极走访企业，深入对接洽谈项目20个；总投资50亿元的中国人民大学新校区大厂拓展区已正式开工建设。';
  const figures = extractFigures(text, { referenceDate: '2019-05-24' });
  const money = figures.find((figure) => figure.text === '50亿元')!;
  const count = figures.find((figure) => figure.text === '20个')!;
  const rowsWith = (edits: FigureEdit[], given = edits) =>
    figureRows(applyFigureEdits(figures, edits), text, 'key', given);

  it('shows a corrected number as corrected, not as the article wrote it (the tooltip agrees)', () => {
    const edits = [{ key: `${money.start}:${money.end}`, corrected: { value: 5.5e9 } }];
    const row = rowsWith(edits).find((r) => r.figure.start === money.start)!;
    expect(row.value).toBe('55 亿元');
    expect(row.normalised).toBe('= 5500000000 CNY');
  });

  it('keeps the article’s words when only the label was corrected, or when no edits are given', () => {
    const labelOnly = [{ key: `${count.start}:${count.end}`, corrected: { label: '签约项目' } }];
    expect(rowsWith(labelOnly).find((r) => r.figure.start === count.start)?.value).toBe('20个');
    const renumbered = [{ key: `${money.start}:${money.end}`, corrected: { value: 5.5e9 } }];
    expect(rowsWith(renumbered, []).find((r) => r.figure.start === money.start)?.value).toBe('50亿元');
  });
});

import { describe, expect, it } from 'vitest';
import { makeArticle, makeCapture, makeFigure } from '../testing/articleFactory';
import { csvField, figuresToCsv, guardFormula } from './figuresCsv';

/** Minimal RFC 4180 reader, to check what a spreadsheet would see. */
function parseCsv(csv: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < csv.length; i++) {
    const char = csv[i];
    if (quoted) {
      if (char === '"' && csv[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\r' && csv[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += char;
  }
  return rows;
}

describe('figuresToCsv', () => {
  it('starts with a BOM and the Chinese header, one CRLF row per figure', () => {
    const csv = figuresToCsv([makeArticle()]);
    expect(csv.startsWith('\uFEFF标题,网址,发布时间,数字原文,类型,数值,上限,单位,量词,限定,含义,日期,句子\r\n')).toBe(
      true,
    );
    const rows = parseCsv(csv.slice(1));
    expect(rows).toHaveLength(4);
    expect(rows[1]).toEqual([
      '【观潮“5·18”】大厂:打造北京城市副中心后花园',
      'http://lf.hebei.com.cn/system/2019/05/24/019653371.shtml',
      '2019-05-24T11:34:00+08:00',
      '50亿元',
      'money',
      '5000000000',
      '',
      'CNY',
      '',
      'exact',
      '总投资',
      '',
      '总投资50亿元的中国人民大学新校区大厂拓展区已正式开工建设。',
    ]);
  });

  it('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('说"好"')).toBe('"说""好"""');
    expect(csvField('一\n二')).toBe('"一\n二"');
    expect(csvField('plain')).toBe('plain');
    const figure = makeFigure({ sentence: '他说："增长3,000人"\n次年' });
    const rows = parseCsv(figuresToCsv([makeArticle({ title: 'A, B', figures: [figure] })]).slice(1));
    expect(rows[1][0]).toBe('A, B');
    expect(rows[1][12]).toBe('他说："增长3,000人"\n次年');
  });

  it('guards cells that a spreadsheet would run as formulas, but not numbers', () => {
    for (const start of ['=', '+', '-', '@', '\t', '\r'])
      expect(guardFormula(`${start}SUM(A1)`)).toBe(`'${start}SUM(A1)`);
    expect(guardFormula('增长-5%')).toBe('增长-5%');
    const figure = makeFigure({ value: -5, label: '=HYPERLINK("http://evil")', sentence: '@cmd' });
    const rows = parseCsv(figuresToCsv([makeArticle({ title: '+1 标题', figures: [figure] })]).slice(1));
    expect(rows[1][0]).toBe("'+1 标题");
    expect(rows[1][5]).toBe('-5');
    expect(rows[1][10]).toBe('\'=HYPERLINK("http://evil")');
    expect(rows[1][12]).toBe("'@cmd");
  });

  it('guards formulas after leading whitespace, and a leading tab or CR alone', () => {
    for (const text of [
      ' =1+1',
      '\t=cmd',
      '  +1',
      '\u3000=1',
      '\u00a0@x',
      '\n=1',
      '\r\n-1',
      '\v=1',
      '\t',
      '\r',
      '\tabc',
    ])
      expect(guardFormula(text), JSON.stringify(text)).toBe(`'${text}`);
    for (const text of [' 5', '增长 -5%', '3 = 3', ' 标题', ''])
      expect(guardFormula(text), JSON.stringify(text)).toBe(text);
    const figure = makeFigure({ value: -5, label: ' =HYPERLINK("http://evil")', sentence: '\t=cmd', unit: ' @x' });
    const rows = parseCsv(figuresToCsv([makeArticle({ title: '\r\n=1+1', figures: [figure] })]).slice(1));
    expect(rows[1][0]).toBe("'\r\n=1+1");
    expect(rows[1][5]).toBe('-5');
    expect(rows[1][7]).toBe("' @x");
    expect(rows[1][10]).toMatch(/^'\s*=HYPERLINK/); // the label may come trimmed: guarded either way
    expect(rows[1][12]).toBe("'\t=cmd");
  });

  it('honours figure edits of captures and writes ranges', () => {
    const [money, , people] = makeArticle().figures;
    const capture = makeCapture({
      figures: [money, { ...people, max: 40_000, qualifier: 'range' }],
      figureEdits: [{ key: `${money.start}:${money.end}`, hidden: true }],
    });
    const rows = parseCsv(figuresToCsv([capture]).slice(1));
    expect(rows).toHaveLength(2);
    expect(rows[1].slice(3, 10)).toEqual(['3.6万人次', 'count', '36000', '40000', '', '人次', 'range']);
  });

  it('an empty selection is just the header', () => {
    expect(figuresToCsv([])).toBe('\uFEFF标题,网址,发布时间,数字原文,类型,数值,上限,单位,量词,限定,含义,日期,句子\r\n');
  });
});

import { describe, expect, it } from 'vitest';
import { extractFigures } from './index';
import { findUrlSpans, judgeNumeral } from './negatives';
import { scanNumerals } from './numerals';

const keyTexts = (t: string) => extractFigures(t).map((f) => f.text);
const allTexts = (t: string) => extractFigures(t, { all: true }).map((f) => f.text);

describe('not a key figure', () => {
  it.each([
    '在与北京城市副中心“四统一”中加快发展',
    '在产业调研中将突出“三强化”',
    '【观潮“5·18”】大厂',
    '“十四五”规划开局',
    '十四五时期',
    '坚持“三个代表”重要思想',
    '共建一带一路',
    '入选第一批名单',
    '获得第3名',
    '电话：0311-12345678',
    '热线400-123-4567',
    '手机13912345678',
    '冀ICP备05007948号',
    '冀公网安备 13010802000123号',
    '发布时间 11:34:00',
    '访问 https://www.hebei.com.cn/2019/05/24/123.html 查看',
    '一场声势浩大的全民行动',
    '一条条实打实的举措、一项项沉甸甸的硕果',
    '“招商推介、机构合作、企业转型”三个互动',
    '步入2019年',
    '5G网络和B12',
    '每10万人中具有大学文化程度的', // a base, not a figure
    '每千人口',
    '东院区二期工程已投入使用',
    '八类严重暴力案件',
    '共设两大类比赛',
    '互联网新闻信息服务许可证：13120170001',
    '2024-10-22 10:15:00 来源：长城网', // the page's time line
    '2025-02-27 11:20 来源：长城网',
  ])('%s', (t) => {
    expect(keyTexts(t)).toEqual([]);
  });
});

describe('not a number at all', () => {
  it.each([
    '一切',
    '一些',
    '统一',
    '一体化',
    '万一',
    '一直',
    '一流',
    '千万不要',
    '一致',
    '唯一',
    '四川',
    '九九',
    '两两',
    '百姓',
    '万',
  ])('%s', (t) => {
    expect(allTexts(t)).toEqual([]);
  });
});

describe('numbers kept with all', () => {
  it.each([
    ['获得第3名', ['3']],
    ['九年八吨', ['九年', '八吨']],
    ['“一”和“五”', ['一', '五']],
    ['步入2019年', ['2019年']],
    ['一场比赛', ['一场']],
    ['提前储备燃煤85万吨', ['85万吨']], // 储备 is not 备案
    ['0-14岁人口', ['0-14岁']], // not an area code
  ])('%s', (t, want) => {
    expect(allTexts(t).sort()).toEqual([...want].sort());
  });
});

describe('judgeNumeral', () => {
  it('drops numbers inside URLs and keeps plain ones', () => {
    const t = 'www.a.com/30 共30个';
    const urls = findUrlSpans(t);
    const [inUrl, plain] = scanNumerals(t);
    expect(judgeNumeral(t, inUrl, inUrl.end, false, urls)).toBe('drop');
    expect(judgeNumeral(t, plain, plain.end + 1, true, urls)).toBe('keep');
  });
});

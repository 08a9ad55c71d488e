import { describe, expect, it } from 'vitest';
import { closingAuthors, parseBylineGlobal, parseBylineText, sourcePerson } from './byline';
import { leadingNames } from './names';

describe('parseBylineText: authors near the title', () => {
  const cases: Array<[string, string, string[]]> = [
    [
      '作者： label, then the next label',
      '发布时间：2018-01-02 10:20 来源：河北日报 作者：李明、王芳 责任编辑：张三',
      ['李明', '王芳'],
    ],
    ['作者： names listed with Chinese commas', '作者：张三，李四　发布时间：2018-03-02 08:21', ['张三', '李四']],
    [
      '作者: names listed with ASCII commas, then a date',
      '作者:王芳,刘洋,赵晨 2024-05-06 09:00',
      ['王芳', '刘洋', '赵晨'],
    ],
    ['作者: with a spaced two-character name', '作者: 赵 培：北京物资学院，北京 关键词: 淘宝网', ['赵培']],
    [
      '作者： a handle, then a forum rank',
      '楼层： 第 1 楼 时间：2005-08-28 20:56:20 作者： 放飞&心情 振威将军(从一品)',
      ['放飞&心情'],
    ],
    [
      '作者： a name, then an alias and a translator',
      '作者： 周思博 (Joel Spolsky) 译： Chen Bin 2005年1月2日',
      ['周思博'],
    ],
    ['作者： markup debris is no name', '作者： size="20"  来源： size="20"  发布日期： 7/5/2005 9:23:57 PM', []],
    [
      'an empty 作者： runs into the story',
      '发布时间：2023-06-18 10:20 来源：长城网 作者： 记者从保定市生态环境局获悉，今年1至5月',
      [],
    ],
    ['an empty 作者： before a date-led sentence', '来源：长城网 作者： 今年1至5月白洋淀水质达标，', []],
    ['"作者的劳动" is no label', '为了尊重作者的劳动，文中会尽量给出作者姓名和引用地址。', []],
    ['文：pen name', '个人认为影片《清洁》是东西方文化交溶最好的一部电影。 文：眉间尺 我的博客', ['眉间尺']],
    ['文/ name', '本报讯 文/ 李四 图/ 王五', ['李四']],
    [
      '执笔人：five names',
      '执笔人：闵乐夫 赵兰波 刘韬 刘晋芳 胡玉顺 编辑： 吕峥 来源： 千龙网',
      ['闵乐夫', '赵兰波', '刘韬', '刘晋芳', '胡玉顺'],
    ],
    ['发文机关： an organisation', '发文机关： 吉林省人民政府 成文日期： 2022年01月27日', ['吉林省人民政府']],
    [
      '记者 with two names',
      '2005年08月16日 来源：新华网 新华网黑龙江频道 记者 伊琳 李清芬 个人简介：',
      ['伊琳', '李清芬'],
    ],
    ['记者NAME/文 with no space', '顶端新闻·河南商报记者马俊峰/文受访者供图 “你是不知道', ['马俊峰']],
    ['menu words after 记者 are no names', '记者博客 联系记者 民情 记者调查 民意调查 天下 业界', []],
    [
      'role groups in one byline',
      '本报实习生 刘国栋 周炜本报记者 王燕平 方云凤 柏建斌2003-7-24 钱江晚报',
      ['刘国栋', '周炜', '王燕平', '方云凤', '柏建斌'],
    ],
    ['four-character name before 发自', '本报记者罗科苏盈发自北京 23日下午', ['罗科苏盈']],
    ['（记者 四字名）', '据新华社拉萨电（记者 格桑边觉）记者近日从西藏自治区农业农村厅了解到', ['格桑边觉']],
    ['bracketed name beside the date', 'BUSINESS.SOHU.COM 2004年7月16日08:19 [ 黄宇 ] 来源：[ 国际金融报 ]', ['黄宇']],
    ['poster: 由 X 张贴 @', '[打印] 由海姑娘张贴 @ 2005-06-14 03:25:55 (370) 共 11 篇评论', ['海姑娘']],
    ['poster: X 发表于', '[湖湘文化]陈天华《警世钟》ggjjzhzz 发表于 2005-9-15 11:46:00', ['ggjjzhzz']],
    ['"本文发表于" is no poster', '(本文发表于首页批评与建议, 已被阅读178次)', []],
    ['poster: date by X', '网易娱乐 明星话题 发布时间 2005/03/15 22:36:13 by duscha 〓← 返回', ['duscha']],
    ['blog: X [作者简介]', ') 太小心 [作者简介] (个人情况保密) [太小心]个人类别', ['太小心']],
    ['"由…基于" in prose is no poster', '由泛亚汽车技术中心基于GL8平台，在车身、底盘进行了改进', []],
    [
      'a photo credit is no byline',
      '市民在石家庄火车站公交枢纽乘车。长城网记者 孟晓 摄 新开通的线路主要覆盖正定新区',
      [],
    ],
    ['摄影报道 does sign the story', '本报记者 孟晓 摄影报道 9月10日清晨，保定市举行升旗仪式', ['孟晓']],
    ['a date after an empty 作者： is no handle', '来源：河北新闻网 作者： 3月1日，记者从省水利厅获悉', []],
  ];
  for (const [what, text, authors] of cases) it(what, () => expect(parseBylineText(text).authors).toEqual(authors));
});

describe('parseBylineText: dates near the title', () => {
  const cases: Array<[string, string, string | null]> = [
    ['labelled Chinese date with time', '发布时间：2018年1月2日 10:20 来源：河北日报', '2018-01-02T10:20:00+08:00'],
    ['发表于 label', '发表于 2004年12月27日 12:40 - (阅读:3727;评论:63)', '2004-12-27T12:40:00+08:00'],
    ['US date with PM', '发布日期： 9/17/2004 5:54:13 AM 29日下午', '2004-09-17T05:54:13+08:00'],
    [
      '"建立于" is no publication label',
      '建立于:2004年10月6日 [湖湘文化]陈天华 ggjjzhzz 发表于 2005-9-15 11:46:00',
      '2005-09-15T11:46:00+08:00',
    ],
    [
      '"于…逝世" in the story is no label',
      '2022-02-13 23:37 记者获悉，沈斌同志于2022年2月12日23时16分在上海逝世',
      '2022-02-13T23:37:00+08:00',
    ],
    ['dotted date and time', '2022.01.20 16:31 来源：河南日报客户端', '2022-01-20T16:31:00+08:00'],
    ['slashes, year first', '发布时间 2005/05/17 22:11:42 by 眉间尺', '2005-05-17T22:11:42+08:00'],
  ];
  for (const [what, text, iso] of cases) it(what, () => expect(parseBylineText(text).publishedAt).toBe(iso));
});

describe('parseBylineGlobal', () => {
  it('skips a timestamp the page repeats in a list of links', () => {
    const body =
      '投身外交(3) 罗银胜 连载 ... 少年时代 (2004/10/10 17:06) 三度开除 (2004/10/10 17:06) 水木清华 (2004/10/10 17:06)';
    expect(parseBylineGlobal(body.replace(/\//g, '-')).publishedAt).toBeNull();
  });
  it('reads a labelled author and a source', () => {
    const g = parseBylineGlobal('正文…… 执笔人：闵乐夫 赵兰波 编辑： 吕峥 来源： 千龙网 我要说说');
    expect(g.authors).toEqual(['闵乐夫', '赵兰波']);
    expect(g.source).toBe('千龙网');
  });
});

describe('closingAuthors', () => {
  const cases: Array<[string, string, string[]]> = [
    ['（NAME 地点报道）', '所有的改革难道不都是利益再分配的过程吗？”（姚峰 上海报道）', ['姚峰']],
    ['（NAME NAME ）', '过一个平安、祥和、温馨、廉洁的新春佳节。（常书香 马丹阳 ）', ['常书香', '马丹阳']],
    ['（总台记者 NAME）', '为传承、发展昆剧剧目作出突出贡献。（总台记者 张倩）', ['张倩']],
    [
      '记者 NAME then 素材来源',
      '加快打造高质量发展动力源。整合 新华日报·交汇点记者 徐睿翔素材来源 江苏13个设区市党报',
      ['徐睿翔'],
    ],
    ['a bracketed aside is no byline', '他说（据了解）这一数字还会上升。（完）', []],
    ['记者 then a verb is no byline', '记者致电上海、武汉等地商场人士，他们多表示', []],
  ];
  for (const [what, text, authors] of cases) it(what, () => expect(closingAuthors(text)).toEqual(authors));
});

describe('leadingNames / sourcePerson', () => {
  it('stops names at the first non-name', () => {
    expect(leadingNames('马俊峰/文受访者供图')).toEqual(['马俊峰']);
    expect(leadingNames('从上海昆剧团获悉')).toEqual([]);
  });
  it('takes 来源 as the writer only when it is a personal name', () => {
    expect(sourcePerson('尹娟')).toEqual(['尹娟']);
    expect(sourcePerson('新华网')).toEqual([]);
    expect(sourcePerson('理财周刊')).toEqual([]);
    expect(sourcePerson(null)).toEqual([]);
  });
});

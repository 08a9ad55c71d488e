import { describe, expect, it } from 'vitest';
import { makeArticle, makeCapture, makeFigure } from '../testing/articleFactory';
import { articleBodyMarkdown, articleToMarkdown, tableCell } from './markdown';
import { yamlString } from './yaml';

/** The front matter block (between the first two --- lines) and the rest. */
function split(markdown: string): { front: string[]; body: string } {
  const lines = markdown.split('\n');
  expect(lines[0]).toBe('---');
  const end = lines.indexOf('---', 1);
  return { front: lines.slice(1, end), body: lines.slice(end + 1).join('\n') };
}

describe('front matter', () => {
  it('has the article metadata, lists one item a line, capture fields for captures', () => {
    const { front } = split(articleToMarkdown(makeCapture({ tags: ['廊坊'] })));
    expect(front).toEqual([
      'title: "【观潮“5·18”】大厂:打造北京城市副中心后花园"',
      'url: "http://lf.hebei.com.cn/system/2019/05/24/019653371.shtml"',
      'source: "长城网"',
      'authors:',
      '  - "白万军"',
      '  - "黄蕾"',
      '  - "祝雪娟"',
      'publishedAt: "2019-05-24T11:34:00+08:00"',
      'keywords:',
      '  - "大厂"',
      '  - "副中心"',
      'channel:',
      '  - "长城网"',
      '  - "廊坊频道"',
      '  - "廊坊新闻"',
      '  - "本网原创"',
      'editor: "王璐"',
      'tags:',
      '  - "廊坊"',
      'capturedAt: "2024-03-01T08:00:00.000Z"',
    ]);
  });

  it('leaves out unknown values and capture-only fields for a plain article', () => {
    const { front } = split(
      articleToMarkdown(makeArticle({ source: null, editor: null, publishedAt: null, authors: [] })),
    );
    expect(front).toContain('authors: []');
    expect(front.join('\n')).not.toMatch(/^(source|editor|publishedAt|tags|capturedAt):/m);
  });

  it('a hostile title (quotes, newline, ---, YAML syntax) stays inside one quoted scalar', () => {
    const title = 'a "quoted" \\ title\n---\nevil: true\r\u2028# not a heading';
    const markdown = articleToMarkdown(makeArticle({ title }));
    const { front, body } = split(markdown);
    expect(front[0]).toBe(`title: ${yamlString(title)}`);
    expect(front[0]).toBe('title: "a \\"quoted\\" \\\\ title\\n---\\nevil: true\\r\\u2028# not a heading"');
    expect(front.filter((line) => line.startsWith('evil'))).toEqual([]);
    expect(JSON.parse(front[0].slice('title: '.length))).toBe(title);
    // The heading is one line too.
    expect(body).toContain('# a "quoted" \\\\ title --- evil: true \\# not a heading\n');
  });
});

describe('key figures table', () => {
  it('lists figures with value, unit and sentence', () => {
    const markdown = articleToMarkdown(makeArticle());
    expect(markdown).toContain(
      [
        '## 关键数字',
        '',
        '| 数字 | 含义 | 数值 | 单位 | 句子 |',
        '| --- | --- | --- | --- | --- |',
        '| 50亿元 | 总投资 | 5000000000 | CNY | 总投资50亿元的中国人民大学新校区大厂拓展区已正式开工建设。 |',
      ].join('\n'),
    );
  });

  it('escapes pipes and line breaks in cells', () => {
    expect(tableCell('a|b\nc\\|d')).toBe('a\\|b c\\\\\\|d');
    const figure = makeFigure({ label: '投资|额', sentence: '第一行\n第二行 | 结束' });
    const markdown = articleToMarkdown(makeArticle({ figures: [figure] }));
    expect(markdown).toContain('| 50亿元 | 投资\\|额 | 5000000000 | CNY | 第一行 第二行 \\| 结束 |');
  });

  it('honours edits: hidden out, pinned first, corrections applied', () => {
    const [money, count, people] = makeArticle().figures;
    const capture = makeCapture({
      figureEdits: [
        { key: `${money.start}:${money.end}`, hidden: true },
        {
          key: `${people.start}:${people.end}`,
          pinned: true,
          corrected: { value: 36500, label: '培训人次', qualifier: 'approx' },
        },
      ],
    });
    const rows = articleToMarkdown(capture)
      .split('\n')
      .filter((line) => /^\| (?!数字|---)/.test(line));
    expect(rows).toEqual([
      `| 3.6万人次 | 培训人次 | 约36500 | 人次 | ${people.sentence} |`,
      `| 20个 | 洽谈项目 | 20 | 个 | ${count.sentence} |`,
    ]);
  });

  it('has no table without figures, and respects maxFigures', () => {
    expect(articleToMarkdown(makeArticle({ figures: [] }))).not.toContain('关键数字');
    const rows = articleToMarkdown(makeArticle(), { maxFigures: 1 })
      .split('\n')
      .filter((line) => line.startsWith('| 5') || line.startsWith('| 2'));
    expect(rows).toHaveLength(1);
  });
});

describe('body', () => {
  it('converts the body with ATX headings, - bullets and GFM tables', () => {
    const html =
      '<h2>小标题</h2><ul><li>一</li><li>二</li></ul>' +
      '<table><thead><tr><th>项目</th></tr></thead><tbody><tr><td>20个</td></tr></tbody></table>';
    const markdown = articleToMarkdown(makeArticle({ contentHtml: html }));
    expect(markdown).toContain('## 小标题\n\n- 一\n- 二\n\n| 项目 |\n| --- |\n| 20个 |');
  });

  it('puts the caption under an image unless the body already has it', () => {
    const withParagraph = articleToMarkdown(makeArticle());
    const caption = makeArticle().images[0].caption!;
    expect(withParagraph).toContain(`![${caption}](http://lf.hebei.com.cn/img/2019/05/24/a.jpg)\n\n${caption}`);
    expect(withParagraph).not.toContain(`*${caption}*`);

    const html = '<p>正文</p><p><img src="/img/b.jpg" alt="缩略图"></p>';
    const article = makeArticle({
      contentHtml: html,
      text: '正文',
      images: [{ src: 'http://lf.hebei.com.cn/img/b.jpg', caption: '大厂影视小镇。大厂融媒体中心 供图' }],
    });
    expect(articleToMarkdown(article)).toContain(
      '![大厂影视小镇。大厂融媒体中心 供图](http://lf.hebei.com.cn/img/b.jpg)\n\n*大厂影视小镇。大厂融媒体中心 供图*',
    );
  });

  it('uses alt text for an image without caption and drops non-http images', () => {
    const html =
      '<p><img src="http://x.cn/a%20b.jpg" alt="图(一)"><img src="javascript:alert(1)">' +
      '<img src="data:image/png;base64,AAAA"></p>';
    const markdown = articleToMarkdown(makeArticle({ contentHtml: html, images: [] }));
    expect(markdown).toContain('![图(一)](http://x.cn/a%20b.jpg)');
    expect(markdown).not.toMatch(/javascript|data:image/);
  });

  it('turns javascript: links into plain text and drops script, style and iframe', () => {
    const html =
      '<p><a href="javascript:alert(1)">点我</a> <a href="JaVaScRiPt:alert(1)">再点</a> ' +
      '<a href="/news (1).html" title="t">相对</a></p>' +
      '<script>alert("x")</script><style>p{color:red}</style><iframe src="http://evil.example"></iframe><p>尾</p>';
    const markdown = articleToMarkdown(makeArticle({ contentHtml: html }));
    expect(markdown).toContain('点我 再点 [相对](http://lf.hebei.com.cn/news%20%281%29.html "t")');
    expect(markdown).not.toMatch(/javascript|alert|color:red|evil\.example/i);
  });

  it('escapes Markdown-looking page text', () => {
    const markdown = articleToMarkdown(makeArticle({ contentHtml: '<p># 不是标题 *不是强调* [不是链接]</p>' }));
    expect(markdown).toContain('\\# 不是标题 \\*不是强调\\* \\[不是链接\\]');
  });

  it('falls back to the plain text when there is no HTML', () => {
    const markdown = articleToMarkdown(makeArticle({ contentHtml: '', text: '第一段\n\n*第二段*' }));
    expect(markdown).toContain('第一段\n\n\\*第二段\\*');
  });
});

describe('source line and note', () => {
  it('ends with the source link, then the note for captures', () => {
    const markdown = articleToMarkdown(makeCapture({ title: '标题[1]', note: '记得核实 **数字**\r\n第二行' }));
    expect(
      markdown.endsWith(
        '原文：[标题\\[1\\]](http://lf.hebei.com.cn/system/2019/05/24/019653371.shtml)\n\n## 笔记\n\n记得核实 **数字**\n第二行\n',
      ),
    ).toBe(true);
  });

  it('has no note section for an empty note', () => {
    expect(articleToMarkdown(makeCapture({ note: '  ' }))).not.toContain('## 笔记');
  });
});

describe('emphasis and escaping forms', () => {
  const body = (contentHtml: string) => articleToMarkdown(makeArticle({ contentHtml, images: [], figures: [] }));

  it('keeps markers around punctuation when they flank there, moves them inside when not', () => {
    expect(body('<p><strong>【记者手记】</strong>走进车间</p>')).toContain('【**记者手记**】走进车间');
    expect(body('<p>是<strong>【记者手记】</strong>。</p>')).toContain('是【**记者手记**】。');
    expect(body('<p>（<b>一</b>）产量</p>')).toContain('（**一**）产量');
    expect(body('<p><b>【一】</b></p>')).toContain('\n**【一】**\n');
    expect(body('<p>走进<em>“车间”</em>了</p>')).toContain('走进“*车间*”了');
  });

  it('falls back to the element when no marker placement can flank (a link before a letter)', () => {
    const markdown = body('<p>请<strong><a href="http://x.cn/">相关链接</a></strong>查看</p>');
    expect(markdown).toContain('请<strong>[相关链接](http://x.cn/)</strong>查看');
  });

  it('escapes text that would read as HTML, entities, tables, math or lists', () => {
    const markdown = body('<p>&lt;b&gt; &amp;lt; a|b `c` [[d]] $e$ ~~f~~</p><p>1) 项</p>');
    expect(markdown).toContain('\\<b> \\&lt; a\\|b \\`c\\` \\[\\[d\\]\\] \\$e\\$ \\~\\~f\\~\\~\n\n1\\) 项');
  });
});

describe('body conversion cache', () => {
  it('gives the same body again, and a new one when the HTML changes at the same length', () => {
    const capture = makeCapture({ contentHtml: '<p>甲乙丙</p>' });
    expect(articleBodyMarkdown(capture)).toBe('甲乙丙');
    expect(articleBodyMarkdown({ ...capture })).toBe('甲乙丙');
    expect(articleBodyMarkdown({ ...capture, contentHtml: '<p>丁戊己</p>' })).toBe('丁戊己');
    expect(articleBodyMarkdown({ ...capture, contentHtml: '<p>甲乙丙</p>', url: 'http://x.cn/a' })).toBe('甲乙丙');
  });
});

/**
 * End-to-end checks of the command line as outside checks run it: `node bin/changcheng-reader.mjs`
 * in a child process, on temporary files and on the article fixtures.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeGb18030, expectOneLineError, PARAGRAPHS, tempFiles } from './cliTestKit';
import { ROOT, runBin as cli } from './runBin';

const { dir, file } = tempFiles('changcheng-cli-');

const ARTICLE_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>大厂举办京津冀协同发展招商推介会_长城网</title>
<style>@@@ not css {{{</style><script>document.title = 'SCRIPT RAN'</script></head>
<body><div class="nav"><a href="/">首页</a> <a href="/lf/">廊坊</a></div>
<article><h1>大厂举办京津冀协同发展招商推介会 签约项目32个</h1>
<div class="info">2019-05-24 11:34:00　来源：长城网</div>
${PARAGRAPHS.map((p) => `<p>${p}</p>`).join('\n')}
<p><img src="/images/meeting.jpg" alt="推介会现场"></p></article></body></html>`;

const listItem = (i: number) =>
  `<li><a href="/system/2019/05/${String((i % 28) + 1).padStart(2, '0')}/10000${i}.shtml">` +
  `廊坊市第${i + 1}条新闻标题在这里</a><span>2019-05-24</span></li>`;
const LIST_HTML = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>廊坊新闻_长城网</title></head><body>
<h2>廊坊新闻</h2><ul>${Array.from({ length: 40 }, (_, i) => listItem(i)).join('\n')}
</ul><div class="page"><a href="index_2.shtml">下一页</a></div></body></html>`;

describe('changcheng-reader: command line', { timeout: 60_000 }, () => {
  it('prints help on stdout with exit 0', async () => {
    const r = await cli(['--help']);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/Usage:[\s\S]*capture FILE\.\.\./);
    expect((await cli(['capture', '--help'])).stdout).toMatch(/--format md/);
  });

  it('prints the version', async () => {
    expect((await cli(['--version'])).stdout).toMatch(/^changcheng-reader \d+\.\d+\.\d+/);
  });

  it('refuses a bad command line with exit 2 and one line', async () => {
    for (const args of [
      ['capture'],
      ['capture', 'a.html', '--format', 'xml'],
      ['frobnicate'],
      ['figures', '--date', 'tomorrow'],
    ]) {
      const r = await cli(args);
      expect(r.status, args.join(' ')).toBe(2);
      expect(r.stdout).toBe('');
      expectOneLineError(r.stderr, /./);
    }
  });
});

describe('changcheng-reader capture: unreadable input', { timeout: 60_000 }, () => {
  it('a missing file: exit 1, one line, no stack', async () => {
    const r = await cli(['capture', join(dir, 'nope.html')]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expectOneLineError(r.stderr, /nope\.html: cannot read: no such file/);
  });

  it('a directory: exit 1', async () => {
    const r = await cli(['capture', dir]);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr, /is a directory/);
  });

  it('a binary file: exit 1', async () => {
    const png = file(
      'image.html',
      new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]),
    );
    const r = await cli(['capture', png]);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expectOneLineError(r.stderr, /image\.html: not a text or HTML file \(a PNG image\)/);
  });

  it('an empty file: exit 1', async () => {
    const r = await cli(['capture', file('empty.html', '  \n')]);
    expect(r.status).toBe(1);
    expectOneLineError(r.stderr, /empty/);
  });
});

describe('changcheng-reader capture: articles', { timeout: 60_000 }, () => {
  const articlePath = file('article.html', ARTICLE_HTML);
  const listPath = file('list.html', LIST_HTML);

  it('prints the Article as JSON, without running page scripts', async () => {
    const url = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';
    const r = await cli(['capture', articlePath, '--url', url]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const article = JSON.parse(r.stdout);
    expect(article.url).toBe(url);
    expect(article.title).toContain('大厂举办京津冀协同发展招商推介会');
    expect(article.title).not.toContain('SCRIPT RAN');
    expect(article.text).toContain('88.85亿元');
    expect(Array.isArray(article.figures)).toBe(true);
  });

  it('defaults the url to file:// + the absolute path', async () => {
    const r = await cli(['capture', articlePath]);
    expect(JSON.parse(r.stdout).url).toMatch(/^file:\/\/.*article\.html$/);
  });

  it('decodes GB2312 pages', async () => {
    const gbk = new TextEncoder().encode(ARTICLE_HTML.replace('charset="utf-8"', 'charset="gb2312"'));
    // Re-encode the Chinese characters: the test only relies on TextDecoder knowing gb18030 in reverse.
    const bytes = encodeGb18030(new TextDecoder().decode(gbk));
    expect(bytes).not.toBeNull();
    const r = await cli(['capture', file('gb.html', bytes!)]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).title).toContain('招商推介会');
  });

  it('a list page: exit 3, one line on stderr, nothing on stdout', async () => {
    const r = await cli(['capture', listPath, '--url', 'http://lf.hebei.com.cn/lfxw/']);
    expect(r.status).toBe(3);
    expect(r.stdout).toBe('');
    expectOneLineError(r.stderr, /list\.html: not an article/);
  });

  it('jsonl: one line per file in order, error lines for the bad ones, worst exit status', async () => {
    const missing = join(dir, 'missing.html');
    const r = await cli(['capture', articlePath, listPath, missing, articlePath]);
    expect(r.status).toBe(1);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(4);
    expect(lines[0].title).toContain('招商推介会');
    expect(lines[1]).toMatchObject({ file: listPath, error: 'not-an-article' });
    expect(typeof lines[1].message).toBe('string');
    expect(lines[2]).toMatchObject({ file: missing, error: 'unreadable' });
    expect(lines[3].title).toContain('招商推介会');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(2);

    const onlyNotArticle = await cli(['capture', articlePath, listPath]);
    expect(onlyNotArticle.status).toBe(3);
  });

  it('md: the exported Markdown, starting with front matter', async () => {
    const r = await cli(['capture', articlePath, '--format', 'md']);
    expect(r.status).toBe(0);
    expect(r.stdout.startsWith('---')).toBe(true);
    expect(r.stdout).toContain('88.85亿元');
    const two = await cli(['capture', articlePath, articlePath, '--format', 'md']);
    expect(two.stdout.startsWith('---')).toBe(true);
    expect(two.stdout).toMatch(/\n<!-- changcheng-reader: .*article\.html -->\n\n---/);
  });
});

describe('changcheng-reader capture: the article fixtures', { timeout: 60_000 }, () => {
  const fixture = (name: string, f: string) => join(ROOT, 'tests', 'fixtures', name, f);
  const FIELDS = [
    'canonicalUrl',
    'site',
    'siteName',
    'title',
    'authors',
    'source',
    'publishedAt',
    'editor',
    'keywords',
    'channel',
    'images',
  ];

  it('gives what the extension pipeline gives, for the GB2312 and UTF-8 copies of the seed page', async () => {
    const names = ['changcheng-dachang-2019-gb2312', 'changcheng-dachang-2019-utf8'];
    const { url } = JSON.parse(readFileSync(fixture(names[0], 'meta.json'), 'utf8'));
    const r = await cli(['capture', ...names.map((n) => fixture(n, 'source.html')), '--url', url]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    const articles = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(articles).toHaveLength(2);
    names.forEach((name, i) => {
      const want = JSON.parse(readFileSync(fixture(name, 'expected.json'), 'utf8'));
      for (const field of FIELDS)
        if (field in want) expect(articles[i][field], `${name} ${field}`).toEqual(want[field]);
      expect(articles[i].text).toBe(readFileSync(fixture(name, 'expected-text.txt'), 'utf8').replace(/\n$/, ''));
      expect(articles[i].url).toBe(url);
    });
  });

  it('reports the list page and the script-only page as not articles, with their reasons', async () => {
    const names = ['changcheng-list-page', 'empty-script-only'];
    const r = await cli(['capture', ...names.map((n) => fixture(n, 'source.html')), '--format', 'jsonl']);
    expect(r.status).toBe(3);
    const lines = r.stdout
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l));
    names.forEach((name, i) => {
      const want = JSON.parse(readFileSync(fixture(name, 'expected.json'), 'utf8'));
      expect(lines[i]).toMatchObject({
        file: fixture(name, 'source.html'),
        error: 'not-an-article',
        reason: want.reason,
      });
    });
  });
});

describe('changcheng-reader demo', { timeout: 60_000 }, () => {
  it('summarises the bundled sample in Chinese, without colour when not on a terminal', async () => {
    const r = await cli(['demo']);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/正文（共 \d+ 字，节选）/);
    expect(r.stdout).toMatch(/关键数字/);
    expect(r.stdout).toMatch(/chrome:\/\/extensions/);
    expect(r.stdout).not.toContain('\x1b[');
  });
});

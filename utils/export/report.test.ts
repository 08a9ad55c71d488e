/**
 * The combined report rendered the way a note app or a site would (markdown-it, raw HTML allowed): page text in
 * the 参考文献 list stays text — no HTML element, emphasis, code or link made from a title, author or site name.
 */
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { render, unsafeParts } from '../../tests/unit/markdownRender';
import { makeCapture } from '../testing/articleFactory';
import { gbt7714Citation } from './citation';
import { combinedReport } from './report';

const CITED = new Date(2024, 5, 1, 12, 0);
const noPause = () => Promise.resolve();

const HOSTILE_TITLES = [
  '<h>',
  '*星*',
  '[x](javascript:alert(1))',
  '<img src=x onerror=alert(1)>标题',
  '__粗__ `代码` ~~删~~ $x$ &lt; &#60;',
  '<https://evil.example/>',
  '1. 列表',
];

function hostileLibrary() {
  return HOSTILE_TITLES.map((title, index) =>
    makeCapture({
      id: `r${String(index).padStart(15, '0')}`,
      title,
      authors: index === 0 ? ['<b>记者</b>', '*甲*'] : ['乙'],
      // Not a 长城网 page: the outlet is the page's own site name.
      ...(index === 1 ? { site: 'generic', siteName: '[站](http://evil.example) <i>名</i>' } : {}),
      url: `http://lf.hebei.com.cn/system/2024/01/0${index}/a_b_${index}.shtml`,
      canonicalUrl: `http://lf.hebei.com.cn/system/2024/01/0${index}/a_b_${index}.shtml`,
    }),
  );
}

/** The paragraphs after the 参考文献 heading. */
function referenceParagraphs(root: HTMLElement): Element[] {
  const heading = Array.from(root.querySelectorAll('h2')).find((h) => h.textContent === '参考文献');
  expect(heading).toBeDefined();
  const found: Element[] = [];
  for (let el = heading!.nextElementSibling; el; el = el.nextElementSibling) found.push(el);
  return found;
}

describe('combinedReport 参考文献 rendered as CommonMark', () => {
  it('shows each entry as the plain citation, with no element made from page text', async () => {
    const captures = hostileLibrary();
    const report = await combinedReport(captures, { citedOn: CITED, pause: noPause });
    const root = render(report);
    // The report's own anchors (<a id="article-n"> and links to them) are the only markup not from Markdown.
    const ownAnchors = /^(?:href #article-\d+|attribute id on <a>)$/;
    expect(unsafeParts(root).filter((problem) => !ownAnchors.test(problem))).toEqual([]);
    const entries = referenceParagraphs(root);
    expect(entries.map((el) => el.tagName)).toEqual(captures.map(() => 'P'));
    entries.forEach((entry, index) => {
      expect(entry.children, entry.innerHTML).toHaveLength(0);
      expect(entry.textContent).toBe(`[${index + 1}] ${gbt7714Citation(captures[index], CITED)}`);
    });
  });

  it('leaves plain entries as they were: the [N/OL] and date marks are not escaped', async () => {
    const report = await combinedReport([makeCapture({ authors: ['白万军'] })], { citedOn: CITED, pause: noPause });
    expect(report).toContain(`[1] ${gbt7714Citation(makeCapture({ authors: ['白万军'] }), CITED)}`);
    expect(report).toMatch(/\[N\/OL\]\. 长城网, 2019-05-24\[2024-06-01\]\. http:/);
  });
});

describe('combinedReport front matter', () => {
  const frontOf = (markdown: string) => parse(/^---\n([\s\S]*?)\n---\n/.exec(markdown)![1]);

  it('is the default fields unless the export settings ask for Obsidian properties', async () => {
    const captures = [makeCapture()];
    const plain = await combinedReport(captures, { citedOn: CITED, pause: noPause, title: '报告: "a"' });
    expect(frontOf(plain)).toEqual({ title: '报告: "a"', created: CITED.toISOString(), articles: '1' });
    const obsidian = await combinedReport(captures, {
      citedOn: CITED,
      pause: noPause,
      title: '报告: "a"',
      frontMatterStyle: 'obsidian',
    });
    expect(frontOf(obsidian)).toEqual({ title: '报告: "a"', created: '2024-06-01', articles: 1 });
    expect(obsidian).toMatch(/^created: 2024-06-01$/m);
    // Only the front matter differs.
    const body = (md: string) => md.slice(md.indexOf('\n---\n', 4));
    expect(body(obsidian)).toBe(body(plain));
  });
});

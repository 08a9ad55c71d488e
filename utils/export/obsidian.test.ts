import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { makeArticle, makeCapture } from '../testing/articleFactory';
import { articleToMarkdown } from './markdown';
import { obsidianFrontMatter, obsidianTag } from './obsidian';

/** The YAML between the first two --- lines, read by a real YAML parser. */
function properties(markdown: string): Record<string, unknown> {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(markdown);
  expect(match).not.toBeNull();
  return parse(match![1]) as Record<string, unknown>;
}

describe('Obsidian front matter', () => {
  it('has title, source, author, published, created, tags, url', () => {
    const capture = makeCapture({ tags: ['廊坊', '副中心 建设'], capturedAt: '2024-03-01T12:00:00.000Z' });
    const markdown = articleToMarkdown(capture, { frontMatterStyle: 'obsidian' });
    expect(properties(markdown)).toEqual({
      title: capture.title,
      source: '长城网',
      author: ['白万军', '黄蕾', '祝雪娟'],
      published: '2019-05-24',
      created: '2024-03-01',
      tags: ['廊坊', '副中心-建设'],
      url: capture.canonicalUrl,
    });
    // Dates bare, so Obsidian types them as dates; the body is the same as with today's front matter.
    expect(markdown).toMatch(/^published: 2019-05-24$/m);
    const body = (md: string) => md.slice(md.indexOf('\n---\n', 4));
    expect(body(markdown)).toBe(body(articleToMarkdown(capture)));
  });

  it('keeps any title intact: quotes, colons, ---, newlines, YAML syntax, emoji', () => {
    const title = 'a: "b" \\ c\n---\ntags: [x]\r\u2028# {y} & *z 😀 | > -';
    const props = properties(`${obsidianFrontMatter(makeArticle({ title, authors: ['- x: y'] }))}\n`);
    expect(props.title).toBe(title);
    expect(props.author).toEqual(['- x: y']);
    expect(props.tags).toEqual([]);
  });

  it('leaves out dates it does not have and writes empty lists', () => {
    const props = properties(
      `${obsidianFrontMatter(makeArticle({ publishedAt: null, authors: [], source: null, siteName: null }))}\n`,
    );
    expect(props).toEqual({
      title: makeArticle().title,
      source: '',
      author: [],
      tags: [],
      url: makeArticle().canonicalUrl,
    });
  });

  it('is the default style only when asked', () => {
    expect(articleToMarkdown(makeCapture())).toMatch(/^publishedAt: /m);
    expect(articleToMarkdown(makeCapture(), { frontMatterStyle: 'obsidian' })).not.toMatch(/^publishedAt: /m);
  });
});

describe('obsidianTag', () => {
  it('makes tags Obsidian accepts', () => {
    expect(obsidianTag('廊坊 新闻')).toBe('廊坊-新闻');
    expect(obsidianTag('#重点/项目')).toBe('重点/项目');
    expect(obsidianTag('2019')).toBe('_2019');
    expect(obsidianTag('a,b;c"d')).toBe('a-b-c-d');
    expect(obsidianTag('  ')).toBe('');
  });
});

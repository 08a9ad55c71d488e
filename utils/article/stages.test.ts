import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { decodeHtml } from './decodeHtml';
import { densestProse, listVerdict, preparedAgain, preparePage, readAroundTitle } from './stages';

const FIXTURES = path.resolve(__dirname, '../../tests/fixtures');

/**
 * The densest-prose fallback is read lazily (only when Readability finds nothing) from a page prepared again: it
 * must be the block the eager read took from the working copy just before Readability, on every fixture page.
 */
describe('the densest-prose fallback read again equals the one read before Readability', () => {
  const pages = readdirSync(FIXTURES).filter((n) => !n.startsWith('_') && !n.endsWith('.ts'));
  it.each(pages)('%s', (name) => {
    const dir = path.join(FIXTURES, name);
    const { url } = JSON.parse(readFileSync(path.join(dir, 'meta.json'), 'utf8')) as { url: string };
    const { html } = decodeHtml(new Uint8Array(readFileSync(path.join(dir, 'source.html'))));
    const parse = () => new JSDOM(html, { url, virtualConsole: new VirtualConsole() }).window.document;
    // Handed over with a reread (the CLI) and kept by the caller (a content script): both read it again.
    for (const page of [preparePage(parse(), url, true, parse), preparePage(parse(), url)]) {
      listVerdict(page, true);
      readAroundTitle(page);
      const eager = densestProse(page.clone)?.outerHTML;
      expect(page.again).not.toBeNull();
      expect(densestProse(preparedAgain(page.again!()))?.outerHTML).toBe(eager);
    }
  });
});

/**
 * What tests/e2e/library-hostile.test.ts looks for on the library page after each step: a sprung trap, a CSP
 * report, live markup, a hidden or covered page, sideways scrolling, a right-to-left override out of its field,
 * and in exported Markdown any element, attribute or link the body did not have.
 */
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { EVIL } from '../../utils/testing/hostileLibrary';
import { render, unsafeParts } from '../unit/markdownRender';

declare global {
  interface Window {
    __pwned?: unknown;
    __violations?: string[];
  }
}

/** What the page shows of an attack: a set trap, CSP violations, and live markup anywhere in the document. */
async function traces(page: Page) {
  return page.evaluate((evil) => {
    const live: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name)) live.push(`${el.localName}[${attr.name}]`);
        if (/^\s*(javascript|data|vbscript|file):/i.test(attr.value) && /href|src|action|data|poster/.test(attr.name))
          live.push(`${el.localName}[${attr.name}=${attr.value.slice(0, 40)}]`);
        if (attr.value.includes(evil) && /src|poster|background|data|ping|action|style/.test(attr.name))
          live.push(`${el.localName}[${attr.name}=${attr.value.slice(0, 40)}]`);
      }
    }
    const body = document.querySelector('[data-testid="article-body"]');
    const forbidden =
      'script, style, iframe, frame, object, embed, form, input, button, textarea, select, link, meta, base, ' +
      'svg, math, video, audio, source, picture source, template, noscript, portal, [style], [id], [srcset]';
    for (const el of body?.querySelectorAll(forbidden) ?? []) live.push(`body ${el.localName}`);
    return {
      pwned: window.__pwned ?? null,
      violations: window.__violations ?? ['no listener'],
      live,
      // Injected <style> or a fixed overlay would hide or cover the page: the app root is there and visible.
      hidden: getComputedStyle(document.body).display === 'none' || getComputedStyle(document.body).visibility,
      url: location.href,
    };
  }, EVIL);
}

/** Nothing of an attack shows on `page` (`remote`: the requests to other hosts seen so far). */
export async function expectClean(page: Page, where: string, remote: readonly string[]) {
  const found = await traces(page);
  expect(found.pwned, `${where}: __pwned`).toBeNull();
  expect(found.violations, `${where}: CSP violations`).toEqual([]);
  expect(found.live, `${where}: live markup`).toEqual([]);
  expect(found.hidden, `${where}: page hidden`).toBe('visible');
  expect(found.url, `${where}: navigated`).toMatch(/^chrome-extension:\/\/[a-z]+\/library\.html/);
  expect(remote, `${where}: remote requests`).toEqual([]);
  // Long unbroken strings wrap: neither the page nor a pane of it scrolls sideways at 800 px (the figures table
  // alone scrolls sideways, on purpose).
  const sideways = await page.evaluate(() => {
    const out: string[] = [];
    const root = document.documentElement;
    if (root.scrollWidth > root.clientWidth) out.push(`page ${root.scrollWidth} > ${root.clientWidth}`);
    for (const el of document.querySelectorAll<HTMLElement>('body *')) {
      if (el.matches('.cc-fig-scroll') || !/auto|scroll/.test(getComputedStyle(el).overflowX)) continue;
      if (el.scrollWidth > el.clientWidth + 1) out.push(`${el.className} ${el.scrollWidth} > ${el.clientWidth}`);
    }
    return out;
  });
  expect(sideways, `${where}: sideways scroll`).toEqual([]);
  // Every control of the page's own header (or of its open dialog) is on top at its centre: no overlay.
  const covered = await page.evaluate(() => {
    const out: string[] = [];
    const dialog = document.querySelector('[role=dialog]');
    const controls = dialog
      ? dialog.querySelectorAll<HTMLElement>('button, input, select')
      : document.querySelectorAll<HTMLElement>('header button, header label, header input[type=search]');
    for (const el of controls) {
      const box = el.getBoundingClientRect();
      if (!box.width || !box.height || box.bottom < 0 || box.top > innerHeight) continue;
      const top = document.elementFromPoint(box.left + box.width / 2, box.top + box.height / 2);
      if (!top || !(el === top || el.contains(top) || top.contains(el)))
        out.push(`${el.textContent?.trim() || el.localName} under ${top?.localName}.${top?.className}`);
    }
    return out;
  });
  expect(covered, `${where}: controls covered`).toEqual([]);
}

/**
 * Whether the first two characters of `word` (the app's own words, or a field after the one holding a right-to-left
 * override) are drawn left to right: an override that leaked out of its field would draw them the other way.
 */
export function readsLeftToRight(scope: Locator, word: string): Promise<boolean | null> {
  return scope.first().evaluate((root, target) => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
      const at = node.data.indexOf(target);
      if (at < 0) continue;
      const box = (i: number) => {
        const range = document.createRange();
        range.setStart(node, at + i);
        range.setEnd(node, at + i + 1);
        return range.getBoundingClientRect();
      };
      const [first, second] = [box(0), box(1)];
      return Math.abs(first.top - second.top) < 2 ? first.left < second.left : first.top < second.top;
    }
    return null;
  }, word);
}

/** A Markdown file rendered by markdown-it (raw HTML on): no element, attribute or link the body did not have. */
export function expectSafeMarkdown(markdown: string, where: string) {
  const root = render(markdown);
  expect(unsafeParts(root), where).toEqual([]);
  for (const link of root.querySelectorAll('a, img')) {
    const href = link.getAttribute('href') ?? link.getAttribute('src') ?? '';
    expect(href, where).toMatch(/^https?:\/\//);
  }
  // A link or image of another scheme is live in some renderer (markdown-it refuses javascript:, others do not).
  const unsafeLinks = [...markdown.matchAll(/\]\(\s*<?\s*(?:javascript|data|file|vbscript):[^)\n]{0,40}/gi)];
  expect(
    unsafeLinks.map((match) => match[0]),
    where,
  ).toEqual([]);
}

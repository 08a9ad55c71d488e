/**
 * The Firefox build in a real Firefox: Debian's firefox-esr driven by puppeteer-core over WebDriver BiDi,
 * the extension (.output/firefox-mv2) installed as a temporary add-on, the 长城网 host names sent to the
 * fixture server through an HTTP proxy preference. Main path: article -> popup (clean view, figures) ->
 * 保存 -> the library lists it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import type { Server } from 'node:http';
import path from 'node:path';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { ROOT, startFixtureServer } from './harness';

const FIREFOX = [process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'].find(
  (p): p is string => !!p && existsSync(p),
);
const EXTENSION = path.join(ROOT, '.output/firefox-mv2');
const ADDON_ID = 'changcheng-reader@example.org';
/** Fixed moz-extension:// host for the add-on (Firefox makes a random one otherwise). */
const UUID = '6f1c0f3e-0b7a-4c55-9a55-1c2f2f0c0a11';
const SAMPLE_URL = 'http://lf.hebei.com.cn/system/2019/05/24/100000000.shtml';

let server: Server;
let browser: Browser;

beforeAll(async () => {
  if (!FIREFOX) throw new Error('Firefox not found: apt-get install -y firefox-esr (or set FIREFOX_PATH).');
  if (!existsSync(path.join(EXTENSION, 'manifest.json'))) {
    throw new Error(`No Firefox build at ${EXTENSION}: run \`npm run build:firefox\` first.`);
  }
  const started = await startFixtureServer();
  server = started.server;
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets WebDriver BiDi open moz-extension:// pages (the popup as a tab, the library).
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: UUID }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': started.port,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': true,
    },
  });
  expect(await browser.installExtension(EXTENSION)).toBe(ADDON_ID);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/**
 * Opens an extension page. Puppeteer does not see moz-extension:// loads finish over BiDi, so the
 * navigation is started and the page is then asked where it is.
 */
async function openExtensionPage(page: Page, url: string): Promise<void> {
  await page.goto(url, { timeout: 3000 }).catch(() => undefined);
  await expect
    .poll(() => page.evaluate(() => `${location.href}|${document.readyState}`).catch(() => ''), { timeout: 20_000 })
    .toBe(`${url}|complete`);
}

const text = (page: Page, selector: string) =>
  page.evaluate((s) => document.querySelector(s)?.textContent ?? '', selector).catch(() => '');

/** Clicks the button whose visible text matches, in the page itself. */
function clickButton(page: Page, pattern: RegExp): Promise<boolean> {
  return page.evaluate((source) => {
    const re = new RegExp(source);
    const button = Array.from(document.querySelectorAll('button')).find((b) => re.test(b.textContent ?? ''));
    button?.click();
    return !!button;
  }, pattern.source);
}

describe('Firefox (firefox-esr, WebDriver BiDi)', () => {
  it('reads an article in the popup, saves it, and the library lists it', { timeout: 180_000 }, async () => {
    const article = await browser.newPage();
    await article.goto(SAMPLE_URL);
    expect(await article.title()).toContain('大厂');

    const popup = await browser.newPage();
    const errors: string[] = [];
    popup.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
    await openExtensionPage(popup, `moz-extension://${UUID}/popup.html?tabId=none`);
    const tabId = await popup.evaluate(async (url) => {
      const api = (globalThis as unknown as { browser: typeof chrome }).browser;
      return (await api.tabs.query({})).find((tab) => tab.url === url)?.id ?? null;
    }, SAMPLE_URL);
    expect(tabId).not.toBeNull();
    await openExtensionPage(popup, `moz-extension://${UUID}/popup.html?tabId=${tabId}`);

    // The clean view: title, meta line, body without the site's chrome.
    await expect.poll(() => text(popup, 'h1'), { timeout: 20_000 }).toContain('大厂');
    expect(await text(popup, '[data-testid="article-meta"]')).toContain('白万军');
    const body = await text(popup, '[data-testid="article-body"]');
    expect(body).toContain('176平方公里');
    for (const chrome of ['长城网廊坊频道欢迎您', '冀ICP备']) expect(body).not.toContain(chrome);
    // Key figures, as written.
    await expect.poll(() => text(popup, '.cc-figures')).toContain('超过300亿元');

    // 保存 (Save in an English Firefox): the button says it is done.
    expect(await clickButton(popup, /^(保存|Save)$/)).toBe(true);
    await expect.poll(() => text(popup, '.cc-btn-primary'), { timeout: 15_000 }).toMatch(/已保存|Saved/);

    const library = await browser.newPage();
    await openExtensionPage(library, `moz-extension://${UUID}/library.html`);
    await expect.poll(() => text(library, '.cc-lib-list'), { timeout: 20_000 }).toContain('大厂');
    expect(errors).toEqual([]);
  });
});

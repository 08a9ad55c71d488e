/// <reference types="chrome" />
/**
 * Chromium with the built extension, for the end-to-end tests, the popup bench and the screenshots: the built
 * extension (.output/chrome-mv3) in Debian's Chromium, with the real 长城网 host names resolved to a local server
 * that serves the fixture pages (as data: no test code is imported from here).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const EXTENSION_DIR = path.join(ROOT, '.output/chrome-mv3');
const FIXTURES_DIR = path.join(ROOT, 'tests/fixtures');

const CHROMIUM_CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/lib/chromium/chromium', '/usr/bin/chromium'].filter(
  Boolean,
) as string[];

/** Debian's Chromium (or CHROMIUM_PATH); throws a clear error when there is none. */
export function chromiumPath(): string {
  const executablePath = CHROMIUM_CANDIDATES.find((p) => existsSync(p));
  if (!executablePath) throw new Error('Chromium not found: apt-get install -y chromium (or set CHROMIUM_PATH).');
  return executablePath;
}

export interface FixturePage {
  name: string;
  url: string;
  file: string;
}

/** Every fixture folder with a meta.json {url}: served at that URL's host and path. */
export function fixturePages(): FixturePage[] {
  return readdirSync(FIXTURES_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(path.join(FIXTURES_DIR, d.name, 'meta.json')))
    .map((d) => {
      const meta = JSON.parse(readFileSync(path.join(FIXTURES_DIR, d.name, 'meta.json'), 'utf8')) as { url: string };
      return { name: d.name, url: meta.url, file: path.join(FIXTURES_DIR, d.name, 'source.html') };
    });
}

// A neutral placeholder picture so fixture images load instead of logging errors.
const PLACEHOLDER_IMAGE = `<svg xmlns="http://www.w3.org/2000/svg" width="640" height="360" viewBox="0 0 640 360">
<defs><linearGradient id="g" x1="0" y1="0" x2="1" y2="1">
<stop offset="0" stop-color="#cfd8dc"/><stop offset="1" stop-color="#90a4ae"/></linearGradient></defs>
<rect width="640" height="360" fill="url(#g)"/>
<path d="M0 300 L160 180 L280 260 L420 140 L640 300 L640 360 L0 360Z" fill="#78909c"/></svg>`;

export async function startFixtureServer(extraPages: FixturePage[] = []): Promise<{ server: Server; port: number }> {
  // Extra pages first: a test may serve a fixture at a second address (the GB2312 twin of the sample).
  const pages = [...extraPages, ...fixturePages()];
  const server = createServer((req, res) => {
    const host = (req.headers.host ?? '').replace(/:\d+$/, '');
    // Through a proxy (the Firefox tests) the request line holds the whole URL: keep only its path.
    const pathname = new URL(req.url ?? '/', `http://${host || 'localhost'}`).pathname;
    const page = pages.find((p) => {
      const u = new URL(p.url);
      return u.hostname === host && u.pathname === pathname;
    });
    if (page) {
      // Bytes as stored: GB2312 fixtures declare their charset in a meta tag, as the real site does.
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(readFileSync(page.file));
      return;
    }
    if (/\.(png|jpe?g|gif|webp)$/i.test(pathname)) {
      res.writeHead(200, { 'content-type': 'image/svg+xml' });
      res.end(PLACEHOLDER_IMAGE);
      return;
    }
    res.writeHead(404, { 'content-type': 'text/plain' });
    res.end('not found');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('server has no port');
  return { server, port: address.port };
}

export interface ExtensionBrowser {
  context: BrowserContext;
  extensionId: string;
  close: () => Promise<void>;
}

/** The hosts Chromium resolves to the local fixture server: the 长城网 family and a generic news site. */
const LOCAL_HOSTS = ['*.hebei.com.cn', '*.hebccw.cn', 'news.example.com'];

/**
 * `extensionDir`: another built extension (the popup bench compares two builds side by side). `keepProfile`: a
 * profile folder used and kept (the library bench imports its 10,000 captures once and reuses them).
 */
export async function launchWithExtension(
  port: number,
  extensionDir = EXTENSION_DIR,
  keepProfile?: string,
): Promise<ExtensionBrowser> {
  if (!existsSync(path.join(extensionDir, 'manifest.json'))) {
    throw new Error(`No built extension at ${extensionDir}: run \`npm run build\` first.`);
  }
  const executablePath = chromiumPath();
  const profile = keepProfile ?? mkdtempSync(path.join(tmpdir(), 'cc-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: false,
    locale: 'zh-CN',
    // Chromium on Linux takes its UI language (and so the extension's) from LANGUAGE, and needs a UTF-8
    // locale (C.UTF-8 always exists) to keep Chinese download file names instead of falling back to 'download'.
    env: { ...process.env, LANG: 'C.UTF-8', LANGUAGE: process.env.CC_UI_LANGUAGE ?? 'zh_CN' },
    viewport: { width: 1280, height: 900 },
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--lang=${(process.env.CC_UI_LANGUAGE ?? 'zh_CN').replace('_', '-')}`,
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      `--host-resolver-rules=${LOCAL_HOSTS.map((h) => `MAP ${h} 127.0.0.1:${port}`).join(', ')}`,
    ],
  });
  context.setDefaultTimeout(10_000);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 20_000 }));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    close: async () => {
      await context.close();
      if (!keepProfile) rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The id of the tab showing `url`, asked from an extension page (host permissions let it see the URL). */
export async function tabIdFor(extensionPage: Page, url: string): Promise<number> {
  const id = await extensionPage.evaluate(async (target) => {
    const tabs = await chrome.tabs.query({});
    return tabs.find((tab) => tab.url === target)?.id ?? null;
  }, url);
  if (id == null) throw new Error(`no tab shows ${url}`);
  return id;
}

/** Opens the article in a tab, then the popup for that tab in another tab, as a person would click. */
export async function openPopupFor(
  browser: ExtensionBrowser,
  url: string,
): Promise<{ article: Page; popup: Page; tabId: number; errors: string[] }> {
  const article = await browser.context.newPage();
  await article.goto(url);
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=none`);
  const tabId = await tabIdFor(popup, url);
  const errors = collectErrors(popup);
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  return { article, popup, tabId, errors };
}

/** Console errors and uncaught exceptions on a page: an extension page should have none. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(err.message));
  return errors;
}

/**
 * Waits for what a popup or library page does after its article is on screen: the figures panel done
 * (no longer aria-busy), fonts loaded, every picture loaded or failed. Events, not a fixed delay (a screenshot
 * waits for the next frame by itself).
 */
export async function settled(page: Page): Promise<void> {
  const panel = page.locator('#cc-figures-panel[aria-busy="false"], .cc-expand-btn, .cc-status');
  await panel.first().waitFor({ timeout: 15_000 });
  await page.evaluate(async () => {
    await document.fonts.ready;
    const loading = Array.from(document.images).filter((img) => !img.complete);
    await Promise.all(
      loading.map(
        (img) =>
          new Promise<void>((done) => {
            img.addEventListener('load', () => done(), { once: true });
            img.addEventListener('error', () => done(), { once: true });
          }),
      ),
    );
  });
}

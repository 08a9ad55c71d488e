// Renders the toolbar icon (a red seal with 长) to PNG at every size the manifests need.
// Run once after changing the design: node scripts/make-icons.mjs (needs Debian's chromium).
import { chromium } from 'playwright-core';
import { writeFileSync } from 'node:fs';

const sizes = [16, 32, 48, 96, 128];
const browser = await chromium.launch({
  executablePath: '/usr/lib/chromium/chromium',
  args: ['--no-sandbox', '--disable-gpu'],
});
const page = await browser.newPage({ deviceScaleFactor: 1 });
for (const size of sizes) {
  await page.setViewportSize({ width: size, height: size });
  await page.setContent(`<html><body style="margin:0;background:transparent">
    <div style="width:${size}px;height:${size}px;border-radius:${Math.round(size * 0.22)}px;background:#b3261e;
      display:flex;align-items:center;justify-content:center;color:#fff;
      font:700 ${Math.round(size * 0.7)}px/1 'Noto Sans CJK SC','Noto Serif CJK SC',sans-serif">长</div>
  </body></html>`);
  writeFileSync(`public/icon/${size}.png`, await page.screenshot({ omitBackground: true }));
}
await browser.close();
console.log(`wrote public/icon/{${sizes.join(',')}}.png`);

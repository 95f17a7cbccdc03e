// Screenshots of the main pages for a person to look at (not a test):
//   node tests/e2e/screenshots.mjs http://127.0.0.1:8080 out-dir
// English, Arabic, and 360 px wide.
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { CHROMIUM_ARGS } from './playwright.config.mjs';

const base = process.argv[2] || 'http://127.0.0.1:8080';
const out = process.argv[3] || 'screenshots';
const pages = (process.argv[4] || '/,/catalog,/product/1,/supplier/1,/nope').split(',');
mkdirSync(out, { recursive: true });
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
for (const [label, locale, width] of [['en', 'en', 1280], ['ar', 'ar', 1280], ['en-360', 'en', 360], ['ar-360', 'ar', 360]]) {
  const context = await browser.newContext({ viewport: { width, height: 900 }, locale });
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error' || m.type() === 'warning') console.log(`[${label}] ${m.type()}: ${m.text()}`); });
  page.on('pageerror', (e) => console.log(`[${label}] pageerror: ${e.message}`));
  for (const path of pages) {
    await page.goto(base + path);
    await page.waitForFunction(() => !document.getElementById('boot'), null, { timeout: 30000 });
    await page.waitForTimeout(1200);
    const name = `${label}${path.replace(/[^a-z0-9]+/gi, '_')}.png`;
    await page.screenshot({ path: `${out}/${name}`, fullPage: false });
    console.log('wrote', name);
  }
  await context.close();
}
await browser.close();

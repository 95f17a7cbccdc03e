// Small and large (issue 9): every route at 320 px wide and at 200 % zoom, in English and in
// Arabic, has no horizontal scrolling of the page (data tables scroll inside themselves) and
// keeps its controls at least 24 px in both directions. A full-page screenshot of each is
// attached to the report for a person to look at.
import { test, expect } from '../support/fixtures.mjs';
import { ready, settled } from '../support/pages.mjs';
import { addToCart } from '../support/checkout.mjs';

/** Each route with what must be on screen before it is measured. */
const ROUTES = [
  ['/', 'main h1'],
  ['/catalog?q=led', '.catalog__results .product-card'],
  ['/product/1', '.order-box'],
  ['/supplier/1', 'main h1'],
  ['/cart', '.cart-line'],
  ['/checkout', '#co-step-heading'],
  ['/quotes', 'main h1'],
  ['/orders', 'main h1'],
  ['/expo', 'main h1'],
  ['/expo/booth/1', 'main h1'],
  ['/translate', 'main h1'],
  ['/sign-in', 'main h1'],
  ['/no-such-page', 'main h1'],
];

// 200 % zoom of a 1280 x 800 window is a 640 x 400 CSS-pixel viewport drawn at twice the
// device pixels: the same layout the browser's zoom gives.
const SIZES = [
  { name: '320px', viewport: { width: 320, height: 640 }, deviceScaleFactor: 1 },
  { name: 'zoom200', viewport: { width: 640, height: 400 }, deviceScaleFactor: 2 },
];

/** Elements wider than the viewport that make the page scroll sideways. */
async function overflow(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const page = document.documentElement.scrollWidth;
    if (page <= width) return { page, width, culprits: [] };
    const culprits = [];
    for (const el of document.querySelectorAll('body *')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0) continue;
      if (r.right > width + 1 || r.left < -1) {
        // Report the outermost offender only.
        if (!culprits.some((c) => c.el.contains(el))) culprits.push({ el, r });
      }
    }
    return {
      page,
      width,
      culprits: culprits.slice(0, 5).map(({ el, r }) => `${el.tagName.toLowerCase()}.${el.className} [${Math.round(r.left)}, ${Math.round(r.right)}]`),
    };
  });
}

/** Visible controls smaller than 24 x 24 CSS px that are not links inside running text. */
async function smallTargets(page) {
  return page.evaluate(() => {
    const out = [];
    for (const el of document.querySelectorAll('a[href], button, input:not([type="hidden"]), select, textarea, summary')) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const s = getComputedStyle(el);
      if (s.visibility === 'hidden') continue;
      // WCAG 2.5.8 exceptions: inline links in text; controls the browser sizes itself
      // (checkboxes and radios sit inside a larger label here).
      if (el.tagName === 'A' && s.display === 'inline') continue;
      if (el.tagName === 'INPUT' && ['checkbox', 'radio'].includes(el.type) && el.closest('label')) continue;
      if (el.classList.contains('skip-link')) continue;
      if (r.width < 24 || r.height < 24) {
        out.push(`${el.tagName.toLowerCase()}#${el.id}.${el.className} ${Math.round(r.width)}x${Math.round(r.height)}`);
      }
    }
    return out.slice(0, 10);
  });
}

for (const size of SIZES) {
  for (const locale of ['en', 'ar']) {
    test.describe(`${size.name} ${locale}`, () => {
      test.use({ viewport: size.viewport, deviceScaleFactor: size.deviceScaleFactor });

      test(`no route scrolls sideways at ${size.name} in ${locale}`, async ({ page }, info) => {
        test.setTimeout(180_000);
        await page.addInitScript((tag) => localStorage.setItem('tradefair.locale', tag), locale);
        await addToCart(page, 1);
        for (const [path, selector] of ROUTES) {
          await test.step(path, async () => {
            await page.goto(path);
            await ready(page);
            await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
            await expect(page.locator(selector).first()).toBeVisible({ timeout: 20_000 });
            await settled(page);
            const shot = info.outputPath(`${size.name}-${locale}${path.replace(/[^a-z0-9]+/gi, '_')}.png`);
            await page.screenshot({ path: shot, fullPage: true });
            await info.attach(`${size.name} ${locale} ${path}`, { path: shot, contentType: 'image/png' });
            const o = await overflow(page);
            expect.soft(o.culprits, `${path}: page ${o.page}px wide in a ${o.width}px viewport`).toEqual([]);
            expect.soft(o.page, `${path} scrolls sideways`).toBeLessThanOrEqual(o.width);
            expect.soft(await smallTargets(page), `${path}: targets under 24 px`).toEqual([]);
          });
        }
      });
    });
  }
}

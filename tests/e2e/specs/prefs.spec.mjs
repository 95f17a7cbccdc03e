// The buyer's display preferences (issue 9): a dark theme under `prefers-color-scheme: dark`
// that still passes axe (contrast included) in English and Arabic, and no motion under
// `prefers-reduced-motion: reduce`.
import { test, expect, checkA11y, WCAG_TAGS } from '../support/fixtures.mjs';
import { ready, settled } from '../support/pages.mjs';
import { addToCart } from '../support/checkout.mjs';

const A11Y = { impacts: ['minor', 'moderate', 'serious', 'critical'], tags: WCAG_TAGS, soft: true };

const ROUTES = [
  ['/', 'main h1'],
  ['/catalog?q=led&category=lighting', '.catalog__results .product-card'],
  ['/product/1', 'main h1'],
  ['/cart', '.cart-line'],
  ['/checkout', '#co-step-heading'],
  ['/expo', 'main h1'],
  ['/expo/booth/1', 'main h1'],
  ['/quotes', 'main h1'],
  ['/orders', 'main h1'],
  ['/translate', 'main h1'],
  ['/sign-in', 'main h1'],
];

/** Relative luminance (WCAG) of a computed `rgb(...)` colour. */
function luminance(rgb) {
  const [r, g, b] = rgb.match(/[\d.]+/g).slice(0, 3).map(Number).map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

for (const locale of ['en', 'ar']) {
  test(`dark theme: every page is dark, readable and passes axe (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.addInitScript((tag) => localStorage.setItem('tradefair.locale', tag), locale);
    await addToCart(page, 1);
    for (const [path, selector] of ROUTES) {
      await test.step(path, async () => {
        await page.goto(path);
        await ready(page);
        await expect(page.locator(selector).first()).toBeVisible({ timeout: 20_000 });
        await settled(page);
        const { bg, fg } = await page.evaluate(() => ({
          bg: getComputedStyle(document.body).backgroundColor,
          fg: getComputedStyle(document.body).color,
        }));
        expect(luminance(bg), `background ${bg}`).toBeLessThan(0.05);
        expect(luminance(fg), `text ${fg}`).toBeGreaterThan(0.6);
        await checkA11y(page, A11Y);
      });
    }
  });
}

test('the light theme is the default (no preference)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('/');
  await ready(page);
  const bg = await page.evaluate(() => getComputedStyle(document.body).backgroundColor);
  expect(luminance(bg)).toBeGreaterThan(0.8);
});

for (const reduce of [true, false]) {
  test(`reduced motion: ${reduce ? 'no' : 'the usual'} shimmer and pulse`, async ({ page }) => {
    await page.emulateMedia({ reducedMotion: reduce ? 'reduce' : 'no-preference' });
    await page.goto('/catalog');
    await ready(page);
    await expect(page.locator('.catalog__results .product-card').first()).toBeVisible({ timeout: 20_000 });
    // The app's own moving parts, as its stylesheets style them: a loading skeleton and the
    // chat's "connecting" dot (both only on screen while something loads, so probed here).
    const probe = await page.evaluate(() => {
      const main = document.querySelector('main');
      const skeleton = document.createElement('div');
      skeleton.className = 'skeleton skeleton--line';
      const status = document.createElement('span');
      status.className = 'chat-status chat-status--connecting';
      const dot = document.createElement('span');
      dot.className = 'chat-status__dot';
      status.append(dot);
      main.append(skeleton, status);
      const read = (el) => {
        const s = getComputedStyle(el);
        return { name: s.animationName, seconds: parseFloat(s.animationDuration), count: s.animationIterationCount };
      };
      const out = { skeleton: read(skeleton), dot: read(dot) };
      skeleton.remove();
      status.remove();
      return out;
    });
    if (reduce) {
      expect(probe.skeleton.seconds, JSON.stringify(probe)).toBeLessThanOrEqual(0.001);
      expect(probe.skeleton.count).toBe('1');
      expect(probe.dot.name === 'none' || probe.dot.seconds <= 0.001, JSON.stringify(probe)).toBe(true);
    } else {
      expect(probe.skeleton).toEqual({ name: 'shimmer', seconds: 1.4, count: 'infinite' });
      expect(probe.dot).toEqual({ name: 'chat-pulse', seconds: 1.2, count: 'infinite' });
    }
  });
}

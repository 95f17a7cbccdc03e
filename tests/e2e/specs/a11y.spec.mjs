// Accessibility (issue 9): zero axe-core violations of the WCAG 2.2 A and AA rules, of any
// impact, on every route in every shipped locale.
import { test, expect, checkA11y, WCAG_TAGS } from '../support/fixtures.mjs';
import { ready } from '../support/pages.mjs';

const LOCALES = ['en', 'zh-CN', 'es', 'de', 'ar', 'fr'];
const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];

/** Each route with what must be on screen before it is checked. */
const ROUTES = [
  ['/', 'main h1'],
  ['/catalog?q=led&category=lighting', '.catalog__results .product-card'],
  ['/product/1', 'main h1'],
  ['/supplier/1', 'main h1'],
  ['/cart', 'main h1'],
  ['/checkout', 'main h1'],
  ['/quotes', 'main h1'],
  ['/orders', 'main h1'],
  ['/expo', 'main h1'],
  ['/expo/booth/1', 'main h1'],
  ['/translate', 'main h1'],
  ['/sign-in', 'main h1'],
  ['/no-such-page', 'main h1'],
];

for (const locale of LOCALES) {
  test.describe(`${locale}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((tag) => localStorage.setItem('tradefair.locale', tag), locale);
    });

    test(`every route passes axe (WCAG 2.2 A/AA) in ${locale}`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const [path, selector] of ROUTES) {
        await test.step(path, async () => {
          await page.goto(path);
          await ready(page);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await expect(page.locator(selector).first()).toBeVisible({ timeout: 20_000 });
          // Let skeletons finish so the checked page is the one a buyer reads.
          await expect(page.locator('main [aria-busy="true"], main .skeleton')).toHaveCount(0, { timeout: 20_000 });
          await checkA11y(page, { impacts: ALL_IMPACTS, tags: WCAG_TAGS, soft: true });
        });
      }
    });
  });
}

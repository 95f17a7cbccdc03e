// Locale faults (issue 8): a malformed or missing .ftl file, or a broken message, falls back
// message by message to English; the page never shows raw Fluent syntax or an empty label.
import { test, expect } from '../support/fixtures.mjs';
import { CatalogPage } from '../support/pages.mjs';

/** Fails if any visible text or accessible label on the page carries Fluent syntax. */
async function expectNoRawSyntax(page) {
  const leaks = await page.evaluate(() => {
    const found = [];
    const bad = /\{\s*\$|\{\s*-[a-z]|^\s*[a-z][a-z0-9-]+ =|-\s*\*\[|\}\s*$/;
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (bad.test(n.textContent) && n.parentElement.closest('[hidden]') === null) found.push(n.textContent.trim());
    }
    for (const el of document.querySelectorAll('[aria-label],[placeholder],[title]')) {
      for (const a of ['aria-label', 'placeholder', 'title']) {
        const v = el.getAttribute(a);
        if (v !== null && (v.trim() === '' || bad.test(v))) found.push(`${a}="${v}"`);
      }
    }
    for (const el of document.querySelectorAll('button, a[href], label, h1, h2, th')) {
      if (el.offsetParent !== null && el.innerText.trim() === '' && !el.getAttribute('aria-label') && !el.querySelector('svg, img')) {
        found.push(`empty ${el.tagName.toLowerCase()}`);
      }
    }
    return found;
  });
  expect(leaks).toEqual([]);
}

test.describe('a damaged German catalog file', () => {
  test.use({ allowConsoleErrors: /catalog\.ftl|Fluent|parse/i });

  test('broken entries fall back to English one by one; good ones stay German', async ({ page }) => {
    await page.route('**/locales/de/catalog.ftl', async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      // Break the "results" message's syntax, and give the title an unknown variable.
      const damaged = text
        .replace(/^catalog-results =/m, 'catalog-results = { $count ->\n  [one broken')
        .replace(/^catalog-title = .*$/m, 'catalog-title = { $nonsense } Katalog')
        + '\n\u0000<<<garbage that is not Fluent at all\n';
      await route.fulfill({ response, body: damaged });
    });
    await page.addInitScript(() => localStorage.setItem('tradefair.locale', 'de'));
    const catalog = new CatalogPage(page);
    await catalog.goto();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    // A message untouched by the damage is still German.
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Großhandelskatalog');
    // The broken ones read in English rather than as syntax.
    await expect(catalog.count).toContainText(/products/);
    await expectNoRawSyntax(page);
  });
});

test.describe('a missing Arabic file', () => {
  test.use({ allowConsoleErrors: /status of 404|product\.ftl/ });

  test('its messages show in English, everything else in Arabic', async ({ page }) => {
    await page.route('**/locales/ar/product.ftl', (route) => route.fulfill({ status: 404, body: 'not found' }));
    await page.addInitScript(() => localStorage.setItem('tradefair.locale', 'ar'));
    await page.goto('/product/1');
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl', { timeout: 20_000 });
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
    await expect(page.getByRole('link', { name: 'الكتالوج' }).first()).toBeVisible();
    await expectNoRawSyntax(page);
  });
});

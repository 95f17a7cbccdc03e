// Catalog: search, filters, sort, paging, empty state, URL state.
import { test, expect } from '../support/fixtures.mjs';
import { CatalogPage } from '../support/pages.mjs';

test.describe('catalog', () => {
  test('search narrows results and lands in the URL', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto();
    const all = await catalog.total();
    expect(all).toBeGreaterThanOrEqual(10000);
    await catalog.header.searchFor('LED');
    await expect(page).toHaveURL(/[?&]q=LED/);
    await catalog.loaded();
    const hits = await catalog.total();
    expect(hits).toBeGreaterThan(0);
    expect(hits).toBeLessThan(all);
    // Every visible hit mentions LED in its name (English UI, English or fallback names).
    const names = await catalog.cards.locator('.product-card__name').allInnerTexts();
    for (const n of names) expect(n.toUpperCase()).toContain('LED');
  });

  test('a category filter shows exactly its facet count and survives reload and back', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto();
    const box = catalog.facet('category', 'lighting');
    const facetCount = Number(
      (await box.locator('xpath=..').locator('.check__count').innerText()).replace(/\D/g, ''),
    );
    await box.check();
    await expect(page).toHaveURL(/category=lighting/);
    await catalog.loaded();
    expect(await catalog.total()).toBe(facetCount);
    await expect(catalog.facet('category', 'lighting')).toBeChecked();
    await expect(page.getByRole('button', { name: /Remove filter: Lighting/ })).toBeVisible();

    await page.reload();
    await catalog.loaded();
    expect(await catalog.total()).toBe(facetCount);
    await expect(catalog.facet('category', 'lighting')).toBeChecked();

    await page.goBack();
    await catalog.loaded();
    await expect(page).not.toHaveURL(/category=/);
    expect(await catalog.total()).toBeGreaterThan(facetCount);
  });

  test('sorting by price orders the cards', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto('?category=electronics');
    await catalog.sort.selectOption('price-asc');
    await expect(page).toHaveURL(/sort=price-asc/);
    await catalog.loaded();
    const asc = await catalog.prices();
    expect(asc.length).toBeGreaterThan(5);
    expect([...asc].sort((a, b) => a - b)).toEqual(asc);
    await catalog.sort.selectOption('price-desc');
    await expect(page).toHaveURL(/sort=price-desc/);
    await catalog.loaded();
    const desc = await catalog.prices();
    expect([...desc].sort((a, b) => b - a)).toEqual(desc);
  });

  test('deep link to a filtered catalog restores every filter', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto('?category=lighting,electronics&cert=CE&overseas=1&sort=moq-asc&lead_max=30');
    await expect(catalog.facet('category', 'lighting')).toBeChecked();
    await expect(catalog.facet('category', 'electronics')).toBeChecked();
    await expect(catalog.facet('cert', 'CE')).toBeChecked();
    await expect(catalog.facet('overseas', '1')).toBeChecked();
    await expect(catalog.facet('lead_max', '30')).toBeChecked();
    await expect(catalog.sort).toHaveValue('moq-asc');
    const total = await catalog.total();
    expect(total).toBeGreaterThan(0);
    // Every card carries CE and overseas stock.
    const n = await catalog.cards.count();
    for (let i = 0; i < n; i++) {
      const chips = await catalog.cards.nth(i).locator('.chip').allInnerTexts();
      expect(chips).toContain('CE');
    }
  });

  test('price filter validates input and keeps it', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto();
    const min = page.locator('input[name="price_min"]');
    await min.fill('abc');
    await page.getByRole('button', { name: 'Apply price' }).click();
    await expect(page.locator('#price-error')).toContainText('Enter an amount');
    await expect(min).toHaveValue('abc');
    await expect(page).not.toHaveURL(/price_min/);
    await min.fill('5');
    await page.locator('input[name="price_max"]').fill('2');
    await page.getByRole('button', { name: 'Apply price' }).click();
    await expect(page.locator('#price-error')).toContainText('must not be higher');
    await page.locator('input[name="price_max"]').fill('20');
    await page.getByRole('button', { name: 'Apply price' }).click();
    await expect(page).toHaveURL(/price_min=500&price_max=2000/);
    await catalog.loaded();
    for (const p of await catalog.prices()) {
      expect(p).toBeGreaterThanOrEqual(500);
      expect(p).toBeLessThanOrEqual(2000);
    }
  });

  test('a search that finds nothing says so and clears', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto('?q=qqqzzzxxy&category=lighting');
    await expect(page.getByRole('heading', { name: 'No products match your search' })).toBeVisible();
    await page.getByRole('link', { name: 'Clear search and filters' }).click();
    await catalog.loaded();
    await expect(page).toHaveURL(/\/catalog$/);
    expect(await catalog.total()).toBeGreaterThanOrEqual(10000);
  });

  test('paging moves through results and a page past the end says so', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto('?category=textiles');
    const first = await catalog.cards.locator('.product-card__name').first().innerText();
    await page.getByRole('link', { name: 'Page 2', exact: true }).click();
    await expect(page).toHaveURL(/page=2/);
    await catalog.loaded();
    expect(await catalog.cards.locator('.product-card__name').first().innerText()).not.toBe(first);
    await catalog.goto('?category=textiles&page=9999');
    await expect(page.getByText('This page is past the last page of results.')).toBeVisible();
  });

  test('keyboard: a filter toggled with Space keeps focus on the checkbox', async ({ page }) => {
    const catalog = new CatalogPage(page);
    await catalog.goto();
    await catalog.facet('category', 'lighting').focus();
    await page.keyboard.press('Space');
    await expect(page).toHaveURL(/category=lighting/);
    await catalog.loaded();
    await expect(catalog.facet('category', 'lighting')).toBeChecked();
    await expect(catalog.facet('category', 'lighting')).toBeFocused();
  });
});

// Product and supplier pages.
import { test, expect } from '../support/fixtures.mjs';
import { CatalogPage, ready } from '../support/pages.mjs';
import { gotoApp } from '../support/fixtures.mjs';

test('open a product from the catalog, then its supplier', async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.goto('?q=LED');
  const card = catalog.cards.first();
  const name = (await card.locator('.product-card__name').innerText()).trim();
  await card.locator('.product-card__link').click();
  await expect(page).toHaveURL(/\/product\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  await expect(page).toHaveTitle(new RegExp(name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').slice(0, 20)));

  // Tier table: at least two quantity breaks, prices never rise with quantity.
  const table = page.getByRole('table', { name: 'Price by quantity' });
  await expect(table).toBeVisible();
  const rows = table.locator('tbody tr');
  expect(await rows.count()).toBeGreaterThanOrEqual(2);
  const prices = await rows.locator('td:first-of-type .price').evaluateAll((els) =>
    els.map((e) => Number(e.getAttribute('data-minor'))),
  );
  for (let i = 1; i < prices.length; i++) expect(prices[i]).toBeLessThanOrEqual(prices[i - 1]);

  await expect(page.getByText('Minimum order', { exact: true })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Specifications' })).toBeVisible();
  await expect(page.getByText('Incoterms offered')).toBeVisible();

  // Gallery thumbnails are buttons that switch the main image.
  const thumbs = page.getByRole('button', { name: /Show image/ });
  expect(await thumbs.count()).toBeGreaterThanOrEqual(3);
  await thumbs.nth(1).click();
  await expect(thumbs.nth(1)).toHaveAttribute('aria-pressed', 'true');

  // Supplier card links to the supplier page.
  const supplierLink = page.locator('.product__supplier-line a').first();
  const supplierName = (await supplierLink.innerText()).trim();
  await supplierLink.click();
  await expect(page).toHaveURL(/\/supplier\/\d+$/);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(supplierName);
  await expect(page.getByRole('heading', { name: 'Transaction record (last 12 months)' })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Main markets' })).toBeVisible();
  await expect(page.locator('.supplier__products .product-card').first()).toBeVisible();
});

test('a verified supplier shows who verified it and until when', async ({ page }) => {
  // Walk the first suppliers until a verified one (the demo and server data are seeded alike).
  for (let id = 1; id <= 20; id++) {
    await gotoApp(page, `/supplier/${id}`);
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    if (await page.locator('.verification').count()) {
      await expect(page.locator('.verification h2')).toContainText('Verified by');
      await expect(page.locator('.verification')).toContainText('valid until');
      return;
    }
  }
  throw new Error('no verified supplier among the first 20');
});

test('supplier currency prices show the supplier price beside the converted one', async ({ page }) => {
  const catalog = new CatalogPage(page);
  await catalog.goto('?country=CN');
  await catalog.header.switchCurrency('EUR');
  await catalog.loaded();
  await expect(catalog.cards.first().locator('.product-card__supplier-price')).toContainText('Supplier price');
  await catalog.cards.first().locator('.product-card__link').click();
  await expect(page.getByRole('columnheader', { name: "Supplier's price" })).toBeVisible();
  await expect(page.locator('.note').first()).toContainText('Converted at 1');
});

// Home, unknown routes, not-found ids.
import { test, expect } from '../support/fixtures.mjs';
import { ready } from '../support/pages.mjs';
import { gotoApp } from '../support/fixtures.mjs';

test('home shows the offer, categories, featured suppliers and new products', async ({ page }) => {
  await gotoApp(page, '/');
  await ready(page);
  await expect(page).toHaveTitle(/Tradefair/);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Shop by category' })).toBeVisible();
  await expect(page.locator('.supplier-card').first()).toBeVisible();
  await expect(page.locator('.product-card').first()).toBeVisible();
  await page.getByRole('link', { name: 'Lighting', exact: true }).click();
  await expect(page).toHaveURL(/\/catalog\?category=lighting/);
});

test('header search from the home page opens the catalog', async ({ page }) => {
  await gotoApp(page, '/');
  await ready(page);
  await page.getByRole('searchbox', { name: 'Search products' }).fill('solar');
  await page.getByRole('button', { name: 'Search', exact: true }).click();
  await expect(page).toHaveURL(/\/catalog\?q=solar/);
});

test('an unknown route gets a real 404 page', async ({ page }) => {
  await gotoApp(page, '/no/such/page');
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByText('/no/such/page')).toBeVisible();
  await page.getByRole('link', { name: 'Browse the catalog' }).click();
  await expect(page).toHaveURL(/\/catalog$/);
});

test.describe('not found from the backend', () => {
  // The HTTP backend answers 404, which the browser logs as a failed resource load.
  test.use({ allowConsoleErrors: [/status of 404/] });
  test('unknown product and supplier ids say not found', async ({ page }) => {
  await gotoApp(page, '/product/99999999');
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await gotoApp(page, '/supplier/abc');
  await ready(page);
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  });
});

test('keyboard: skip link moves focus to the main content', async ({ page }) => {
  await gotoApp(page, '/catalog');
  await ready(page);
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to main content' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();
});

// Offline catalog (issue 9): after a first visit the service worker opens the app without
// a network, shows the pages the buyer saw, says clearly that it is offline, and keeps cart
// changes made offline until the connection returns.
import { test, expect } from '../support/fixtures.mjs';
import { CatalogPage, ready } from '../support/pages.mjs';

test.use({ serviceWorkers: 'allow', allowConsoleErrors: /Failed to load resource|net::ERR_INTERNET_DISCONNECTED|ERR_FAILED/ });

test('a visited catalog and product open offline, and offline cart changes are kept', async ({ page, context }) => {
  test.setTimeout(90_000);
  const catalog = new CatalogPage(page);
  await catalog.goto('?q=led');
  // The worker installs the shell, then controls the page.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller) {
      await new Promise((r) => navigator.serviceWorker.addEventListener('controllerchange', r, { once: true }));
    }
  });
  // Visit once more under the worker's control, so the answers are kept.
  await catalog.goto('?q=led');
  const firstName = await catalog.cards.first().locator('h2, h3').first().innerText();
  await catalog.cards.first().locator('a').first().click();
  await ready(page);
  const productPath = new URL(page.url()).pathname;
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /offline/i })).toHaveCount(0);

  await context.setOffline(true);
  await page.goto('/catalog?q=led');
  await ready(page);
  await expect(page.getByText(/You're offline/)).toBeVisible();
  await catalog.loaded();
  await expect(catalog.cards.first()).toContainText(firstName);

  await page.goto(productPath);
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible({ timeout: 20_000 });
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('link', { name: 'Cart, 1 line' })).toBeVisible();

  // Back online: the offline note goes, the cart line is still there and gets priced.
  await context.setOffline(false);
  await expect(page.getByText(/You're offline/)).toHaveCount(0);
  await page.goto('/cart');
  await ready(page);
  await expect(page.locator('.cart-line')).toHaveCount(1);
  await expect(page.locator('.cart-line__price .price').first()).toBeVisible({ timeout: 20_000 });
});

test('the app is installable: a manifest with icons', async ({ page, request }) => {
  await page.goto('/');
  await ready(page);
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  const manifest = await (await request.get(href)).json();
  expect(manifest.start_url).toBe('/');
  expect(manifest.display).toBe('standalone');
  const sizes = manifest.icons.map((i) => i.sizes);
  expect(sizes).toEqual(expect.arrayContaining(['192x192', '512x512']));
  for (const icon of manifest.icons) {
    const response = await request.get(icon.src);
    expect(response.ok(), icon.src).toBe(true);
    expect(response.headers()['content-type']).toContain('image/png');
  }
});

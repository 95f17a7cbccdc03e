// Cart: add from the product page, MOQ fixes, tier changes, reload, second tab, damaged storage.
import { test, expect } from '../support/fixtures.mjs';
import { ready } from '../support/pages.mjs';
import { gotoApp } from '../support/fixtures.mjs';

/** Opens a product with at least two price breaks and an order multiple of 1. */
async function openTieredProduct(page) {
  for (let id = 1; id <= 60; id++) {
    await gotoApp(page, `/product/${id}`);
    await ready(page);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    const rows = await page.locator('.tier-table tbody tr').count();
    const multiple = await page.getByText(/Order in multiples of/).count();
    if (rows >= 2 && multiple === 0) return id;
  }
  throw new Error('no product with two price breaks and no order multiple among the first 60');
}

const qty = (page) => page.getByRole('textbox', { name: 'Quantity' });
const moqOf = async (page) => {
  const text = await page.locator('.tier-table tbody tr').first().locator('th').innerText();
  return Number(text.split(/[–-]/)[0].replace(/\D/g, ''));
};
const secondBreak = async (page) => {
  const text = await page.locator('.tier-table tbody tr').nth(1).locator('th').innerText();
  return Number(text.split(/[–-]/)[0].replace(/\D/g, ''));
};

test('below-MOQ quantity offers a one-click fix, then the line lands in the cart', async ({ page }) => {
  await openTieredProduct(page);
  const moq = await moqOf(page);
  await qty(page).fill(String(Math.max(1, moq - 1)));
  await expect(page.getByText(/The minimum order is/)).toBeVisible();
  await page.getByRole('button', { name: new RegExp(`Raise to ${moq.toLocaleString('en-US')}`) }).click();
  await expect(qty(page)).toHaveValue(String(moq));
  await expect(qty(page)).toBeFocused();
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Added' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cart, 1 line' })).toBeVisible();

  await page.getByRole('link', { name: 'View cart' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.locator('.cart-line')).toHaveCount(1);
  await expect(page.locator('.cart-line input')).toHaveValue(String(moq));
});

test('crossing a price break changes the unit price and shows the saving', async ({ page }) => {
  await openTieredProduct(page);
  const second = await secondBreak(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await page.getByRole('link', { name: 'View cart' }).click();
  const unit = page.locator('.cart-line__price .price').first();
  await expect(unit).toBeVisible();
  const before = Number(await unit.getAttribute('data-minor'));
  await expect(page.locator('.cart-line .order-box__saving')).toHaveCount(0);
  const input = page.locator('.cart-line input');
  await input.fill(String(second));
  await input.press('Enter');
  await expect(page.locator('.cart-line .order-box__saving')).toBeVisible();
  const after = Number(await page.locator('.cart-line__price .price').first().getAttribute('data-minor'));
  expect(after).toBeLessThan(before);
});

test('the cart survives a reload and shows in a second tab at once', async ({ page, context }) => {
  await openTieredProduct(page);
  await page.getByRole('button', { name: 'Add to cart' }).click();
  await expect(page.getByRole('link', { name: 'Cart, 1 line' })).toBeVisible();
  await page.reload();
  await ready(page);
  await expect(page.getByRole('link', { name: 'Cart, 1 line' })).toBeVisible();

  const other = await context.newPage();
  await gotoApp(other, '/cart');
  await ready(other);
  await expect(other.locator('.cart-line')).toHaveCount(1);
  // Remove in the second tab: the first tab's badge follows.
  await other.getByRole('button', { name: 'Remove' }).click();
  await expect(other.getByRole('heading', { name: 'Your cart is empty' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cart, empty' })).toBeVisible({ timeout: 2000 });
});

test('a damaged stored cart is reset with a notice, never a crash', async ({ page }) => {
  await gotoApp(page, '/');
  await ready(page);
  await page.evaluate(() => localStorage.setItem('tradefair.cart', '{"v":2,"lines":[{"oops'));
  await gotoApp(page, '/cart');
  await ready(page);
  await expect(page.getByText('Your saved cart could not be read')).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Your cart is empty' })).toBeVisible();
});

test('an older stored cart is migrated', async ({ page }) => {
  await gotoApp(page, '/');
  await ready(page);
  await page.evaluate(() => localStorage.setItem('tradefair.cart', JSON.stringify({ items: [{ id: 1, qty: 1 }] })));
  await gotoApp(page, '/cart');
  await ready(page);
  await expect(page.getByText('brought up to date')).toBeVisible();
  await expect(page.locator('.cart-line')).toHaveCount(1);
  // Quantity 1 is below any MOQ: the line says so and offers the fix.
  await expect(page.locator('.cart-line').getByText(/The minimum order is|sold in multiples/)).toBeVisible();
});

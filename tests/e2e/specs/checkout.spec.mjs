// Landed-cost estimate in the cart and the stepped B2B checkout: steps keep their input,
// errors sit beside their field, the draft survives a reload, and an order is placed exactly
// once however often the buyer clicks or the network fails.
import { test, expect, backend } from '../support/fixtures.mjs';
import { Header } from '../support/pages.mjs';
import { addToCart, cartLines, orderCount, CartLanded, Checkout, BUYER } from '../support/checkout.mjs';

test('the landed estimate follows the Incoterm and the shipping method', async ({ page }) => {
  await addToCart(page, 1);
  const cart = new CartLanded(page);
  await cart.goto();
  await expect(cart.group.getByText('Choose the destination country')).toBeVisible();
  await cart.destination.selectOption('DE');
  await expect(cart.onTop).toBeVisible();
  await expect(cart.delivery).toContainText(/Delivery window: \d+–\d+ days/);
  expect(await cart.group.locator('.landed__basis li').count()).toBeGreaterThan(3);

  // Method: air freight is priced and timed differently from sea freight.
  await cart.method.selectOption('sea');
  const seaFreight = await cart.minor(cart.freight);
  const seaWindow = await cart.delivery.innerText();
  await cart.method.selectOption('air');
  await expect.poll(() => cart.minor(cart.freight)).not.toBe(seaFreight);
  await expect(cart.delivery).not.toHaveText(seaWindow);

  // Incoterm: the further the seller's obligation, the less the buyer pays on top.
  const offered = await cart.incoterm.locator('option').evaluateAll((os) => os.map((o) => o.value));
  expect(offered.length).toBeGreaterThan(0);
  const order = ['EXW', 'FOB', 'CIF', 'DAP', 'DDP'];
  const sorted = offered.sort((a, b) => order.indexOf(a) - order.indexOf(b));
  await cart.incoterm.selectOption(sorted[0]);
  const first = await cart.minor(cart.onTop);
  if (sorted.length > 1) {
    await cart.incoterm.selectOption(sorted[sorted.length - 1]);
    await expect.poll(() => cart.minor(cart.onTop)).toBeLessThan(first);
  }
  // The choice is kept for the checkout.
  await page.reload();
  await expect(cart.method).toHaveValue('air', { timeout: 20_000 });
  await expect(cart.destination).toHaveValue('DE');
  await cart.proceed.click();
  await expect(page).toHaveURL(/\/checkout$/);
});

for (const locale of ['en', 'ar']) {
  test(`a full checkout in ${locale} reaches the confirmation`, async ({ page, request }) => {
    await addToCart(page, 1);
    await addToCart(page, 2);
    const before = await orderCount(page, request);
    const co = new Checkout(page);
    await co.goto();
    if (locale !== 'en') {
      await new Header(page).switchLocale(locale);
      await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    }
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await co.toReview();
    await expect(page.locator('.review-supplier').first()).toBeVisible();
    await expect(page.locator('.review')).toContainText(BUYER.po);
    await co.place.click();
    await co.confirmed();
    expect(await orderCount(page, request)).toBeGreaterThan(before);
    expect(await cartLines(page)).toBe(0);
    expect(await page.evaluate(() => localStorage.getItem('tradefair.checkout'))).toBeNull();
  });
}

test('an invalid VAT ID is shown beside the field, takes focus and keeps the input', async ({ page }) => {
  await addToCart(page, 1);
  const co = new Checkout(page);
  await co.goto();
  await co.fillCompany({ ...BUYER, taxId: 'DE123456780' });
  await co.next.click();
  const field = co.field('company.tax_id');
  await expect(co.errorOf('company.tax_id')).toContainText('DE136695976');
  await expect(field).toBeFocused();
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(field).toHaveValue('DE123456780');
  await co.expectStep(0);
  // Corrected, the step can be left.
  await field.fill(BUYER.taxId);
  await expect(co.errorOf('company.tax_id')).toBeEmpty();
  await co.next.click();
  await co.expectStep(1);
});

test('going back through the steps and reloading keep every input', async ({ page }) => {
  await addToCart(page, 1);
  const co = new Checkout(page);
  await co.goto();
  await co.fillCompany();
  await co.field('company.cost_centre').fill('CC-4711');
  await co.next.click();
  await co.fillShipping();
  await co.next.click();
  await co.expectStep(2);
  await page.locator('#co-billing-same').uncheck();
  await co.field('billing_address.city').fill('Bremen');
  await co.back.click();
  await co.expectStep(1);
  await expect(co.field('shipping_address.line1')).toHaveValue(BUYER.address.line1);
  await co.back.click();
  await expect(co.field('company.cost_centre')).toHaveValue('CC-4711');
  await expect(co.field('company.tax_id')).toHaveValue(BUYER.taxId);

  // Reload mid-checkout: same step, same input.
  await co.next.click();
  await co.expectStep(1);
  await page.reload();
  await expect(co.heading).toBeVisible({ timeout: 20_000 });
  await co.expectStep(1);
  await expect(co.field('shipping_address.postal_code')).toHaveValue(BUYER.address.postal);
  await co.next.click();
  await co.expectStep(2);
  await expect(page.locator('#co-billing-same')).not.toBeChecked();
  await expect(co.field('billing_address.city')).toHaveValue('Bremen');
});

test('a double click on "place order" makes exactly one order', async ({ page, request }) => {
  await addToCart(page, 1);
  const before = await orderCount(page, request);
  const co = new Checkout(page);
  await co.goto();
  await co.toReview();
  await co.place.dblclick();
  await co.confirmed();
  expect(await orderCount(page, request)).toBe(before + 1);
});

test.describe('backend stopped mid-checkout', () => {
  test.skip(backend !== 'http', 'the demo backend runs inside the page and cannot be stopped');
  test.use({ allowConsoleErrors: [/Failed to load resource/, /net::ERR_FAILED/] });

  test('a failed re-check shows an error with retry, loses nothing, then works', async ({ page, request }) => {
    await addToCart(page, 1);
    const before = await orderCount(page, request);
    const co = new Checkout(page);
    await co.goto();
    await co.toReview();
    await page.route('**/api/**', (route) => route.abort());
    await co.place.click();
    await expect(page.locator('.error-panel')).toBeVisible({ timeout: 30_000 });
    await expect(page.locator('.error-panel')).toContainText('could not reach the server');
    await expect(co.place).toBeEnabled();
    expect(await orderCount(page, request)).toBe(before);
    expect(await cartLines(page)).toBe(1);
    await expect(page.locator('.review')).toContainText(BUYER.po);
    // A reload while the backend is down loses nothing either.
    await page.reload();
    await expect(page.locator('.error-panel')).toBeVisible({ timeout: 30_000 });
    await page.unroute('**/api/**');
    await page.locator('.error-panel button').click();
    await expect(co.place).toBeEnabled({ timeout: 20_000 });
    await expect(page.locator('.review')).toContainText(BUYER.po);
    await co.place.click();
    await co.confirmed();
    expect(await orderCount(page, request)).toBe(before + 1);
  });
});

test.describe('the backend dies after receiving the order', () => {
  test.skip(backend !== 'http', 'needs the HTTP backend');
  test.use({ allowConsoleErrors: [/Failed to load resource/, /net::ERR_FAILED/] });

  test('the retry after the lost answer places the order once, the cart intact until then', async ({ page, request }) => {
    await addToCart(page, 1);
    const before = await orderCount(page, request);
    const co = new Checkout(page);
    await co.goto();
    await co.toReview();
    let forwarded = 0;
    await page.route('**/api/orders', async (route) => {
      if (route.request().method() !== 'POST') return route.fallback();
      if (forwarded === 0) {
        forwarded++;
        await route.fetch(); // the server receives and stores the order...
      }
      await route.abort(); // ...but the answer never reaches the page.
    });
    await co.place.click();
    await expect(page.locator('.error-panel')).toBeVisible({ timeout: 40_000 });
    expect(forwarded).toBe(1);
    expect(await orderCount(page, request)).toBe(before + 1);
    expect(await cartLines(page)).toBe(1);
    await page.unroute('**/api/orders');
    await page.locator('.error-panel button').click();
    await co.confirmed();
    expect(await orderCount(page, request)).toBe(before + 1);
    expect(await cartLines(page)).toBe(0);
  });
});

test.describe('a price change found before placing', () => {
  test.skip(backend !== 'http', 'the price check is intercepted on the wire');

  test('is shown and must be accepted, never applied silently', async ({ page, request }) => {
    await addToCart(page, 1);
    const before = await orderCount(page, request);
    const co = new Checkout(page);
    await co.goto();
    await co.toReview();
    // The supplier raises the first line's price by one minor unit of each currency.
    await page.route('**/api/cart/price-check', async (route) => {
      const response = await route.fetch();
      const body = await response.json();
      body.lines[0].unit_price.minor += 1;
      body.lines[0].unit_price_display.minor += 1;
      await route.fulfill({ response, json: body });
    });
    await co.place.click();
    const notice = page.locator('.price-change');
    await expect(notice).toBeVisible();
    await expect(notice).toContainText('Prices changed');
    await expect(co.place).toBeDisabled();
    expect(await orderCount(page, request)).toBe(before);
    await page.unroute('**/api/cart/price-check');

    // Accepting the (now outdated) raise: the re-check finds the real prices, shown again.
    await notice.getByRole('button').click();
    await expect(notice).toHaveCount(0);
    await co.place.click();
    await expect(notice).toBeVisible();
    expect(await orderCount(page, request)).toBe(before);
    await notice.getByRole('button').click();
    await co.place.click();
    await co.confirmed();
    expect(await orderCount(page, request)).toBe(before + 1);
  });
});

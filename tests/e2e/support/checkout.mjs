// Page objects for the cart's landed-cost estimate and the stepped checkout (/checkout).
// Controls are found by their stable ids (co-<field path>), which do not change with the
// locale, so the same steps run in English and in Arabic.
import { expect } from '@playwright/test';
import { backend, gotoApp } from './fixtures.mjs';
import { ready } from './pages.mjs';

/** A German buyer whose VAT ID passes the check digits. */
export const BUYER = {
  legalName: 'Nordlicht Handel GmbH',
  country: 'DE',
  taxId: 'DE136695976',
  po: 'PO-2026-118',
  email: 'einkauf@nordlicht.example',
  address: {
    country: 'DE',
    recipient: 'Wareneingang',
    line1: 'Am Sandtorkai 1',
    city: 'Hamburg',
    postal: '20457',
  },
};

/** Puts a product in the cart from its page, at the quantity the page offers (its MOQ). */
export async function addToCart(page, productId = 1) {
  await gotoApp(page, `/product/${productId}`);
  await ready(page);
  await page.locator('.order-box button.button--primary').first().click();
  await expect(page.locator('.site-header a[href="/cart"]')).not.toHaveText(/^\s*$/);
  await expect
    .poll(async () => page.evaluate(() => JSON.parse(localStorage.getItem('tradefair.cart') || '{}').lines?.length || 0))
    .toBeGreaterThan(0);
}

/**
 * Number of orders the backend holds under purchase-order number `po` (the checkout page
 * object's buyer by default). Counting one PO, not every order, keeps the count exact while
 * other spec files place orders on the same reference server at the same time.
 */
export async function orderCount(page, request, po = BUYER.po) {
  if (backend === 'http') {
    const res = await request.get('/api/orders');
    expect(res.ok()).toBeTruthy();
    return (await res.json()).filter((o) => o.po_number === po).length;
  }
  return page.evaluate((po) => {
    const book = JSON.parse(localStorage.getItem('tradefair.demo.orderbook') || '{}');
    return ((book.book && book.book.orders) || []).filter((r) => r.order && r.order.po_number === po).length;
  }, po);
}

/** Lines in the stored cart. */
export async function cartLines(page) {
  return page.evaluate(() => JSON.parse(localStorage.getItem('tradefair.cart') || '{}').lines?.length || 0);
}

export class CartLanded {
  constructor(page) {
    this.page = page;
    this.destination = page.locator('#co-shipping-address-country');
    this.group = page.locator('.cart-group').first();
    this.incoterm = this.group.locator('select[id$="-incoterm"]');
    this.method = this.group.locator('select[id$="-method"]');
    this.onTop = this.group.locator('.landed__on-top .price');
    this.freight = this.group.locator('tr[data-item="mainfreight"] .price');
    this.delivery = this.group.locator('.landed__delivery');
    this.proceed = page.locator('a.cart-summary__checkout');
  }
  async goto() {
    await gotoApp(this.page, '/cart');
    await ready(this.page);
    await expect(this.page.locator('.cart-line').first()).toBeVisible({ timeout: 20_000 });
  }
  async minor(locator) {
    return Number(await locator.getAttribute('data-minor'));
  }
}

export class Checkout {
  constructor(page) {
    this.page = page;
    this.heading = page.locator('#co-step-heading');
    this.next = page.locator('.checkout-step__actions .button--primary');
    this.back = page.locator('.checkout-step__actions button.button:not(.button--primary)');
    this.place = page.locator('.checkout__place');
    this.field = (path) => page.locator(`#co-${path.replace(/[._]/g, '-')}`);
    this.errorOf = (path) => page.locator(`#co-${path.replace(/[._]/g, '-')}-error`);
  }
  async goto() {
    await gotoApp(this.page, '/checkout');
    await ready(this.page);
    await expect(this.heading).toBeVisible({ timeout: 20_000 });
  }
  /** The step on screen, by its position (0-based) in the step list. */
  async stepIndex() {
    return this.page.locator('.checkout-steps__item').evaluateAll((items) =>
      items.findIndex((i) => i.classList.contains('checkout-steps__item--current')),
    );
  }
  async expectStep(i) {
    await expect.poll(() => this.stepIndex()).toBe(i);
  }
  async fillCompany(b = BUYER) {
    await this.field('company.legal_name').fill(b.legalName);
    await this.field('company.country').selectOption(b.country);
    await this.field('company.tax_id').fill(b.taxId);
    await this.field('company.po_number').fill(b.po);
    await this.field('company.contact_email').fill(b.email);
  }
  async fillShipping(a = BUYER.address) {
    await this.field('shipping_address.country').selectOption(a.country);
    await this.field('shipping_address.recipient').fill(a.recipient);
    await this.field('shipping_address.line1').fill(a.line1);
    await this.field('shipping_address.city').fill(a.city);
    await this.field('shipping_address.postal_code').fill(a.postal);
  }
  /** Company → shipping → billing (same) → delivery → payment (bank transfer) → review. */
  async toReview(b = BUYER) {
    await this.fillCompany(b);
    await this.next.click();
    await this.expectStep(1);
    await this.fillShipping(b.address);
    await this.next.click();
    await this.expectStep(2);
    await this.next.click();
    await this.expectStep(3);
    await expect(this.page.locator('.checkout-supplier .landed__total .price').first()).toBeVisible();
    await this.next.click();
    await this.expectStep(4);
    await this.page.locator('#co-payment-kind').check();
    await this.next.click();
    await this.expectStep(5);
    await expect(this.place).toBeEnabled();
  }
  /** Waits for the confirmation page of a checkout and returns its id. */
  async confirmed() {
    await expect(this.page).toHaveURL(/\/orders\/CO-\d+/, { timeout: 30_000 });
    return decodeURIComponent(this.page.url().split('/orders/')[1]);
  }
}

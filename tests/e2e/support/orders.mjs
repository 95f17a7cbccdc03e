// Page objects for /orders and /orders/:id, and a way to get an order on either backend.
import { randomUUID } from 'node:crypto';
import { expect } from '@playwright/test';
import { backend, gotoApp } from './fixtures.mjs';
import { ready } from './pages.mjs';
import { BUYER, Checkout, addToCart } from './checkout.mjs';

/**
 * Places an order of product `productId` at its MOQ and returns the checkout id (`CO-...`).
 * HTTP backend: straight through the REST contract (price check, then `POST /api/orders`
 * with an idempotency key), so this spec does not depend on the checkout UI. Demo backend:
 * the backend lives in the page, so through the checkout UI.
 */
export async function placeOrder(page, request, productId = 1) {
  if (backend === 'http') {
    // Order in the supplier's own currency so the expected total needs no conversion here.
    const probe = await request.post('/api/cart/price-check', {
      data: { lines: [{ product_id: productId, quantity: 1 }], locale: 'en', currency: 'USD' },
    });
    expect(probe.ok(), await probe.text()).toBeTruthy();
    const line = (await probe.json()).lines[0];
    const { moq, multiple } = line.minimum_order;
    const quantity = Math.ceil(moq / multiple) * multiple;
    const currency = line.currency;
    const check = await request.post('/api/cart/price-check', {
      data: { lines: [{ product_id: productId, quantity }], locale: 'en', currency },
    });
    const priced = (await check.json()).lines[0];
    const total = priced.unit_price.minor * quantity;
    const res = await request.post('/api/orders', {
      headers: { 'Idempotency-Key': randomUUID() },
      data: {
        lines: [{ product_id: productId, quantity }],
        locale: 'en',
        currency,
        company: {
          legal_name: BUYER.legalName,
          country: BUYER.country,
          tax_id: BUYER.taxId,
          po_number: 'PO-7, "urgent"',
          cost_centre: '',
          contact_email: BUYER.email,
        },
        shipping_address: {
          country: 'DE',
          recipient: BUYER.address.recipient,
          line1: BUYER.address.line1,
          line2: '',
          city: BUYER.address.city,
          region: '',
          postal_code: BUYER.address.postal,
          phone: '',
        },
        billing_address: null,
        shipping: [{ supplier_id: priced.supplier.id, incoterm: priced.incoterms[0], method: 'sea' }],
        payment: { kind: 'bank-transfer' },
        escrow: true,
        expected_total: { minor: total, currency },
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    const body = await res.json();
    return { checkoutId: body.checkout_id, numbers: body.orders.map((o) => o.number), poNumber: 'PO-7, "urgent"' };
  }
  await addToCart(page, productId);
  const co = new Checkout(page);
  await co.goto();
  await co.toReview();
  await co.place.click();
  const checkoutId = await co.confirmed();
  await expect(page.locator('.order-detail').first()).toBeVisible({ timeout: 20_000 });
  const numbers = await page.locator('.order-detail').evaluateAll((els) => els.map((e) => e.getAttribute('data-order')));
  return { checkoutId, numbers, poNumber: BUYER.po };
}

export class OrdersPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.rows = page.locator('.orders-table tbody tr');
    this.empty = page.locator('.orders-empty');
  }
  async goto() {
    await gotoApp(this.page, '/orders');
    await ready(this.page);
    await expect(this.rows.first().or(this.empty)).toBeVisible({ timeout: 20_000 });
  }
}

export class OrderPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.details = page.locator('.order-detail');
    this.confirmation = page.locator('.order-confirmation');
    this.csv = page.getByRole('button', { name: 'Download CSV' });
    this.print = page.getByRole('button', { name: 'Print' });
  }
  async goto(id) {
    await gotoApp(this.page, `/orders/${id}`);
    await ready(this.page);
    await expect(this.details.first()).toBeVisible({ timeout: 20_000 });
  }
  /** The timeline steps of the first order: [{status, current, date}]. */
  async timeline(i = 0) {
    return this.details.nth(i).locator('.timeline li').evaluateAll((lis) =>
      lis.map((li) => ({
        status: li.getAttribute('data-status'),
        current: li.getAttribute('aria-current') === 'step',
        date: li.querySelector('.timeline__date')?.textContent ?? '',
        reached: !!li.querySelector('time'),
      })),
    );
  }
  /** Clicks "Download CSV" and returns the downloaded text. */
  async downloadCsv() {
    const [download] = await Promise.all([this.page.waitForEvent('download'), this.csv.click()]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const c of stream) chunks.push(c);
    return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
  }
}

/** RFC 4180 reader for the downloaded file (BOM stripped). */
export function parseCsv(text) {
  const body = text.replace(/^\uFEFF/, '');
  const rows = [];
  let row = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cur += '"'; i++; }
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cur); cur = ''; }
    else if (c === '\r' && body[i + 1] === '\n') { row.push(cur); rows.push(row); row = []; cur = ''; i++; }
    else cur += c;
  }
  if (cur || row.length) { row.push(cur); rows.push(row); }
  return rows;
}

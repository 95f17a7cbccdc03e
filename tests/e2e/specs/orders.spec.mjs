// Orders: the history's empty state, a checkout's confirmation, one order's timeline,
// the CSV download and the printed page.
import { test, expect, backend } from '../support/fixtures.mjs';
import { OrderPage, OrdersPage, parseCsv, placeOrder } from '../support/orders.mjs';

test('with no orders, the history says so and points to the catalog', async ({ page }) => {
  if (backend === 'http') {
    // The shared reference server may already hold other specs' orders: answer this one
    // request with an empty history so the empty state itself is what gets tested.
    await page.route('**/api/orders', (route) =>
      route.request().method() === 'GET' ? route.fulfill({ json: [] }) : route.continue(),
    );
  }
  const orders = new OrdersPage(page);
  await orders.goto();
  await expect(orders.heading).toHaveText('Orders');
  await expect(orders.heading).toBeFocused();
  await expect(orders.empty.getByRole('heading', { name: 'No orders yet' })).toBeVisible();
  await expect(orders.empty.getByRole('link', { name: 'Browse the catalog' })).toHaveAttribute('href', '/catalog');
  await expect(orders.rows).toHaveCount(0);
});

test('an order shows its confirmation, timeline, shipment and escrow, downloads as CSV and prints cleanly', async ({ page, request }) => {
  test.setTimeout(120_000);
  const placed = await placeOrder(page, request, 1);
  expect(placed.checkoutId).toMatch(/^CO-/);
  expect(placed.numbers.length).toBeGreaterThan(0);

  const order = new OrderPage(page);
  await order.goto(placed.checkoutId);
  await expect(order.heading).toHaveText('Order confirmation');
  for (const n of placed.numbers) {
    await expect(order.confirmation.getByRole('link', { name: n })).toHaveAttribute('href', `/orders/${n}`);
  }
  await expect(order.details).toHaveCount(placed.numbers.length);

  // The timeline: placed is reached (with a date in the buyer's locale), later steps are
  // expected, and the current step is marked.
  const steps = await order.timeline(0);
  expect(steps.map((s) => s.status).slice(0, 4)).toEqual(['placed', 'confirmed', 'in-production', 'shipped']);
  expect(steps.at(-1).status).toBe('delivered');
  expect(steps[0].reached).toBe(true);
  expect(steps[0].date).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  expect(steps.filter((s) => s.current)).toHaveLength(1);
  expect(steps.at(-1).date).toMatch(/^Expected [A-Z][a-z]{2} \d{1,2}, \d{4}$/);
  const detail = order.details.first();
  await expect(detail.locator('.order-ships-from')).toHaveText(/^(The supplier's factory|Overseas warehouse in .+)$/);
  await expect(detail.locator('.order-escrow')).toHaveText(
    /^(Not used|Awaiting payment|Payment held until you confirm delivery|Released to the supplier)$/,
  );
  const escrow = await detail.locator('.order-escrow').innerText();
  await expect(detail.locator('.order-tracking')).toContainText(/A tracking number appears here|\S+ \S+/);

  // CSV: one row per line, the PO number with a comma and quotes survives escaping.
  const { name, text } = await order.downloadCsv();
  expect(name).toBe(`tradefair-${placed.checkoutId}.csv`);
  expect(text.startsWith('\uFEFF')).toBe(true);
  const rows = parseCsv(text);
  expect(rows[0].slice(0, 3)).toEqual(['Order number', 'Checkout', 'Placed']);
  expect(rows.length).toBeGreaterThan(1);
  for (const r of rows.slice(1)) {
    expect(r).toHaveLength(rows[0].length);
    expect(placed.numbers).toContain(r[0]);
    expect(r[1]).toBe(placed.checkoutId);
    expect(r[14]).toBe(placed.poNumber);
    expect(r[15]).toBe(escrow);
    expect(Number(r[7])).toBeGreaterThan(0);
    expect(r[9]).toMatch(/^\d+(\.\d+)?$/);
  }
  const onPage = await detail.locator('.order-lines tbody th a').first().innerText();
  expect(rows[1][6]).toBe(onPage);

  // Print: the print stylesheet hides the header, navigation and buttons, keeps the order.
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('header.site-header')).toBeHidden();
  await expect(order.csv).toBeHidden();
  await expect(order.print).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(order.heading).toBeVisible();
  await expect(detail.locator('.timeline')).toBeVisible();
  await page.emulateMedia({ media: 'screen' });
  await expect(page.locator('header.site-header')).toBeVisible();
  // "Print" opens the browser's print dialog (replaced here: headless Chromium has none).
  await page.evaluate(() => {
    window.__printed = 0;
    window.print = () => { window.__printed += 1; };
  });
  await order.print.click();
  expect(await page.evaluate(() => window.__printed)).toBe(1);

  // One order by its number, and the history lists it.
  await order.goto(placed.numbers[0]);
  await expect(order.heading).toHaveText(`Order ${placed.numbers[0]}`);
  await expect(order.confirmation).toHaveCount(0);
  await page.getByRole('link', { name: 'All orders' }).click();
  await expect(page).toHaveURL(/\/orders$/);
  await expect(page.locator(`.orders-table tr[data-order="${placed.numbers[0]}"]`)).toBeVisible();
});

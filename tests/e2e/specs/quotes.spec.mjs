// Requests for quotation: from a product to quotes, comparison, acceptance and the cart;
// validation; expired quotes.
import { test, expect, gotoApp } from '../support/fixtures.mjs';
import { ready } from '../support/pages.mjs';
import { QuotesPage, isoInDays } from '../support/quotes.mjs';

/** Opens product `id` and follows its "Request a quote" link; returns the prefilled quantity. */
async function requestFromProduct(page, id = 1) {
  await gotoApp(page, `/product/${id}`);
  await ready(page);
  const typed = await page.getByRole('textbox', { name: 'Quantity' }).inputValue();
  await page.getByRole('link', { name: 'Request a quote' }).click();
  await expect(page).toHaveURL(new RegExp(`/quotes\\?products=${id}&quantities=${typed}$`));
  await expect(page.getByRole('heading', { name: 'New request for quotation' })).toBeVisible();
  return typed;
}

test('an RFQ from a product gets quotes, the comparison marks the best, accepting adds the quoted price to the cart', async ({ page }) => {
  test.setTimeout(90_000);
  const q = new QuotesPage(page);
  const typed = await requestFromProduct(page, 1);
  await expect(q.quantity(0)).toHaveValue(typed);
  const others = await q.alsoAsk(2);
  expect(others, 'other suppliers of the category to compare with').toBeGreaterThan(0);
  await q.fillDetails({ destination: 'DE', incoterm: 'FOB', message: 'Logo print, please.', attachments: 'spec.pdf\nlogo.ai' });
  await q.send.click();

  const asked = 1 + others;
  await expect(page.getByRole('status').filter({ hasText: `Request sent to ${asked} supplier` })).toBeVisible();
  await expect(page).toHaveURL(/\/quotes$/);
  const card = await q.cardFor(1);
  await expect(card.getByText('Attachments named: spec.pdf, logo.ai')).toBeVisible();
  // Suppliers answer after 3-12 s: the page says it is waiting, with progress, and polls.
  await expect(card.locator('.rfq-waiting progress')).toBeVisible();
  await expect(card.getByText(new RegExp(`Waiting for quotes: \\d of ${asked} suppliers answered`))).toBeVisible();
  await q.waitForAnswers(card);
  await expect(card.locator('.rfq-waiting')).toHaveCount(0);

  const rows = await q.rows(card);
  expect(rows.length).toBeGreaterThanOrEqual(1);
  // Every price is in the buyer's display currency (USD for an English browser).
  expect(new Set(rows.map((r) => r.currency))).toEqual(new Set(['USD']));
  const cheapest = Math.min(...rows.map((r) => r.priceMinor));
  const fastest = Math.min(...rows.map((r) => r.leadDays));
  for (const r of rows) {
    expect(r.bestPrice, `best price mark on ${r.id}`).toBe(r.priceMinor === cheapest);
    expect(r.bestLead, `fastest mark on ${r.id}`).toBe(r.leadDays === fastest);
  }
  await expect(card.locator('.quote-price.is-best .best-badge').first()).toHaveText('Best price');

  // Accept the cheapest.
  const best = rows.find((r) => r.bestPrice);
  const row = card.locator(`.quote-row[data-quote-id="${best.id}"]`);
  await row.getByRole('button', { name: /^Accept the quote from / }).click();
  await expect(page.getByRole('status').filter({ hasText: /Added to your cart: .* the quoted price, valid until / })).toBeVisible();
  await expect(row.getByText('Accepted')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Cart, 1 line' })).toBeVisible();

  await page.getByRole('link', { name: 'View cart' }).first().click();
  await expect(page).toHaveURL(/\/cart$/);
  const line = page.locator('.cart-line');
  await expect(line).toHaveCount(1);
  await expect(line.getByText('Quoted price')).toBeVisible();
  const unit = line.locator('.cart-line__price .price').first();
  await expect(unit).toHaveAttribute('data-minor', String(best.priceMinor));
  await expect(unit).toHaveAttribute('data-currency', 'USD');
});

test('a bad request shows errors next to the fields, focuses the first and loses nothing', async ({ page }) => {
  const q = new QuotesPage(page);
  await requestFromProduct(page, 2);
  await q.quantity(0).fill('');
  await q.targetPrice.fill('abc');
  await q.neededBy.fill('2020-01-01');
  await q.message.fill('Bitte mit Logo – 500 Stück, "Eilauftrag"');
  await q.send.click();

  await expect(q.errorOf('rfq-items-0-quantity')).toHaveText('Enter a quantity of at least 1.');
  await expect(q.quantity(0)).toBeFocused();
  await expect(q.quantity(0)).toHaveAttribute('aria-invalid', 'true');
  await expect(q.errorOf('rfq-target-price')).toContainText('Enter the target price as a positive amount');
  await expect(q.errorOf('rfq-destination-country')).toHaveText('Choose the country the goods go to.');
  await expect(q.errorOf('rfq-needed-by')).toHaveText('The date cannot be in the past.');
  await expect(q.message).toHaveValue('Bitte mit Logo – 500 Stück, "Eilauftrag"');
  await expect(page.getByText(/Request sent to/)).toHaveCount(0);

  // The unsent draft survives a reload.
  await q.destination.selectOption('BR');
  await page.reload();
  await ready(page);
  await expect(q.message).toHaveValue('Bitte mit Logo – 500 Stück, "Eilauftrag"');
  await expect(q.destination).toHaveValue('BR');
  await expect(q.targetPrice).toHaveValue('abc');

  // Corrected, it goes out.
  await q.quantity(0).fill('1 200');
  await q.targetPrice.fill('0.85');
  await q.neededBy.fill(isoInDays(60));
  await q.send.click();
  await expect(page.getByRole('status').filter({ hasText: 'Request sent to 1 supplier' })).toBeVisible();
  await expect(q.errorOf('rfq-target-price')).toHaveCount(0);
  const card = await q.cardFor(2);
  await expect(card.locator('dd').filter({ hasText: '1,200' })).toBeVisible();
  await expect(card.getByText('Brazil')).toBeVisible();
});

test('an expired quote cannot be accepted and says why', async ({ page }) => {
  test.setTimeout(90_000);
  const q = new QuotesPage(page);
  await requestFromProduct(page, 3);
  await q.fillDetails({ destination: 'AE' });
  await q.send.click();
  await expect(page.getByRole('status').filter({ hasText: 'Request sent to 1 supplier' })).toBeVisible();
  const card = await q.cardFor(3);
  const rfqId = await card.getAttribute('data-rfq-id');
  await q.waitForAnswers(card);
  await expect(card.locator('.quote-row')).toHaveCount(1);
  await expect(card.getByRole('button', { name: /^Accept the quote from / })).toBeEnabled();

  // Quotes are valid 14-30 days: 40 days on, the same quote has expired.
  await page.clock.setFixedTime(new Date(Date.now() + 40 * 86_400_000));
  await page.reload();
  await ready(page);
  const later = page.locator(`.rfq-card[data-rfq-id="${rfqId}"]`);
  await expect(later.locator('.quote-row--expired')).toHaveCount(1);
  await expect(later.getByText(/^Expired on .*: this quote can no longer be accepted\./)).toBeVisible();
  await expect(later.getByRole('button', { name: /^Accept the quote from / })).toHaveCount(0);
  await expect(later.locator('.is-best')).toHaveCount(0);
});

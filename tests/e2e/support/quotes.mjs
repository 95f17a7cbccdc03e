// Page object for /quotes: the new-RFQ form, the RFQ list and the quote comparison.
import { expect } from '@playwright/test';

/** ISO date `days` from today (UTC). */
export function isoInDays(days) {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export class QuotesPage {
  constructor(page) {
    this.page = page;
    this.form = page.locator('.rfq-form');
    this.send = page.getByRole('button', { name: 'Send request' });
    this.targetPrice = page.getByLabel('Target unit price (optional)');
    this.destination = page.getByLabel('Destination country');
    this.incoterm = page.getByLabel('Incoterm');
    this.neededBy = page.getByLabel('Needed by');
    this.message = page.getByLabel('Message to the supplier (optional)');
    this.attachments = page.getByLabel('Attachment names (optional)');
    this.otherSuppliers = page.locator('.rfq-suppliers__list input[type="checkbox"]');
    this.cards = page.locator('.rfq-card');
  }

  /**
   * The newest RFQ about product `productId`, pinned by its id once found (other tests may
   * add RFQs to a shared backend meanwhile).
   */
  async cardFor(productId) {
    const newest = this.cards.filter({ has: this.page.locator(`h3 a[href="/product/${productId}"]`) }).first();
    await expect(newest).toBeVisible({ timeout: 15_000 });
    const id = await newest.getAttribute('data-rfq-id');
    return this.page.locator(`.rfq-card[data-rfq-id="${id}"]`);
  }

  /** The quantity field of the request's `i`-th product. */
  quantity(i = 0) {
    return this.form.getByLabel('Quantity').nth(i);
  }

  /** The error shown next to a field, by the field's element id. */
  errorOf(fieldId) {
    return this.page.locator(`#${fieldId}-error`);
  }

  /** Ticks up to `n` other suppliers of the same category; returns how many were ticked. */
  async alsoAsk(n) {
    await expect(this.otherSuppliers.first().or(this.page.getByText('No other suppliers in this category.'))).toBeVisible({ timeout: 15_000 });
    const available = await this.otherSuppliers.count();
    const k = Math.min(n, available);
    for (let i = 0; i < k; i++) await this.otherSuppliers.nth(i).check();
    return k;
  }

  async fillDetails({ destination = 'DE', neededBy = isoInDays(45), incoterm = 'FOB', message = '', attachments = '' } = {}) {
    await this.destination.selectOption(destination);
    await this.incoterm.selectOption(incoterm);
    await this.neededBy.fill(neededBy);
    if (message) await this.message.fill(message);
    if (attachments) await this.attachments.fill(attachments);
  }

  /** Waits until every asked supplier of `card` has answered (the page polls by itself). */
  async waitForAnswers(card) {
    await expect(card).not.toHaveAttribute('data-status', 'waiting', { timeout: 40_000 });
  }

  /** Rows of `card`'s comparison with their normalised unit price, lead days and marks. */
  async rows(card) {
    return card.locator('.quote-row').evaluateAll((rows) =>
      rows.map((r) => ({
        id: r.getAttribute('data-quote-id'),
        priceMinor: Number(r.querySelector('.quote-price .price').getAttribute('data-minor')),
        currency: r.querySelector('.quote-price .price').getAttribute('data-currency'),
        leadDays: Number(r.querySelector('.quote-lead').textContent.match(/\d+/)[0]),
        bestPrice: r.querySelector('.quote-price').classList.contains('is-best'),
        bestLead: r.querySelector('.quote-lead').classList.contains('is-best'),
        expired: r.classList.contains('quote-row--expired'),
      })),
    );
  }
}

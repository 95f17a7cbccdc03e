// Page objects: one per page, locating by role and accessible name where one fits.
import { expect } from '@playwright/test';
import { gotoApp } from './fixtures.mjs';

/** Waits until the wasm app mounted (the boot spinner is gone and the header is there). */
export async function ready(page) {
  await expect(page.locator('#boot')).toHaveCount(0, { timeout: 20_000 });
  await expect(page.locator('header.site-header')).toBeVisible();
}

/** Waits until `main` has stopped loading: no skeleton or busy region left in it. */
export async function settled(page) {
  await expect(page.locator('main [aria-busy="true"], main .skeleton')).toHaveCount(0, { timeout: 20_000 });
}

export class Header {
  constructor(page) {
    this.page = page;
    this.search = page.locator('#site-search');
    this.locale = page.locator('select[name="locale"]');
    this.currency = page.locator('select[name="currency"]');
  }
  async searchFor(text) {
    await this.search.fill(text);
    await this.search.press('Enter');
  }
  async switchLocale(tag) {
    await this.locale.selectOption(tag);
    await expect(this.page.locator('html')).toHaveAttribute('lang', tag);
  }
  async switchCurrency(code) {
    await this.currency.selectOption(code);
  }
}

export class CatalogPage {
  constructor(page) {
    this.page = page;
    this.header = new Header(page);
    this.cards = page.locator('.catalog__results .product-card');
    this.count = page.locator('.catalog__count');
    this.empty = page.locator('.empty-state');
    this.sort = page.locator('#catalog-sort');
  }
  async goto(query = '') {
    await gotoApp(this.page, `/catalog${query}`);
    await ready(this.page);
    await this.loaded();
  }
  /** Waits for results (cards or the empty state) and no pending update. */
  async loaded() {
    await expect(this.cards.first().or(this.empty)).toBeVisible({ timeout: 20_000 });
    await expect(this.page.locator('.catalog__results[aria-busy="true"]')).toHaveCount(0);
  }
  /** The total in "N products" as an integer (digits of any script). */
  async total() {
    const text = await this.count.innerText();
    const digits = text.split('·')[0].replace(/[^\d٠-٩]/g, '').replace(/[٠-٩]/g, (d) => '٠١٢٣٤٥٦٧٨٩'.indexOf(d));
    return Number(digits || '0');
  }
  facet(name, value) {
    return this.page.locator(`.facets input[name="${name}"][value="${value}"]`);
  }
  /** Minor-unit prices (display currency) of the visible cards, in order. */
  async prices() {
    return this.cards.locator('.product-card__price .price').evaluateAll((els) =>
      els.map((e) => Number(e.getAttribute('data-minor'))),
    );
  }
  async currencies() {
    return this.cards.locator('.product-card__price .price').evaluateAll((els) =>
      els.map((e) => e.getAttribute('data-currency')),
    );
  }
}

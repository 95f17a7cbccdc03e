// Page object for the translator workbench (/translate).
import { expect } from '@playwright/test';
import { gotoApp } from './fixtures.mjs';
import { ready } from './pages.mjs';

const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

export class WorkbenchPage {
  constructor(page) {
    this.page = page;
    this.target = page.locator('select[name="target"]');
    this.search = page.locator('input[name="wb-search"]');
    this.pseudo = page.getByRole('switch');
    this.rows = page.locator('.wb-row');
    this.report = page.locator('.wb-report');
  }

  async goto() {
    await gotoApp(this.page, '/translate');
    await ready(this.page);
    await this.loaded();
  }

  /** Waits until the target's messages are listed. */
  async loaded() {
    await expect(this.rows.first()).toBeVisible({ timeout: 20_000 });
  }

  async pickTarget(tag) {
    await this.target.selectOption(tag);
    await expect(this.page.locator(`textarea[lang="${tag}"]`).first()).toBeVisible({ timeout: 20_000 });
  }

  /** The translation field of message `id` (its label ends with the id). */
  field(id) {
    return this.page.getByRole('textbox', { name: new RegExp(`(^|\\s)${escape(id)}(\\s|\\)|$)`) });
  }

  /** The editor row of message `id`. */
  row(id) {
    return this.rows.filter({ has: this.page.locator('.wb-row__id code', { hasText: new RegExp(`^${escape(id)}$`) }) });
  }

  /** Searches for `id` and waits for its row. */
  async find(id) {
    await this.search.fill(id);
    // The search applies after a short pause in typing: wait until the list is filtered.
    await expect.poll(() => this.rows.count()).toBeLessThan(10);
    await expect(this.field(id)).toBeVisible();
  }

  /** Types `text` as the translation of `id` and waits until the draft is saved. */
  async edit(id, text) {
    await this.find(id);
    await this.field(id).fill(text);
    await expect(this.row(id).locator('.wb-saved')).toHaveCount(1);
  }

  filter(name) {
    return this.page.locator('.wb-filter__option').filter({ hasText: name });
  }

  exportButton(file) {
    return this.page.getByRole('button', { name: `Export ${file}` });
  }
}

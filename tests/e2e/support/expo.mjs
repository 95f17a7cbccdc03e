// Page objects of the virtual expo: the hall, the schedule and a booth.
import { expect } from '@playwright/test';
import { gotoApp } from './fixtures.mjs';
import { ready } from './pages.mjs';

/** Whitespace as Intl writes it (narrow no-break spaces) made plain, for comparisons. */
export const plain = (s) => s.replace(/\s+/g, ' ').trim();

/** `t` formatted like the app's day-and-time ("Tue, Nov 24, 9:00 PM EST") in `timeZone`. */
export function dayTime(t, timeZone, locale = 'en') {
  return plain(
    new Intl.DateTimeFormat(locale, {
      weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit',
      timeZoneName: 'short', timeZone,
    }).format(new Date(t)),
  );
}

/** An ISO instant as an iCalendar UTC time (`20261124T020000Z`). */
export const icsTime = (iso) => new Date(iso).toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');

/** Unfolds iCalendar lines and returns them. */
export const icsLines = (text) => text.replace(/\r\n[ \t]/g, '').split('\r\n');

export class ExpoHall {
  constructor(page) {
    this.page = page;
    this.tiles = page.locator('.booth-grid .booth-tile');
    this.count = page.locator('.booths__count');
    this.country = page.getByLabel('Country');
    this.language = page.getByLabel('Language spoken');
    this.category = page.getByLabel('Category');
  }
  async goto() {
    await gotoApp(this.page, '/expo');
    await ready(this.page);
    await expect(this.tiles.first()).toBeVisible({ timeout: 20_000 });
  }
  /** `data-live` of every tile, in order. */
  async liveFlags() {
    return this.tiles.evaluateAll((els) => els.map((e) => e.dataset.live === 'true'));
  }
  async ids() {
    return this.tiles.evaluateAll((els) => els.map((e) => Number(e.dataset.booth)));
  }
}

export class ExpoSchedule {
  constructor(page) {
    this.page = page;
    this.panel = page.locator('#expo-panel-schedule');
    this.items = this.panel.locator('.schedule__item');
    this.day = page.locator('#expo-day');
    this.hall = page.locator('#expo-schedule-hall');
  }
  async goto() {
    await gotoApp(this.page, '/expo');
    await ready(this.page);
    await this.page.getByRole('tab', { name: 'Schedule' }).click();
    await expect(this.items.first()).toBeVisible({ timeout: 20_000 });
  }
  /** The first session that has not started yet. */
  upcoming() {
    return this.items.filter({ hasNot: this.page.locator('.badge--live') }).first();
  }
  /** start ISO, buyer line, exhibitor line and exhibitor zone of a schedule item. */
  async read(item) {
    const iso = await item.locator('[data-testid="buyer-time"]').getAttribute('datetime');
    const buyer = plain(await item.locator('[data-testid="buyer-time"]').innerText());
    const exhibitor = plain(await item.locator('[data-testid="exhibitor-time"]').innerText());
    const zone = exhibitor.match(/\(([^)]+)\)$/)[1];
    return { iso, buyer, exhibitor, zone };
  }
}

export class BoothPage {
  constructor(page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1 });
    this.slots = page.locator('.slot');
    this.book = page.getByRole('button', { name: 'Book this time' });
    this.confirmation = page.locator('.meeting__confirmation');
    this.consent = page.locator('#card-consent');
    this.share = page.getByRole('button', { name: 'Share my card' });
    this.withdraw = page.getByRole('button', { name: 'Withdraw my card' });
    this.sharedCard = page.getByTestId('shared-card');
  }
  async goto(id) {
    await gotoApp(this.page, `/expo/booth/${id}`);
    await ready(this.page);
    await expect(this.heading).toBeVisible({ timeout: 20_000 });
  }
  /** Reloads the booth and waits until its sections have loaded again. */
  async reload() {
    await this.page.reload();
    await ready(this.page);
    await expect(this.heading).toBeVisible({ timeout: 20_000 });
    await expect(this.share.or(this.withdraw)).toBeVisible({ timeout: 20_000 });
    await expect(this.slots.first().or(this.page.getByText('No free times in the coming week.'))).toBeVisible({ timeout: 20_000 });
  }
}

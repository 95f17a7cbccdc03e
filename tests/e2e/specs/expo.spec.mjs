// The virtual expo for buyers: hall filters, the schedule in the buyer's time zone,
// calendar files, meetings booked across time zones and business cards shared only with
// consent. Runs on both backends.
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/fixtures.mjs';
import { ExpoHall, ExpoSchedule, BoothPage, plain, dayTime, icsTime, icsLines } from '../support/expo.mjs';

test.describe('hall', () => {
  test('live booths come first and the filters narrow the exhibitors', async ({ page }) => {
    const hall = new ExpoHall(page);
    await hall.goto();
    await expect(page.getByRole('heading', { level: 1, name: 'Virtual expo' })).toBeFocused();
    await expect(hall.count).toHaveText('48 exhibitors');
    const flags = await hall.liveFlags();
    expect(flags[0]).toBe(true);
    // Once an offline booth appears, no live one follows.
    expect(flags.slice(flags.indexOf(false)).every((f) => !f)).toBe(true);
    const ids = await hall.ids();
    expect(flags[ids.indexOf(1)]).toBe(true); // booth 1 is always live
    expect(flags[ids.indexOf(2)]).toBe(false); // booth 2 never is
    await expect(hall.tiles.first().getByText('Live now')).toBeVisible();
    await expect(hall.tiles.first().getByText(/^Sells:/)).toBeVisible();

    // Country: every tile is from China.
    await hall.country.selectOption({ label: 'China' });
    await expect(hall.count).not.toHaveText('48 exhibitors');
    const china = await hall.tiles.count();
    expect(china).toBeGreaterThan(0);
    for (const text of await hall.tiles.locator('.booth-tile__meta').allInnerTexts()) {
      expect(text).toContain('China');
    }
    // Language too: every remaining booth speaks Chinese.
    await hall.country.selectOption({ label: 'Any' });
    await expect(hall.count).toHaveText('48 exhibitors');
    await hall.language.selectOption({ label: 'Chinese' });
    await expect(hall.count).not.toHaveText('48 exhibitors');
    for (const text of await hall.tiles.locator('.booth-tile__languages').allInnerTexts()) {
      expect(text).toContain('Chinese');
    }
    // A hall button filters by its industry and shows it pressed.
    await hall.language.selectOption({ label: 'Any' });
    const machinery = page.getByRole('button', { name: /^Machinery/ });
    await machinery.click();
    await expect(machinery).toHaveAttribute('aria-pressed', 'true');
    await expect(hall.category).toHaveValue('machinery');
    await expect(hall.count).not.toHaveText('48 exhibitors');
    // The tile opens the booth.
    const first = hall.tiles.first();
    const name = plain(await first.locator('h3').innerText());
    await first.getByRole('link').click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
  });
});

for (const timezoneId of ['Asia/Shanghai', 'America/New_York']) {
  test.describe(`schedule in ${timezoneId}`, () => {
    test.use({ timezoneId, locale: 'en-US' });

    test('sessions show in the buyer’s zone with the exhibitor’s below', async ({ page }) => {
      test.setTimeout(60_000);
      const schedule = new ExpoSchedule(page);
      await schedule.goto();
      await expect(page.getByText(`Times are shown in your time zone (${timezoneId}).`)).toBeVisible();
      const items = await schedule.items.all();
      for (const item of items.slice(0, 8)) {
        const s = await schedule.read(item);
        // The exact times: the buyer's zone first, the exhibitor's (its own IANA zone) below.
        expect(s.buyer.startsWith(dayTime(s.iso, timezoneId))).toBe(true);
        expect(s.exhibitor).toBe(`Exhibitor’s time: ${dayTime(s.iso, s.zone)} (${s.zone})`);
      }
      // A session of an exhibitor in Istanbul (UTC+3 all year) is 5 h later in Shanghai
      // and 8 h (EST) or 7 h (EDT) earlier in New York.
      const istanbul = schedule.items.filter({ hasText: '(Europe/Istanbul)' }).first();
      const k = await schedule.read(istanbul);
      const utc = new Date(k.iso);
      const localHour = (offsetMin) => {
        const m = (utc.getUTCHours() * 60 + utc.getUTCMinutes() + offsetMin + 1440) % 1440;
        const h = Math.floor(m / 60);
        return `${h % 12 === 0 ? 12 : h % 12}:${String(m % 60).padStart(2, '0')} ${h < 12 ? 'AM' : 'PM'}`;
      };
      expect(k.exhibitor).toContain(`, ${localHour(180)} GMT+3 (Europe/Istanbul)`);
      if (timezoneId === 'Asia/Shanghai') {
        expect(k.buyer).toContain(`, ${localHour(480)} GMT+8`);
      } else {
        expect(k.buyer).toMatch(new RegExp(`, (${localHour(-300)} EST|${localHour(-240)} EDT)`));
      }

      // Day filter: the buyer's days; every session shown starts on the chosen one.
      const options = await schedule.day.locator('option').allInnerTexts();
      expect(options.length).toBeGreaterThan(2);
      await schedule.day.selectOption({ index: 2 });
      const day = plain(options[2]);
      await expect(schedule.items.first()).toBeVisible();
      for (const text of await schedule.items.locator('[data-testid="buyer-time"]').allInnerTexts()) {
        expect(plain(text).startsWith(day)).toBe(true);
      }
      // Hall filter.
      await schedule.hall.selectOption({ label: 'Lighting' });
      for (const text of await schedule.items.locator('.schedule__exhibitor').allInnerTexts()) {
        expect(text).toContain('Lighting');
      }
    });
  });
}

test('a session goes to the calendar as an .ics file in UTC', async ({ page }) => {
  const schedule = new ExpoSchedule(page);
  await schedule.goto();
  const item = schedule.upcoming();
  const s = await schedule.read(item);
  const exhibitor = plain(await item.locator('.schedule__exhibitor a').innerText());
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    item.getByRole('button', { name: 'Add to calendar' }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(/^tradefair-session-.+\.ics$/);
  const text = readFileSync(await download.path(), 'utf8');
  expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
  const lines = icsLines(text);
  expect(lines).toContain(`DTSTART:${icsTime(s.iso)}`);
  const summary = lines.find((l) => l.startsWith('SUMMARY:'));
  const unescaped = summary.slice(8).replace(/\\([,;\\])/g, '$1');
  expect(unescaped.startsWith(`${exhibitor}: `)).toBe(true);
  // Commas in names are escaped (RFC 5545), never raw.
  expect(summary.slice(8)).not.toMatch(/[^\\],/);
  expect(lines.some((l) => /^URL:https?:\/\/.+\/expo\/booth\/\d+$/.test(l))).toBe(true);
});

test('a saved session reminds the buyer when it starts', async ({ page }) => {
  await page.clock.install();
  const schedule = new ExpoSchedule(page);
  await schedule.goto();
  const item = schedule.upcoming();
  const s = await schedule.read(item);
  const save = item.getByRole('button', { name: 'Remind me' });
  await save.click();
  await expect(item.getByRole('button', { name: 'Reminder set' })).toHaveAttribute('aria-pressed', 'true');
  const reminders = page.locator('.expo-reminders');
  await expect(reminders).toHaveAttribute('aria-live', 'polite');
  await expect(reminders.locator('.toast')).toHaveCount(0);
  const now = await page.evaluate(() => Date.now());
  await page.clock.fastForward(new Date(s.iso).getTime() - now + 6_000);
  await expect(reminders.locator('.toast')).toHaveCount(1);
  await expect(reminders).toContainText('Starting now:');
  await reminders.getByRole('button', { name: 'Dismiss' }).click();
  await expect(reminders.locator('.toast')).toHaveCount(0);
});

test.describe('meetings across time zones', () => {
  test.use({ timezoneId: 'America/New_York', locale: 'en-US' });

  test('a New York buyer books a slot shown in both zones and gets an .ics', async ({ page }) => {
    const booth = new BoothPage(page);
    await booth.goto(5);
    await expect(page.getByText('Your time zone: America/New_York.')).toBeVisible();
    await expect(booth.slots.first()).toBeVisible();
    const zone = (await page.locator('.meeting__zones').innerText()).match(/Exhibitor’s time zone: ([^.]+)\./)[1];
    const slot = booth.slots.nth(1);
    const start = await slot.getAttribute('data-start');
    const buyerTime = plain(await slot.locator('.slot__buyer').innerText());
    const exhibitorTime = plain(await slot.locator('.slot__exhibitor').innerText());
    // The exact time in each zone.
    expect(dayTime(start, 'America/New_York').endsWith(buyerTime)).toBe(true);
    expect(exhibitorTime).toBe(`Exhibitor: ${dayTime(start, zone)}`);
    // Highlighted slots say so in words too (not by colour alone).
    for (const both of await page.locator('.slot--both').all()) {
      await expect(both.locator('.slot__both')).toHaveText('Both in working hours');
    }

    // Booking without a slot asks for one, next to the button.
    await booth.book.click();
    await expect(page.getByText('Choose a time first.')).toBeVisible();
    await slot.locator('input').check();
    await page.getByLabel('What would you like to discuss? (optional)').fill('Samples, OEM logo');
    await booth.book.click();
    await expect(booth.confirmation.getByRole('heading', { name: 'Meeting booked' })).toBeFocused();
    const confirmed = booth.confirmation.locator('[data-testid="buyer-time"]');
    await expect(confirmed).toHaveAttribute('datetime', new Date(start).toISOString().replace(/\.\d{3}Z$/, 'Z'));
    expect(plain(await confirmed.innerText()).startsWith(dayTime(start, 'America/New_York'))).toBe(true);
    await expect(booth.confirmation.locator('[data-testid="exhibitor-time"]')).toHaveText(
      `Exhibitor’s time: ${dayTime(start, zone)} (${zone})`,
    );
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      booth.confirmation.getByRole('button', { name: 'Add to calendar' }).click(),
    ]);
    const lines = icsLines(readFileSync(await download.path(), 'utf8'));
    expect(lines).toContain(`DTSTART:${icsTime(start)}`);
    expect(lines).toContain(`DTEND:${icsTime(new Date(new Date(start).getTime() + 30 * 60_000).toISOString())}`);
    expect(lines).toContain('DESCRIPTION:Samples\\, OEM logo');
    // The booked slot is no longer offered, also after a reload.
    await expect(page.locator(`.slot[data-start="${start}"]`)).toHaveCount(0);
    await booth.reload();
    await expect(booth.slots.first()).toBeVisible();
    await expect(page.locator(`.slot[data-start="${start}"]`)).toHaveCount(0);
  });
});

test('a business card is shared only with consent, and can be withdrawn', async ({ page }) => {
  const booth = new BoothPage(page);
  await booth.goto(4);
  // A card left by an earlier run on the same server is withdrawn first.
  await expect(booth.share.or(booth.withdraw)).toBeVisible();
  if (await booth.withdraw.isVisible()) await booth.withdraw.click();
  await expect(booth.share).toBeVisible();

  await page.getByLabel('Name', { exact: true }).fill('Ana Souza');
  await page.getByLabel('Email', { exact: true }).fill('ana@example.com');
  await page.getByLabel('Company', { exact: true }).fill('Souza Importadora');
  // The company stays private: untick it after typing.
  await page.getByLabel('Share my Company').uncheck();
  await booth.share.click();
  await expect(page.getByText('Tick the box to agree before sharing.')).toBeVisible();
  await expect(booth.consent).toBeFocused();
  await expect(booth.sharedCard).toHaveCount(0);
  // Nothing reached the backend: a reload still shows the form, with nothing shared.
  await booth.reload();
  await expect(booth.share).toBeVisible();
  await expect(booth.sharedCard).toHaveCount(0);

  await page.getByLabel('Name', { exact: true }).fill('Ana Souza');
  await page.getByLabel('Email', { exact: true }).fill('ana@example');
  await booth.consent.check();
  await booth.share.click();
  await expect(page.getByText('Enter an email address like name@company.com.')).toBeVisible();
  await expect(page.getByLabel('Email', { exact: true })).toBeFocused();
  await page.getByLabel('Email', { exact: true }).fill('ana@example.com');
  await booth.share.click();
  await expect(page.getByText('Your card was shared.')).toBeVisible();
  await expect(booth.sharedCard).toContainText('Ana Souza');
  await expect(booth.sharedCard).toContainText('ana@example.com');
  await expect(booth.sharedCard).not.toContainText('Company');
  await booth.reload();
  await expect(booth.sharedCard).toContainText('Ana Souza');

  await booth.withdraw.click();
  await expect(page.getByText('Your card was withdrawn; the exhibitor no longer has it.')).toBeVisible();
  await expect(booth.sharedCard).toHaveCount(0);
  await booth.reload();
  await expect(booth.share).toBeVisible();
  await expect(booth.sharedCard).toHaveCount(0);
});

test.describe('unknown booth', () => {
  // The reference server answers the booth with a 404, which the browser logs.
  test.use({ allowConsoleErrors: [/status of 404/] });

  test('an unknown booth is the 404 page', async ({ page }) => {
    const booth = new BoothPage(page);
    await booth.goto(4000);
    await expect(booth.heading).toHaveText('Page not found');
    await expect(page.getByText('/expo/booth/4000')).toBeVisible();
  });
});

test('the home page links the booths live now', async ({ page }) => {
  const { gotoApp } = await import('../support/fixtures.mjs');
  await gotoApp(page, '/');
  const live = page.getByRole('region', { name: 'Live now' });
  await expect(live.getByRole('link').first()).toBeVisible({ timeout: 20_000 });
  await live.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/expo\/booth\/\d+$/);
  await expect(page.locator('.booth-header .badge--live')).toBeVisible();
});

test('the booth shows its verification and brochures that download as PDFs', async ({ page }) => {
  const booth = new BoothPage(page);
  await booth.goto(2);
  await expect(page.getByRole('link', { name: 'Supplier profile' })).toHaveAttribute('href', '/supplier/2');
  const brochures = page.getByRole('region', { name: 'Brochures and spec sheets' }).getByRole('link');
  await expect(brochures).toHaveCount(2);
  for (const link of await brochures.all()) {
    const href = await link.getAttribute('href');
    expect(await link.getAttribute('download')).toMatch(/^booth-2-.+\.pdf$/);
    const res = await page.request.get(href);
    expect(res.status()).toBe(200);
    const body = await res.body();
    expect(body.subarray(0, 8).toString()).toBe('%PDF-1.4');
    // The size shown is the file's.
    const kb = Math.ceil(body.length / 1024);
    await expect(link).toContainText(`PDF, ${kb} KB`);
  }
});

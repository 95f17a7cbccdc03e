// Engagement reporting from the buyer's booth page (issue 5): watched time and brochure
// downloads go to the backend only while the buyer has shared a card with the booth, and
// then show in that exhibitor's leads. (Sign-in, guard, leads editing and CSV are in
// exhibitor.spec.mjs; the live console in exhibitor-live.spec.mjs.)
//
// What the app sent is read where each backend keeps it: the HTTP backend's requests to
// `POST /api/expo/booths/{id}/engagement`, the demo backend's reports in localStorage.
import { test, expect, backend } from '../support/fixtures.mjs';
import { BoothPage } from '../support/expo.mjs';
import { ACCOUNTS, SignInPage, LeadsTab } from '../support/exhibitor.mjs';

const DEMO_KEY = 'tradefair.demo.exhibitor';

/** Collects the engagement reports the page sends (HTTP backend: from its requests). */
function recordReports(page) {
  const sent = [];
  page.on('request', (req) => {
    const m = /\/api\/expo\/booths\/(\d+)\/engagement$/.exec(new URL(req.url()).pathname);
    if (m && req.method() === 'POST') {
      sent.push({ booth_id: Number(m[1]), engagement: req.postDataJSON().engagement, status: null, req });
    }
  });
  page.on('response', (res) => {
    const entry = sent.find((s) => s.req === res.request());
    if (entry) entry.status = res.status();
  });
  return async () => {
    if (backend === 'http') {
      return sent.map(({ booth_id, engagement, status }) => ({ booth_id, engagement, status }));
    }
    const stored = await page.evaluate((key) => localStorage.getItem(key), DEMO_KEY);
    const records = stored ? JSON.parse(stored).engagements : [];
    return records.map(({ booth_id, engagement }) => ({ booth_id, engagement, status: 204 }));
  };
}

const ofBooth = (reports, id) => reports.filter((r) => r.booth_id === id);

test.describe('engagement reporting', () => {
  test.setTimeout(180_000);

  test('watching and brochures reach the exhibitor only after the buyer shared a card', async ({ page }) => {
    const reports = recordReports(page);
    const booth = new BoothPage(page);
    const brochureLinks = () =>
      page.getByRole('region', { name: 'Brochures and spec sheets' }).getByRole('link');

    // Booth 2 without a card: opening a brochure sends nothing.
    await booth.goto(2);
    await expect(booth.share.or(booth.withdraw)).toBeVisible({ timeout: 20_000 });
    if (await booth.withdraw.isVisible()) {
      await booth.withdraw.click();
      await expect(booth.share).toBeVisible();
    }
    await expect(brochureLinks()).toHaveCount(2);
    await brochureLinks().first().click();
    await page.waitForTimeout(2_000);
    expect(ofBooth(await reports(), 2)).toEqual([]);

    // Booth 1 (always live) with a card.
    const stamp = Date.now().toString(36);
    const name = `Engaged buyer ${stamp}`;
    await booth.goto(1);
    await expect(booth.share.or(booth.withdraw)).toBeVisible({ timeout: 20_000 });
    if (await booth.share.isVisible()) {
      await page.getByLabel('Name', { exact: true }).fill(name);
      await page.getByLabel('Email', { exact: true }).fill(`engaged-${stamp}@example.com`);
      await booth.consent.check();
      await booth.share.click();
      await expect(page.getByText('Your card was shared.')).toBeVisible();
    }
    // The stream (the booth's recording here) plays. Chromium pauses a muted video that is
    // scrolled out of sight (time that does not count), so it stays in view.
    const video = page.locator('.live-player video.live-recording');
    await video.scrollIntoViewIfNeeded();
    await expect.poll(() => video.evaluate((v) => v.currentTime), { timeout: 20_000 }).toBeGreaterThan(0.3);
    const playingFrom = Date.now();

    const link = brochureLinks().first();
    const fileName = await link.getAttribute('download');
    expect(fileName).toMatch(/^booth-1-.+\.pdf$/);
    await link.click();
    await video.scrollIntoViewIfNeeded();
    await expect
      .poll(async () => ofBooth(await reports(), 1).filter((r) => r.engagement.kind === 'brochure'), { timeout: 10_000 })
      .toEqual([{ booth_id: 1, engagement: { kind: 'brochure', file_name: fileName }, status: 204 }]);

    // About every minute of playing, the minute is reported.
    const watched = async () => ofBooth(await reports(), 1).filter((r) => r.engagement.kind === 'watched');
    await expect.poll(async () => (await watched()).length, { timeout: 90_000, intervals: [2_000] }).toBe(1);
    expect(Date.now() - playingFrom).toBeGreaterThanOrEqual(55_000);
    // The request is seen before its answer: wait for the answer.
    await expect.poll(async () => (await watched())[0].status, { timeout: 10_000 }).toBe(204);
    const [first] = await watched();
    expect(first.engagement.seconds).toBeGreaterThanOrEqual(60);
    expect(first.engagement.seconds).toBeLessThanOrEqual(70);

    // Leaving the booth reports the rest.
    await page.waitForTimeout(3_000);
    await page.locator('header.site-header').getByRole('link', { name: 'Expo', exact: true }).click();
    await expect(page).toHaveURL(/\/expo$/);
    await expect.poll(async () => (await watched()).length, { timeout: 10_000 }).toBe(2);
    await expect.poll(async () => (await watched())[1].status, { timeout: 10_000 }).toBe(204);
    const rest = (await watched())[1];
    expect(rest.engagement.seconds).toBeGreaterThanOrEqual(1);
    expect(rest.engagement.seconds).toBeLessThan(60);

    // The exhibitor of booth 1 sees both in the consenting buyer's lead.
    const signIn = new SignInPage(page);
    await signIn.goto('/exhibitor/leads');
    await signIn.signIn(ACCOUNTS.booth1);
    await expect(page).toHaveURL(/\/exhibitor\/leads$/);
    const leads = new LeadsTab(page);
    await leads.loaded();
    const lead = leads.cards.filter({ has: page.locator('.badge--consent') }).filter({ hasText: fileName });
    await expect(lead).toHaveCount(1);
    await expect(lead.locator('.lead-activity').filter({ hasText: `Downloaded the brochure ${fileName}` }).first()).toBeVisible();
    await expect(lead.locator('.lead-activity').filter({ hasText: /Watched the stream for \d+ minutes?/ })).toHaveCount(1);
    if (backend === 'demo') {
      // A fresh browser: exactly this visit's minutes (61 to 70 s + the rest → 2 minutes).
      await expect(lead).toContainText(name);
      await expect(lead.locator('.lead-activity').filter({ hasText: 'Watched the stream for 2 minutes' })).toHaveCount(1);
    }
  });
});

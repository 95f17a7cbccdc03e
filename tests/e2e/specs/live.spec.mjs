// The booth video: live over WHEP from the test relay (reference server), the recording with
// captions (demo backend), reconnection with backoff, and the WHEP session ended on leave.
//
// The live tests need the relay (TF_RELAY_PORT, see support/live.mjs) and a reference server
// started with --media-base pointing at it; scripts/test.sh's e2e_http sets both up.
import { test, expect, backend, gotoApp } from '../support/fixtures.mjs';
import { CHROMIUM_ARGS } from '../playwright.config.mjs';
import { Relay, WEBRTC_ARGS, relayPort, watchPeers, framesDecoded, recordWhepPosts } from '../support/live.mjs';

// Fake camera and autoplay for this file only (a worker of its own).
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...WEBRTC_ARGS],
  },
});

const player = (page) => page.getByRole('region', { name: 'Booth video' });

/** Leaves the booth inside the app (a route change, so the player is cleaned up). */
async function leaveBooth(page) {
  await page.getByRole('banner').getByRole('link', { name: 'Expo', exact: true }).click();
  await expect(page).toHaveURL(/\/expo$/);
  await expect(player(page)).toHaveCount(0);
}

/** The id of the last WHEP session `posts` (see recordWhepPosts) opened. */
function lastSession(posts) {
  const opened = posts.filter((p) => p.status === 201);
  return opened.length ? opened[opened.length - 1].session : null;
}

/** The relay's viewer sessions by id. */
async function viewerSessions(relay) {
  return Object.fromEntries((await relay.stats()).viewer_sessions.map((v) => [v.id, v]));
}

async function expectFramesFlowing(page) {
  await expect.poll(() => framesDecoded(page), { timeout: 20_000 }).toBeGreaterThan(10);
  const before = await framesDecoded(page);
  await expect.poll(() => framesDecoded(page), { timeout: 10_000 }).toBeGreaterThan(before + 10);
}

test.describe('live booth over WHEP', () => {
  test.skip(backend !== 'http' || !relayPort, 'needs the reference server with --media-base and TF_RELAY_PORT');
  // One relay port for the file: the tests take turns.
  test.describe.configure({ mode: 'serial' });
  // A WHEP endpoint without a stream answers 404, and a stopped relay refuses connections;
  // Chromium logs both as failed resource loads.
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  let relay;
  test.beforeEach(async () => {
    relay = await new Relay(relayPort).start();
  });
  test.afterEach(async () => {
    await relay.stop();
  });

  test('a buyer watches the live stream, and leaving ends the WHEP session', async ({ page, context }) => {
    test.setTimeout(90_000);
    const publisher = await context.newPage();
    await relay.publish(publisher, 'booth-1');

    await watchPeers(page);
    const posts = recordWhepPosts(page);
    await gotoApp(page, '/expo/booth/1');
    await expect(player(page)).toHaveAttribute('data-phase', 'live', { timeout: 20_000 });
    await expect(player(page).getByRole('status')).toHaveText('You are watching the live stream.');
    await expect(player(page).getByText('Live', { exact: true })).toBeVisible();
    await expectFramesFlowing(page);
    // The <video> itself plays the stream.
    await expect
      .poll(() => player(page).locator('video.live-video').evaluate((v) => v.currentTime), { timeout: 10_000 })
      .toBeGreaterThan(0.5);
    // One session for this buyer, and the relay has it.
    expect(posts.map((p) => p.status)).toEqual([201]);
    const viewerId = lastSession(posts);
    expect((await viewerSessions(relay))[viewerId]).toMatchObject({ stream: 'booth-1', state: 'connected' });

    await leaveBooth(page);
    await expect.poll(async () => Object.keys(await viewerSessions(relay)), { timeout: 10_000 }).not.toContain(viewerId);
    const deletes = await relay.requests('DELETE', new RegExp(`^/whep/booth-1/${viewerId}$`));
    expect(deletes.map((r) => r.status)).toEqual([200]);
    // The publisher is untouched.
    expect((await relay.stats()).streams['booth-1']).toBeTruthy();
  });

  test('the player shows the drop, backs off and recovers when the relay restarts', async ({ page, context }) => {
    test.setTimeout(120_000);
    const publisher = await context.newPage();
    await relay.publish(publisher, 'booth-1');
    await watchPeers(page);
    const posts = recordWhepPosts(page);
    await gotoApp(page, '/expo/booth/1');
    await expect(player(page)).toHaveAttribute('data-phase', 'live', { timeout: 20_000 });
    await expectFramesFlowing(page);

    await relay.stop('SIGKILL');
    await expect(player(page)).toHaveAttribute('data-phase', 'reconnecting', { timeout: 20_000 });
    await expect(player(page).getByRole('status')).toHaveText(/Reconnecting…$/);
    // While it waits it says when it tries next.
    await expect(player(page).getByText(/ in \d+ seconds?\.$/)).toBeVisible({ timeout: 10_000 });
    await expect(player(page).getByRole('button', { name: 'Try now' })).toBeVisible();
    await expect(player(page).locator('video.live-video')).toBeHidden();

    await relay.start();
    await publisher.evaluate(() => window.__pub.publish());
    await publisher.waitForFunction(() => window.__pub.state === 'connected', null, { timeout: 20_000 });
    // No click: the backoff alone brings it back (waits are at most 30 s).
    await expect(player(page)).toHaveAttribute('data-phase', 'live', { timeout: 45_000 });
    await expectFramesFlowing(page);
    // A new session was opened after the drop (attempts in between were refused or found no
    // stream, depending on how soon the relay was back: either is fine).
    expect(posts.length).toBeGreaterThanOrEqual(2);
    expect((await viewerSessions(relay))[lastSession(posts)]).toMatchObject({ state: 'connected' });
  });

  test('a live booth whose stream has not started is retried with growing waits', async ({ page }) => {
    test.setTimeout(60_000);
    const all = recordWhepPosts(page);
    const posts = () => all.filter((p) => p.path === '/whep/booth-1');
    await gotoApp(page, '/expo/booth/1');
    await expect(player(page)).toHaveAttribute('data-phase', 'waiting', { timeout: 15_000 });
    await expect(player(page).getByRole('status')).toHaveText('The live stream has not started yet.');
    await expect(player(page).getByText(/ in \d+ seconds?\.$/)).toBeVisible();

    await page.waitForTimeout(10_000);
    const seen = posts();
    expect(seen.map((p) => p.status).filter((s) => s !== null && s !== 404)).toEqual([]);
    // Waits of 0.5-1 s, 1-2 s, 2-4 s, 4-8 s...: 3 to 5 attempts in ~10 s, never a tight loop.
    expect(seen.length).toBeGreaterThanOrEqual(3);
    expect(seen.length).toBeLessThanOrEqual(5);
    const gaps = seen.slice(1).map((p, i) => p.t - seen[i].t);
    gaps.forEach((gap, i) => expect(gap, `wait ${i + 1} of ${gaps}`).toBeGreaterThanOrEqual(500 * 2 ** i - 100));
    // The relay saw them too.
    expect((await relay.requests('POST', /^\/whep\/booth-1$/)).length).toBeGreaterThanOrEqual(seen.length);

    // "Try now" tries at once.
    const before = posts().length;
    await player(page).getByRole('button', { name: 'Try now' }).click();
    await expect.poll(() => posts().length, { timeout: 3_000 }).toBe(before + 1);
  });

  test('an offline booth says so and never calls the media server', async ({ page }) => {
    const posts = recordWhepPosts(page);
    await gotoApp(page, '/expo/booth/2');
    await expect(player(page)).toHaveAttribute('data-phase', 'offline');
    await expect(player(page).getByRole('status')).toHaveText(/^Offline\./);
    await page.waitForTimeout(3_000);
    expect(posts).toEqual([]);
    expect(await relay.requests('POST', /^\/whep\/booth-2$/)).toEqual([]);
  });
});

test.describe('booth recording', () => {
  test.skip(backend !== 'demo', 'the demo backend plays recordings in place of live streams');

  test('plays the loop muted, with a caption track per locale and a picker', async ({ page }) => {
    await gotoApp(page, '/expo/booth/1');
    const video = player(page).locator('video.live-recording');
    await expect(video).toBeVisible();
    await expect(player(page).getByText('Recording', { exact: true })).toBeVisible();
    await expect.poll(() => video.evaluate((v) => v.currentTime), { timeout: 10_000 }).toBeGreaterThan(0.3);
    const t1 = await video.evaluate((v) => v.currentTime);
    await expect.poll(() => video.evaluate((v) => v.currentTime)).not.toBe(t1);
    expect(await video.evaluate((v) => v.muted)).toBe(true);

    const tracks = () => video.evaluate((v) => [...v.textTracks].map((t) => [t.language, t.mode]));
    expect((await tracks()).map(([lang]) => lang).sort()).toEqual(['ar', 'de', 'en', 'es', 'fr', 'zh-CN']);
    // English buyer: English captions, and only those.
    const picker = player(page).getByRole('combobox', { name: 'Captions' });
    await expect(picker).toHaveValue('en');
    await expect.poll(async () => (await tracks()).filter(([, m]) => m === 'showing')).toEqual([['en', 'showing']]);

    await picker.selectOption({ label: 'Deutsch' });
    await expect.poll(async () => (await tracks()).filter(([, m]) => m === 'showing')).toEqual([['de', 'showing']]);
    // The German WebVTT file was served and parsed.
    await expect
      .poll(() => video.evaluate((v) => [...v.textTracks].find((t) => t.language === 'de').cues?.length ?? 0))
      .toBe(4);
    await picker.selectOption({ label: 'Off' });
    await expect.poll(async () => (await tracks()).filter(([, m]) => m === 'showing')).toEqual([]);

    // Sound is one visible click away.
    await player(page).getByRole('button', { name: 'Turn sound on' }).click();
    expect(await video.evaluate((v) => v.muted)).toBe(false);
    await expect(player(page).getByRole('button', { name: 'Turn sound off' })).toBeVisible();
    await expect(player(page)).toHaveAttribute('data-phase', 'offline');
  });

  test.describe('in Arabic', () => {
    test.use({ locale: 'ar' });
    test('captions default to the buyer’s language', async ({ page }) => {
      await gotoApp(page, '/expo/booth/1');
      const video = page.locator('.live-player video.live-recording');
      await expect(page.locator('.live-captions select')).toHaveValue('ar');
      await expect
        .poll(() => video.evaluate((v) => [...v.textTracks].filter((t) => t.mode === 'showing').map((t) => t.language)))
        .toEqual(['ar']);
    });
  });
});

// The exhibitor console's Live tab: camera preview and microphone meter (Chromium's fake
// devices), pinning products and replying while buyers watch, and going live over WHIP to
// the test relay with a buyer playing the stream over WHEP.
//
// Without a media server (demo backend, or the reference server without --media-base) the
// tab says so and keeps "Go live" disabled. The WHIP test needs the relay (TF_RELAY_PORT)
// and a server started with --media-base/--media-token (TF_MEDIA_TOKEN): scripts/test.sh's
// relay run of e2e_http sets both up.
import { test, expect, backend, gotoApp } from '../support/fixtures.mjs';
import { CHROMIUM_ARGS } from '../playwright.config.mjs';
import { Relay, WEBRTC_ARGS, relayPort, watchPeers, framesDecoded } from '../support/live.mjs';
import { ACCOUNTS, SignInPage } from '../support/exhibitor.mjs';
import { BoothChannelPage } from '../support/chat.mjs';

// Fake camera and microphone, no permission prompt, autoplay (a worker of its own).
test.use({
  launchOptions: {
    executablePath: process.env.CHROME_BIN || '/usr/bin/chromium',
    args: [...CHROMIUM_ARGS, ...WEBRTC_ARGS],
  },
});

const mediaToken = process.env.TF_MEDIA_TOKEN || '';
const withMediaServer = backend === 'http' && !!relayPort && !!mediaToken;

/** The Live tab of the console. */
class LiveTab {
  constructor(page) {
    this.page = page;
    this.root = page.locator('.live-console');
    this.allow = this.root.getByRole('button', { name: 'Turn on camera and microphone' });
    this.preview = this.root.locator('video.live-preview__video');
    this.source = this.root.getByTestId('on-air-source');
    this.meter = this.root.getByRole('meter', { name: 'Microphone level' });
    this.camera = this.root.getByLabel('Camera', { exact: true });
    this.microphone = this.root.getByLabel('Microphone', { exact: true });
    this.resolution = this.root.getByLabel('Resolution', { exact: true });
    this.goLive = this.root.getByRole('button', { name: 'Go live' });
    this.stop = this.root.getByRole('button', { name: 'Stop' });
    this.status = this.root.getByTestId('broadcast-status');
    this.broadcast = this.root.locator('section.live-broadcast');
    this.reason = this.root.locator('#live-go-reason');
    this.pins = this.root.locator('section.live-pins');
    this.questions = this.root.locator('section.live-questions');
    this.chat = this.root.locator('section.live-chat');
  }

  /** Signs in as booth 1's exhibitor and opens the Live tab. */
  async open() {
    const signIn = new SignInPage(this.page);
    await signIn.goto('/exhibitor');
    await signIn.signIn(ACCOUNTS.booth1);
    await expect(this.page).toHaveURL(/\/exhibitor$/, { timeout: 20_000 });
    await expect(this.root).toBeVisible({ timeout: 20_000 });
  }

  async turnOnCamera() {
    await this.allow.click();
    await expect(this.preview).toBeVisible({ timeout: 15_000 });
    await expect.poll(() => this.preview.evaluate((v) => v.videoWidth), { timeout: 15_000 }).toBeGreaterThan(0);
  }

  /** The row of the first product that is not pinned now (found by its id, so it stays
   *  the same row once pinned). */
  async unpinnedRow() {
    const first = this.pins.locator('li.live-pin[data-pinned="false"]').first();
    await expect(first).toBeVisible({ timeout: 20_000 });
    const id = await first.getAttribute('data-product-id');
    return this.pins.locator(`li.live-pin[data-product-id="${id}"]`);
  }
}

/** Current time of a page's <video>, to see it advance. */
const currentTime = (video) => video.evaluate((v) => v.currentTime);

test.describe('Live tab without a media server', () => {
  test.skip(withMediaServer || (backend === 'http' && !!relayPort), 'this run has a media server');

  test('preview, moving microphone meter, resolution, and Go live disabled with the reason', async ({ page }) => {
    test.setTimeout(60_000);
    const live = new LiveTab(page);
    await live.open();
    await expect(live.root.getByTestId('no-media-server')).toContainText('it has no media server');
    // Before the camera: Go live waits for it.
    await expect(live.goLive).toBeDisabled();
    await expect(live.reason).toHaveText('Going live needs a media server, and this backend has none.');

    await live.turnOnCamera();
    await expect(live.source).toHaveText('Preview: camera');
    // Devices are listed with the names the browser gives once access is granted.
    const cameras = await live.camera.locator('option').allTextContents();
    expect(cameras.length).toBeGreaterThan(0);
    expect(cameras.every((c) => c.trim().length > 0 && !/^Camera \d+$/.test(c))).toBe(true);
    await expect(live.microphone.locator('option').first()).not.toHaveText('No microphone found');

    // The meter follows the fake microphone's beeps: several different levels, some loud.
    const levels = new Set();
    await expect
      .poll(
        async () => {
          levels.add(Number(await live.meter.getAttribute('aria-valuenow')));
          return levels.size;
        },
        { timeout: 10_000, intervals: [50] },
      )
      .toBeGreaterThan(3);
    expect(Math.max(...levels)).toBeGreaterThan(5);
    await expect(live.meter).toHaveAttribute('aria-valuetext', /^Level \d+ of 100$/);

    // A lower resolution reopens the camera at that size.
    await live.resolution.selectOption('360p');
    await expect.poll(() => live.preview.evaluate((v) => v.videoHeight), { timeout: 15_000 }).toBe(360);

    // Still no media server: Go live stays disabled, with the reason next to it.
    await expect(live.goLive).toBeDisabled();
    await expect(live.goLive).toHaveAttribute('aria-describedby', 'live-go-reason');
    await expect(live.reason).toHaveText('Going live needs a media server, and this backend has none.');
    await expect(live.status).toHaveText('Off air');
  });

  test('pinning and unpinning shows at once on a buyer’s booth page; replies reach the chat', async ({ page, context }) => {
    test.setTimeout(90_000);
    const live = new LiveTab(page);
    await live.open();
    const row = await live.unpinnedRow();
    const productId = await row.getAttribute('data-product-id');
    const name = (await row.locator('.live-pin__name').textContent()).trim();

    const buyerPage = await context.newPage();
    const buyer = new BoothChannelPage(buyerPage);
    await buyer.open(1);
    await buyer.tab(/^Products/).click();
    const buyerPin = buyer.pinned.locator(`li.chat-pin[data-product-id="${productId}"]`);
    await expect(buyerPin).toHaveCount(0);

    await row.getByRole('button', { name: `Pin ${name}` }).click();
    await expect(row).toHaveAttribute('data-pinned', 'true');
    await expect(row.getByRole('button', { name: `Unpin ${name}` })).toHaveAttribute('aria-pressed', 'true');
    await expect(buyerPin).toBeVisible({ timeout: 15_000 });
    await expect(buyerPin).toContainText(name);

    await row.getByRole('button', { name: `Unpin ${name}` }).click();
    await expect(row).toHaveAttribute('data-pinned', 'false');
    await expect(buyerPin).toHaveCount(0, { timeout: 15_000 });

    // A reply: empty is refused next to the field, then it reaches the buyer as the exhibitor.
    const reply = live.chat.getByLabel('Your reply (shown as the exhibitor)');
    await live.chat.getByRole('button', { name: 'Send reply' }).click();
    await expect(live.chat.locator('#live-reply-error')).not.toBeEmpty();
    await expect(reply).toBeFocused();
    const text = `MOQ is 500 units — 已确认 ${Date.now()}`;
    await reply.fill(text);
    await live.chat.getByRole('button', { name: 'Send reply' }).click();
    await expect(reply).toHaveValue('');
    await expect(live.chat.locator('.chat-msg--exhibitor').filter({ hasText: text })).toBeVisible();
    await buyer.tab(/^Chat/).click();
    await expect(buyer.message(text)).toBeVisible({ timeout: 15_000 });
    await expect(buyer.message(text)).toHaveClass(/chat-msg--exhibitor/);
  });

  test('a buyer’s question can be marked answered', async ({ page, context }) => {
    test.setTimeout(90_000);
    const buyerPage = await context.newPage();
    const buyer = new BoothChannelPage(buyerPage);
    await buyer.open(1);
    const question = `Do you ship to Santos? ${Date.now()}`;
    await buyer.ask(question);
    await expect(buyer.question(question)).toBeVisible({ timeout: 15_000 });

    const live = new LiveTab(page);
    await live.open();
    const item = live.questions.locator('li.live-question').filter({ hasText: question });
    await expect(item).toBeVisible({ timeout: 15_000 });
    await item.getByRole('button', { name: `Mark answered: ${question}` }).click();
    await expect(item.getByText('Answered', { exact: true })).toBeVisible();
    await expect(buyer.question(question).getByText('Answered', { exact: true })).toBeVisible({ timeout: 15_000 });
  });
});

test.describe('going live over WHIP to the test relay', () => {
  test.skip(!withMediaServer, 'needs the reference server with --media-base/--media-token, TF_RELAY_PORT and TF_MEDIA_TOKEN');
  test.describe.configure({ mode: 'serial' });
  // A WHEP attempt after the stream ended is a 404: Chromium logs it as a failed load.
  test.use({ allowConsoleErrors: [/Failed to load resource/] });

  let relay;
  test.beforeEach(async () => {
    // The relay requires the server's token on every WHIP request.
    const saved = process.env.TF_RELAY_CMD;
    const base = saved || `bash ${new URL('../../relay/relay.sh', import.meta.url).pathname}`;
    process.env.TF_RELAY_CMD = `${base} --token ${mediaToken}`;
    try {
      relay = await new Relay(relayPort).start();
    } finally {
      if (saved === undefined) delete process.env.TF_RELAY_CMD;
      else process.env.TF_RELAY_CMD = saved;
    }
  });
  test.afterEach(async () => {
    await relay.stop();
  });

  test('the exhibitor goes live, a buyer watches and sees a pin, Stop ends both sessions', async ({ page, context }) => {
    test.setTimeout(180_000);
    await watchPeers(page);
    const live = new LiveTab(page);
    await live.open();
    await live.turnOnCamera();
    await expect(live.root.getByTestId('no-media-server')).toHaveCount(0);
    await expect(live.status).toHaveText('Off air');

    await live.goLive.click();
    await expect(live.status).toHaveText('On air', { timeout: 20_000 });
    await expect(live.source).toHaveText('On air: camera');
    await expect(live.broadcast.getByTestId('live-elapsed').locator('time')).toHaveText(/^0:0\d$/);
    await expect(live.broadcast.getByTestId('live-bitrate')).toHaveText(/^[\d.,]+ (kbit|Mbit)\/s$/, { timeout: 10_000 });

    // The relay has the publisher (the token was accepted) and receives video.
    await expect
      .poll(async () => (await relay.stats()).streams['booth-1']?.frames_in?.video || 0, { timeout: 20_000 })
      .toBeGreaterThan(10);
    const publisherId = (await relay.stats()).streams['booth-1'].publisher.id;

    // A buyer plays it over WHEP.
    const buyerPage = await context.newPage();
    await watchPeers(buyerPage);
    await gotoApp(buyerPage, '/expo/booth/1');
    const player = buyerPage.getByRole('region', { name: 'Booth video' });
    await expect(player).toHaveAttribute('data-phase', 'live', { timeout: 30_000 });
    const video = player.locator('video.live-video');
    await expect.poll(() => video.evaluate((v) => v.videoWidth), { timeout: 20_000 }).toBeGreaterThan(0);
    await expect.poll(() => framesDecoded(buyerPage), { timeout: 20_000 }).toBeGreaterThan(10);
    const t0 = await currentTime(video);
    await expect.poll(() => currentTime(video), { timeout: 10_000 }).toBeGreaterThan(t0 + 0.5);
    await expect.poll(async () => (await relay.stats()).viewers, { timeout: 10_000 }).toBe(1);

    // A pin reaches the buyer's booth page.
    const row = await live.unpinnedRow();
    const productId = await row.getAttribute('data-product-id');
    const name = (await row.locator('.live-pin__name').textContent()).trim();
    await row.getByRole('button', { name: `Pin ${name}` }).click();
    const channel = new BoothChannelPage(buyerPage);
    await channel.tab(/^Products/).click();
    await expect(channel.pinned.locator(`li.chat-pin[data-product-id="${productId}"]`)).toBeVisible({ timeout: 15_000 });

    // While live, the console confirms it is on air every 30 s (the backend takes a booth
    // whose console went silent for 90 s off air): a confirmation goes out, is accepted, and
    // the buyer keeps watching.
    const confirm = await page.waitForRequest(
      (r) => r.method() === 'PUT' && /\/api\/exhibitor\/booths\/1\/live$/.test(r.url()),
      { timeout: 40_000 },
    );
    expect(confirm.postDataJSON()).toEqual({ on_air: true });
    expect(confirm.headers()['authorization']).toMatch(/^Bearer \S+$/);
    expect(await (await confirm.response()).json()).toMatchObject({ on_air: true });
    await expect(player).toHaveAttribute('data-phase', 'live');
    await expect(live.status).toHaveText('On air');

    // Stop: the WHIP session is deleted (with the token), the buyer's session ends with it.
    await live.stop.click();
    await expect(live.status).toHaveText('Off air', { timeout: 15_000 });
    await expect(live.goLive).toBeEnabled();
    await expect.poll(async () => (await relay.stats()).publishers, { timeout: 15_000 }).toBe(0);
    await expect.poll(async () => (await relay.stats()).viewers, { timeout: 15_000 }).toBe(0);
    const deletes = await relay.requests('DELETE', new RegExp(`^/whip/booth-1/${publisherId}$`));
    expect(deletes.map((r) => r.status)).toEqual([200]);
    await expect(player).toHaveAttribute('data-phase', 'ended', { timeout: 20_000 });
    await expect(player.getByRole('status')).toHaveText('This live session has ended.');
    // The exhibitor's camera preview stays on after the stream.
    await expect(live.preview).toBeVisible();
  });
});

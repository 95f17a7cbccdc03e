// The booth's live channel on /expo/booth/1: chat, Q&A with upvotes, pinned products into
// the cart, drafts that survive a reload, translations with the original one click away,
// and (against the reference server) reconnecting without gaps or duplicates.
import { test, expect, backend, baseURL } from '../support/fixtures.mjs';
import { BoothChannelPage } from '../support/chat.mjs';

const unique = (prefix) => `${prefix} ${Date.now().toString(36)}${Math.floor(Math.random() * 1e6)}`;

test('a posted message appears once; bad input is explained next to the field', async ({ page }) => {
  const booth = new BoothChannelPage(page);
  await booth.open(1);
  await expect(booth.tab(/^Chat/)).toHaveAttribute('aria-selected', 'true');
  await expect(booth.messages.first()).toBeVisible();

  // Nothing filled in: the name is asked for first and takes focus.
  await booth.chat.getByLabel('Your name', { exact: true }).fill('');
  await booth.chat.getByRole('button', { name: 'Send' }).click();
  await expect(booth.chat.getByText('Enter your name so the exhibitor knows who is asking.')).toBeVisible();
  await expect(booth.chat.getByLabel('Your name', { exact: true })).toBeFocused();
  await expect(booth.chat.getByLabel('Your name', { exact: true })).toHaveAttribute('aria-invalid', 'true');

  // Too long: the text is kept and the limit explained.
  await booth.chat.getByLabel('Your name', { exact: true }).fill('Anna Becker');
  const long = 'x'.repeat(501);
  await booth.chat.getByLabel('Message', { exact: true }).fill(long);
  await booth.chat.getByRole('button', { name: 'Send' }).click();
  await expect(booth.chat.getByText(/Shorten your text to 500 characters \(it has 501\)/)).toBeVisible();
  await expect(booth.chat.getByLabel('Message', { exact: true })).toBeFocused();
  await expect(booth.chat.getByLabel('Message', { exact: true })).toHaveValue(long);

  const text = unique('Hallo vom Hamburger Stand');
  await booth.chat.getByLabel('Message', { exact: true }).fill(text);
  await booth.chat.getByRole('button', { name: 'Send' }).click();
  await expect(booth.message(text)).toHaveCount(1);
  await expect(booth.message(text).locator('.chat-msg__author')).toHaveText('Anna Becker');
  await expect(booth.chat.getByLabel('Message', { exact: true })).toHaveValue('');
  // Markup stays text.
  const markup = `<b>${unique('bold?')}</b>`;
  await booth.post(markup);
  await expect(booth.message(markup)).toHaveCount(1);
  await expect(booth.message(markup).locator('b')).toHaveCount(0);
  // Ids are ascending and unique.
  const ids = await booth.messageIds();
  expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
});

test('a question is asked, upvoted once, and keeps its vote after a reload', async ({ page }) => {
  const booth = new BoothChannelPage(page);
  await booth.open(1);
  const text = unique('Can you ship samples to Hamburg?');
  await booth.ask(text);
  const q = booth.question(text);
  await expect(q).toHaveCount(1);
  await expect(q).toHaveAttribute('data-upvotes', '0');
  await expect(q.getByText('0 votes')).toBeVisible();
  const upvote = q.getByRole('button', { name: `Upvote: ${text}` });
  await upvote.click();
  await expect(q).toHaveAttribute('data-upvotes', '1');
  await expect(q.getByText('One vote')).toBeVisible();
  const done = q.getByRole('button', { name: `Upvoted: ${text}` });
  await expect(done).toBeDisabled();
  await expect(done).toHaveAttribute('aria-pressed', 'true');

  await page.reload();
  await booth.waitLive();
  await booth.tab(/^Q&A/).click();
  await expect(booth.question(text)).toHaveAttribute('data-upvotes', '1');
  await expect(booth.question(text).getByRole('button', { name: `Upvoted: ${text}` })).toBeDisabled();
  // Questions are ordered by votes: nothing below has more votes than what is above.
  const votes = await booth.qa.locator('.chat-question').evaluateAll((els) => els.map((e) => Number(e.dataset.upvotes)));
  expect(votes).toEqual([...votes].sort((a, b) => b - a));
});

test('a pinned product goes into the cart in one click', async ({ page }) => {
  const booth = new BoothChannelPage(page);
  await booth.open(1);
  await expect(page.getByRole('link', { name: /^Cart, (0 lines|empty)/ }).or(page.locator('.cart-link'))).toBeVisible();
  await booth.tab(/^Products/).click();
  const pin = booth.pinned.locator('.chat-pin').first();
  await expect(pin).toBeVisible();
  await expect(pin.locator('.price')).toHaveAttribute('data-currency', 'USD');
  await expect(pin.getByText(/^Min\. order: /)).toBeVisible();
  await pin.getByRole('button', { name: /^Add to cart: / }).click();
  await expect(pin.getByRole('status')).toContainText('to the cart');
  await expect(page.getByRole('link', { name: 'Cart, 1 line' })).toBeVisible();
  await page.getByRole('link', { name: 'Cart, 1 line' }).click();
  await expect(page).toHaveURL(/\/cart$/);
  await expect(page.locator('.cart-line')).toHaveCount(1);
});

test('unsent drafts survive a reload, per booth', async ({ page }) => {
  const booth = new BoothChannelPage(page);
  await booth.open(1);
  await booth.chat.getByLabel('Your name', { exact: true }).fill('Sophie Laurent');
  await booth.chat.getByLabel('Message', { exact: true }).fill('Bonjour, une question sur');
  await booth.tab(/^Q&A/).click();
  await booth.qa.getByLabel('Your question', { exact: true }).fill('Quel est le délai');
  await page.reload();
  await booth.waitLive();
  await expect(booth.chat.getByLabel('Message', { exact: true })).toHaveValue('Bonjour, une question sur');
  await expect(booth.chat.getByLabel('Your name', { exact: true })).toHaveValue('Sophie Laurent');
  await booth.tab(/^Q&A/).click();
  await expect(booth.qa.getByLabel('Your question', { exact: true })).toHaveValue('Quel est le délai');
  // Another booth has its own (empty) draft.
  const other = new BoothChannelPage(page);
  await other.open(2);
  await expect(other.chat.getByLabel('Message', { exact: true })).toHaveValue('');
});

test('a translated message shows its original one click away', async ({ page }) => {
  const booth = new BoothChannelPage(page);
  await booth.open(1);
  const first = booth.messages.filter({ has: page.getByRole('button', { name: 'Show original' }) }).first();
  await expect(first).toBeVisible();
  // Pin the message by id: its button changes name when clicked.
  const foreign = booth.chat.locator(`.chat-msg[data-event-id="${await first.getAttribute('data-event-id')}"]`);
  const original = await foreign.getAttribute('data-original-locale');
  expect(original).not.toBe('en');
  const text = foreign.locator('.chat-msg__text');
  await expect(text).toHaveAttribute('lang', 'en');
  const translated = await text.innerText();
  await foreign.getByRole('button', { name: 'Show original' }).click();
  await expect(text).toHaveAttribute('lang', original);
  await expect(text).not.toHaveText(translated);
  await expect(foreign.getByRole('button', { name: 'Show translation' })).toHaveAttribute('aria-pressed', 'true');
  await foreign.getByRole('button', { name: 'Show translation' }).click();
  await expect(text).toHaveText(translated);
});

test('the tabs work from the keyboard', async ({ page }) => {
  const booth = new BoothChannelPage(page);
  await booth.open(1);
  await booth.tab(/^Chat/).focus();
  await page.keyboard.press('ArrowRight');
  await expect(booth.tab(/^Q&A/)).toBeFocused();
  await expect(booth.tab(/^Q&A/)).toHaveAttribute('aria-selected', 'true');
  await expect(booth.qa).toBeVisible();
  await page.keyboard.press('End');
  await expect(booth.tab(/^Products/)).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('Home');
  await expect(booth.chat).toBeVisible();
});

test.describe('reconnecting', () => {
  test.skip(backend !== 'http', 'the demo backend has no connection to lose');

  test('resumes after a dropped socket with every missed message exactly once, in order', async ({ page, request }) => {
    let online = true;
    const sockets = [];
    const urls = [];
    await page.routeWebSocket(/\/api\/booths\/1\/chat/, (ws) => {
      urls.push(ws.url());
      if (!online) {
        ws.close({ code: 1012, reason: 'restarting' });
        return;
      }
      ws.connectToServer();
      sockets.push(ws);
    });
    const booth = new BoothChannelPage(page);
    await booth.open(1);
    const before = unique('before the drop');
    await booth.post(before);
    await expect(booth.message(before)).toHaveCount(1);

    // The server goes away; the buyer's socket closes and cannot reconnect for now.
    online = false;
    for (const ws of sockets.splice(0)) await ws.close({ code: 1012, reason: 'restarting' });
    await expect(booth.status).toHaveAttribute('data-state', 'reconnecting');

    // Meanwhile others keep chatting.
    const missed = [];
    for (const n of [1, 2, 3]) {
      const res = await request.post(`${baseURL}/api/booths/1/chat`, {
        data: { kind: 'message', author: 'Li Wei', text: unique(`missed ${n}`), locale: 'zh-CN', client_id: 'e2e-other-buyer' },
      });
      expect(res.status()).toBe(201);
      missed.push(await res.json());
    }
    await page.waitForTimeout(600);
    for (const m of missed) await expect(booth.message(m.event.text)).toHaveCount(0);

    // Back online: the next attempt resumes after the last id seen and gets exactly those.
    online = true;
    await booth.waitLive();
    for (const m of missed) {
      await expect(booth.messages.and(page.locator(`[data-event-id="${m.id}"]`))).toHaveCount(1);
    }
    // Announced politely once for the whole replay, not once per message.
    // (The booth's scripted conversation may add a message of its own meanwhile.)
    await expect(page.getByTestId('chat-announcer')).toHaveText(/^\d+ new messages in the chat$/);
    const announced = Number((await page.getByTestId('chat-announcer').innerText()).split(' ')[0]);
    expect(announced).toBeGreaterThanOrEqual(3);
    const resumed = urls[urls.length - 1];
    expect(Number(new URL(resumed).searchParams.get('after'))).toBeGreaterThanOrEqual(missed[0].id - 1);
    // The stream continues live after the replay, without duplicates.
    const after = unique('after the drop');
    await booth.post(after);
    await expect(booth.message(after)).toHaveCount(1);
    await page.waitForTimeout(500);
    const ids = await booth.messageIds();
    expect(ids).toEqual([...new Set(ids)].sort((a, b) => a - b));
    const texts = await booth.messages.locator('.chat-msg__text').allInnerTexts();
    for (const m of missed) expect(texts.filter((t) => t === m.event.text)).toHaveLength(1);
  });
});

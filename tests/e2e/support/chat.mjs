// Page object of the booth's live channel (chat, Q&A, pinned products) on /expo/booth/:id.
import { expect, gotoApp } from './fixtures.mjs';

export class BoothChannelPage {
  constructor(page) {
    this.page = page;
    this.root = page.locator('.booth-channel');
  }

  /** Opens booth `id` and waits until its channel is live. */
  async open(id = 1) {
    this.boothId = id;
    await gotoApp(this.page, `/expo/booth/${id}`, { selector: '.booth-channel' });
    await this.waitLive();
  }

  async waitLive() {
    await expect(this.status).toHaveAttribute('data-state', 'live', { timeout: 15_000 });
  }

  get status() {
    return this.root.getByTestId('chat-status');
  }

  tab(name) {
    return this.root.getByRole('tab', { name });
  }

  panel(name) {
    return this.root.getByRole('tabpanel', { name });
  }

  get chat() {
    return this.panel(/^Chat/);
  }

  get qa() {
    return this.panel(/^Q&A/);
  }

  get pinned() {
    return this.panel(/^Products/);
  }

  get messages() {
    return this.chat.locator('.chat-msg');
  }

  message(text) {
    return this.messages.filter({ hasText: text });
  }

  question(text) {
    return this.qa.locator('.chat-question').filter({ hasText: text });
  }

  /** Types and sends a chat message. */
  async post(text, name = 'Anna Becker') {
    await this.tab(/^Chat/).click();
    await this.chat.getByLabel('Your name', { exact: true }).fill(name);
    await this.chat.getByLabel('Message', { exact: true }).fill(text);
    await this.chat.getByRole('button', { name: 'Send' }).click();
  }

  /** Asks a question in the Q&A tab. */
  async ask(text, name = 'Anna Becker') {
    await this.tab(/^Q&A/).click();
    await this.qa.getByLabel('Your name', { exact: true }).fill(name);
    await this.qa.getByLabel('Your question', { exact: true }).fill(text);
    await this.qa.getByRole('button', { name: 'Ask' }).click();
  }

  /** Event ids of the chat messages, in page order. */
  async messageIds() {
    return (await this.messages.evaluateAll((els) => els.map((e) => Number(e.dataset.eventId))));
  }
}

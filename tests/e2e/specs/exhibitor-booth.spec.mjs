// The exhibitor console's booth editor and RFQ inbox (issue 5): edit the German description
// and the working hours, keep them over a reload, save, and see them on the public booth
// page; invalid input gives localized errors next to the fields and keeps what was typed;
// a buyer's RFQ answered with two price tiers reaches the buyer in their own currency.
import { test, expect, gotoApp, checkA11y, WCAG_TAGS } from '../support/fixtures.mjs';
import { ready, Header } from '../support/pages.mjs';
import { SignInPage, ACCOUNTS } from '../support/exhibitor.mjs';
import { QuotesPage } from '../support/quotes.mjs';

const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];

/** Signs in as booth 1's exhibitor and lands on `path` of the console. */
async function signInToConsole(page, path) {
  const signIn = new SignInPage(page);
  await signIn.goto(path);
  await signIn.signIn(ACCOUNTS.booth1);
  await expect(page).toHaveURL(new RegExp(`${path}$`), { timeout: 20_000 });
}

/** The booth editor, once loaded. */
class BoothEditor {
  constructor(page) {
    this.page = page;
    this.root = page.locator('section.exhibitor-editor');
    this.form = this.root.locator('form.editor');
    this.status = page.getByTestId('editor-status');
    this.missing = page.getByTestId('editor-missing');
    this.save = this.form.getByRole('button', { name: /^(Save profile|Profil speichern)$/ });
  }
  async loaded() {
    await expect(this.form).toBeVisible({ timeout: 20_000 });
  }
  text(language) {
    return this.form.getByLabel(`Description in ${language}`, { exact: true });
  }
  /** The German description's text area, adding the translation first if it has none. */
  async german() {
    const area = this.text('German');
    if (!(await area.isVisible())) {
      await this.form.getByRole('button', { name: 'Add German translation' }).click();
      await expect(area).toBeFocused();
    }
    return area;
  }
  get hoursStart() {
    return this.form.getByLabel('Working hours start', { exact: true });
  }
  get hoursEnd() {
    return this.form.getByLabel('Working hours end', { exact: true });
  }
}

test.describe('booth editor', () => {
  test('the German description and working hours survive a reload, save, and show on the public booth', async ({ page }) => {
    test.setTimeout(90_000);
    await signInToConsole(page, '/exhibitor/booth');
    const editor = new BoothEditor(page);
    await editor.loaded();
    await expect(editor.status).toHaveText('No unsaved changes');
    // Which locales lack a description is said in words.
    await expect(editor.missing).toContainText(/(Missing in \d+ languages?:|written in every language)/);

    const german = `Willkommen an unserem Stand! Prüfstand ${Date.now()}: LED-Leuchten „Made in Shenzhen“.`;
    const area = await editor.german();
    await area.fill(german);
    await expect(editor.form.getByText(`${german.length} of 2,000 characters`)).toBeVisible();
    await editor.hoursStart.fill('08:30');
    await editor.hoursEnd.fill('16:45');
    await expect(editor.status).toHaveText('Unsaved changes');

    // A reload before saving loses nothing.
    await page.reload();
    await ready(page);
    await editor.loaded();
    await expect(page.getByText('Your unsaved changes from last time are back.')).toBeVisible();
    await expect(editor.text('German')).toHaveValue(german);
    await expect(editor.hoursStart).toHaveValue('08:30');
    await expect(editor.hoursEnd).toHaveValue('16:45');
    await expect(editor.status).toHaveText('Unsaved changes');

    await editor.save.click();
    const saved = page.locator('#editor-saved');
    await expect(saved).toContainText('Saved. Buyers now see your booth with these changes.');
    await expect(saved).toBeFocused();
    await expect(editor.status).toHaveText('No unsaved changes');
    await expect(editor.missing).not.toContainText('German');
    await expect(saved.getByRole('link', { name: 'See your booth as buyers see it' })).toHaveAttribute('href', '/expo/booth/1');

    // Saved on the backend: a reload shows it with nothing pending.
    await page.reload();
    await ready(page);
    await editor.loaded();
    await expect(editor.text('German')).toHaveValue(german);
    await expect(editor.hoursStart).toHaveValue('08:30');
    await expect(editor.hoursEnd).toHaveValue('16:45');
    await expect(editor.status).toHaveText('No unsaved changes');
    await expect(page.getByText('Your unsaved changes from last time are back.')).toHaveCount(0);

    // Buyers reading German see the new text on the public booth page.
    await new Header(page).switchLocale('de');
    await gotoApp(page, '/expo/booth/1');
    await ready(page);
    const about = page.locator('.booth-header__about');
    await expect(about).toHaveText(german, { timeout: 20_000 });
    await expect(about).toHaveAttribute('lang', 'de');
  });

  test('invalid input gets German messages next to its fields, focus on the first, and nothing typed is lost', async ({ page }) => {
    test.setTimeout(60_000);
    await signInToConsole(page, '/exhibitor/booth');
    await new Header(page).switchLocale('de');
    const editor = new BoothEditor(page);
    await editor.loaded();
    const form = editor.form;

    const tooLong = 'Lampen '.repeat(300).trim(); // 2,099 characters
    let area = form.getByLabel('Beschreibung auf Deutsch', { exact: true });
    if (!(await area.isVisible())) {
      await form.getByRole('button', { name: 'Übersetzung auf Deutsch hinzufügen' }).click();
    }
    await area.fill(tooLong);
    await expect(form.locator('.editor-text__count--over')).toBeVisible();

    await form.getByRole('button', { name: 'Sitzung hinzufügen' }).click();
    const session = form.locator('.editor-session').last();
    await expect(session.getByLabel('Art der Sitzung')).toBeFocused();
    await session.getByLabel('Beginn', { exact: true }).fill('14:15');
    // The zone and its offset on that date, and the start in UTC and the viewer's zone.
    await expect(session.locator('.editor-session__zone')).toContainText(/UTC[+-]\d\d:\d\d an diesem Datum/);
    await expect(session.getByTestId('session-preview')).toContainText(/UTC.*bei Ihnen/);

    await form.getByLabel('Arbeitszeit von', { exact: true }).fill('18:00');
    await form.getByLabel('Arbeitszeit bis', { exact: true }).fill('09:00');
    await editor.save.click();

    const errorOf = (control) => control.evaluate((el) => document.getElementById(`${el.id}-error`).textContent);
    await expect(area).toBeFocused();
    await expect(area).toHaveAttribute('aria-invalid', 'true');
    expect(await errorOf(area)).toMatch(/Dieser Text ist zu lang: höchstens .*2\.000.* Zeichen\./);
    const product = session.getByLabel('Vorgestelltes Produkt', { exact: true });
    await expect(product).toHaveAttribute('aria-invalid', 'true');
    expect(await errorOf(product)).toBe('Wählen Sie das Produkt, das in dieser Sitzung vorgestellt wird.');
    const end = form.getByLabel('Arbeitszeit bis', { exact: true });
    await expect(end).toHaveAttribute('aria-invalid', 'true');
    expect(await errorOf(end)).toBe('Das Ende der Arbeitszeit muss nach dem Beginn liegen.');
    await expect(form.getByRole('alert').filter({ hasText: /Felder müssen korrigiert werden/ })).toBeVisible();

    // Nothing typed was lost, and nothing was saved.
    await expect(area).toHaveValue(tooLong);
    await expect(form.getByLabel('Arbeitszeit von', { exact: true })).toHaveValue('18:00');
    await expect(end).toHaveValue('09:00');
    await expect(session.getByLabel('Beginn', { exact: true })).toHaveValue('14:15');
    await expect(editor.status).toHaveText('Ungespeicherte Änderungen');
    await expect(page.locator('#editor-saved')).toHaveCount(0);

    // Keyboard: featured products move with their buttons and keep focus.
    const items = form.locator('.editor-featured__item');
    if ((await items.count()) >= 2) {
      const first = await items.nth(0).getAttribute('data-product-id');
      await items.nth(0).getByRole('button', { name: /^Nach unten: / }).press('Enter');
      await expect(items.nth(1)).toHaveAttribute('data-product-id', first);
      await expect(page.locator(':focus')).toHaveAttribute('id', new RegExp(`^editor-featured-${first}-`));
    }

    await form.getByRole('button', { name: 'Änderungen verwerfen' }).click();
    await expect(editor.status).toHaveText('Keine ungespeicherten Änderungen');
  });
});

test('a buyer\'s RFQ answered with two price tiers reaches the buyer in euros', async ({ page }) => {
  test.setTimeout(120_000);
  // The buyer asks one of booth 1's products for a quote.
  await gotoApp(page, '/catalog?supplier=1');
  await ready(page);
  const productLink = page.locator('a.product-card__link').first();
  await expect(productLink).toBeVisible({ timeout: 20_000 });
  const productId = Number((await productLink.getAttribute('href')).match(/\/product\/(\d+)/)[1]);
  await gotoApp(page, `/product/${productId}`);
  await ready(page);
  await page.getByRole('link', { name: 'Request a quote' }).click();
  const quotes = new QuotesPage(page);
  await expect(quotes.quantity(0)).toBeVisible({ timeout: 20_000 });
  const quantity = Number(await quotes.quantity(0).inputValue());
  const message = `Please quote with pallet packing — test ${Date.now()}.`;
  await quotes.fillDetails({ destination: 'DE', incoterm: 'FOB', message, attachments: 'drawing.pdf' });
  await quotes.send.click();
  const buyerCard = await quotes.cardFor(productId);
  const rfqId = await buyerCard.getAttribute('data-rfq-id');

  // The exhibitor answers it from the inbox.
  await signInToConsole(page, '/exhibitor/rfqs');
  const inbox = page.locator('section.exhibitor-inbox');
  const rfq = inbox.locator(`.inbox-rfq[data-rfq-id="${rfqId}"]`);
  await expect(rfq).toBeVisible({ timeout: 20_000 });
  await expect(rfq).toHaveAttribute('data-status', 'open');
  await expect(rfq.getByText(message)).toBeVisible();
  await expect(rfq.getByText('drawing.pdf')).toBeVisible();
  await expect(rfq.getByText('Germany')).toBeVisible();
  await checkA11y(page, { include: 'section.exhibitor-inbox', impacts: ALL_IMPACTS, tags: WCAG_TAGS });

  await rfq.getByRole('button', { name: 'Answer this request' }).click();
  const currencyNote = await rfq.getByText(/^Prices are in your currency: /).textContent();
  const currency = currencyNote.match(/\(([A-Z]{3})\)/)[1];
  const exponent = ['JPY', 'KRW', 'VND'].includes(currency) ? 0 : 2;

  // A price that is not a number is refused next to its field, and kept.
  await rfq.getByLabel(`Unit price in ${currency}, tier 1`).fill('twelve');
  await rfq.getByRole('button', { name: 'Send quote' }).click();
  const price1 = rfq.getByLabel(`Unit price in ${currency}, tier 1`);
  await expect(price1).toBeFocused();
  await expect(price1).toHaveAttribute('aria-invalid', 'true');
  await expect(rfq.getByText('Enter a unit price above zero, such as 12.50.')).toBeVisible();
  await expect(rfq.getByText('Enter a lead time of 1 to 365 days.').or(rfq.getByText('Fill in this field.'))).toBeVisible();
  await expect(price1).toHaveValue('twelve');

  await expect(rfq.getByLabel('From quantity, tier 1')).toHaveValue(String(quantity));
  await price1.fill('42');
  await rfq.getByRole('button', { name: 'Add a tier' }).click();
  await expect(rfq.getByLabel('From quantity, tier 2')).toBeFocused();
  await rfq.getByLabel('From quantity, tier 2').fill(String(quantity * 2));
  await rfq.getByLabel(`Unit price in ${currency}, tier 2`).fill('39');
  await rfq.getByLabel('Lead time (days)').fill('20');
  const note = `Sea freight from Shenzhen, ${Date.now()}.`;
  await rfq.getByLabel('Note to the buyer (optional)').fill(note);
  await rfq.getByRole('button', { name: 'Send quote' }).click();

  await expect(rfq).toHaveAttribute('data-status', 'answered', { timeout: 15_000 });
  const offered = rfq.getByTestId('inbox-quote');
  await expect(offered.locator('tbody tr')).toHaveCount(2);
  const minor = (major) => String(major * 10 ** exponent);
  await expect(offered.locator(`tbody tr >> nth=0 >> .price`)).toHaveAttribute('data-minor', minor(42));
  await expect(offered.locator(`tbody tr >> nth=1 >> .price`)).toHaveAttribute('data-minor', minor(39));
  await expect(rfq.getByRole('button', { name: 'Answer this request' })).toHaveCount(0);

  // The buyer, showing prices in euros, sees the exhibitor's quote converted.
  await new Header(page).switchCurrency('EUR');
  await gotoApp(page, '/quotes');
  await ready(page);
  const card = page.locator(`.rfq-card[data-rfq-id="${rfqId}"]`);
  const row = card.locator('.quote-row').filter({ hasText: note });
  await expect(row).toBeVisible({ timeout: 40_000 });
  const shown = row.locator('.quote-price .price').first();
  await expect(shown).toHaveAttribute('data-currency', 'EUR');
  expect(Number(await shown.getAttribute('data-minor'))).toBeGreaterThan(0);
  if (currency !== 'EUR') {
    const original = row.locator('.quote-price .price--muted');
    await expect(original).toHaveAttribute('data-currency', currency);
    await expect(original).toHaveAttribute('data-minor', minor(42));
  }
  await expect(row.locator('.quote-lead')).toContainText('20');
});

for (const locale of ['en', 'ar']) {
  test(`both console tabs pass axe in ${locale}`, async ({ page }) => {
    test.setTimeout(60_000);
    await signInToConsole(page, '/exhibitor/booth');
    if (locale !== 'en') await new Header(page).switchLocale(locale);
    const editor = new BoothEditor(page);
    await editor.loaded();
    await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
    await checkA11y(page, { include: 'main', impacts: ALL_IMPACTS, tags: WCAG_TAGS });
    await gotoApp(page, '/exhibitor/rfqs');
    await ready(page);
    const inbox = page.locator('section.exhibitor-inbox');
    await expect(inbox.locator('.inbox-list').or(inbox.locator('.empty-state'))).toBeVisible({ timeout: 20_000 });
    await checkA11y(page, { include: 'main', impacts: ALL_IMPACTS, tags: WCAG_TAGS });
  });
}

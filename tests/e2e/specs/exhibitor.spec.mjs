// Sign-in, the exhibitor console's guard, and the Leads tab (status, notes, filters, CSV).
// Runs on both backends: the buyer's actions and the exhibitor's console share one
// browser (the demo backend keeps both in this browser's storage).
import { readFileSync } from 'node:fs';
import { test, expect, backend, checkA11y, WCAG_TAGS } from '../support/fixtures.mjs';
import { ready, settled, Header } from '../support/pages.mjs';
import { BoothPage, dayTime, plain } from '../support/expo.mjs';
import { BoothChannelPage } from '../support/chat.mjs';
import { ACCOUNTS, AccountLinks, ConsolePage, LeadsTab, SignInPage } from '../support/exhibitor.mjs';
import { csvRecords, parseCsv } from '../support/csv.mjs';

// A wrong password is a 401 and a too-long note a 422: the browser logs both. (One regex:
// Playwright would read a two-item list as [value, fixture options].)
test.use({
  allowConsoleErrors: /status of (401|403|422)/,
  timezoneId: 'Asia/Shanghai',
  locale: 'en-US',
});

const A11Y = { impacts: ['minor', 'moderate', 'serious', 'critical'], tags: WCAG_TAGS };

test('signed out, /exhibitor leads to sign-in and back to the tab after signing in', async ({ page }) => {
  const signIn = new SignInPage(page);
  await page.goto('/exhibitor/leads');
  await ready(page);
  await expect(signIn.heading).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fexhibitor%2Fleads$/);
  await expect(signIn.heading).toBeFocused();
  await expect(new AccountLinks(page).signIn).toBeVisible();

  // Nothing typed: each field says what is missing, the first takes focus.
  await signIn.submit.click();
  await expect(signIn.form.getByText('Enter your email address.')).toBeVisible();
  await expect(signIn.form.getByText('Enter your password.')).toBeVisible();
  await expect(signIn.email).toBeFocused();
  await expect(signIn.email).toHaveAttribute('aria-invalid', 'true');
  await expect(signIn.email).toHaveAttribute('autocomplete', 'username');
  await expect(signIn.password).toHaveAttribute('autocomplete', 'current-password');

  // A wrong password: a form-level error, focused, and nothing typed is lost.
  await signIn.signIn({ email: ACCOUNTS.booth1.email, password: 'not-the-password' });
  await expect(signIn.formError).toHaveText(
    'That email and password do not match an account. Check them and try again.',
  );
  await expect(signIn.formError).toBeFocused();
  await expect(signIn.email).toHaveValue(ACCOUNTS.booth1.email);
  await expect(signIn.password).toHaveValue('not-the-password');
  await expect(page).toHaveURL(/\/sign-in/);

  // Show / hide the password.
  await expect(signIn.password).toHaveAttribute('type', 'password');
  await signIn.showPassword.click();
  await expect(signIn.showPassword).toHaveAttribute('aria-pressed', 'true');
  await expect(signIn.password).toHaveAttribute('type', 'text');
  await signIn.showPassword.click();
  await expect(signIn.password).toHaveAttribute('type', 'password');

  // The right password (the email in another case, with spaces) opens the console tab.
  await signIn.email.fill(`  ${ACCOUNTS.booth1.email.toUpperCase()} `);
  await signIn.password.fill(ACCOUNTS.booth1.password);
  await signIn.submit.click();
  await expect(page).toHaveURL(/\/exhibitor\/leads$/);
  const console_ = new ConsolePage(page);
  await expect(console_.heading).toBeVisible();
  await expect(console_.tab('Leads')).toHaveAttribute('aria-current', 'page');
  await expect(console_.tab('Live')).not.toHaveAttribute('aria-current', 'page');
  await expect(console_.booth).not.toBeEmpty();
  const account = new AccountLinks(page);
  await expect(account.console).toBeVisible();
  await expect(account.signIn).toHaveCount(0);

  // The session survives a reload; the tabs are links to each other.
  await page.reload();
  await ready(page);
  await expect(console_.heading).toBeVisible({ timeout: 20_000 });
  await console_.tab('Live').click();
  await expect(page).toHaveURL(/\/exhibitor$/);
  await expect(console_.tab('Live')).toHaveAttribute('aria-current', 'page');

  // Signing out from the header ends the session: the console asks to sign in again.
  await account.signOut.click();
  await expect(signIn.heading).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fexhibitor$/);
  await expect(account.signIn).toBeVisible();
  await page.goto('/exhibitor/booth');
  await ready(page);
  await expect(signIn.heading).toBeVisible({ timeout: 20_000 });
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fexhibitor%2Fbooth$/);
});

test('a buyer account is refused the console', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto('/exhibitor');
  await signIn.signIn(ACCOUNTS.buyer);
  await expect(page).toHaveURL(/\/exhibitor$/);
  const console_ = new ConsolePage(page);
  await expect(console_.refused.getByRole('heading', { name: 'This console is for exhibitors' })).toBeVisible();
  await expect(console_.refused).toContainText(ACCOUNTS.buyer.email);
  await expect(console_.tabs).toHaveCount(0);
  await expect(page.locator('section.leads')).toHaveCount(0);
  await expect(new AccountLinks(page).console).toHaveCount(0);
  // The console's other tabs refuse too.
  await page.goto('/exhibitor/leads');
  await ready(page);
  await expect(console_.refused).toBeVisible({ timeout: 20_000 });
  await expect(page.locator('section.leads')).toHaveCount(0);

  // Another account: back to sign-in, returning to the console.
  await console_.refused.getByRole('button', { name: 'Sign in with another account' }).click();
  await expect(signIn.heading).toBeVisible();
  await expect(page).toHaveURL(/\/sign-in\?next=%2Fexhibitor%2Fleads$/);
  await signIn.signIn(ACCOUNTS.booth2);
  await expect(page).toHaveURL(/\/exhibitor\/leads$/);
  await expect(console_.heading).toBeVisible();
  await expect(console_.refused).toHaveCount(0);
});

test('already signed in, the sign-in page says as whom', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  await signIn.signIn(ACCOUNTS.booth1);
  await expect(page).toHaveURL(/\/exhibitor$/);
  await signIn.goto();
  await expect(page.getByText(`You are signed in as Booth 1 team (${ACCOUNTS.booth1.email}).`)).toBeVisible();
  await expect(signIn.form).toHaveCount(0);
  await page.locator('.sign-in__current').getByRole('button', { name: 'Sign out' }).click();
  await expect(signIn.form).toBeVisible();
  await expect(new AccountLinks(page).signIn).toBeVisible();
});

test('the demo shows its accounts, and a button fills the form', async ({ page }) => {
  const signIn = new SignInPage(page);
  await signIn.goto();
  if (backend !== 'demo') {
    // A real server's accounts are not advertised.
    await expect(page.getByRole('heading', { name: 'Demo accounts' })).toHaveCount(0);
    return;
  }
  await expect(page.getByRole('heading', { name: 'Demo accounts' })).toBeVisible();
  await expect(signIn.demoAccounts).toHaveCount(3);
  const booth2 = signIn.demoAccounts.filter({ hasText: ACCOUNTS.booth2.email });
  await expect(booth2).toContainText('Exhibitor of booth 2');
  await booth2.getByRole('button', { name: 'Use this account' }).click();
  await expect(signIn.email).toHaveValue(ACCOUNTS.booth2.email);
  await expect(signIn.password).toHaveValue(ACCOUNTS.booth2.password);
  await expect(signIn.submit).toBeFocused();
  await signIn.submit.click();
  await expect(page).toHaveURL(/\/exhibitor$/);
});

test.describe('leads', () => {
  test.setTimeout(120_000);

  test('a buyer’s card, meeting and question become a lead with status, notes, filters and CSV', async ({ page }) => {
    const stamp = Date.now().toString(36);
    const name = `Zoë "Zed" Øster, 王芳 ${stamp}`;
    const company = 'Øster & Co., "Ltd"';
    const question = `Do you ship to Lyon, "door to door"? ${stamp}`;
    const notes = `Call back, "urgent"\nAsk for 王芳 ${stamp}`;

    // As the buyer: share a card with booth 1, book a meeting, ask a question.
    const booth = new BoothPage(page);
    await booth.goto(1);
    await expect(booth.share.or(booth.withdraw)).toBeVisible({ timeout: 20_000 });
    if (await booth.withdraw.isVisible()) await booth.withdraw.click();
    await page.getByLabel('Name', { exact: true }).fill(name);
    await page.getByLabel('Email', { exact: true }).fill('zoe@example.com');
    await page.getByLabel('Company', { exact: true }).fill(company);
    await booth.consent.check();
    await booth.share.click();
    await expect(page.getByText('Your card was shared.')).toBeVisible();

    await expect(booth.slots.first()).toBeVisible({ timeout: 20_000 });
    const slot = booth.slots.first();
    const start = await slot.getAttribute('data-start');
    await slot.locator('input').check();
    await booth.book.click();
    await expect(booth.confirmation.getByRole('heading', { name: 'Meeting booked' })).toBeVisible();

    const channel = new BoothChannelPage(page);
    await channel.waitLive();
    await channel.ask(question, name);
    await expect(channel.question(question)).toBeVisible();

    // As the exhibitor of booth 1.
    const signIn = new SignInPage(page);
    await signIn.goto('/exhibitor/leads');
    await signIn.signIn(ACCOUNTS.booth1);
    await expect(page).toHaveURL(/\/exhibitor\/leads$/);
    const leads = new LeadsTab(page);
    await leads.loaded();
    const card = leads.card(name);
    await expect(card).toHaveCount(1);
    await expect(card.locator('.badge--consent')).toHaveText('Shared a card');
    await expect(card).toContainText(company);
    const activities = card.locator('.lead-activity');
    await expect(activities.filter({ hasText: 'Shared their business card' }).first()).toBeVisible();
    const meeting = activities.filter({ hasText: 'Booked a meeting for' });
    await expect(meeting.first()).toBeVisible();
    expect((await meeting.allInnerTexts()).map(plain)).toContainEqual(
      expect.stringContaining(`Booked a meeting for ${dayTime(start, 'Asia/Shanghai')}`),
    );
    await expect(activities.filter({ hasText: 'Asked:' }).locator('q', { hasText: question })).toHaveCount(1);

    // A note that is too long is refused next to the field and kept as typed.
    const notesField = card.getByLabel('Notes', { exact: true });
    const tooLong = 'x'.repeat(2001);
    await notesField.fill(tooLong);
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByText('Notes can be at most 2,000 characters.')).toBeVisible();
    await expect(notesField).toBeFocused();
    await expect(notesField).toHaveValue(tooLong);

    // Status and notes are saved and kept over a reload.
    await card.getByLabel('Status', { exact: true }).selectOption('qualified');
    await notesField.fill(notes);
    await card.getByRole('button', { name: 'Save' }).click();
    await expect(card.getByText('Saved.')).toBeVisible();
    await page.reload();
    await ready(page);
    await leads.loaded();
    await expect(card.getByLabel('Status', { exact: true })).toHaveValue('qualified');
    await expect(card.getByLabel('Notes', { exact: true })).toHaveValue(notes);

    // Filters: status, activity kind, text (any case, every word).
    await leads.statusFilter.selectOption('won');
    await expect(card).toHaveCount(0);
    await leads.statusFilter.selectOption('qualified');
    await expect(card).toHaveCount(1);
    await leads.kindFilter.selectOption('meeting_booked');
    await expect(card).toHaveCount(1);
    await leads.search.fill(`王芳 LYON ${stamp}`);
    await expect(card).toHaveCount(1);
    await expect(leads.cards).toHaveCount(1);
    await expect(leads.count).toHaveText(/^Leads shown: 1 of \d+$/);
    await leads.search.fill(`nobody-${stamp}`);
    await expect(leads.noMatch).toBeVisible();
    await leads.root.getByRole('button', { name: 'Clear filters' }).click();
    await expect(card).toHaveCount(1);
    await expect(leads.search).toHaveValue('');

    // The CSV export round-trips through an RFC 4180 parser with everything intact.
    await leads.search.fill(stamp);
    await expect(leads.cards).toHaveCount(1);
    const [download] = await Promise.all([page.waitForEvent('download'), leads.export.click()]);
    expect(download.suggestedFilename()).toMatch(/^leads-booth-1-\d{4}-\d{2}-\d{2}\.csv$/);
    const text = readFileSync(await download.path(), 'utf8');
    const { bom, rows } = parseCsv(text);
    expect(bom).toBe(true);
    expect(rows.length).toBe(2);
    expect(rows.every((r) => r.length === rows[0].length)).toBe(true);
    const [record] = csvRecords(text);
    expect(record.name).toBe(name);
    expect(record.company).toBe(company);
    expect(record.email).toBe('zoe@example.com');
    expect(record.consent).toBe('true');
    expect(record.status).toBe('qualified');
    expect(Number(record.meetings)).toBeGreaterThanOrEqual(1);
    expect(Number(record.questions)).toBeGreaterThanOrEqual(1);
    expect(record.activities).toContain(question);
    // The notes (comma, quotes, line break) come back exactly, whatever the line-break style.
    expect(record.notes.replace(/\r\n/g, '\n')).toBe(notes);
  });
});

test('the session token is sent only in the Authorization header: never in a URL or the console', async ({
  page,
}) => {
  test.setTimeout(90_000);
  const urls = [];
  const logged = [];
  const authHeaders = [];
  page.on('request', (r) => {
    urls.push(r.url());
    const auth = r.headers()['authorization'];
    if (auth) authHeaders.push(auth);
  });
  page.on('websocket', (ws) => urls.push(ws.url()));
  page.on('console', (m) => logged.push(m.text()));
  page.on('pageerror', (e) => logged.push(String(e)));

  const signIn = new SignInPage(page);
  await signIn.goto('/exhibitor/leads');
  // A failed attempt first (its 401 is logged by the browser), then the real one.
  await signIn.signIn({ email: ACCOUNTS.booth1.email, password: 'not-the-password' });
  await expect(signIn.formError).toBeVisible();
  await signIn.password.fill(ACCOUNTS.booth1.password);
  await signIn.submit.click();
  await expect(page).toHaveURL(/\/exhibitor\/leads$/, { timeout: 20_000 });
  const token = await page.evaluate(() => JSON.parse(localStorage.getItem('tradefair.auth') || '{}').token);
  expect(token, 'a session token is kept for the tab').toMatch(/^\S{16,}$/);

  // Every tab, a reload (the stored session is reused) and a save that the backend refuses.
  const shell = new ConsolePage(page);
  for (const name of ['Live', 'Booth', 'Leads', 'RFQs']) {
    await shell.tab(name).click();
    await settled(page);
  }
  await page.reload();
  await ready(page);
  await expect(shell.heading).toBeVisible({ timeout: 20_000 });
  await new AccountLinks(page).signOut.click();
  await expect(new AccountLinks(page).signIn).toBeVisible();

  if (backend === 'http') {
    // The client did authenticate, and only with the header; the browser logged the 401.
    expect(authHeaders).toContain(`Bearer ${token}`);
    expect(logged.join('\n')).toMatch(/status of 401/);
  }
  expect(urls.length).toBeGreaterThan(5);
  for (const url of urls) {
    expect(url, 'a URL carries the token').not.toContain(token);
    expect(decodeURIComponent(url), 'a URL carries the token').not.toContain(token);
  }
  for (const line of logged) expect(line, 'the console shows the token').not.toContain(token);
  // Signed out: the token is gone from storage too.
  expect(await page.evaluate(() => localStorage.getItem('tradefair.auth'))).toBeNull();
});

test.describe('accessibility', () => {
  for (const locale of ['en', 'ar']) {
    test(`sign-in and the leads tab pass axe (${locale})`, async ({ page }) => {
      await new SignInPage(page).goto();
      if (locale !== 'en') await new Header(page).switchLocale(locale);
      await checkA11y(page, A11Y);
      // Errors shown, too.
      const email = page.locator('#sign-in-email');
      await page.locator('#sign-in-submit').click();
      await expect(email).toHaveAttribute('aria-invalid', 'true');
      await checkA11y(page, A11Y);
      await email.fill(ACCOUNTS.booth1.email);
      await page.locator('#sign-in-password').fill(ACCOUNTS.booth1.password);
      await page.locator('#sign-in-submit').click();
      await expect(page).toHaveURL(/\/exhibitor$/);
      await page.locator('.console__tabs a').nth(2).click();
      await expect(page).toHaveURL(/\/exhibitor\/leads$/);
      await expect(page.locator('section.leads .leads__count, section.leads .empty-state').first()).toBeVisible({
        timeout: 20_000,
      });
      await expect(page.locator('html')).toHaveAttribute('dir', locale === 'ar' ? 'rtl' : 'ltr');
      await checkA11y(page, A11Y);
    });
  }
});

// The translator workbench: drafts with live preview, checks, export/import, pseudo-locale.
import { readFileSync } from 'node:fs';
import { test, expect, checkA11y, gotoApp } from '../support/fixtures.mjs';
import { CatalogPage, Header, ready } from '../support/pages.mjs';
import { WorkbenchPage } from '../support/workbench.mjs';

const GERMAN_CATALOG = readFileSync(new URL('../../../locales/de/catalog.ftl', import.meta.url), 'utf8');

/** Lines that differ between two texts of the same line count, as [before, after] pairs. */
function changedLines(before, after) {
  const a = before.split('\n');
  const b = after.split('\n');
  expect(b.length, 'line count').toBe(a.length);
  return a.map((line, i) => [line, b[i]]).filter(([x, y]) => x !== y);
}

async function openCatalogInGerman(page) {
  const header = new Header(page);
  if ((await page.locator('html').getAttribute('lang')) !== 'de') await header.switchLocale('de');
  await page.locator('.site-nav a[href="/catalog"]').click();
  await new CatalogPage(page).loaded();
}

test('a German draft shows on the catalog page at once, and after a reload', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.pickTarget('de');
  await wb.edit('catalog-heading', 'Großhandelskatalog (Entwurf)');
  await expect(wb.row('catalog-heading').getByText('Draft', { exact: true })).toBeVisible();

  await openCatalogInGerman(page);
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText('Großhandelskatalog (Entwurf)');
  // Other messages keep the shipped German text.
  await expect(page.locator('.catalog__filters-title')).toHaveText('Filter');

  // A fresh load of the page (no workbench visited) applies the draft too.
  await page.reload();
  await ready(page);
  await expect(h1).toHaveText('Großhandelskatalog (Entwurf)');
});

test('a syntax error is shown at its line and column, and the app keeps the last good text', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.pickTarget('de');
  await wb.edit('catalog-heading', 'Mein Katalog');

  const field = wb.field('catalog-heading');
  await field.fill('Mein Katalog { $');
  const error = wb.row('catalog-heading').locator('.wb-issue--error').first();
  await expect(error).toContainText(/Syntax error at line 1, column 1[5-7]\b/);
  await expect(field).toHaveAttribute('aria-invalid', 'true');
  await expect(wb.row('catalog-heading')).toContainText('keeps showing the last version without syntax errors');

  // "Go to the error" puts the caret there.
  await error.getByRole('button', { name: 'Go to the error' }).click();
  await expect(field).toBeFocused();
  const caret = await field.evaluate((el) => el.selectionStart);
  expect(caret).toBeGreaterThanOrEqual(14);

  // A multi-line message: the error is on the line it is on.
  await wb.find('catalog-results');
  await wb.field('catalog-results').fill('{ $count ->\n    [one] { $count } Produkt\n   *[other] { $count Produkte\n}');
  await expect(wb.row('catalog-results').locator('.wb-issue--error').first()).toContainText(/line 3, column \d+/);

  await wb.field('catalog-results').blur();
  await expect(wb.row('catalog-results').locator('.wb-saved')).toHaveCount(1);
  await openCatalogInGerman(page);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Mein Katalog');
  // The broken plural falls back to the shipped German text.
  await expect(page.locator('.catalog__count')).toContainText('Produkte');
});

test('checks placeables and offers the plural forms of the target language', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.pickTarget('ar');
  await wb.find('catalog-results');
  const row = wb.row('catalog-results');
  await expect(row).toContainText('zero, one, two, few, many, other');
  await expect(wb.field('catalog-results')).toHaveAttribute('dir', 'rtl');

  await wb.field('catalog-results').fill('{ $count ->\n    [one] منتج واحد\n   *[other] { $anzahl } منتج\n}');
  await expect(row.locator('.wb-issue--error')).toContainText('Uses { $anzahl }');
  await expect(row.locator('.wb-issue--warning', { hasText: 'lacks the [few] form' })).toBeVisible();
  await expect(row.getByText('Error', { exact: true })).toBeVisible();

  // The template has exactly Arabic's six categories.
  await wb.field('catalog-results').fill('');
  await row.getByRole('button', { name: 'Insert plural template' }).click();
  await expect(wb.field('catalog-results')).toHaveValue(/\[zero\][\s\S]*\[two\][\s\S]*\[many\][\s\S]*\*\[other\]/);
  await expect(row.locator('.wb-issue--error')).toHaveCount(0);

  // A select without a default variant.
  await wb.field('catalog-results').fill('{ $count ->\n    [one] منتج واحد\n    [other] { $count } منتج\n}');
  await expect(row.locator('.wb-issue--error')).toContainText('needs a default variant');

  // Chinese has no plural forms.
  await wb.pickTarget('zh-CN');
  await wb.find('catalog-results');
  await expect(wb.row('catalog-results')).toContainText('has no plural forms');
});

test('export changes only the edited message of the file', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.pickTarget('de');
  await wb.edit('catalog-heading', 'Mein Großhandelskatalog');

  const [download] = await Promise.all([page.waitForEvent('download'), wb.exportButton('catalog.ftl').click()]);
  expect(download.suggestedFilename()).toBe('catalog.ftl');
  const exported = readFileSync(await download.path(), 'utf8');
  expect(changedLines(GERMAN_CATALOG, exported)).toEqual([
    ['catalog-heading = Großhandelskatalog', 'catalog-heading = Mein Großhandelskatalog'],
  ]);

  // "Export edited files" offers the same file.
  const [again] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name: 'Export edited files' }).click(),
  ]);
  expect(readFileSync(await again.path(), 'utf8')).toBe(exported);
});

test('import turns the changed messages of a file into drafts', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.pickTarget('de');
  const edited = GERMAN_CATALOG.replace('catalog-title = Katalog\n', 'catalog-title = Warenkatalog\n') + 'gone-from-english = Alt\n';
  expect(edited).not.toBe(GERMAN_CATALOG);

  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: 'Import a file…' }).click(),
  ]);
  // A browser may have renamed the download: the file is recognised by its messages.
  await chooser.setFiles({ name: 'catalog (1).ftl', mimeType: 'text/plain', buffer: Buffer.from(edited) });
  const notice = page.locator('.wb-notices .wb-ok');
  await expect(notice).toContainText('catalog.ftl: one changed message is now a draft.');
  await expect(notice).toContainText('One message that English does not have was skipped.');
  await expect(wb.filter('Edited')).toContainText('1');

  await wb.find('catalog-title');
  await expect(wb.field('catalog-title')).toHaveValue('Warenkatalog');
  await expect(wb.row('catalog-title').getByText('Draft', { exact: true })).toBeVisible();

  // It is live in the app: the catalog's document title comes from catalog-title.
  await openCatalogInGerman(page);
  await expect(page).toHaveTitle(/^Warenkatalog · /);
});

test('the pseudo-locale brackets and stretches every message, on any page, until switched off', async ({ page }, testInfo) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.pseudo.check();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^\[Ŧ.*\]$/);
  await expect(page.locator('.site-nav .nav-badge')).toBeVisible();

  await page.locator('.site-nav a[href="/catalog"]').click();
  const catalog = new CatalogPage(page);
  await catalog.loaded();
  const h1 = page.getByRole('heading', { level: 1 });
  await expect(h1).toHaveText(/^\[Ẇħ.*\]$/);
  const pseudo = await h1.innerText();
  expect(pseudo.length).toBeGreaterThanOrEqual(Math.round('Wholesale catalog'.length * 1.3) + 2);
  // Placeables still work: the result count keeps its number.
  await expect(catalog.count).toContainText(/\d/);
  await page.screenshot({ path: testInfo.outputPath('pseudo-catalog.png') });

  // Remembered across reloads and applied to the language the app is in.
  await page.reload();
  await catalog.loaded();
  await expect(h1).toHaveText(/^\[Ẇħ.*\]$/);
  await new Header(page).switchLocale('de');
  await expect(h1).toHaveText(/^\[Ɠř.*\]$/);
  await page.screenshot({ path: testInfo.outputPath('pseudo-catalog-de.png') });

  await page.locator('.site-nav a[href="/translate"]').click();
  await wb.loaded();
  await wb.pseudo.uncheck();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Übersetzungswerkstatt');
});

test('drafts survive a reload, and the report counts them', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.pickTarget('de');
  await wb.edit('catalog-heading', 'Katalog für Händler');
  await wb.edit('facet-country', 'Herkunftsland');

  await page.reload();
  await ready(page);
  await wb.loaded();
  await expect(wb.target).toHaveValue('de');
  await expect(wb.filter('Edited')).toContainText('2');
  await wb.filter('Edited').click();
  await expect(wb.rows).toHaveCount(2);
  await expect(wb.field('catalog-heading')).toHaveValue('Katalog für Händler');
  const german = wb.report.getByRole('row').filter({ has: page.getByRole('button', { name: 'Deutsch' }) });
  // Translated, missing, obsolete, broken, drafts.
  await expect(german.getByRole('cell')).toHaveText([/^\d{1,3}(,\d{3})*$/, '0', '0', '0', '2']);

  // Revert drops the draft; the row shows the file's text again.
  await wb.row('catalog-heading').getByRole('button', { name: 'Revert to the file' }).click();
  await expect(wb.field('catalog-heading')).toHaveValue('Großhandelskatalog');
  await expect(wb.filter('Edited')).toContainText('1');
});

test('a change in the English source marks the translation', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.pickTarget('de');
  await wb.edit('catalog-heading', 'Katalog für Händler');
  // Pretend the draft was made against an older English text.
  await page.evaluate(() => {
    const key = 'tradefair.workbench.drafts';
    const stored = JSON.parse(localStorage.getItem(key));
    stored.drafts[0].source = '0000000000000000';
    localStorage.setItem(key, JSON.stringify(stored));
  });
  await page.reload();
  await wb.loaded();
  await expect(wb.filter('Changed in source')).toContainText('1');
  await wb.filter('Changed in source').click();
  await expect(wb.rows).toHaveCount(1);
  const row = wb.row('catalog-heading');
  await expect(row.getByText('English changed')).toBeVisible();
  await row.getByRole('button', { name: 'Keep translation' }).click();
  await expect(wb.filter('Changed in source')).toContainText('0');
});

test.describe('a locale file that fails to load', () => {
  // One pattern: Playwright would read a two-element array as [value, options].
  test.use({ allowConsoleErrors: [/Failed to load resource|ERR_FAILED/] });

  test('shows an error with a retry', async ({ page }) => {
    let fail = true;
    await page.route('**/locales/fr/catalog.ftl', (route) => (fail ? route.abort() : route.continue()));
    const wb = new WorkbenchPage(page);
    await wb.goto();
    await wb.target.selectOption('fr');
    await expect(page.getByText('The Français message files could not be loaded.')).toBeVisible();
    await expect(wb.report.getByText('Could not be loaded')).toBeVisible();
    fail = false;
    await wb.report.getByRole('button', { name: 'Try again' }).click();
    await expect(wb.report.getByText('Could not be loaded')).toHaveCount(0);
    await page.getByRole('alert').getByRole('button', { name: 'Try again' }).click();
    await expect(page.locator('textarea[lang="fr"]').first()).toBeVisible();
  });
});

test.describe('a file the language does not have yet', () => {
  test.use({ allowConsoleErrors: [/status of 404/] });

  test('lists its messages as missing, and exports a new file', async ({ page }) => {
    await page.route('**/locales/de/home.ftl', (route) => route.fulfill({ status: 404, body: 'not found' }));
    const wb = new WorkbenchPage(page);
    await wb.goto();
    await wb.pickTarget('de');
    await wb.filter('Missing').click();
    const missing = Number((await wb.filter('Missing').locator('.wb-count').innerText()).replace(/\D/g, ''));
    expect(missing).toBeGreaterThan(3);
    await expect(wb.rows).toHaveCount(missing);
    const id = (await wb.rows.first().locator('.wb-row__id code').innerText()).trim();
    await expect(wb.row(id).getByText('Missing', { exact: true })).toBeVisible();
    await wb.field(id).fill('Erster Text');
    await wb.field(id).blur();
    await expect(wb.row(id).locator('.wb-saved')).toHaveCount(1);
    const [download] = await Promise.all([page.waitForEvent('download'), wb.exportButton('home.ftl').click()]);
    expect(readFileSync(await download.path(), 'utf8')).toBe(`${id} = Erster Text\n`);
  });
});

test('searching for nothing shows an empty state that leads back', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.search.fill('no-such-message-anywhere');
  await expect(page.getByText('No messages match “no-such-message-anywhere”.')).toBeVisible();
  await expect(wb.rows).toHaveCount(0);
  await page.getByRole('button', { name: 'Show all messages' }).click();
  await expect(wb.search).toBeFocused();
  await expect(wb.search).toHaveValue('');
  await expect(wb.rows.first()).toBeVisible();
});

test('filters work from the keyboard and the page passes axe', async ({ page }) => {
  const wb = new WorkbenchPage(page);
  await wb.goto();
  await wb.pickTarget('de');
  await wb.find('catalog-heading');
  // Tab from the search box into the row's editor and type.
  await wb.search.focus();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(wb.field('catalog-heading')).toBeFocused();
  await page.keyboard.press('End');
  await page.keyboard.type(' {');
  await expect(wb.row('catalog-heading').locator('.wb-issue--error')).toBeVisible();
  // Radio group: arrows move between the filters.
  await page.locator('input[name="wb-filter"][value="all"]').focus();
  await page.keyboard.press('ArrowRight');
  await expect(page.locator('input[name="wb-filter"][value="missing"]')).toBeChecked();
  await checkA11y(page, { include: '.workbench' });
});

test.describe('Arabic at 360 px', () => {
  test.use({ viewport: { width: 360, height: 800 }, locale: 'ar' });

  test('the workbench mirrors and fits', async ({ page }, testInfo) => {
    await gotoApp(page, '/translate');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('dir', 'rtl');
    const wb = new WorkbenchPage(page);
    await wb.loaded();
    const fits = await page.locator('.wb-messages').evaluate((el) => el.scrollWidth <= el.clientWidth + 1);
    expect(fits).toBe(true);
    const box = await page.locator('.wb-row').first().boundingBox();
    expect(box.width).toBeLessThanOrEqual(360);
    await page.screenshot({ path: testInfo.outputPath('workbench-ar-360.png'), fullPage: false });
  });
});

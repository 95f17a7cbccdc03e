// Backend faults (issue 8): every way an HTTP backend can misbehave becomes a typed error,
// shown in the buyer's language with a retry; nothing typed is lost; the app stays usable;
// no panic (the fixture fails a test on any page error or console error not listed).
import { test, expect, backend } from '../support/fixtures.mjs';
import { CatalogPage, ready } from '../support/pages.mjs';

test.skip(backend !== 'http', 'faults of the HTTP wire; the demo backend runs in the page');
test.use({ allowConsoleErrors: /Failed to load resource|net::ERR_|status of 5\d\d/ });

const SEARCH = /\/api\/products\?/;
const panel = (page) => page.locator('main .error-panel');

/** Serves real answers until `fault` is set, then answers search requests with it. */
async function withFault(page, fault) {
  await page.route(SEARCH, async (route) => {
    if (!fault.current) return route.continue();
    return fault.current(route);
  });
}

for (const [name, answer, message] of [
  [
    'a 500 with the server\'s message',
    (route) => route.fulfill({ status: 500, contentType: 'application/json', body: '{"code":"internal","message":"database is locked"}' }),
    /could not answer \(error 500\)[\s\S]*database is locked/,
  ],
  [
    'truncated JSON',
    async (route) => {
      const response = await route.fetch();
      const text = await response.text();
      await route.fulfill({ response, body: text.slice(0, Math.floor(text.length / 2)) });
    },
    /could not read/,
  ],
  [
    'an HTML page where JSON was due',
    (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<!doctype html><h1>502 Bad Gateway</h1>' }),
    /could not read/,
  ],
  [
    'an unknown enum value',
    async (route) => {
      const response = await route.fetch();
      const text = (await response.text()).replace(/"category":"[a-z_]+"/, '"category":"spaceships"');
      expect(text).toContain('spaceships');
      await route.fulfill({ response, body: text });
    },
    /could not read/,
  ],
  [
    'a huge response',
    (route) => route.fulfill({ status: 200, contentType: 'application/json', body: `{"pad":"${'x'.repeat(9 * 1024 * 1024)}"}` }),
    /far more data than expected/,
  ],
]) {
  test(`${name}: a typed error with a retry, then the real answer`, async ({ page }) => {
    const fault = { current: null };
    await withFault(page, fault);
    const catalog = new CatalogPage(page);
    await catalog.goto('?q=led');
    fault.current = answer;
    await catalog.header.search.fill('lamp');
    await expect(panel(page)).toContainText(message, { timeout: 30_000 });
    await expect(panel(page)).toHaveAttribute('role', 'alert');
    // Nothing the buyer typed is lost.
    await expect(catalog.header.search).toHaveValue('lamp');
    fault.current = null;
    await panel(page).getByRole('button', { name: 'Try again' }).click();
    await catalog.loaded();
    await expect(panel(page)).toHaveCount(0);
    expect(await catalog.total()).toBeGreaterThan(0);
  });
}

test('a backend that is down: the error says so, and the rest of the app still works', async ({ page }) => {
  const fault = { current: null };
  await withFault(page, fault);
  const catalog = new CatalogPage(page);
  await catalog.goto('?q=led');
  fault.current = (route) => route.abort('connectionrefused');
  await catalog.header.search.fill('valve');
  await expect(panel(page)).toContainText('could not reach the server', { timeout: 20_000 });
  await expect(catalog.header.search).toHaveValue('valve');
  // Other pages still open (their requests are not affected).
  await page.getByRole('link', { name: 'Tradefair' }).first().click();
  await ready(page);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a slow backend: progress while waiting, then a timeout error with a retry', async ({ page }) => {
  test.setTimeout(120_000);
  const fault = { current: null };
  await withFault(page, fault);
  const catalog = new CatalogPage(page);
  await catalog.goto('?q=led');
  // Hold every answer for 30 s (longer than the client's 10 s limit per attempt).
  fault.current = async (route) => {
    await new Promise((r) => setTimeout(r, 30_000));
    await route.continue().catch(() => {});
  };
  await catalog.header.search.fill('pump');
  await expect(page.locator('.catalog__results[aria-busy="true"], main .skeleton').first()).toBeVisible();
  await expect(panel(page)).toContainText('took too long', { timeout: 60_000 });
  fault.current = null;
  await panel(page).getByRole('button', { name: 'Try again' }).click();
  await catalog.loaded();
  await expect(catalog.header.search).toHaveValue('pump');
});

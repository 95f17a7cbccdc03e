// Shared helpers for Tradefair's Playwright specs.
//
//   import { test, expect, backend, gotoApp, checkA11y } from '../support/fixtures.mjs';
//
// `test` is Playwright's test with one extra automatic fixture: every page
// error (uncaught exception, wasm panic) and console.error fails the test,
// unless the test lists the message in `allowConsoleErrors`.
import { test as base, expect } from '@playwright/test';
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';

export { expect };

/** "demo" (embedded demo backend) or "http" (reference server). */
export const backend = process.env.TF_BACKEND || 'demo';
/** Base URL the app is served from. */
export const baseURL = process.env.TF_BASE_URL || 'http://127.0.0.1:8080';

export const test = base.extend({
  /** Regexes/strings for console errors a test expects (e.g. a simulated outage). */
  allowConsoleErrors: [[], { option: true }],
  consoleErrors: [
    async ({ page, allowConsoleErrors }, use) => {
      const errors = [];
      const allowed = (text) =>
        allowConsoleErrors.some((a) => (a instanceof RegExp ? a.test(text) : text.includes(a)));
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() === 'error' && !allowed(msg.text())) errors.push(`console.error: ${msg.text()}`);
      });
      await use(errors);
      expect(errors, 'page errors / console errors').toEqual([]);
    },
    { auto: true },
  ],
});

/**
 * Navigate to `path` and wait until the wasm app has rendered something into
 * <body> beyond Trunk's script tags (or until `selector` is visible).
 */
export async function gotoApp(page, path = '/', { selector } = {}) {
  await page.goto(path);
  if (selector) {
    await page.locator(selector).first().waitFor({ state: 'visible' });
  } else {
    await page.waitForFunction(() =>
      Array.from(document.body.children).some((el) => !['SCRIPT', 'LINK'].includes(el.tagName)),
    );
  }
}

let axeSource;
/**
 * Run axe-core on the current page; fail on violations of the given impact or worse.
 * Returns the full axe result for extra assertions.
 */
export async function checkA11y(page, { include, impacts = ['serious', 'critical'], rules } = {}) {
  if (!axeSource) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  await page.evaluate(axeSource);
  const result = await page.evaluate(
    ([include, rules]) =>
      // eslint-disable-next-line no-undef
      axe.run(include ? { include: [include] } : document, rules ? { rules } : {}),
    [include, rules],
  );
  const bad = result.violations.filter((v) => impacts.includes(v.impact));
  expect(
    bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    'axe-core violations',
  ).toEqual([]);
  return result;
}

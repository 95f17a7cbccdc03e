// Shared helpers for Tradefair's Playwright specs.
//
//   import { test, expect, backend, gotoApp, checkA11y } from '../support/fixtures.mjs';
//
// `test` is Playwright's test with one extra automatic fixture: every page
// error (uncaught exception, wasm panic), console.error and Content-Security-Policy
// violation report (the app is served under the strict policy of docs/csp.txt, Trusted
// Types included) fails the test, unless the test lists the message in
// `allowConsoleErrors`.
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
      // `test.use({ allowConsoleErrors: /x/ })` or a list of them.
      const allowList = [].concat(allowConsoleErrors);
      const allowed = (text) =>
        allowList.some((a) => (a instanceof RegExp ? a.test(text) : text.includes(a)));
      page.on('pageerror', (err) => errors.push(`pageerror: ${err.message}`));
      await page.exposeBinding('__tfCspViolation', (_source, text) => {
        if (!allowed(text)) errors.push(`csp violation: ${text}`);
      });
      await page.addInitScript(() => {
        document.addEventListener('securitypolicyviolation', (e) => {
          // eslint-disable-next-line no-undef
          window.__tfCspViolation(`${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} (${e.sourceFile}:${e.lineNumber})`);
        });
      });
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
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

export async function checkA11y(page, { include, impacts = ['serious', 'critical'], rules, tags, soft = false } = {}) {
  if (!axeSource) {
    const require = createRequire(import.meta.url);
    axeSource = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
  }
  await page.evaluate(axeSource);
  // From the top of the page: axe's target-size rule counts the part of a control under the
  // sticky header as missing, so the same page would pass or fail with the scroll position.
  await page.evaluate(() => window.scrollTo(0, 0));
  const result = await page.evaluate(
    ([include, rules, tags]) =>
      // eslint-disable-next-line no-undef
      axe.run(include ? { include: [include] } : document, {
        ...(rules ? { rules } : {}),
        ...(tags ? { runOnly: { type: 'tag', values: tags } } : {}),
      }),
    [include, rules, tags],
  );
  const bad = result.violations.filter((v) => impacts.includes(v.impact));
  (soft ? expect.soft : expect)(
    bad.map((v) => `${v.impact} ${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`),
    'axe-core violations',
  ).toEqual([]);
  return result;
}

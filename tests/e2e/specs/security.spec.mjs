// Strict browser policies and untrusted content (issue 8). Every other spec also runs under
// the same policy: support/fixtures.mjs fails a test on any CSP or Trusted Types violation.
import { test, expect, backend } from '../support/fixtures.mjs';
import { ready } from '../support/pages.mjs';

const PAYLOADS = [
  '<img src=x onerror="window.__pwned=1">',
  '<script>window.__pwned=2</script>',
  '"><svg onload="window.__pwned=3">',
  '<a href="javascript:window.__pwned=4">click</a>',
  '<iframe srcdoc="<script>parent.__pwned=5</script>"></iframe>',
];

test('the app is served under the strict policy', async ({ page }) => {
  const response = await page.goto('/catalog');
  const csp = response.headers()['content-security-policy'];
  expect(csp, 'a Content-Security-Policy header').toBeTruthy();
  for (const directive of [
    "object-src 'none'",
    "base-uri 'none'",
    "require-trusted-types-for 'script'",
    "'wasm-unsafe-eval'",
  ]) {
    expect(csp).toContain(directive);
  }
  const scriptSrc = csp.split(';').find((d) => d.trim().startsWith('script-src'));
  expect(scriptSrc).not.toContain("'unsafe-inline'");
  expect(scriptSrc).not.toContain("'unsafe-eval'");
  expect(response.headers()['x-content-type-options']).toBe('nosniff');
  await ready(page);
});

test.describe('subresource integrity', () => {
  test.use({ allowConsoleErrors: /integrity|could not start|Failed to fetch|SRI|digest/i });

  for (const [what, pattern] of [
    ['wasm', /_bg\.wasm$/],
    ['JS glue', /\/tradefair-[0-9a-f]+\.js$/],
  ]) {
    test(`a tampered byte in the ${what} stops the app from booting`, async ({ page }) => {
      await page.route(pattern, async (route) => {
        const response = await route.fetch();
        const body = Buffer.from(await response.body());
        const at = Math.floor(body.length / 2);
        body[at] = body[at] ^ 0x01;
        await route.fulfill({ response, body });
      });
      await page.goto('/');
      const splash = page.locator('#boot[data-failed]');
      await expect(splash).toBeVisible({ timeout: 20_000 });
      await expect(splash).toHaveAttribute('role', 'alert');
      await expect(splash).toContainText('could not start');
      await expect(page.locator('header.site-header')).toHaveCount(0);
    });
  }
});

test.describe('Trusted Types', () => {
  // The attempt to create a second policy is itself reported; that report is expected.
  test.use({ allowConsoleErrors: /named 'sneaky'|blocked trusted-types-policy/ });

test('HTML that could run script is refused, plain markup is not', async ({ page }) => {
  await page.goto('/');
  await ready(page);
  const outcome = await page.evaluate((payloads) => {
    const results = payloads.map((html) => {
      try {
        document.createElement('div').innerHTML = html;
        return 'accepted';
      } catch {
        return 'refused';
      }
    });
    let icon;
    try {
      const div = document.createElement('div');
      div.innerHTML = '<svg viewBox="0 0 8 8" aria-hidden="true"><path d="M0 0h8"></path></svg>';
      icon = div.querySelector('path') ? 'accepted' : 'missing';
    } catch {
      icon = 'refused';
    }
    let policy;
    try {
      window.trustedTypes.createPolicy('sneaky', { createHTML: (s) => s });
      policy = 'created';
    } catch {
      policy = 'refused';
    }
    return { results, icon, policy };
  }, PAYLOADS);
  // The injected markup itself never runs, and a new policy cannot be made to let it in.
  expect(outcome.results).toEqual(PAYLOADS.map(() => 'refused'));
  expect(outcome.icon).toBe('accepted');
  expect(outcome.policy).toBe('refused');
  await page.waitForTimeout(300);
  expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
});
});

test.describe('hostile text from the backend', () => {
  test.skip(backend !== 'http', 'rewrites the reference server\'s JSON; the demo backend has no wire');

  test('product and supplier text with markup shows as text and runs nothing', async ({ page }) => {
    const hostile = (value) => `${PAYLOADS.join(' ')} ${value}`;
    // Every free-text field of catalog answers (names, descriptions, cities, spec values)
    // gets the payloads prepended; codes and enum values stay valid.
    const poison = (node, key = '', parent = '') => {
      if (typeof node === 'string') {
        const free = ['text', 'name', 'city', 'about'].includes(key) || (key === 'value' && parent === 'specs');
        return free ? hostile(node) : node;
      }
      if (Array.isArray(node)) return node.map((v) => poison(v, key, parent));
      if (node && typeof node === 'object') {
        return Object.fromEntries(Object.entries(node).map(([k, v]) => [k, poison(v, k, key)]));
      }
      return node;
    };
    await page.route(/\/api\/(products|suppliers|search)/, async (route) => {
      const response = await route.fetch();
      const json = await response.json();
      await route.fulfill({ response, json: poison(json) });
    });
    await page.goto('/product/1');
    await ready(page);
    const heading = page.getByRole('heading', { level: 1 });
    await expect(heading).toContainText('<img src=x onerror=');
    // Shown as characters: no element was made from the payload anywhere on the page.
    expect(await page.locator('main img[src="x"], main iframe, main svg[onload]').count()).toBe(0);
    await page.goto('/catalog?q=led');
    await expect(page.locator('main').getByText('<script>window.__pwned=2</script>').first()).toBeVisible();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => window.__pwned)).toBeUndefined();
  });
});

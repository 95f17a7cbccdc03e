// Card data (issue 8): no page of ours has a card-number input, no request to our backend
// carries a number that passes the Luhn check, and the scripts that run on /checkout are
// exactly the committed inventory (support/checkout-scripts.json): a new one fails here.
import { readFileSync } from 'node:fs';
import { test, expect } from '../support/fixtures.mjs';
import { addToCart, Checkout } from '../support/checkout.mjs';

const INVENTORY = JSON.parse(readFileSync(new URL('../support/checkout-scripts.json', import.meta.url), 'utf8'));

/** Digit runs of 13–19 (spaces and dashes allowed between) that pass the Luhn check. */
function luhnNumbers(text) {
  const found = [];
  for (const m of text.matchAll(/(?:\d[ -]?){13,19}/g)) {
    const digits = m[0].replace(/[ -]/g, '');
    if (digits.length < 13 || digits.length > 19) continue;
    let sum = 0;
    for (let i = 0; i < digits.length; i++) {
      let d = Number(digits[digits.length - 1 - i]);
      if (i % 2 === 1) { d *= 2; if (d > 9) d -= 9; }
      sum += d;
    }
    if (sum % 10 === 0 && !/^(\d)\1+$/.test(digits)) found.push(digits);
  }
  return found;
}

test('the Luhn detector itself finds a test card number and ignores ordinary numbers', () => {
  expect(luhnNumbers('{"pan":"4111 1111 1111 1111"}')).toEqual(['4111111111111111']);
  expect(luhnNumbers('{"po":"PO-2026-118","qty":1200,"ts":1763884800123}')).toEqual([]);
});

test('checkout: no card input, no card number sent, only the inventoried scripts', async ({ page }) => {
  test.setTimeout(90_000);
  const sent = [];
  page.on('request', (r) => {
    const body = r.postData() || '';
    sent.push({ url: r.url(), found: luhnNumbers(`${r.url()} ${body}`) });
  });
  await addToCart(page, 1);
  const checkout = new Checkout(page);
  await checkout.goto();
  await checkout.toReview();

  // Every step rendered: nothing asks for a card number.
  const cardInputs = await page.locator(
    'input[autocomplete^="cc-"], input[name*="card" i], input[id*="card-number" i], input[inputmode="numeric"][maxlength="19"]',
  ).count();
  expect(cardInputs).toBe(0);

  // The scripts this page runs: module scripts, classic scripts and wasm, by kind and
  // file name with the content hash taken out.
  const loaded = await page.evaluate(() => {
    const strip = (u) => new URL(u, location.href).pathname.replace(/-[0-9a-f]{12,16}(?=(_bg)?\.(js|wasm)$)/, '-[hash]');
    const resources = performance.getEntriesByType('resource')
      .map((e) => e.name)
      .filter((n) => /\.(m?js|wasm)(\?|$)/.test(n));
    const inline = [...document.scripts].filter((s) => !s.src).map((s) => `inline:${s.type || 'classic'}`);
    return [...new Set([...resources.map(strip), ...inline])].sort();
  });
  expect(loaded).toEqual([...INVENTORY].sort());

  await checkout.place.click();
  await checkout.confirmed();
  const leaks = sent.filter((s) => s.found.length > 0);
  expect(leaks).toEqual([]);
});

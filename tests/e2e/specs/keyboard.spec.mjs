// Keyboard only: a buyer searches, filters, opens a product, fixes an MOQ error, adds it to
// the cart, checks out and reaches the confirmation without the mouse. Every move is a key
// press (Tab, Shift+Tab, Enter, Space, typing, type-ahead in selects); the test checks that
// focus is visible wherever it lands and that it goes somewhere sensible after each route
// change and each error.
import { test, expect } from '../support/fixtures.mjs';
import { BUYER } from '../support/checkout.mjs';

/** What has focus: tag, id, classes, text, and whether a focus indicator is drawn. */
async function focused(page) {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!el || el === document.body) return { tag: 'body', id: '', cls: '', text: '', visible: false };
    const s = getComputedStyle(el);
    const visible =
      (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) ||
      (s.boxShadow && s.boxShadow !== 'none');
    return {
      tag: el.tagName.toLowerCase(),
      id: el.id,
      cls: el.className && typeof el.className === 'string' ? el.className : '',
      text: (el.innerText || el.value || '').trim().slice(0, 80),
      href: el.getAttribute('href') || '',
      inOrderCheck: !!el.closest('#order-check'),
      inStepActions: !!el.closest('.checkout-step__actions'),
      visible,
    };
  });
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `match` (a function of
 * `focused()`'s result); fails after `max` presses. Every stop on the way must show focus.
 */
async function tabTo(page, match, { max = 80, back = false, what = 'target' } = {}) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(back ? 'Shift+Tab' : 'Tab');
    const f = await focused(page);
    if (f.tag !== 'body') {
      expect(f.visible, `focus indicator on ${f.tag}#${f.id}.${f.cls} "${f.text}"`).toBe(true);
    }
    if (match(f)) return f;
  }
  throw new Error(`no ${what} reached with ${max} ${back ? 'Shift+Tab' : 'Tab'} presses`);
}

const byId = (id) => (f) => f.id === id;

/** Tabs to field `id` and types `text` into it (replacing what was there). */
async function typeInto(page, id, text) {
  await tabTo(page, byId(id), { what: `#${id}` });
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type(text);
}

/** Tabs to select `id` and picks `value` with the arrow keys (the way a keyboard user does). */
async function choose(page, id, value) {
  await tabTo(page, byId(id), { what: `#${id}` });
  const sel = page.locator(`#${id}`);
  const values = await sel.locator('option').evaluateAll((os) => os.map((o) => o.value));
  const target = values.indexOf(value);
  expect(target, `option ${value} of #${id}`).toBeGreaterThanOrEqual(0);
  // A closed <select> moves its selection with the arrow keys; Home goes to the first.
  await page.keyboard.press('Home');
  for (let i = 0; i < target; i++) await page.keyboard.press('ArrowDown');
  await expect(sel).toHaveValue(value);
}

/** The main heading has focus (where a route change must leave it). */
async function expectHeadingFocused(page) {
  await expect.poll(async () => (await focused(page)).tag, { timeout: 15_000 }).toBe('h1');
}

test('search, filter, fix an MOQ error, check out and confirm with the keyboard only', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await expect(page.locator('main h1')).toBeVisible({ timeout: 30_000 });

  // The first Tab reaches the skip link, which is visible while focused and moves focus to
  // the content.
  const skip = await tabTo(page, (f) => f.cls.includes('skip-link'), { max: 3, what: 'skip link' });
  expect(skip.href).toBe('#main');
  await expect(page.locator('.skip-link')).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).id).toBe('main');

  // Search from the header.
  await tabTo(page, byId('site-search'), { back: true, what: 'search box' });
  await page.keyboard.type('LED');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/catalog\?q=LED/);
  // A new page: focus moves to its heading (typing on the catalog itself keeps focus in the
  // search box, since that only changes the query).
  await expectHeadingFocused(page);
  await expect(page.locator('.product-card').first()).toBeVisible({ timeout: 20_000 });

  // Filter: a category checkbox toggled with Space narrows the results and goes in the URL.
  await tabTo(page, byId('facet-category-lighting'), { max: 120, what: 'the Lighting filter' });
  await page.keyboard.press('Space');
  await expect(page).toHaveURL(/category=lighting/);
  await expect(page.locator('#facet-category-lighting')).toBeChecked();
  await expect(page.locator('.product-card').first()).toBeVisible({ timeout: 20_000 });

  // Open the first product.
  await tabTo(page, (f) => f.tag === 'a' && /^\/product\/\d+$/.test(f.href), { max: 150, what: 'a product link' });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/product\/\d+$/);
  await expectHeadingFocused(page);

  // Below the MOQ: the error is announced next to the field and offers a fix.
  await typeInto(page, 'order-quantity', '1');
  await page.keyboard.press('Enter');
  await expect(page.locator('#order-quantity')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.locator('#order-check')).toContainText(/minimum|MOQ/i);
  await tabTo(page, (f) => f.tag === 'button' && f.inOrderCheck, { what: 'the MOQ fix' });
  await page.keyboard.press('Enter');
  // The fix puts focus back on the quantity it changed.
  await expect.poll(async () => (await focused(page)).id).toBe('order-quantity');
  await expect(page.locator('#order-quantity')).not.toHaveValue('1');
  await page.keyboard.press('Enter');
  // The addition is announced (role=status) and the header's cart link names the count.
  await expect(page.locator('.order-box__added[role="status"]')).not.toBeEmpty();
  await expect(page.locator('.site-header .cart-link')).toHaveAttribute('aria-label', /1/);

  // To the cart through the header link, then to the checkout.
  await tabTo(page, (f) => f.cls.includes('cart-link'), { back: true, max: 120, what: 'the cart link' });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/cart$/);
  await expectHeadingFocused(page);
  await expect(page.locator('.cart-line').first()).toBeVisible({ timeout: 20_000 });
  await tabTo(page, (f) => f.cls.includes('cart-summary__checkout'), { max: 150, what: 'checkout link' });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/checkout$/);
  await expectHeadingFocused(page);
  await expect(page.locator('#co-step-heading')).toBeVisible({ timeout: 20_000 });

  // Step 1 with nothing filled: Next reports errors and focuses the first one. (Only the
  // step's own Next: the header's search button is a primary button too.)
  const next = (f) =>
    f.tag === 'button' && f.inStepActions && f.cls.includes('button--primary') && !f.cls.includes('checkout__place');
  await tabTo(page, next, { max: 120, what: 'Next' });
  await page.keyboard.press('Enter');
  await expect.poll(async () => (await focused(page)).id).toBe('co-company-legal-name');
  await expect(page.locator('#co-company-legal-name')).toHaveAttribute('aria-invalid', 'true');

  await page.keyboard.type(BUYER.legalName);
  await choose(page, 'co-company-country', BUYER.country);
  await typeInto(page, 'co-company-tax-id', BUYER.taxId);
  await typeInto(page, 'co-company-po-number', BUYER.po);
  await typeInto(page, 'co-company-contact-email', BUYER.email);
  await tabTo(page, next, { what: 'Next' });
  await page.keyboard.press('Enter');
  await expect(page.locator('.checkout-steps__item--current')).toHaveCount(1);
  await expect.poll(() => stepIndex(page)).toBe(1);
  // A new step moves focus to its heading.
  await expect.poll(async () => (await focused(page)).id).toBe('co-step-heading');

  // Shipping address.
  const a = BUYER.address;
  await choose(page, 'co-shipping-address-country', a.country);
  await typeInto(page, 'co-shipping-address-recipient', a.recipient);
  await typeInto(page, 'co-shipping-address-line1', a.line1);
  await typeInto(page, 'co-shipping-address-city', a.city);
  await typeInto(page, 'co-shipping-address-postal-code', a.postal);
  await tabTo(page, next, { what: 'Next' });
  await page.keyboard.press('Enter');
  await expect.poll(() => stepIndex(page)).toBe(2);

  // Billing: same as shipping (the default).
  await tabTo(page, next, { what: 'Next' });
  await page.keyboard.press('Enter');
  await expect.poll(() => stepIndex(page)).toBe(3);

  // Delivery: the estimate shows; keep the defaults.
  await expect(page.locator('.checkout-supplier .landed__total .price').first()).toBeVisible({ timeout: 20_000 });
  await tabTo(page, next, { what: 'Next' });
  await page.keyboard.press('Enter');
  await expect.poll(() => stepIndex(page)).toBe(4);

  // Payment: bank transfer, chosen with Space.
  await tabTo(page, byId('co-payment-kind'), { what: 'bank transfer' });
  await page.keyboard.press('Space');
  await expect(page.locator('#co-payment-kind')).toBeChecked();
  await tabTo(page, next, { what: 'Next' });
  await page.keyboard.press('Enter');
  await expect.poll(() => stepIndex(page)).toBe(5);

  // Review, then place the order.
  await expect(page.locator('.review')).toContainText(BUYER.po);
  await tabTo(page, (f) => f.cls.includes('checkout__place'), { max: 150, what: 'place order' });
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/\/orders\/CO-\d+/, { timeout: 30_000 });
  await expectHeadingFocused(page);
});

async function stepIndex(page) {
  return page
    .locator('.checkout-steps__item')
    .evaluateAll((items) => items.findIndex((i) => i.classList.contains('checkout-steps__item--current')));
}

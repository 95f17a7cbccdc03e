// Accessibility (issue 9): zero axe-core violations of the WCAG 2.2 A and AA rules, of any
// impact, on every route in every shipped locale.
import { test, expect, checkA11y, WCAG_TAGS } from '../support/fixtures.mjs';
import { ready, settled } from '../support/pages.mjs';
import { BUYER, Checkout, addToCart } from '../support/checkout.mjs';
import { ACCOUNTS } from '../support/exhibitor.mjs';

const LOCALES = ['en', 'zh-CN', 'es', 'de', 'ar', 'fr'];
const ALL_IMPACTS = ['minor', 'moderate', 'serious', 'critical'];
const A11Y = { impacts: ALL_IMPACTS, tags: WCAG_TAGS, soft: true };

/** The console's tabs, by path, with what each shows once loaded. */
const CONSOLE_TABS = [
  ['/exhibitor', '.live-console__studio'],
  ['/exhibitor/booth', 'section.exhibitor-editor form.editor'],
  ['/exhibitor/leads', 'section.leads .leads__count, section.leads .empty-state'],
  ['/exhibitor/rfqs', 'section.exhibitor-inbox'],
];

/** Each route with what must be on screen before it is checked. */
const ROUTES = [
  ['/', 'main h1'],
  ['/catalog?q=led&category=lighting', '.catalog__results .product-card'],
  ['/product/1', 'main h1'],
  ['/supplier/1', 'main h1'],
  ['/cart', 'main h1'],
  ['/checkout', 'main h1'],
  ['/quotes', 'main h1'],
  ['/orders', 'main h1'],
  ['/expo', 'main h1'],
  ['/expo/booth/1', 'main h1'],
  ['/translate', 'main h1'],
  ['/sign-in', 'main h1'],
  ['/no-such-page', 'main h1'],
];

for (const locale of LOCALES) {
  test.describe(`${locale}`, () => {
    test.beforeEach(async ({ page }) => {
      await page.addInitScript((tag) => localStorage.setItem('tradefair.locale', tag), locale);
    });

    test(`every route passes axe (WCAG 2.2 A/AA) in ${locale}`, async ({ page }) => {
      test.setTimeout(120_000);
      for (const [path, selector] of ROUTES) {
        await test.step(path, async () => {
          await page.goto(path);
          await ready(page);
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await expect(page.locator(selector).first()).toBeVisible({ timeout: 20_000 });
          // Let skeletons finish so the checked page is the one a buyer reads.
          await settled(page);
          await checkA11y(page, A11Y);
        });
      }
      await test.step('/catalog on a phone, with the filters opened', async () => {
        await page.setViewportSize({ width: 360, height: 780 });
        await page.goto('/catalog?q=led');
        await ready(page);
        await expect(page.locator('.catalog__results .product-card').first()).toBeVisible({ timeout: 20_000 });
        const toggle = page.locator('.catalog__filters-toggle');
        await toggle.click();
        await expect(toggle).toHaveAttribute('aria-expanded', 'true');
        await expect(page.locator('#catalog-filters')).toBeVisible();
        await settled(page);
        await checkA11y(page, A11Y);
      });
    });

    test(`each checkout step, with errors, the confirmation and the order list pass axe in ${locale}`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      // Its own purchase-order number, so specs counting their own orders are not disturbed.
      const buyer = { ...BUYER, po: `PO-A11Y-${locale}` };
      await addToCart(page, 1);
      const co = new Checkout(page);
      await co.goto();
      await expect(page.locator('html')).toHaveAttribute('lang', locale);
      await test.step('company, empty', () => checkA11y(page, A11Y));
      await co.next.click();
      await expect(co.field('company.legal_name')).toHaveAttribute('aria-invalid', 'true');
      await test.step('company, with errors', () => checkA11y(page, A11Y));
      await co.fillCompany(buyer);
      await co.next.click();
      await co.expectStep(1);
      await test.step('shipping address', () => checkA11y(page, A11Y));
      await co.fillShipping(buyer.address);
      await co.next.click();
      await co.expectStep(2);
      await test.step('billing address', () => checkA11y(page, A11Y));
      await co.next.click();
      await co.expectStep(3);
      await expect(page.locator('.checkout-supplier .landed__total .price').first()).toBeVisible();
      await test.step('delivery', () => checkA11y(page, A11Y));
      await co.next.click();
      await co.expectStep(4);
      await test.step('payment', () => checkA11y(page, A11Y));
      await page.locator('#co-payment-kind').check();
      await co.next.click();
      await co.expectStep(5);
      await expect(co.place).toBeEnabled();
      await test.step('review', () => checkA11y(page, A11Y));
      await co.place.click();
      const id = await co.confirmed();
      await expect(page.locator('.order-detail').first()).toBeVisible({ timeout: 20_000 });
      await settled(page);
      await test.step(`order detail ${id}`, () => checkA11y(page, A11Y));
      await page.goto('/orders');
      await ready(page);
      await expect(page.locator('.orders-table tbody tr').first()).toBeVisible({ timeout: 20_000 });
      await settled(page);
      await test.step('order list with orders', () => checkA11y(page, A11Y));
    });

    test(`every exhibitor console tab passes axe in ${locale}`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.goto('/sign-in?next=%2Fexhibitor%2Fbooth');
      await ready(page);
      await page.locator('#sign-in-email').fill(ACCOUNTS.booth1.email);
      await page.locator('#sign-in-password').fill(ACCOUNTS.booth1.password);
      await page.locator('#sign-in-submit').click();
      await expect(page).toHaveURL(/\/exhibitor\/booth$/, { timeout: 20_000 });
      for (const [path, selector] of CONSOLE_TABS) {
        await test.step(path, async () => {
          // Through the console's own tab links, as an exhibitor moves between them.
          await page.locator(`.console__tabs a[href="${path}"]`).click();
          await expect(page).toHaveURL(new RegExp(`${path.replace(/\//g, '\\/')}$`));
          await expect(page.locator('html')).toHaveAttribute('lang', locale);
          await expect(page.locator(selector).first()).toBeVisible({ timeout: 20_000 });
          await settled(page);
          await checkA11y(page, A11Y);
        });
      }
    });
  });
}

// Right to left (issue 9): Arabic pages mirror through CSS logical properties only (no
// left/right overrides), Latin names, numbers and prices inside Arabic text are isolated
// (bidi), and icons that mean a direction flip.
import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { test, expect } from '../support/fixtures.mjs';
import { ready } from '../support/pages.mjs';

const STYLE_DIR = fileURLToPath(new URL('../../../style/', import.meta.url));

/** Declarations that fix a side instead of following the text direction. */
const PHYSICAL = [
  /(^|[;\s])(margin|padding|border)-(left|right)(-[a-z]+)?\s*:/,
  /(^|[;\s])(left|right)\s*:/,
  /(^|[;\s])text-align\s*:\s*(left|right)\b/,
  /(^|[;\s])(float|clear)\s*:\s*(left|right)\b/,
  /(^|[;\s])border-(top|bottom)-(left|right)-radius\s*:/,
];

/** Rules (`selector { body }`, innermost) of a stylesheet, comments removed. */
function rules(css) {
  const plain = css.replace(/\/\*[\s\S]*?\*\//g, '');
  return [...plain.matchAll(/([^{}]+)\{([^{}]*)\}/g)].map((m) => ({ selector: m[1].trim(), body: m[2] }));
}

/** Physical declarations outside rules scoped to one direction (`[dir="rtl"] ...`). */
function physicalDeclarations(css) {
  const found = [];
  for (const { selector, body } of rules(css)) {
    if (selector.split(',').every((s) => /\[dir=/.test(s))) continue;
    for (const decl of body.split(';')) {
      if (PHYSICAL.some((re) => re.test(` ${decl.trim()}`))) found.push(`${selector} { ${decl.trim()} }`);
    }
  }
  return found;
}

test('the detector finds physical properties and lets logical and direction-scoped ones pass', () => {
  expect(
    physicalDeclarations(`
      .a { margin-left: 1rem; color: red }
      .b { padding-inline-start: 1rem; inset-inline-end: 0; text-align: start }
      @media (min-width: 40rem) { .c { right: 0; } .d { float: left } }
      .e { border-right-width: 2px } .f { border-top-left-radius: 3px } .g { text-align: right }
      [dir="rtl"] .h { transform: scaleX(-1); left: 0 }
      .i { scroll-margin-left: 0 } /* margin-left: 3px in a comment */
    `),
  ).toEqual([
    '.a { margin-left: 1rem }',
    '.c { right: 0 }',
    '.d { float: left }',
    '.e { border-right-width: 2px }',
    '.f { border-top-left-radius: 3px }',
    '.g { text-align: right }',
  ]);
});

test('every stylesheet uses logical properties only (physical ones only under [dir])', () => {
  const files = readdirSync(STYLE_DIR).filter((f) => f.endsWith('.css'));
  expect(files.length).toBeGreaterThan(5);
  const found = files.flatMap((f) =>
    physicalDeclarations(readFileSync(`${STYLE_DIR}${f}`, 'utf8')).map((d) => `${f}: ${d}`),
  );
  expect(found).toEqual([]);
});

for (const locale of ['ar', 'en']) {
  const rtl = locale === 'ar';
  test(`${locale}: the layout ${rtl ? 'mirrors' : 'reads left to right'}, direction icons ${rtl ? 'flip' : 'do not flip'}, Latin text and numbers are isolated`, async ({
    page,
  }) => {
    await page.addInitScript((tag) => localStorage.setItem('tradefair.locale', tag), locale);
    await page.goto('/catalog?q=LED');
    await ready(page);
    await expect(page.locator('html')).toHaveAttribute('dir', rtl ? 'rtl' : 'ltr');
    await expect(page.locator('.catalog__results .product-card').first()).toBeVisible({ timeout: 20_000 });

    // Mirrored: the filters sit at the start of the line (right in Arabic, left in English).
    const filters = await page.locator('#catalog-filters').boundingBox();
    const results = await page.locator('.catalog__results').boundingBox();
    if (rtl) expect(filters.x).toBeGreaterThan(results.x);
    else expect(filters.x).toBeLessThan(results.x);
    // So does the header: the brand at the start.
    const brand = await page.locator('.site-header .brand, .site-header a[href="/"]').first().boundingBox();
    const cart = await page.locator('.site-header .cart-link').boundingBox();
    if (rtl) expect(brand.x).toBeGreaterThan(cart.x);
    else expect(brand.x).toBeLessThan(cart.x);

    // Icons that mean a direction (the pager's arrows, the cart) are mirrored in Arabic only.
    const transforms = await page.locator('.flip-rtl').evaluateAll((els) => els.map((e) => getComputedStyle(e).transform));
    expect(transforms.length).toBeGreaterThan(0);
    for (const t of transforms) expect(t).toBe(rtl ? 'matrix(-1, 0, 0, 1, 0, 0)' : 'none');

    // Prices and supplier names (Latin text and digits) are isolated from the text around them.
    const isolated = await page
      .locator('.product-card .price, .product-card .product-card__supplier-name')
      .evaluateAll((els) => els.map((e) => `${e.tagName} ${getComputedStyle(e).unicodeBidi}`));
    expect(isolated.length).toBeGreaterThan(3);
    expect(new Set(isolated)).toEqual(new Set(['BDI isolate']));

    // Fluent placeables (the count, the Latin query) are wrapped in FSI…PDI in Arabic, so
    // "LED" and the number keep their order inside the Arabic sentence; not in English.
    const count = await page.locator('.catalog__count').textContent();
    if (rtl) {
      expect(count).toContain('\u2068LED\u2069');
      expect(count).toMatch(/\u2068[\d٠-٩][\d٠-٩,٬.]*\u2069/);
    } else {
      expect(count).toContain('LED');
      expect(count).not.toMatch(/[\u2068\u2069]/);
    }

    // A product page: the supplier's name and the specification values are isolated too.
    await page.locator('.product-card a[href^="/product/"]').first().click();
    await expect(page).toHaveURL(/\/product\/\d+$/);
    await expect(page.locator('main h1')).toBeVisible({ timeout: 20_000 });
    await expect(page.locator('main .skeleton')).toHaveCount(0, { timeout: 20_000 });
    const supplier = page.locator('main a[href^="/supplier/"] bdi').first();
    await expect(supplier).toBeVisible();
    expect(await supplier.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
    const price = page.locator('main .price').first();
    await expect(price).toBeVisible();
    expect(await price.evaluate((e) => `${e.tagName} ${getComputedStyle(e).unicodeBidi}`)).toBe('BDI isolate');

    // The expo hall: each product a booth sells is isolated (many have Latin names), and
    // lists use the locale's own separator (the Arabic comma in Arabic).
    await page.goto('/expo');
    await ready(page);
    const tile = page.locator('.booth-tile').first();
    await expect(tile).toBeVisible({ timeout: 20_000 });
    const sells = await page
      .locator('.booth-tile__sells')
      .first()
      .evaluate((p) => [...p.children].filter((c) => !c.classList.contains('booth-tile__label')).map((c) => c.tagName));
    expect(sells.length).toBeGreaterThan(1);
    expect(new Set(sells)).toEqual(new Set(['BDI']));
    const sellsText = await page.locator('.booth-tile__sells').first().textContent();
    const languages = await page.locator('.booth-tile__languages').allTextContents();
    const multi = languages.find((l) => /[,،、]/.test(l));
    expect(multi, 'a booth speaking several languages').toBeTruthy();
    if (rtl) {
      expect(sellsText).toContain('، ');
      expect(multi).toContain('، ');
      expect(multi).not.toContain(', ');
    } else {
      expect(sellsText).toContain(', ');
      expect(multi).toContain(', ');
    }
  });
}

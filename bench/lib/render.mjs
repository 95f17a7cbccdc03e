// (3) Catalog rows: js-framework-benchmark style operations on the same card markup in
// three implementations (vanilla JS, React 19, Leptos 0.8), each timed click -> next frame
// commit from a Chrome trace; memory after 10,000 rows.
import { DESKTOP } from './browser.mjs';
import { startTrace, clickToPaint } from './trace.mjs';

export const OPS = [
  { key: 'create1k', label: 'create 1,000 rows' },
  { key: 'update', label: 'partial update (every 10th of 1,000)' },
  { key: 'swap', label: 'swap rows (2 and 999 of 1,000)' },
  { key: 'clear1k', label: 'clear 1,000 rows' },
  { key: 'create10k', label: 'create 10,000 rows' },
  { key: 'clear10k', label: 'clear 10,000 rows' },
];
const WARMUP = 2;

const count = (n) => `document.querySelectorAll('#rows > li').length === ${n}`;

async function timed(page, cdp, selector, doneExpr) {
  const stop = await startTrace(cdp);
  let events;
  try {
    await page.click(selector);
    await page.waitForFunction(doneExpr, null, { polling: 'raf', timeout: 120_000 });
    // Let the frame that shows the result be produced and committed.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(r, 30)))));
  } finally {
    events = await stop();
  }
  return clickToPaint(events);
}

/** One fresh page of one implementation; all operations in sequence. */
export async function renderRun(browser, url, { cpuRate = 1 } = {}) {
  const context = await browser.newContext(DESKTOP);
  try {
    await context.addInitScript(() => {
      addEventListener('TrunkApplicationStarted', (e) => { window.__wasm = e.detail && e.detail.wasm; });
    });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(url, { waitUntil: 'load' });
    await page.waitForSelector('#run');
    if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    for (let i = 0; i < WARMUP; i++) {
      await page.click('#run');
      await page.waitForFunction(count(1000), null, { polling: 'raf' });
      await page.click('#clear');
      await page.waitForFunction(count(0), null, { polling: 'raf' });
    }
    const out = {};
    const t = async (key, sel, expr) => {
      const r = await timed(page, cdp, sel, expr);
      out[key] = r.ms;
      out[`${key}_script`] = r.scriptMs;
    };
    await t('create1k', '#run', count(1000));
    await t('update', '#update', `document.querySelector('#rows > li h3').textContent.endsWith(' !!!')`);
    const href998 = await page.evaluate(() => document.querySelectorAll('#rows > li')[998].querySelector('a').getAttribute('href'));
    await t('swap', '#swaprows', `document.querySelectorAll('#rows > li')[1].querySelector('a').getAttribute('href') === ${JSON.stringify(href998)}`);
    await t('clear1k', '#clear', count(0));
    await t('create10k', '#runlots', count(10000));
    // Memory after 10,000 rows, after two full GCs.
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters');
    const wasm = await page.evaluate(() => (window.__wasm && window.__wasm.memory ? window.__wasm.memory.buffer.byteLength : 0));
    out.memJs = heap.usedSize;
    out.memDom = heap.embedderHeapUsedSize ?? null;
    out.memWasm = wasm;
    out.memTotal = heap.usedSize + (heap.embedderHeapUsedSize || 0) + wasm;
    out.domNodes = dom.nodes;
    await t('clear10k', '#clear', count(0));
    if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    return out;
  } finally {
    await context.close();
  }
}

// (1) Page load, cold cache, DevTools "Slow 4G" + CPU throttling, mobile viewport.
// (2) First-visit bytes per route: the files the visit downloaded, brotli-compressed here.
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { MOBILE, SLOW_4G } from './browser.mjs';
import { installProbe, cls, tbt } from './pageprobe.mjs';
import { brotli } from './server.mjs';

/** Records every request of `page` through CDP: url, type, status, encoded bytes. */
async function recordNetwork(cdp) {
  const reqs = new Map();
  await cdp.send('Network.enable');
  cdp.on('Network.requestWillBeSent', (e) => {
    reqs.set(e.requestId, { url: e.request.url, type: e.type, t0: e.timestamp, bytes: 0, done: false });
  });
  cdp.on('Network.responseReceived', (e) => {
    const r = reqs.get(e.requestId);
    if (r) {
      r.status = e.response.status;
      r.mime = e.response.mimeType;
      const h = e.response.headers || {};
      r.encoding = h['content-encoding'] || h['Content-Encoding'] || 'identity';
    }
  });
  cdp.on('Network.loadingFinished', (e) => {
    const r = reqs.get(e.requestId);
    if (r) { r.bytes = e.encodedDataLength; r.done = true; r.t1 = e.timestamp; }
  });
  cdp.on('Network.loadingFailed', (e) => {
    const r = reqs.get(e.requestId);
    if (r) { r.failed = e.errorText; r.done = true; }
  });
  return reqs;
}

/**
 * One cold load of `url`, throttled. Returns FCP, LCP, TBT, CLS, bytes transferred,
 * the time the ready selector matched and was painted, and the request list.
 */
export async function loadOnce(browser, url, { readySelector, cpuRate = 4, network = SLOW_4G, settleMs = 1500, locale } = {}) {
  const context = await browser.newContext({ ...MOBILE, ...(locale ? { locale } : {}) });
  try {
    await context.addInitScript(installProbe, readySelector);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const reqs = await recordNetwork(cdp);
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: false });
    if (network) await cdp.send('Network.emulateNetworkConditions', network);
    if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuRate });
    await page.goto(url, { waitUntil: 'load', timeout: 120_000 });
    await page.waitForFunction(() => window.__bench && window.__bench.readyPaint !== null, null, { timeout: 120_000, polling: 100 });
    await page.waitForTimeout(settleMs);
    const b = await page.evaluate(() => ({ ...window.__bench, now: performance.now() }));
    if (cpuRate > 1) await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const fcp = b.paint.find((p) => p.name === 'first-contentful-paint')?.t ?? null;
    const lastLcp = b.lcp.at(-1) || null;
    const requests = [...reqs.values()];
    return {
      fcp,
      lcp: lastLcp?.t ?? null,
      lcpElement: lastLcp?.el ?? null,
      tbt: tbt(b.long, fcp, b.now),
      longTasks: b.long.length,
      longestTask: b.long.reduce((m, x) => Math.max(m, x.d), 0),
      cls: cls(b.shifts),
      shiftSources: [...new Set(b.shifts.flatMap((s) => s.sources))].slice(0, 5),
      ready: b.ready,
      readyPaint: b.readyPaint,
      bytes: requests.reduce((s, r) => s + (r.bytes || 0), 0),
      requests: requests.map((r) => ({ url: r.url, type: r.type, status: r.status, encoding: r.encoding, bytes: r.bytes, ms: r.t1 && r.t0 ? (r.t1 - r.t0) * 1000 : null, failed: r.failed })),
      errors: b.errors,
    };
  } finally {
    await context.close();
  }
}

function category(pathname) {
  const ext = extname(pathname).toLowerCase();
  if (ext === '.wasm') return 'wasm';
  if (ext === '.js' || ext === '.mjs') return 'js';
  if (ext === '.css') return 'css';
  if (ext === '.ftl' || pathname.startsWith('/locales/')) return 'locale';
  if (pathname === '/config.json' || pathname.startsWith('/api/')) return 'api';
  if (ext === '.html' || ext === '') return 'html';
  return 'other';
}

async function fileFor(root, pathname) {
  const rel = normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, rel);
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) return join(path, 'index.html');
  } catch { /* SPA fallback below */ }
  return extname(pathname) ? null : join(root, 'index.html');
}

const brCache = new Map();
async function brotliSize(path) {
  if (!brCache.has(path)) {
    const buf = await readFile(path);
    brCache.set(path, { raw: buf.length, br: brotli(buf).length });
  }
  return brCache.get(path);
}

/**
 * What a first visit to `url` downloads, per file and per category, with sizes measured by
 * compressing the served files with brotli (quality 11) here. Unthrottled (sizes only).
 */
export async function firstVisitBytes(browser, origin, route, distDir, { readySelector, locale } = {}) {
  const r = await loadOnce(browser, origin + route, { readySelector, cpuRate: 1, network: null, settleMs: 1500, locale });
  const root = resolve(distDir);
  const files = [];
  for (const q of r.requests) {
    const u = new URL(q.url);
    if (u.origin !== origin) continue;
    const path = await fileFor(root, u.pathname);
    if (!path) { files.push({ path: u.pathname, category: category(u.pathname), missing: true }); continue; }
    const cat = category(u.pathname === route || !extname(u.pathname) ? '/index.html' : u.pathname);
    files.push({ path: u.pathname, category: cat, ...(await brotliSize(path)) });
  }
  const byCategory = {};
  for (const f of files) {
    const c = (byCategory[f.category] ||= { raw: 0, br: 0, files: 0 });
    c.raw += f.raw || 0; c.br += f.br || 0; c.files += 1;
  }
  const sum = (cats) => cats.reduce((s, c) => s + (byCategory[c]?.br || 0), 0);
  return { route, locale: locale || 'default', files, byCategory, codeBr: sum(['wasm', 'js', 'css']), totalBr: sum(Object.keys(byCategory)) };
}

/** Brotli bytes of every .wasm/.js/.css under a built baseline directory. */
export async function bundleBytes(dir, files) {
  const out = { raw: 0, br: 0, files: [] };
  for (const f of files) {
    const s = await brotliSize(join(dir, f));
    out.raw += s.raw; out.br += s.br; out.files.push({ path: f, ...s });
  }
  return out;
}

// Tradefair benchmark harness: pages and baselines side by side, interleaved, N runs each,
// in one headless Chromium. Normally started by `bash scripts/bench.sh` (which builds first).
//
//   node run.mjs [--runs N] [--only calibrate,bytes,load,render,search,lighthouse]
//                [--lh-runs N] [--plain-runs N] [--render-cpu R] [--app-dist DIR] [--out DIR]
//
// --runs N        rounds; each round runs every page and baseline once, order rotated (5)
// --lh-runs N     Lighthouse audits, one per round while rounds last (3)
// --plain-runs N  loads of /catalog through tests/e2e/serve.mjs, uncompressed (1)
// --render-cpu R  CPU throttling for the row operations (1; the 10,000-card page is heavy)
//
// Writes OUT/report.json and OUT/report.md (default OUT = bench/out). Reports only: it never
// fails on a budget.
import { spawn } from 'node:child_process';
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { execFileSync } from 'node:child_process';

import { launch } from './lib/browser.mjs';
import { serveDir } from './lib/server.mjs';
import { loadOnce, firstVisitBytes, bundleBytes } from './lib/load.mjs';
import { renderRun, OPS } from './lib/render.mjs';
import { searchRun, WORDS, DEBOUNCE_MS } from './lib/search.mjs';
import { lighthouseRun } from './lib/lighthouse.mjs';
import { calibrate } from './lib/calibrate.mjs';
import { summarize } from './lib/stats.mjs';
import { renderMarkdown, budgets } from './lib/report.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

function args() {
  const a = process.argv.slice(2);
  const get = (name, def) => {
    const i = a.indexOf(`--${name}`);
    return i >= 0 && a[i + 1] !== undefined ? a[i + 1] : def;
  };
  const runs = Math.max(1, Number(get('runs', process.env.BENCH_RUNS || 5)));
  return {
    runs,
    lhRuns: Math.max(0, Number(get('lh-runs', Math.min(runs, 3)))),
    plainRuns: Math.max(0, Number(get('plain-runs', Math.min(runs, 1)))),
    renderCpu: Number(get('render-cpu', 1)),
    only: new Set(String(get('only', 'calibrate,bytes,load,render,search,lighthouse')).split(',')),
    appDist: resolve(get('app-dist', join(HERE, 'out', 'app-dist'))),
    leptosDist: resolve(get('leptos-dist', join(HERE, 'leptos-rows', 'dist'))),
    sites: resolve(get('sites', join(HERE, 'out', 'sites'))),
    out: resolve(get('out', join(HERE, 'out'))),
  };
}

const T0 = Date.now();
const log = (...m) => console.error(`[bench ${((Date.now() - T0) / 1000).toFixed(0).padStart(4)}s]`, ...m);
const rotate = (list, r) => list.map((_, i) => list[(i + r) % list.length]);

/** The repo's own static server (tests/e2e/serve.mjs: no compression), as a child process. */
function spawnRepoServer(dir) {
  const child = spawn(process.execPath, [join(ROOT, 'tests', 'e2e', 'serve.mjs'), '--dir', dir, '--port', '0', '--host', '127.0.0.1'], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((ok, fail) => {
    let buf = '';
    child.once('error', fail);
    child.stdout.on('data', (d) => {
      buf += d;
      const m = /on (http:\/\/\S+)/.exec(buf);
      if (m) ok({ url: m[1], close: async () => { child.kill('SIGTERM'); } });
    });
    setTimeout(() => fail(new Error('tests/e2e/serve.mjs did not start')), 10_000);
  });
}

async function listAssets(dir) {
  const out = [];
  const walk = async (d, rel) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const r = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(join(d, e.name), r);
      else if (/\.(wasm|js|css)$/.test(e.name)) out.push(r);
    }
  };
  await walk(dir, '');
  return out;
}

function gitInfo() {
  try {
    const rev = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short', 'HEAD']).toString().trim();
    const dirty = execFileSync('git', ['-C', ROOT, 'status', '--porcelain', '--', 'src', 'style', 'locales', 'crates', 'Cargo.toml', 'index.html', 'public']).toString().trim();
    return { commit: rev, dirtyAppSources: dirty ? dirty.split('\n').length : 0 };
  } catch { return { commit: null }; }
}

async function main() {
  const opt = args();
  await mkdir(opt.out, { recursive: true });
  for (const d of [opt.appDist, opt.leptosDist, join(opt.sites, 'vanilla'), join(opt.sites, 'react')]) {
    if (!existsSync(join(d, 'index.html'))) throw new Error(`missing ${d}/index.html (run bash scripts/bench.sh, which builds it)`);
  }
  const { browser, port, version } = await launch();
  log(`Chromium ${version}, DevTools port ${port}, runs ${opt.runs}`);
  const app = await serveDir(opt.appDist, { brotli: true });
  const appPlain = await spawnRepoServer(opt.appDist);
  const sites = {
    vanilla: await serveDir(join(opt.sites, 'vanilla')),
    react: await serveDir(join(opt.sites, 'react')),
    leptos: await serveDir(opt.leptosDist),
  };
  const report = {
    meta: {
      date: new Date().toISOString(),
      ...gitInfo(),
      chromium: version,
      cpu: `${cpus().length} x ${cpus()[0]?.model || '?'}`,
      memGB: Math.round(totalmem() / 2 ** 30),
      runs: opt.runs,
      lighthouseRuns: opt.lhRuns,
      uncompressedLoadRuns: opt.plainRuns,
      renderCpuRate: opt.renderCpu,
      servers: {
        app: 'bench/lib/server.mjs: dist with brotli (q11) Content-Encoding, like a CDN',
        appPlain: 'tests/e2e/serve.mjs: the same dist uncompressed',
      },
    },
  };

  const raw = { load: {}, render: { vanilla: [], react: [], leptos: [] }, search: [], lighthouse: [] };
  const LOADS = [
    { key: 'catalog', server: app, route: '/catalog', ready: '.catalog__results .product-card' },
    { key: 'product', server: app, route: '/product/1', ready: 'article.product h1' },
    { key: 'catalog (uncompressed)', server: appPlain, route: '/catalog', ready: '.catalog__results .product-card', plain: true },
  ];
  for (const l of LOADS) raw.load[l.key] = [];

  try {
    if (opt.only.has('calibrate')) {
      log('calibrating CPU throttling (Lighthouse BenchmarkIndex at 1x and 4x)');
      report.calibration = await calibrate(browser, 4);
      log(`  BenchmarkIndex ${report.calibration.benchmarkIndex.toFixed(0)} free, ${report.calibration.benchmarkIndexThrottled.toFixed(0)} at 4x (x${report.calibration.measuredSlowdown.toFixed(2)})`);
    }
    if (opt.only.has('bytes')) {
      log('first-visit bytes per route');
      report.bytes = {
        catalog: await firstVisitBytes(browser, app.url, '/catalog', opt.appDist, { readySelector: '.catalog__results .product-card' }),
        product: await firstVisitBytes(browser, app.url, '/product/1', opt.appDist, { readySelector: 'article.product h1' }),
        'catalog (de)': await firstVisitBytes(browser, app.url, '/catalog', opt.appDist, { readySelector: '.catalog__results .product-card', locale: 'de-DE' }),
      };
      report.baselineBytes = {
        vanilla: await bundleBytes(join(opt.sites, 'vanilla'), await listAssets(join(opt.sites, 'vanilla'))),
        react: await bundleBytes(join(opt.sites, 'react'), await listAssets(join(opt.sites, 'react'))),
        leptos: await bundleBytes(opt.leptosDist, await listAssets(opt.leptosDist)),
      };
    }

    for (let r = 0; r < opt.runs; r++) {
      log(`round ${r + 1}/${opt.runs}`);
      if (opt.only.has('load')) {
        for (const l of rotate(LOADS, r)) {
          if (l.plain && r >= opt.plainRuns) continue;
          const t = Date.now();
          try {
            raw.load[l.key].push(await loadOnce(browser, l.server.url + l.route, { readySelector: l.ready }));
          } catch (e) { raw.load[l.key].push({ error: String(e.message || e) }); }
          const x = raw.load[l.key].at(-1);
          log(`  load ${l.key}: LCP ${x.lcp?.toFixed(0)} ms, TBT ${x.tbt?.toFixed(0)} ms, CLS ${x.cls?.toFixed(3)}, ${x.bytes} B ${x.error ? 'ERROR ' + x.error : ''} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
        }
      }
      if (opt.only.has('render')) {
        for (const impl of rotate(['vanilla', 'react', 'leptos'], r)) {
          const t = Date.now();
          try {
            raw.render[impl].push(await renderRun(browser, sites[impl].url + '/', { cpuRate: opt.renderCpu }));
          } catch (e) { raw.render[impl].push({ error: String(e.message || e) }); }
          const x = raw.render[impl].at(-1);
          log(`  rows ${impl}: 1k ${x.create1k?.toFixed(0)} ms, 10k ${x.create10k?.toFixed(0)} ms ${x.error ? 'ERROR ' + x.error : ''} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
        }
      }
      if (opt.only.has('search')) {
        const t = Date.now();
        try {
          const keys = await searchRun(browser, app.url, { cpuRate: 4, words: [WORDS[r % WORDS.length]] });
          raw.search.push(...keys.map((k) => ({ ...k, run: r })));
          log(`  search: ${keys.length} keystrokes (${((Date.now() - t) / 1000).toFixed(1)} s)`);
        } catch (e) { log(`  search ERROR ${e.message}`); raw.searchError = String(e.message || e); }
      }
      if (opt.only.has('lighthouse') && r < opt.lhRuns) {
        const t = Date.now();
        try {
          const x = await lighthouseRun(app.url + '/catalog', port);
          raw.lighthouse.push(x);
          log(`  lighthouse: ${x.score} (${((Date.now() - t) / 1000).toFixed(1)} s)`);
        } catch (e) { log(`  lighthouse ERROR ${e.message}`); raw.lighthouse.push({ error: String(e.message || e) }); }
      }
    }
  } finally {
    await browser.close().catch(() => {});
    for (const s of [app, appPlain, ...Object.values(sites)]) await s.close().catch(() => {});
  }

  // Summaries.
  if (opt.only.has('load')) {
    report.load = {};
    for (const [k, runs] of Object.entries(raw.load)) {
      const ok = runs.filter((x) => !x.error);
      report.load[k] = {
        fcp: summarize(ok.map((x) => x.fcp)),
        lcp: summarize(ok.map((x) => x.lcp)),
        tbt: summarize(ok.map((x) => x.tbt)),
        cls: summarize(ok.map((x) => x.cls)),
        bytes: summarize(ok.map((x) => x.bytes)),
        readyPaint: summarize(ok.map((x) => x.readyPaint)),
        longestTask: summarize(ok.map((x) => x.longestTask)),
        lcpElement: ok.map((x) => x.lcpElement),
        shiftSources: [...new Set(ok.flatMap((x) => x.shiftSources))],
        errors: runs.filter((x) => x.error).map((x) => x.error),
        requests: ok[0]?.requests ?? [],
      };
    }
  }
  if (opt.only.has('render')) {
    report.render = {};
    for (const [impl, runs] of Object.entries(raw.render)) {
      const ok = runs.filter((x) => !x.error);
      const s = {};
      for (const k of [...OPS.map((o) => o.key), ...OPS.map((o) => `${o.key}_script`), 'memJs', 'memDom', 'memWasm', 'memTotal', 'domNodes']) s[k] = summarize(ok.map((x) => x[k]));
      s.errors = runs.filter((x) => x.error).map((x) => x.error);
      report.render[impl] = s;
    }
  }
  if (opt.only.has('search')) {
    const ks = raw.search;
    report.search = {
      keystrokes: ks.length,
      debounceMs: DEBOUNCE_MS,
      eventTiming: summarize(ks.map((k) => k.eventTiming ?? 16)),
      eventTimingBelowThreshold: ks.filter((k) => k.eventTiming === null).length,
      echo: summarize(ks.map((k) => k.echo)),
      results: summarize(ks.map((k) => k.results)),
      resultsAfterDebounce: summarize(ks.map((k) => (k.results === null ? null : k.results - DEBOUNCE_MS))),
      resultsMissing: ks.filter((k) => k.results === null).length,
      longestTask: summarize(ks.map((k) => k.longestTask)),
      error: raw.searchError,
      raw: ks,
    };
  }
  if (opt.only.has('lighthouse')) {
    const ok = raw.lighthouse.filter((x) => !x.error);
    report.lighthouse = {
      score: summarize(ok.map((x) => x.score)),
      fcp: summarize(ok.map((x) => x.fcp)),
      lcp: summarize(ok.map((x) => x.lcp)),
      tbt: summarize(ok.map((x) => x.tbt)),
      cls: summarize(ok.map((x) => x.cls)),
      si: summarize(ok.map((x) => x.si)),
      benchmarkIndex: summarize(ok.map((x) => x.benchmarkIndex)),
      version: ok[0]?.lighthouseVersion ?? null,
      lcpBreakdown: ok[0]?.lcpBreakdown ?? null,
      mainThread: ok[0]?.mainThread ?? null,
      bootup: ok[0]?.bootup ?? null,
      warnings: [...new Set(ok.flatMap((x) => x.warnings))],
      errors: raw.lighthouse.filter((x) => x.error).map((x) => x.error),
    };
  }
  report.meta.elapsedSeconds = Math.round((Date.now() - T0) / 1000);
  report.budgets = budgets(report);
  await writeFile(join(opt.out, 'report.json'), JSON.stringify(report, null, 2) + '\n');
  const md = renderMarkdown(report);
  await writeFile(join(opt.out, 'report.md'), md);
  process.stdout.write(md);
  log(`wrote ${join(opt.out, 'report.json')} and report.md in ${report.meta.elapsedSeconds} s`);
}

main().catch((e) => { console.error(e); process.exit(1); });

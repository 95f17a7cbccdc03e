// Where the bytes and the milliseconds go (run after bash scripts/bench.sh built the app):
//   node bench/where.mjs [--app-dist bench/out/app-dist] [--wasm target/.../tradefair.wasm]
// 1. Rebuilds the shipped wasm with its function names kept (wasm-bindgen --keep-debug, then
//    wasm-opt -Oz -g: the same code as shipped, plus a name section) and sums code bytes by
//    app module / crate; lists the biggest functions and data segments.
// 2. Serves the app with that named wasm and records V8 CPU profiles of a cold /catalog
//    load (Slow 4G, CPU 4x) and of search keystrokes (CPU 4x); sums self time by
//    function and by module / crate.
// Writes bench/out/where.md and bench/out/where.json.
import { execFileSync } from 'node:child_process';
import { cp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launch, MOBILE, SLOW_4G } from './lib/browser.mjs';
import { installProbe } from './lib/pageprobe.mjs';
import { serveDir, brotli } from './lib/server.mjs';
import { readWasm, groupSizes, owner } from './lib/wasm.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const arg = (n, d) => { const i = process.argv.indexOf(`--${n}`); return i > 0 ? process.argv[i + 1] : d; };
const appDist = resolve(arg('app-dist', join(HERE, 'out', 'app-dist')));
const targetWasm = resolve(arg('wasm', join(ROOT, 'target', 'wasm32-unknown-unknown', 'release', 'tradefair.wasm')));
const work = join(HERE, 'out', 'where');
const log = (...m) => console.error('[where]', ...m);

async function namedBuild() {
  await rm(work, { recursive: true, force: true });
  await mkdir(join(work, 'bindgen'), { recursive: true });
  log('wasm-bindgen --keep-debug');
  execFileSync('wasm-bindgen', ['--target', 'web', '--keep-debug', '--no-typescript', '--out-dir', join(work, 'bindgen'), targetWasm], { stdio: 'inherit' });
  log('wasm-opt -Oz -g (about a minute)');
  execFileSync('wasm-opt', ['-Oz', '-g', join(work, 'bindgen', 'tradefair_bg.wasm'), '-o', join(work, 'named.wasm')], { stdio: 'inherit' });
  // A copy of the served app with the named wasm and its matching JS glue.
  const site = join(work, 'site');
  await cp(appDist, site, { recursive: true });
  const files = await readdir(site);
  const wasmName = files.find((f) => f.endsWith('_bg.wasm'));
  const jsName = wasmName.replace('_bg.wasm', '.js');
  await cp(join(work, 'named.wasm'), join(site, wasmName));
  await cp(join(work, 'bindgen', 'tradefair.js'), join(site, jsName));
  const html = (await readFile(join(site, 'index.html'), 'utf8')).replace(/ integrity=("[^"]*"|\S+)/g, '');
  await writeFile(join(site, 'index.html'), html);
  return { site, shipped: join(appDist, wasmName) };
}

/** Self time per function from a V8 CPU profile. */
function selfTimes(profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  for (let i = 0; i < profile.samples.length; i++) {
    const n = byId.get(profile.samples[i]);
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const f = n.callFrame;
    const name = f.functionName || (f.url ? `(anonymous ${f.url.split('/').pop()}:${f.lineNumber})` : '(root)');
    const key = name.startsWith('(') ? name : `${name}${f.url && !f.url.endsWith('.wasm') && !/wasm:/.test(f.url) ? ' [' + f.url.split('/').pop() + ']' : ''}`;
    self.set(key, (self.get(key) || 0) + dt);
  }
  return self;
}

function summarizeProfile(profile) {
  const self = selfTimes(profile);
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  const idle = self.get('(idle)') || 0;
  const fns = [...self.entries()].filter(([k]) => k !== '(idle)').sort((a, b) => b[1] - a[1]);
  const groups = new Map();
  for (const [k, ms] of fns) {
    const g = k.startsWith('(') ? k : /\[[^\]]+\.js\]$/.test(k) ? 'JS (glue / browser APIs)' : owner(k);
    groups.set(g, (groups.get(g) || 0) + ms);
  }
  return {
    totalMs: total, busyMs: total - idle,
    functions: fns.slice(0, 25).map(([name, ms]) => ({ name, ms })),
    groups: [...groups.entries()].sort((a, b) => b[1] - a[1]).slice(0, 20).map(([owner, ms]) => ({ owner, ms })),
  };
}

async function profileLoad(browser, origin) {
  const context = await browser.newContext(MOBILE);
  try {
    await context.addInitScript(installProbe, '.catalog__results .product-card');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.emulateNetworkConditions', SLOW_4G);
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    await page.goto(origin + '/catalog');
    await page.waitForFunction(() => window.__bench.readyPaint !== null, null, { timeout: 120_000, polling: 100 });
    await page.waitForTimeout(1500);
    const { profile } = await cdp.send('Profiler.stop');
    const b = await page.evaluate(() => window.__bench);
    return { ...summarizeProfile(profile), longTasks: b.long.map((t) => ({ start: Math.round(t.t), ms: Math.round(t.d) })), fcp: b.paint.find((p) => p.name === 'first-contentful-paint')?.t, ready: b.readyPaint };
  } finally { await context.close(); }
}

async function profileSearch(browser, origin) {
  const context = await browser.newContext(MOBILE);
  try {
    await context.addInitScript(installProbe, '.catalog__results .product-card');
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto(origin + '/catalog');
    await page.waitForFunction(() => window.__bench.readyPaint !== null, null, { timeout: 60_000 });
    await page.waitForTimeout(500);
    await page.focus('#site-search');
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 250 });
    await cdp.send('Profiler.start');
    for (const ch of 'pump') { await page.keyboard.press(ch); await page.waitForTimeout(900); }
    const { profile } = await cdp.send('Profiler.stop');
    return summarizeProfile(profile);
  } finally { await context.close(); }
}

const kb = (b) => (b / 1000).toFixed(1);
async function main() {
  const { site, shipped } = await namedBuild();
  const named = readWasm(await readFile(join(work, 'named.wasm')));
  const ship = readWasm(await readFile(shipped));
  const code = named.sections.find((s) => s.name === 'code');
  const shipCode = ship.sections.find((s) => s.name === 'code');
  const groups = groupSizes(named.bodies);
  const codeBytes = named.bodies.reduce((s, b) => s + b.size, 0);
  const dataSegs = named.data.map((d) => ({ bytes: d.length, brotli: brotli(d).length, preview: d.toString('utf8').replace(/[^\x20-\x7e\u00a0-\uffff]+/g, '·').slice(0, 90) })).sort((a, b) => b.bytes - a.bytes);
  log('profiling a cold /catalog load and search keystrokes at 4x CPU');
  const { browser } = await launch();
  const server = await serveDir(site, { brotli: true });
  let load, search;
  try {
    load = await profileLoad(browser, server.url);
    search = await profileSearch(browser, server.url);
  } finally { await browser.close(); await server.close(); }

  const out = { sections: ship.sections, sameCode: code.size === shipCode.size, groups: groups.slice(0, 40), biggest: [...named.bodies].sort((a, b) => b.size - a.size).slice(0, 25), data: dataSegs.slice(0, 10), load, search };
  await writeFile(join(HERE, 'out', 'where.json'), JSON.stringify(out, null, 2) + '\n');
  const L = ['# Where the bytes and milliseconds go', ''];
  L.push(`Shipped wasm sections (raw / brotli KB): ${ship.sections.filter((s) => s.size > 1000).map((s) => `${s.name} ${kb(s.size)} / ${kb(s.brotli)}`).join(', ')}. Named rebuild has ${out.sameCode ? 'the same' : 'a DIFFERENT'} code size as shipped.`, '');
  L.push('## Code bytes by module / crate (generic Leptos code instantiated for app views counts under reactive_graph / tachys)', '', '| owner | KB raw | % of code | functions | biggest function |', '| --- | --- | --- | --- | --- |');
  for (const g of groups.slice(0, 30)) L.push(`| ${g.owner} | ${kb(g.bytes)} | ${(100 * g.bytes / codeBytes).toFixed(1)} | ${g.functions} | ${g.biggest.name.slice(0, 90).replace(/\|/g, '\\|')} (${g.biggest.size}) |`);
  L.push('', '## Biggest data segments', '', '| KB raw | KB brotli | starts with |', '| --- | --- | --- |');
  for (const d of out.data) L.push(`| ${kb(d.bytes)} | ${kb(d.brotli)} | ${d.preview.replace(/\|/g, '\\|')} |`);
  for (const [title, p] of [['Cold /catalog load, Slow 4G, CPU 4x', load], ['Typing "pump" in the search box, CPU 4x', search]]) {
    L.push('', `## CPU profile: ${title} (main thread busy ${Math.round(p.busyMs)} ms)`, '', '| owner | self ms |', '| --- | --- |');
    for (const g of p.groups) L.push(`| ${g.owner} | ${Math.round(g.ms)} |`);
    L.push('', '| function | self ms |', '| --- | --- |');
    for (const f of p.functions.slice(0, 15)) L.push(`| ${f.name.slice(0, 110).replace(/\|/g, '\\|')} | ${Math.round(f.ms)} |`);
    if (p.longTasks) L.push('', `Long tasks (start ms: duration ms): ${p.longTasks.map((t) => `${t.start}: ${t.ms}`).join(', ')}; FCP ${Math.round(p.fcp)} ms, first cards painted ${Math.round(p.ready)} ms.`);
  }
  await writeFile(join(HERE, 'out', 'where.md'), L.join('\n') + '\n');
  process.stdout.write(L.join('\n') + '\n');
}
main().catch((e) => { console.error(e); process.exit(1); });

// Trunk post-build hook (Trunk.toml [[hooks]]): makes the built index.html safe to run under
// the strict policy in docs/csp.txt, and writes the headers a static host must send.
//
// 1. Subresource integrity for what actually runs. Trunk puts `integrity` on its preload
//    links, but the wasm is then fetched by the JS glue with a plain `fetch()`, which does not
//    check it, and the glue is imported by a module script, which a preload does not guard.
//    So the inline boot script is rewritten to import the glue through an import map that
//    carries its SHA-384, and to fetch the wasm with `{ integrity }`. A tampered byte in
//    either file stops the boot; the splash then says so, in the buyer's language.
// 2. `_headers` (the format Netlify and Cloudflare Pages read; tests/e2e/serve.mjs and
//    scripts/dev.sh serve it too): the CSP of docs/csp.txt plus the SHA-256 of each inline
//    script, so neither `'unsafe-inline'` nor `'unsafe-eval'` is needed.
//
// Usage: node scripts/harden.mjs [dir]   (dir defaults to $TRUNK_STAGING_DIR, then dist)
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const dir = process.argv[2] || process.env.TRUNK_STAGING_DIR || join(root, 'dist');
const indexPath = join(dir, 'index.html');
let html = readFileSync(indexPath, 'utf8');

const sri = (file) => 'sha384-' + createHash('sha384').update(readFileSync(join(dir, file))).digest('base64');
const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;

const files = readdirSync(dir);
const glue = files.find((f) => /^tradefair-[0-9a-f]+\.js$/.test(f) || f === 'tradefair.js');
const wasm = files.find((f) => /^tradefair-[0-9a-f]+_bg\.wasm$/.test(f) || f === 'tradefair_bg.wasm');
if (!glue || !wasm) {
  console.error(`harden: no tradefair JS/wasm in ${dir} (${files.join(', ')})`);
  process.exit(1);
}
const glueSri = sri(glue);
const wasmSri = sri(wasm);

// Trunk's own integrity attributes must agree with the files as shipped.
for (const [file, hash] of [[glue, glueSri], [wasm, wasmSri]]) {
  const m = html.match(new RegExp(`href="?/${file.replace('.', '\\.')}"?[^>]*integrity="?([^"\\s>]+)`)) ||
    html.match(new RegExp(`integrity="?([^"\\s>]+)"?[^>]*href="?/${file.replace('.', '\\.')}`));
  if (m && m[1] !== hash) {
    console.error(`harden: Trunk's integrity for ${file} (${m[1]}) differs from the file (${hash})`);
    process.exit(1);
  }
}

// The message shown if the app cannot start, from each locale's app.ftl (`boot-failed`).
const messages = {};
for (const locale of readdirSync(join(root, 'locales'))) {
  const ftl = join(root, 'locales', locale, 'app.ftl');
  if (!existsSync(ftl)) continue;
  const m = readFileSync(ftl, 'utf8').match(/^boot-failed = (.+)$/m);
  if (m) messages[locale] = m[1].trim();
}
if (!messages.en) {
  console.error('harden: locales/en/app.ftl has no boot-failed message');
  process.exit(1);
}

// Idempotent: a second run (e.g. by hand on dist/) replaces what the first wrote.
html = html.replace(/<script type="importmap">[\s\S]*?<\/script>/g, "");
// Replace Trunk's inline module script (whatever its exact text) with ours.
const inline = /<script type="?module"?>[\s\S]*?<\/script>/;
if (!inline.test(html)) {
  console.error('harden: no inline module script in index.html');
  process.exit(1);
}
const importMap = JSON.stringify({ integrity: { [`/${glue}`]: glueSri } });
// Trusted Types: the policy requires TrustedHTML for every HTML sink. Leptos's `view!`
// creates fully static subtrees (icons, fixed markup written in our own source) by parsing
// their HTML once through a <template>; the `default` policy below lets exactly such markup
// through and throws on anything that could run script: a forbidden element, an event
// handler or inline style attribute, or a URL that is not http(s), mailto or relative.
// No other policy can be created (`trusted-types default`), and the app itself never
// assigns HTML (it builds nodes), so backend text never reaches this policy.
const trustedTypesPolicy = `if (window.trustedTypes) {
  const BAD_TAGS = /^(script|iframe|frame|frameset|object|embed|applet|style|link|meta|base|template|foreignobject|animate|animatemotion|animatetransform|set|use|image|noscript|form|portal)$/;
  const URL_ATTRS = /^(href|xlink:href|src|action|formaction|poster|data|background|cite|srcset)$/;
  const SAFE_URL = /^(https?:|mailto:|\\/(?!\\/)|#|\\.|[^:]*$)/i;
  const refuse = (why) => { throw new TypeError('Tradefair Trusted Types policy refused HTML: ' + why); };
  trustedTypes.createPolicy('default', {
    createHTML(html) {
      const rest = html.replace(/<\\/?([a-zA-Z][\\w:-]*)((?:\\s+[^\\s"'>\\/=]+(?:="[^"]*")?)*)\\s*\\/?>/g, (_, tag, attrs) => {
        if (BAD_TAGS.test(tag.toLowerCase())) refuse('<' + tag + '>');
        for (const [, name, value = ''] of attrs.matchAll(/([^\\s"'>\\/=]+)(?:="([^"]*)")?/g)) {
          const n = name.toLowerCase();
          if (n.startsWith('on') || n === 'style' || n === 'srcdoc') refuse(n + ' attribute');
          // An entity could spell a scheme (javascript&#58;), so a URL may only carry &amp;.
          const url = value.trim();
          if (URL_ATTRS.test(n) && (!SAFE_URL.test(url) || /&(?!amp;)/.test(url))) refuse(n + '=' + value);
        }
        return '';
      });
      if (rest.includes('<')) refuse('markup it cannot read');
      return html;
    },
    // The one script URL the app hands to a sink: its own service worker.
    createScriptURL(url) {
      if (url === '/sw.js') return url;
      refuse('script URL ' + url);
    },
  });
}`;
const boot = [
  trustedTypesPolicy,
  `const messages = ${JSON.stringify(messages)};`,
  'try {',
  `  const { default: init } = await import('/${glue}');`,
  `  const wasm = await init({ module_or_path: fetch('/${wasm}', { integrity: '${wasmSri}' }) });`,
  "  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));",
  "  if ('serviceWorker' in navigator) {",
  "    navigator.serviceWorker.register('/sw.js').catch((e) => console.warn('offline support unavailable', e));",
  '  }',
  '} catch (e) {',
  "  const saved = localStorage.getItem('tradefair.locale');",
  '  const wanted = [saved, ...navigator.languages].filter(Boolean);',
  "  const tag = wanted.map((l) => Object.keys(messages).find((k) => k === l || k.split('-')[0] === l.split('-')[0])).find(Boolean) || 'en';",
  "  const splash = document.getElementById('boot');",
  '  if (splash) {',
  "    splash.removeAttribute('aria-busy');",
  "    splash.setAttribute('role', 'alert');",
  "    splash.setAttribute('data-failed', '');",
  '    splash.textContent = messages[tag];',
  '  }',
  "  console.error('Tradefair could not start', e);",
  '}',
].join('\n');
html = html.replace(inline, () =>
  `<script type="importmap">${importMap}</script><script type="module">${boot}</script>`);
// Chromium ignores `integrity` on a preload of destination "fetch" and warns about it on
// every load; the wasm's integrity is checked by the fetch above, so drop it there.
html = html.replace(/<link[^>]*_bg\.wasm[^>]*>/, (tag) => tag.replace(/\s+integrity="?[^"\s>]+"?/, ''));
// The import map must precede every module load, including Trunk's modulepreload link.
const firstPreload = html.search(/<link[^>]*rel="?modulepreload/);
const mapAt = html.indexOf('<script type="importmap">');
if (firstPreload >= 0 && firstPreload < mapAt) {
  console.error('harden: a modulepreload link comes before the import map');
  process.exit(1);
}
writeFileSync(indexPath, html);

// The service worker, with this build's app shell to precache (see public/sw.js).
const walk = (d, prefix = '') =>
  readdirSync(join(dir, d), { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(d, e.name), `${prefix}${e.name}/`) : [`${prefix}${e.name}`]);
const shell = [
  '/',
  '/index.html',
  '/config.json',
  ...files.filter((f) => /\.(js|wasm|css|svg|webmanifest)$/.test(f) && f !== 'sw.js').map((f) => `/${f}`),
  ...(existsSync(join(dir, 'icons')) ? walk('icons', 'icons/').map((f) => `/${f}`) : []),
  ...(existsSync(join(dir, 'locales')) ? walk('locales', 'locales/').filter((f) => f.endsWith('.ftl')).map((f) => `/${f}`) : []),
];
const version = createHash('sha256').update(shell.join('\n') + glueSri + wasmSri).digest('hex').slice(0, 16);
writeFileSync(
  join(dir, 'sw.js'),
  `self.__TRADEFAIR_PRECACHE = ${JSON.stringify(shell)};\nself.__TRADEFAIR_VERSION = '${version}';\n` +
    readFileSync(join(root, 'public', 'sw.js'), 'utf8'),
);

// Headers for static hosts.
const base = readFileSync(join(root, 'docs', 'csp.txt'), 'utf8').trim();
const scripts = [...html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
  .map((m) => m[1])
  .filter((body) => body.trim() !== '');
const policy = base.replace(
  "script-src 'self' 'wasm-unsafe-eval'",
  `script-src 'self' 'wasm-unsafe-eval' ${scripts.map(sha256).join(' ')}`,
);
writeFileSync(
  join(dir, '_headers'),
  [
    '/*',
    `  Content-Security-Policy: ${policy}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: strict-origin-when-cross-origin',
    '',
  ].join('\n'),
);
console.log(`harden: SRI for ${glue} and ${wasm}; ${scripts.length} inline script hashes in _headers; sw.js precaches ${shell.length} files`);

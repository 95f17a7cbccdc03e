// Minimal static server for dist/ with SPA fallback (unknown paths -> index.html), sending
// the headers of dist/_headers (written by scripts/harden.mjs: CSP, nosniff, referrer
// policy), as a static host such as Netlify or Cloudflare Pages would.
// Usage: node serve.mjs [--dir ../../dist] [--port 0] [--host 127.0.0.1]
// Prints "serving DIR on http://HOST:PORT" once listening (port 0 picks a free one).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';

const arg = (name, def) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1] : def;
};
const root = resolve(arg('dir', new URL('../../dist', import.meta.url).pathname));
const host = arg('host', '127.0.0.1');
const port = Number(arg('port', '0'));
const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.ftl': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2', '.mp4': 'video/mp4', '.webm': 'video/webm', '.vtt': 'text/vtt; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.webp': 'image/webp', '.jpg': 'image/jpeg',
};

// `_headers`: "/*" then indented "Name: value" lines (only the catch-all block is used).
async function hostHeaders() {
  try {
    const text = await readFile(join(root, '_headers'), 'utf8');
    const out = {};
    for (const line of text.split('\n')) {
      const m = line.match(/^\s+([A-Za-z-]+):\s*(.+)$/);
      if (m) out[m[1].toLowerCase()] = m[2];
    }
    return out;
  } catch {
    return {};
  }
}

async function fileFor(urlPath) {
  const rel = normalize(decodeURIComponent(urlPath)).replace(/^(\.\.[/\\])+/, '');
  const path = join(root, rel);
  if (!path.startsWith(root)) return null;
  try {
    const s = await stat(path);
    if (s.isFile()) return path;
    if (s.isDirectory()) return (await stat(join(path, 'index.html'))).isFile() ? join(path, 'index.html') : null;
  } catch { /* not found */ }
  return null;
}

createServer(async (req, res) => {
  try {
    const { pathname } = new URL(req.url, 'http://x');
    // SPA fallback: a route (no extension, or a page navigation) gets index.html;
    // a missing asset (e.g. /locales/xx/main.ftl fetched by the app) is a real 404.
    let path = await fileFor(pathname);
    const navigation = (req.headers.accept || '').includes('text/html');
    if (!path && (navigation || !extname(pathname))) path = join(root, 'index.html');
    const headers = await hostHeaders();
    if (!path || path.endsWith('/_headers')) {
      res.writeHead(404, { ...headers, 'content-type': 'text/plain' }); res.end('not found'); return;
    }
    const body = await readFile(path);
    res.writeHead(200, {
      ...headers,
      'content-type': TYPES[extname(path)] || 'application/octet-stream',
      'cache-control': 'no-cache',
    });
    res.end(req.method === 'HEAD' ? undefined : body);
  } catch (e) {
    res.writeHead(500, { 'content-type': 'text/plain' }); res.end(String(e));
  }
}).listen(port, host, function () {
  console.log(`serving ${root} on http://${host}:${this.address().port}`);
});

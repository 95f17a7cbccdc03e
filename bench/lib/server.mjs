// Static file servers for the harness, all on 127.0.0.1 (port 0 = a free one).
// Like tests/e2e/serve.mjs (same content types, SPA fallback to index.html, no-cache), plus
// optional brotli: with `brotli: true` a request with `Accept-Encoding: br` gets the file
// compressed at quality 11 (done once, kept in memory), as a CDN would serve it.
import { createServer } from 'node:http';
import { readFile, readdir, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { brotliCompressSync, constants } from 'node:zlib';

export const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8', '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
  '.ftl': 'text/plain; charset=utf-8', '.txt': 'text/plain; charset=utf-8',
  '.woff2': 'font/woff2', '.webp': 'image/webp', '.jpg': 'image/jpeg',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.wasm', '.css', '.json', '.svg', '.ftl', '.txt']);

export function brotli(buf) {
  return brotliCompressSync(buf, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: 11,
      [constants.BROTLI_PARAM_LGWIN]: 24,
      [constants.BROTLI_PARAM_SIZE_HINT]: buf.length,
    },
  });
}

/**
 * Serves `dir`. Resolves to { url, close, requests } once listening; `requests` logs
 * [{path, file, bytes, encoding}] when `log` is true.
 */
export function serveDir(dir, { brotli: useBrotli = false, log = false } = {}) {
  const root = resolve(dir);
  const cache = new Map(); // path -> brotli buffer
  const requests = [];
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
  const server = createServer(async (req, res) => {
    try {
      const { pathname } = new URL(req.url, 'http://x');
      let path = await fileFor(pathname);
      const navigation = (req.headers.accept || '').includes('text/html');
      if (!path && (navigation || !extname(pathname))) path = join(root, 'index.html');
      if (!path) { res.writeHead(404, { 'content-type': 'text/plain' }); res.end('not found'); return; }
      let body = await readFile(path);
      const ext = extname(path);
      const headers = { 'content-type': TYPES[ext] || 'application/octet-stream', 'cache-control': 'no-cache' };
      let encoding = 'identity';
      if (useBrotli && COMPRESSIBLE.has(ext) && /\bbr\b/.test(req.headers['accept-encoding'] || '')) {
        if (!cache.has(path)) cache.set(path, brotli(body));
        body = cache.get(path);
        headers['content-encoding'] = 'br';
        headers.vary = 'Accept-Encoding';
        encoding = 'br';
      }
      headers['content-length'] = body.length;
      if (log) requests.push({ path: pathname, file: path, bytes: body.length, encoding });
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (e) {
      res.writeHead(500, { 'content-type': 'text/plain' }); res.end(String(e));
    }
  });
  // Compress everything up front, so no request waits for the (slow, quality 11) compressor.
  const warm = async (d) => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await warm(p);
      else if (COMPRESSIBLE.has(extname(p))) cache.set(p, brotli(await readFile(p)));
    }
  };
  return (useBrotli ? warm(root) : Promise.resolve()).then(() => new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => {
      ok({
        url: `http://127.0.0.1:${server.address().port}`,
        requests,
        close: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
      });
    });
  }));
}

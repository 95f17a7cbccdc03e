// Tradefair's service worker: the app opens on poor trade-show Wi-Fi and shows what the
// buyer saw before.
//
// scripts/harden.mjs (Trunk's post-build hook) writes this file into dist/ with the build's
// file list in place of PRECACHE and a version derived from it, so every deploy gets a new
// cache and old ones are deleted on activation.
//
// - App shell (index.html, the hashed JS, wasm, CSS, icons): cached at install; hashed
//   files are served cache-first (their names change when their content does).
// - Page navigations: network first, falling back to the cached index.html (the app routes
//   on the client), so any deep link opens offline.
// - Catalog reads (GET /api/... and the locale files and config.json): network first, and
//   the last good answer is kept, so pages the buyer visited open offline. Answers served
//   from this cache carry `X-Tradefair-From-Cache: 1`.
// - Writes (POST: orders, RFQs, chat) are never cached or replayed here: the app keeps
//   them (cart in localStorage, drafts) and sends them when the connection returns.
const PRECACHE = self.__TRADEFAIR_PRECACHE || [];
const VERSION = self.__TRADEFAIR_VERSION || 'dev';
const SHELL = `tradefair-shell-${VERSION}`;
const DATA = 'tradefair-data-v1';

self.addEventListener('install', (event) => {
  event.waitUntil(
    caches
      .open(SHELL)
      .then((cache) => cache.addAll(PRECACHE))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) =>
        Promise.all(
          keys
            .filter((k) => k.startsWith('tradefair-shell-') && k !== SHELL)
            .map((k) => caches.delete(k)),
        ),
      )
      .then(() => self.clients.claim()),
  );
});

const isHashed = (path) => /-[0-9a-f]{12,16}(_bg)?\.(js|wasm|css|svg)$/.test(path);
const isData = (path) =>
  path.startsWith('/api/') || path.startsWith('/locales/') || path === '/config.json';

async function networkFirst(request, cacheName, fallbackUrl) {
  const cache = await caches.open(cacheName);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(fallbackUrl || request, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(fallbackUrl || request, { ignoreVary: true });
    if (!cached) throw error;
    const headers = new Headers(cached.headers);
    headers.set('X-Tradefair-From-Cache', '1');
    return new Response(cached.body, { status: cached.status, statusText: cached.statusText, headers });
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.mode === 'navigate') {
    event.respondWith(networkFirst(request, SHELL, '/index.html'));
  } else if (isHashed(url.pathname)) {
    event.respondWith(
      caches.match(request).then((hit) => hit || networkFirst(request, SHELL)),
    );
  } else if (isData(url.pathname) && !request.headers.has('Idempotency-Key')) {
    event.respondWith(networkFirst(request, DATA));
  }
});

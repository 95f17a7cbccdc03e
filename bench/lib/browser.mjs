// The one headless Chromium of a harness run (Debian's /usr/bin/chromium, driven by
// playwright-core), with a DevTools port so Lighthouse audits in the same browser.
import { createServer } from 'node:net';
import { chromium } from 'playwright-core';

export const CHROME_PATH = process.env.CHROME_BIN || '/usr/bin/chromium';
// The flags from /work/shared/toolchain.md (Playwright adds --headless itself).
export const CHROME_FLAGS = [
  '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

export function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
  });
}

export async function launch() {
  const port = await freePort();
  const browser = await chromium.launch({
    executablePath: CHROME_PATH,
    headless: true,
    args: [...CHROME_FLAGS, `--remote-debugging-port=${port}`, '--remote-debugging-address=127.0.0.1'],
  });
  return { browser, port, version: browser.version() };
}

/** A mobile context like Lighthouse's default device (Moto G Power: 412x823 CSS px, DPR 1.75). */
export const MOBILE = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
export const DESKTOP = { viewport: { width: 1280, height: 800 }, deviceScaleFactor: 1 };

// DevTools' "Slow 4G" preset, exactly.
export const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: 180000, uploadThroughput: 84375, connectionType: 'cellular4g' };

/** Resolves after the next frame has been presented (rAF, then a task after the paint). */
export const AFTER_PAINT_SRC = `(cb) => requestAnimationFrame(() => { const ch = new MessageChannel(); ch.port1.onmessage = () => cb(performance.now()); ch.port2.postMessage(0); })`;

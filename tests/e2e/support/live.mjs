// Helpers for live-video specs: the test WHIP/WHEP relay (tests/relay/), a publisher page
// sending Chromium's fake camera, and frame counts read from the buyer's peer connection.
//
//   import { Relay, WEBRTC_ARGS, watchPeers, framesDecoded } from '../support/live.mjs';
//
// The relay listens on TF_RELAY_PORT (scripts/test.sh picks a free one and starts the
// reference server with --media-base http://127.0.0.1:$TF_RELAY_PORT). TF_RELAY_CMD is the
// command that runs it (default: bash tests/relay/relay.sh); `--port N` is appended.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RELAY_SH = fileURLToPath(new URL('../../relay/relay.sh', import.meta.url));

/** Chromium flags for WebRTC tests: fake camera and microphone, no permission prompt,
 *  autoplay, and real host candidates instead of mDNS names. */
export const WEBRTC_ARGS = [
  '--use-fake-device-for-media-stream',
  '--use-fake-ui-for-media-stream',
  '--autoplay-policy=no-user-gesture-required',
  '--disable-features=WebRtcHideLocalIpsWithMdns',
];

/** The relay's port, or undefined when the run has none. */
export const relayPort = process.env.TF_RELAY_PORT ? Number(process.env.TF_RELAY_PORT) : undefined;

/** A relay process on 127.0.0.1:`port`, started and stopped by the spec. */
export class Relay {
  constructor(port) {
    this.port = port;
    this.url = `http://127.0.0.1:${port}`;
    this.child = null;
    this.output = '';
  }

  /** Starts the relay and waits until it listens. */
  async start() {
    const [cmd, ...args] = (process.env.TF_RELAY_CMD || `bash ${RELAY_SH}`).split(/\s+/).filter(Boolean);
    const child = spawn(cmd, [...args, '--port', String(this.port)], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    this.output = '';
    const exited = new Promise((resolve) => child.once('exit', resolve));
    this.exited = exited;
    await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`relay did not start in 20 s:\n${this.output}`)), 20_000);
      const onData = (chunk) => {
        this.output += chunk;
        if (this.output.includes('relay listening on http://')) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      exited.then((code) => {
        clearTimeout(timer);
        reject(new Error(`relay exited (${code}) before listening:\n${this.output}`));
      });
    });
    return this;
  }

  /** Ends the relay: SIGTERM lets it close its sessions, SIGKILL simulates a crash. */
  async stop(signal = 'SIGTERM') {
    if (!this.child || this.child.exitCode !== null || this.child.signalCode !== null) return;
    this.child.kill(signal);
    await this.exited;
  }

  /** `GET /stats`: publishers, viewers and the log of signalling requests. */
  async stats() {
    const resp = await fetch(`${this.url}/stats`);
    return resp.json();
  }

  /** The logged signalling requests matching `method` and a path regex. */
  async requests(method, path) {
    const { requests } = await this.stats();
    return requests.filter((r) => r.method === method && path.test(r.path));
  }

  /** Opens the relay's publisher page in `page` and waits until it sends `stream`. */
  async publish(page, stream) {
    await page.goto(`${this.url}/publisher.html?stream=${encodeURIComponent(stream)}`);
    await page.waitForFunction(() => window.__pub && window.__pub.state === 'connected', null, { timeout: 20_000 });
  }
}

/** Records every RTCPeerConnection the page creates (call before navigating), so a test
 *  can read its statistics without any hook in the app. */
export async function watchPeers(page) {
  await page.addInitScript(() => {
    const Native = window.RTCPeerConnection;
    window.__peers = [];
    window.RTCPeerConnection = class extends Native {
      constructor(...args) {
        super(...args);
        window.__peers.push(this);
      }
    };
  });
}

/** Video frames decoded so far by the page's newest open peer connection (`getStats`). */
export async function framesDecoded(page) {
  return page.evaluate(async () => {
    const open = (window.__peers || []).filter((pc) => pc.connectionState !== 'closed');
    const pc = open[open.length - 1];
    if (!pc) return 0;
    let frames = 0;
    (await pc.getStats()).forEach((s) => {
      if (s.type === 'inbound-rtp' && s.kind === 'video') frames += s.framesDecoded || 0;
    });
    return frames;
  });
}

/** Records the WHEP POSTs `page` sends (call before navigating): `{ t, path, status,
 *  session }`, `status` 0 for a refused connection, `session` the id in `Location`.
 *  Counting per page keeps a spec independent of other pages that watch the same booth. */
export function recordWhepPosts(page) {
  const posts = [];
  const entries = new Map();
  page.on('request', (req) => {
    const path = new URL(req.url()).pathname;
    if (req.method() !== 'POST' || !/^\/whep\/[^/]+$/.test(path)) return;
    const entry = { t: Date.now(), path, status: null, session: null };
    entries.set(req, entry);
    posts.push(entry);
  });
  page.on('response', (resp) => {
    const entry = entries.get(resp.request());
    if (!entry) return;
    entry.status = resp.status();
    const location = resp.headers().location;
    entry.session = location ? location.split('/').pop() : null;
  });
  page.on('requestfailed', (req) => {
    const entry = entries.get(req);
    if (entry) entry.status = 0;
  });
  return posts;
}

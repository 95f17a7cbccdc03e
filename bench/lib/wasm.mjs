// A minimal WebAssembly reader: per-function body sizes with names (from the "name"
// section), data segments, and section sizes. Enough to say where a binary's bytes go.
import { brotli } from './server.mjs';

export function readWasm(buf) {
  let p = 8;
  const leb = () => { let r = 0, s = 0, b; do { b = buf[p++]; r += (b & 0x7f) * 2 ** s; s += 7; } while (b & 0x80); return r; };
  const sleb = () => { let b; do { b = buf[p++]; } while (b & 0x80); };
  const skipInitExpr = () => { while (buf[p] !== 0x0b) { const op = buf[p++]; if (op === 0x41 || op === 0x42) sleb(); else if (op === 0x23) leb(); } p++; };
  const sections = [];
  let imports = 0;
  const bodies = [];
  const data = [];
  const names = new Map();
  const SECTION = ['custom', 'type', 'import', 'function', 'table', 'memory', 'global', 'export', 'start', 'element', 'code', 'data', 'datacount', 'tag'];
  while (p < buf.length) {
    const id = buf[p++];
    const len = leb();
    const start = p;
    let name = SECTION[id] || `section ${id}`;
    if (id === 0) {
      const l = leb();
      name = 'custom:' + buf.slice(p, p + l).toString();
      p += l;
      if (name === 'custom:name') {
        while (p < start + len) {
          const sid = buf[p++]; const slen = leb(); const sstart = p;
          if (sid === 1) {
            const n = leb();
            for (let i = 0; i < n; i++) { const idx = leb(); const l2 = leb(); names.set(idx, buf.slice(p, p + l2).toString()); p += l2; }
          }
          p = sstart + slen;
        }
      }
    } else if (id === 2) {
      const n = leb();
      for (let i = 0; i < n; i++) {
        let l = leb(); p += l; l = leb(); p += l;
        const kind = buf[p++];
        if (kind === 0) { leb(); imports++; }
        else if (kind === 1) { p++; const f = leb(); leb(); if (f & 1) leb(); }
        else if (kind === 2) { const f = leb(); leb(); if (f & 1) leb(); }
        else if (kind === 3) { p += 2; }
        else if (kind === 4) { p++; leb(); }
      }
    } else if (id === 10) {
      const n = leb();
      for (let i = 0; i < n; i++) { const l = leb(); bodies.push({ index: imports + i, size: l }); p += l; }
    } else if (id === 11) {
      const n = leb();
      for (let i = 0; i < n; i++) {
        const flag = leb();
        if (flag === 0) skipInitExpr();
        else if (flag === 2) { leb(); skipInitExpr(); }
        const l = leb();
        data.push(buf.slice(p, p + l));
        p += l;
      }
    }
    sections.push({ name, size: len, brotli: brotli(buf.slice(start, start + len)).length });
    p = start + len;
  }
  for (const b of bodies) b.name = names.get(b.index) || `func[${b.index}]`;
  return { sections, imports, bodies, data };
}

const APP = /\b(tradefair(?:_core|_l10n)?)::([a-z_0-9]+)(?:::([a-z_0-9]+))?/;

/** Who a function belongs to: an app module if its name mentions one, else its crate. */
export function owner(name) {
  const app = APP.exec(name);
  if (app) return app[1] === 'tradefair' && app[3] && /^[a-z_0-9]+$/.test(app[3]) ? `${app[1]}::${app[2]}::${app[3]}` : `${app[1]}::${app[2]}`;
  if (/^wasm-function\[|^func\[/.test(name)) return '(unnamed)';
  const c = /^[<&\s*]*(?:dyn |mut |const )*([A-Za-z_][A-Za-z_0-9]*)/.exec(name);
  const crate = c ? c[1] : name.slice(0, 30);
  // Generic impls print as `<T as Trait>`: file them under the trait's crate.
  if (/^[A-Z]$/.test(crate) || crate === 'mut' || crate === 'dyn') {
    const t = / as ([a-z_][a-z_0-9]*)::/.exec(name);
    if (t) return t[1];
  }
  return crate;
}

export function groupSizes(bodies) {
  const g = new Map();
  for (const b of bodies) {
    const k = owner(b.name);
    const e = g.get(k) || { owner: k, bytes: 0, functions: 0, biggest: null };
    e.bytes += b.size; e.functions += 1;
    if (!e.biggest || b.size > e.biggest.size) e.biggest = { name: b.name, size: b.size };
    g.set(k, e);
  }
  return [...g.values()].sort((a, b) => b.bytes - a.bytes);
}

// In-page instrumentation, installed before any page script (context.addInitScript):
// paint timing, LCP, layout shifts, long tasks, Event Timing (durationThreshold 16 ms), and
// the time the page's "ready" selector first matched and the frame after it was presented.
export function installProbe(readySelector) {
  const P = (window.__bench = { paint: [], lcp: [], shifts: [], long: [], events: [], ready: null, readyPaint: null, errors: [] });
  const observe = (type, fn, extra) => {
    try {
      new PerformanceObserver((list) => list.getEntries().forEach(fn)).observe({ type, buffered: true, ...extra });
    } catch (e) { P.errors.push(`${type}: ${e.message}`); }
  };
  const describe = (el) => {
    if (!el || !el.tagName) return null;
    let s = el.tagName.toLowerCase();
    if (el.id) s += '#' + el.id;
    if (el.classList && el.classList.length) s += '.' + [...el.classList].join('.');
    return s;
  };
  const afterPaint = (cb) => requestAnimationFrame(() => {
    const ch = new MessageChannel();
    ch.port1.onmessage = () => cb(performance.now());
    ch.port2.postMessage(0);
  });
  window.__afterPaint = afterPaint;
  observe('paint', (e) => P.paint.push({ name: e.name, t: e.startTime }));
  observe('largest-contentful-paint', (e) => P.lcp.push({ t: e.renderTime || e.loadTime || e.startTime, size: e.size, el: describe(e.element) }));
  observe('layout-shift', (e) => P.shifts.push({ t: e.startTime, v: e.value, input: e.hadRecentInput, sources: (e.sources || []).map((s) => describe(s.node)).filter(Boolean).slice(0, 3) }));
  observe('longtask', (e) => P.long.push({ t: e.startTime, d: e.duration }));
  observe('event', (e) => P.events.push({ name: e.name, t: e.startTime, d: e.duration, ps: e.processingStart, pe: e.processingEnd, id: e.interactionId }), { durationThreshold: 16 });
  if (readySelector) {
    const check = () => {
      if (P.ready === null && document.querySelector(readySelector)) {
        P.ready = performance.now();
        mo.disconnect();
        afterPaint((t) => { P.readyPaint = t; });
      }
    };
    const mo = new MutationObserver(check);
    mo.observe(document, { childList: true, subtree: true });
  }
}

/** Largest session window of layout shifts (web-vitals CLS: gap < 1 s, window <= 5 s). */
export function cls(shifts) {
  let best = 0, cur = 0, start = -Infinity, last = -Infinity;
  for (const s of shifts.filter((x) => !x.input).sort((a, b) => a.t - b.t)) {
    if (s.t - last < 1000 && s.t - start < 5000) cur += s.v;
    else { cur = s.v; start = s.t; }
    last = s.t;
    best = Math.max(best, cur);
  }
  return best;
}

/** Total blocking time after FCP: sum over long tasks (clipped to start at FCP) of duration - 50 ms. */
export function tbt(longTasks, fcp, end = Infinity) {
  let sum = 0;
  for (const { t, d } of longTasks) {
    const s = Math.max(t, fcp ?? 0);
    const e = Math.min(t + d, end);
    if (e - s > 50) sum += e - s - 50;
  }
  return sum;
}

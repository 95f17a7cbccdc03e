// Click-to-paint timing from a Chrome trace, the way js-framework-benchmark measures it:
// start = the click's EventDispatch on the renderer main thread; end = the end of the first
// Commit (frame handed to the compositor) that starts after the last piece of work the
// click caused (the click task itself, later timers/animation frames/function calls that
// run before that frame, and the Layout they force).

export const TRACE_CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
];

/** Starts a trace on `cdp`; returns stop() -> Promise<events[]>. */
export async function startTrace(cdp) {
  const events = [];
  const onData = (p) => { for (const e of p.value) events.push(e); };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: TRACE_CATEGORIES, excludedCategories: ['*'] },
  });
  return async function stop() {
    const done = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
    await cdp.send('Tracing.end');
    await done;
    cdp.off('Tracing.dataCollected', onData);
    return events;
  };
}

const WORK = new Set(['FunctionCall', 'TimerFire', 'FireAnimationFrame', 'Layout', 'UpdateLayoutTree', 'v8.callFunction']);

/**
 * Milliseconds from the click to the end of the next frame commit after the work the click
 * caused. Returns { ms, clickTs, endTs, layouts } or throws if the trace lacks the events.
 */
export function clickToPaint(events, eventType = 'click') {
  const clicks = events.filter((e) => e.name === 'EventDispatch' && e.ph === 'X' && e.args?.data?.type === eventType);
  if (clicks.length !== 1) throw new Error(`expected one ${eventType} in the trace, found ${clicks.length}`);
  const click = clicks[0];
  const main = (e) => e.pid === click.pid && e.tid === click.tid;
  const clickEnd = click.ts + (click.dur || 0);
  const commits = events
    .filter((e) => e.name === 'Commit' && e.pid === click.pid && e.ts >= click.ts)
    .sort((a, b) => a.ts - b.ts);
  if (commits.length === 0) throw new Error('no Commit after the click');
  // Work caused by the click: everything on the main thread after it, up to the first commit
  // that follows a quiet point. Walk commits in order; stop at the first commit after which the
  // main thread does no further layout within the trace (the frame showing the final DOM).
  const work = events
    .filter((e) => main(e) && e.ph === 'X' && WORK.has(e.name) && e.ts >= clickEnd)
    .sort((a, b) => a.ts - b.ts);
  let lastWorkEnd = clickEnd;
  const layouts = work.filter((e) => e.name === 'Layout');
  if (layouts.length) lastWorkEnd = Math.max(lastWorkEnd, ...layouts.map((e) => e.ts + (e.dur || 0)));
  const commit = commits.find((c) => c.ts >= lastWorkEnd) || commits.at(-1);
  return {
    ms: (commit.ts + (commit.dur || 0) - click.ts) / 1000,
    scriptMs: (click.dur || 0) / 1000,
    layouts: layouts.length,
  };
}

// (5) Lighthouse mobile performance (default config: simulated Slow 4G, 4x CPU, Moto G
// Power emulation), audited in the harness's own Chromium through its DevTools port.
import lighthouse from 'lighthouse';

export async function lighthouseRun(url, port) {
  const result = await lighthouse(url, { port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
  const { lhr } = result;
  const a = lhr.audits;
  const num = (id) => (a[id] && typeof a[id].numericValue === 'number' ? a[id].numericValue : null);
  return {
    score: lhr.categories.performance.score === null ? null : lhr.categories.performance.score * 100,
    fcp: num('first-contentful-paint'),
    lcp: num('largest-contentful-paint'),
    tbt: num('total-blocking-time'),
    cls: num('cumulative-layout-shift'),
    si: num('speed-index'),
    benchmarkIndex: lhr.environment?.benchmarkIndex ?? null,
    lighthouseVersion: lhr.lighthouseVersion,
    warnings: lhr.runWarnings || [],
    lcpBreakdown: a['largest-contentful-paint-element']?.details?.items?.[1]?.items?.map((i) => ({ phase: i.phase, ms: i.timing })) ?? null,
    mainThread: a['mainthread-work-breakdown']?.details?.items?.map((i) => ({ group: i.groupLabel || i.group, ms: i.duration })) ?? null,
    bootup: a['bootup-time']?.details?.items?.slice(0, 5).map((i) => ({ url: i.url, total: i.total, scripting: i.scripting, parse: i.scriptParseCompile })) ?? null,
  };
}

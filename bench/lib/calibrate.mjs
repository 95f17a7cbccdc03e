// CPU throttling calibration: Lighthouse's BenchmarkIndex (a fixed JS workload, ~1 s) run in
// the harness's Chromium unthrottled and at the throttling rate, interleaved, 3 times each.
// DevTools' own calibration references: mid-tier mobile (Pixel 5 class) ~1000, low-tier
// (Moto G Power 2022 class) ~264.
import { pageFunctions } from 'lighthouse/core/lib/page-functions.js';
import { quantile } from './stats.mjs';

export const MID_TIER_BI = 1000;
export const LOW_TIER_BI = 264;

export async function calibrate(browser, rate = 4, repeats = 3) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await page.goto('about:blank');
    const src = `(${pageFunctions.computeBenchmarkIndex.toString()})()`;
    await page.evaluate(src); // warm-up
    const free = [], slow = [];
    for (let i = 0; i < repeats; i++) {
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
      free.push(await page.evaluate(src));
      await cdp.send('Emulation.setCPUThrottlingRate', { rate });
      slow.push(await page.evaluate(src));
    }
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
    const bi = quantile(free, 0.5);
    const biThrottled = quantile(slow, 0.5);
    return {
      rate,
      benchmarkIndex: bi,
      benchmarkIndexThrottled: biThrottled,
      measuredSlowdown: bi / biThrottled,
      rateForMidTier: bi / MID_TIER_BI,
      rateForLowTier: bi / LOW_TIER_BI,
      samples: { free, throttled: slow },
    };
  } finally {
    await context.close();
  }
}

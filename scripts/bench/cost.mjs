// What every page pays for the extension: its JavaScript in a sampling CPU profile of the page's renderer over
// the whole load and the idle time after it, the floor's the same way, and the heap it adds.
import { MAX_SAMPLE_US, partyCost } from './cpu-samples.mjs';
import { metrics } from './measure.mjs';
import { TASK_CATEGORIES, mainThreadTaskStarts, startTrace } from './trace.mjs';

/** Requested sampling interval (µs); the sampler delivers one every 0.15-0.3 ms on a 2-core machine. */
const SAMPLING_US = 100;
/** The floor's script URL in the profile (a sourceURL comment names the injected script). */
const FLOOR_URL = 'bench-floor.js';
/**
 * How long the extension gets on a page expected to name no topic, as in the pages part (measure.mjs): it
 * walks such a page's text once the page is idle (1 s after load at the latest) and, finding no topic,
 * neither loads its page app nor reports a count.
 */
const QUIET_PAGE_MS = 3000;
/** Profiling goes on this long after the extension's count (or the floor's painted frame). */
const SETTLE_MS = 500;

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
const isExtensionFrame = (frame) => frame.url.startsWith('chrome-extension://');
const isFloorFrame = (frame) => frame.url === FLOOR_URL;
let loadCounter = 0;

/** Waits until the content script reports its count for `url`; { count } or undefined after `timeoutMs`. */
async function waitForCount(worker, url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = await worker.evaluate((u) => globalThis.benchCounts?.find((c) => c.url === u), url);
    if (found) return found;
    await sleep(40);
  }
  return undefined;
}

/**
 * Loads `url` in a fresh tab of the mode's browser with the page's CPU profiler sampling from before the
 * navigation (the content script runs in the page's renderer, in an isolated world of the page's isolate),
 * until the mode's work is done and at least `windowMs` after the load event; then collects garbage and reads
 * the isolate's heap. Every mode is profiled, so the profiler's own heap use (source positions) is alike.
 */
async function profiledLoad(env, { url, mode, windowMs, capMs, namesNoTopic }) {
  const { context } = mode === 'extension' ? env.browsers.ext : env.browsers.bare;
  const page = await context.newPage();
  try {
    if (mode === 'floor') await page.addInitScript(`${env.injections.floor}\n//# sourceURL=${FLOOR_URL}`);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    // Every mode is traced too (the tasks' starts end a stretch of work), so the tracing's own cost is alike.
    const tracer = await startTrace(cdp, TASK_CATEGORIES);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_US });
    await cdp.send('Profiler.start');
    const pageUrl = `${url}${url.includes('?') ? '&' : '?'}cost=${++loadCounter}`;
    // The page is served alone: every other request to the local server fails, as those to other hosts do. It
    // would answer a saved page's same-site frame with a "not found" document of the page's own origin, which
    // the extension reads as part of the page: on the joined pages two such frames took the heap added from
    // 2.10 MB to 1.75-1.80 MB without them (one load of three read 2.26 MB).
    const origin = new URL(url).origin;
    await page.route(
      (address) => address.origin === origin && address.href !== pageUrl,
      (route) => route.abort(),
    );
    await page.goto(pageUrl, { waitUntil: 'load', timeout: 180_000 });
    const loadedAt = Date.now();
    let done;
    if (mode === 'extension') {
      done = await waitForCount(await env.worker(), pageUrl, namesNoTopic ? QUIET_PAGE_MS : capMs);
      if (!done && namesNoTopic) done = { count: 0, quiet: true };
    } else if (mode === 'floor') {
      await page.evaluate(() => void window.benchStart());
      done = await page.evaluate(() => window.benchDone);
    }
    const doneAt = Date.now();
    const settle = done?.quiet ? 0 : SETTLE_MS;
    await sleep(Math.max(loadedAt + windowMs - Date.now(), doneAt + settle - Date.now(), 0));
    const { profile } = await cdp.send('Profiler.stop');
    const taskStarts = mainThreadTaskStarts(await tracer.stop(), pageUrl);
    const profiledAfterLoadMs = Date.now() - loadedAt;
    await cdp.send('HeapProfiler.collectGarbage');
    const { heapBytes } = await metrics(cdp);
    const record = {
      mode,
      heapBytes,
      found: done?.count,
      doneAfterLoadMs: doneAt - loadedAt,
      profiledAfterLoadMs,
    };
    if (mode === 'extension') record.js = partyCost(profile, isExtensionFrame, { taskStarts });
    if (mode === 'floor') record.js = partyCost(profile, isFloorFrame, { taskStarts });
    if (mode === 'extension' && !done) record.capped = true;
    return record;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/**
 * Measures each of `pages` ({ name, url, expected? }) in `rounds` rounds. A round loads the page with the
 * extension first; how long it was profiled after its load event sets how long the bare page and the floor
 * (in alternating order) wait after theirs at least, so the page's own timers run alike. Logs each round;
 * resolves to { samplingUs, maxSampleUs, quietMs, pages: [{ name, rounds: [{ extension, floor, bare }] }] }.
 */
export async function benchCost(env, pages, { rounds, capMs, log }) {
  const out = [];
  for (const [i, page] of pages.entries()) {
    const namesNoTopic = page.expected !== undefined && Object.values(page.expected).every((n) => n === 0);
    const results = [];
    for (let r = 0; r < rounds; r++) {
      const base = { url: page.url, capMs, namesNoTopic };
      const extension = await profiledLoad(env, { ...base, mode: 'extension', windowMs: 0 });
      const windowMs = extension.profiledAfterLoadMs;
      const round = { extension };
      for (const mode of r % 2 ? ['floor', 'bare'] : ['bare', 'floor'])
        round[mode] = await profiledLoad(env, { ...base, mode, windowMs });
      results.push(round);
      log(`  cost ${i + 1}/${pages.length} ${page.name} round ${r + 1}/${rounds}: ${roundLine(round)}`);
    }
    out.push({ name: page.name, rounds: results });
  }
  return { samplingUs: SAMPLING_US, maxSampleUs: MAX_SAMPLE_US, quietMs: QUIET_PAGE_MS, pages: out };
}

function roundLine({ extension, floor, bare }) {
  const heapMB = (extension.heapBytes - bare.heapBytes) / 1024 / 1024;
  return (
    `extension JS ${extension.js.inclusiveMs.toFixed(1)} ms (longest stretch ` +
    `${extension.js.longestStretchMs.toFixed(1)} ms), floor JS ${floor.js.inclusiveMs.toFixed(1)} ms, ` +
    `heap +${heapMB.toFixed(2)} MB` +
    (extension.capped ? ', not finished at the cap' : '')
  );
}

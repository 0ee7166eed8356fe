// Measures one page load in one mode: main-thread time, heap, nodes, highlights and long frames.
import { floorEvaluationMs } from './eval-floor.mjs';
import { extensionMsBetween, extensionWork, summariseTrace, startTrace } from './trace.mjs';

/** The four ways a page is measured. */
export const MODES = ['bare', 'extension', 'markjs', 'floor'];

let loadCounter = 0;
/** Time after a mode's work is done before reading the figures (its highlights get painted). */
const SETTLE_MS = 100;
/**
 * How long the extension gets on a page that names no topic: the content script walks such a page's text
 * once it is idle (1 s at the latest) and, finding nothing, never loads the page app nor reports a count.
 */
const QUIET_PAGE_MS = 3000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/**
 * Before `during` (the infinite-scroll batches), the page must be quiet: its main thread ran less than
 * QUIET_TASK_MS in the last QUIET_WINDOW_MS (an idle page here: 0.3-1 ms, the reading included), waited for
 * at most QUIET_CAP_MS. Work left over from the load would otherwise count as the first batch's: on a busy
 * machine the extension's idle-time preparation after its first scan (its context rules, 10-20 ms) fell there.
 */
const QUIET_TASK_MS = 2;
const QUIET_WINDOW_MS = 250;
const QUIET_CAP_MS = 5000;

/** CDP Performance metrics as an object (durations in ms, thread CPU time when available). */
export async function metrics(cdp) {
  const { metrics: list } = await cdp.send('Performance.getMetrics');
  const m = Object.fromEntries(list.map((x) => [x.name, x.value]));
  return {
    taskMs: m.TaskDuration * 1000,
    scriptMs: m.ScriptDuration * 1000,
    heapBytes: m.JSHeapUsedSize,
    nodes: m.Nodes,
  };
}

/** Waits until the page's main thread is quiet (see QUIET_TASK_MS), or QUIET_CAP_MS at most. */
async function untilQuiet(cdp) {
  const until = Date.now() + QUIET_CAP_MS;
  let before = (await metrics(cdp)).taskMs;
  while (Date.now() < until) {
    await sleep(QUIET_WINDOW_MS);
    const now = (await metrics(cdp)).taskMs;
    if (now - before < QUIET_TASK_MS) return;
    before = now;
  }
}

/** Waits until the content script reports its count for `url` to the service worker; { count, at } (wall ms). */
async function waitForExtensionCount(worker, url, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    const found = await worker.evaluate((u) => globalThis.benchCounts?.find((c) => c.url === u), url);
    if (found) return found;
    await sleep(40);
  }
  return undefined;
}

/** What the page's main world sees once the work is done (no DOM change is made to look). */
function pageFacts() {
  const nav = performance.getEntriesByType('navigation')[0];
  let domNodes = 0;
  const walker = document.createTreeWalker(document, NodeFilter.SHOW_ALL);
  while (walker.nextNode()) domNodes += 1;
  let highlights = 0;
  for (const h of CSS.highlights.values()) highlights += h.size;
  return {
    marks: document.querySelectorAll('mark[data-markjs]').length,
    timeOrigin: performance.timeOrigin,
    loadStart: nav.loadEventStart,
    domNodes,
    highlights,
    longFrames: window.benchLongFrames ?? [],
  };
}

/**
 * Loads `url` in a fresh tab of the mode's browser and measures it once the mode's work is done (at most
 * `capMs` after the load event) and the page has had at least `windowMs` after its load event (the same
 * window for every mode, so the page's own late work counts alike). `during(page, cdp)` runs after that
 * (infinite scroll batches). With `trace`, the extension's work is also read from a Chrome trace (which
 * slows it: figures of such a load are not mixed with the others), and the floor's evaluation is traced on
 * the same page (see eval-floor.mjs). With `verify`, the content script is asked for its mentions afterwards.
 * With `namesNoTopic` (a page expected to name none), the extension is done when it has reported nothing for
 * QUIET_PAGE_MS after the load event.
 */
export async function measureLoad(env, options) {
  const record = await measureOneLoad(env, options);
  // Beside the extension's traced evaluation, the floor's on the same page: what any content script costs.
  if (record.trace)
    record.trace.floorEvaluationMs = await floorEvaluationMs(env, options.url).catch((error) => {
      console.warn(`the content script's floor was not measured: ${error?.message ?? error}`);
      return undefined;
    });
  return record;
}

async function measureOneLoad(
  env,
  { url, mode, windowMs = 0, capMs = 45_000, trace = false, during, verify, namesNoTopic = false },
) {
  const onExtension = mode === 'extension';
  const { context } = onExtension ? env.browsers.ext : env.browsers.bare;
  const page = await context.newPage();
  try {
    if (mode === 'markjs' || mode === 'floor') await page.addInitScript(env.injections[mode]);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const tracer = trace ? await startTrace(cdp) : undefined;
    const pageUrl = `${url}${url.includes('?') ? '&' : '?'}load=${++loadCounter}`;
    await page.goto(pageUrl, { waitUntil: 'load', timeout: 180_000 });
    const loadedAt = Date.now();
    const atLoad = await metrics(cdp);
    // The floor and mark.js start now, after that reading, so their whole work counts in the after-load
    // figures, as the extension's does (it starts when the page is idle). Started from their own load
    // handlers, their scans ran before the reading and only their rendering was counted.
    if (mode === 'markjs' || mode === 'floor') await page.evaluate(() => void window.benchStart());
    let done;
    if (onExtension) {
      done = await waitForExtensionCount(await env.worker(), pageUrl, namesNoTopic ? QUIET_PAGE_MS : capMs);
      if (!done && namesNoTopic) done = { count: 0 };
    } else if (mode !== 'bare') done = await page.evaluate(() => window.benchDone);
    const doneAt = Date.now();
    await sleep(Math.max(loadedAt + windowMs - Date.now(), doneAt + SETTLE_MS - Date.now(), 0));
    // What the load left to do is the load's (read into `m` below), not the first batch's.
    if (during) await untilQuiet(cdp);
    const m = await metrics(cdp);
    const extra = during ? await during(page, cdp) : undefined;
    await cdp.send('HeapProfiler.collectGarbage');
    const afterGc = await metrics(cdp);
    const facts = await page.evaluate(pageFacts);
    let highlightsShownMs;
    if (onExtension && done?.at !== undefined)
      highlightsShownMs = done.at - (facts.timeOrigin + facts.loadStart);
    else if (done) highlightsShownMs = done.end - facts.loadStart;
    const record = {
      mode,
      taskMs: m.taskMs,
      // The same from the load event on: the page's own loading (seconds on a huge page, varying by more than
      // the modes' whole cost) is left out; the modes' work all but starts there (the content script's
      // evaluation at document_idle may come a little before).
      afterLoadTaskMs: m.taskMs - atLoad.taskMs,
      scriptMs: m.scriptMs,
      heapBytes: afterGc.heapBytes,
      nodesMetric: afterGc.nodes,
      domNodes: facts.domNodes,
      highlights: facts.highlights,
      found: mode === 'markjs' ? facts.marks : done?.count,
      doneAfterLoadMs: onExtension || mode === 'bare' ? doneAt - loadedAt : undefined,
      highlightsShownMs,
      loadMs: facts.loadStart,
      longestOwnFrameMs:
        done?.start !== undefined ? longestFrameIn(facts.longFrames, done.start, done.end) : undefined,
      extra,
    };
    if (onExtension && !done) {
      record.capped = true;
      record.warning = `not finished ${Math.round(capMs / 1000)} s after the load event: measured as it was`;
    }
    if (tracer)
      record.trace = traceFigures(extensionWork(await tracer.stop(), pageUrl, env.extOrigin), facts);
    if (onExtension && verify && done) record.mentions = await env.verify(page);
    return record;
  } finally {
    await page.close().catch(() => undefined);
  }
}

/** Figures from a traced load, with the extension's script time per infinite-scroll batch when there were any. */
function traceFigures(work, facts) {
  const figures = summariseTrace(work, facts.longFrames);
  const starts = [...work.marks].filter(([name]) => name.startsWith('bench-batch-')).map(([, ts]) => ts);
  if (starts.length > 1) {
    starts.sort((a, b) => a - b);
    figures.batchExtMs = starts.slice(0, -1).map((ts, i) => extensionMsBetween(work, ts, starts[i + 1]));
  }
  return figures;
}

/** The longest long animation frame overlapping [start, end] (page clock), 0 when none. */
function longestFrameIn(frames, start, end) {
  let longest = 0;
  for (const f of frames)
    if (f.start <= end && f.start + f.duration >= start) longest = Math.max(longest, f.duration);
  return longest;
}

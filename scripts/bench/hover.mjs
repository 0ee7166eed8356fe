// Hover to card: from the pointer coming to rest on a mention to the card on screen, warm and cold.
import { cardText, dialogsInAccessibilityTree } from '../demo-steps.mjs';
import { spread } from './stats.mjs';

import { CARD_DELAY_RANGE, DEFAULT_CARD_DELAY_MS } from './settings-constants.mjs';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Main world: notes the last pointer move, and the frames painted in which the card's host is first laid out
 * (shown) and last changes size (the facts filling it). ResizeObserver callbacks run inside a frame's
 * rendering steps, whether the card was added by a timer or by an animation-frame callback; a task posted from
 * there runs once that frame is drawn.
 */
function installProbe() {
  const probe = { lastMove: 0, resized: [] };
  window.benchHover = probe;
  const afterPaint = (list) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => list.push(performance.now());
    channel.port2.postMessage(0);
  };
  addEventListener('pointermove', (e) => (probe.lastMove = e.timeStamp), { capture: true, passive: true });
  new MutationObserver((records) => {
    for (const r of records)
      for (const n of r.addedNodes) {
        if (n.localName !== 'backstory-card') continue;
        new ResizeObserver(() => afterPaint(probe.resized)).observe(n);
      }
  }).observe(document.documentElement, { childList: true });
}

/** Scrolls the `index`-th highlighted mention (as the page's main world sees the highlights) into view. */
function pointOfMention(index) {
  const ranges = [];
  for (const [name, h] of CSS.highlights) if (name.startsWith('backstory-')) ranges.push(...h);
  const r = ranges[index % ranges.length];
  if (!r) return undefined;
  const range = document.createRange();
  range.setStart(r.startContainer, r.startOffset);
  range.setEnd(r.endContainer, r.endOffset);
  r.startContainer.parentElement?.scrollIntoView({ block: 'center' });
  const rect = range.getClientRects()[0];
  return (
    rect && {
      x: rect.left + Math.min(rect.width / 2, 8),
      y: rect.top + rect.height / 2,
      text: range.toString(),
    }
  );
}

/** One hover: rest on mention `index`, wait for the card and its facts; times in ms after the card delay. */
async function hoverOnce(page, index, delayMs) {
  await page.mouse.move(5, 5);
  await sleep(500); // the previous card closes after its grace period
  const point = await page.evaluate(pointOfMention, index);
  if (!point) throw new Error('no highlighted mention to hover');
  await page.evaluate(() => {
    window.benchHover.resized = [];
  });
  await page.mouse.move(point.x, point.y);
  await sleep(delayMs + 1300);
  const probe = await page.evaluate(() => window.benchHover);
  const dialogs = await dialogsInAccessibilityTree(page);
  const text = dialogs[0] ? await cardText(page, dialogs[0].name) : '';
  const rest = probe.lastMove;
  return {
    mention: point.text,
    shownMs: probe.resized.length > 0 ? probe.resized[0] - rest - delayMs : undefined,
    factsMs: probe.resized.length > 0 ? probe.resized.at(-1) - rest - delayMs : undefined,
    inAccessibilityTree: dialogs.length > 0,
    withFacts: !!text && !/Loading facts|taking longer|unavailable/i.test(text),
  };
}

/** Stops the extension's service worker through CDP and waits until Chrome reports it stopped. */
async function stopServiceWorker(cdp) {
  const stopped = new Promise((resolve) => {
    const onUpdate = (e) => {
      if (
        e.versions.some((v) => v.scriptURL.startsWith('chrome-extension://') && v.runningStatus === 'stopped')
      ) {
        cdp.off('ServiceWorker.workerVersionUpdated', onUpdate);
        resolve();
      }
    };
    cdp.on('ServiceWorker.workerVersionUpdated', onUpdate);
  });
  await cdp.send('ServiceWorker.stopAllWorkers');
  await Promise.race([stopped, sleep(5000)]);
}

/**
 * Hover to card on a generated page, at the default card delay (what readers get: the facts are asked for at
 * the 150 ms intent point, so they have until the card is due) and at the smallest delay the settings accept
 * (no head start: the answer's round trip shows). Each: `repeats` warm hovers (worker running, each on a
 * mention not hovered before, so no answer is cached in the page) and `repeats` cold ones (worker stopped
 * first). The delay setting is removed afterwards.
 */
export async function benchHover(env, url, { repeats, log }) {
  const page = await env.browsers.ext.context.newPage();
  try {
    await page.goto(`${url}?hover=1`, { waitUntil: 'load' });
    await page.evaluate(installProbe);
    const cdp = await env.browsers.ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    // Wait for the highlights; the first hover also warms the worker and its fact cache.
    await page.waitForFunction(() => [...CSS.highlights.values()].some((h) => h.size > 0), null, {
      timeout: 30_000,
    });
    await hoverOnce(page, 0, DEFAULT_CARD_DELAY_MS);
    let next = 1;
    const series = async (delayMs) => {
      const worker = await env.worker();
      await worker.evaluate((ms) => chrome.storage.sync.set({ cardDelayMs: ms }), delayMs);
      const warm = [];
      const cold = [];
      for (let i = 0; i < repeats; i++) warm.push(await hoverOnce(page, next++, delayMs));
      for (let i = 0; i < repeats; i++) {
        await stopServiceWorker(cdp);
        cold.push(await hoverOnce(page, next++, delayMs));
      }
      const problems = [...warm, ...cold].filter((h) => !h.inAccessibilityTree || !h.withFacts);
      if (problems.length) log(`  ! ${problems.length} hovers at ${delayMs} ms showed no card with facts`);
      const summary = (list) => ({
        shownMs: spread(list.map((h) => h.shownMs)),
        factsMs: spread(list.map((h) => h.factsMs)),
        samples: list,
      });
      return { cardDelayMs: delayMs, warm: summary(warm), cold: summary(cold) };
    };
    const atDefault = await series(DEFAULT_CARD_DELAY_MS);
    const atMinimum = await series(CARD_DELAY_RANGE.min);
    return { ...atDefault, minimumDelay: atMinimum };
  } finally {
    await page.close().catch(() => undefined);
    const w = await env.worker();
    await w.evaluate(() => chrome.storage.sync.remove('cardDelayMs')).catch(() => undefined);
  }
}

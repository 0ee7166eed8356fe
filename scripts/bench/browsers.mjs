// The two browsers of a run: one with the extension, one without (bare pages, mark.js and the floor).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../find-chrome.mjs';
import { OFFLINE_BROWSER_ARGS, QUIET_BROWSER_ARGS, launchWithExtension } from '../launch.mjs';
import { DEVTOOLS_PORT_ARGS, devtoolsEndpoint } from './popup-paint.mjs';

/** Collects long animation frames from the start of every page, in the page's main world. */
function collectLongFrames() {
  window.benchLongFrames = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries())
      window.benchLongFrames.push({ start: e.startTime, duration: e.duration, blocking: e.blockingDuration });
  }).observe({ type: 'long-animation-frame', buffered: true });
}

/** Records the content script's "mention-count" reports in the service worker (page URL, count, time). */
export async function listenForCounts(worker) {
  await worker.evaluate(() => {
    if (globalThis.benchCounts) return;
    globalThis.benchCounts = [];
    // The content script reports on a port of its own (utils/content/count-report.ts).
    chrome.runtime.onConnect.addListener((port) => {
      port.onMessage.addListener((msg) => {
        if (msg?.type === 'mention-count')
          globalThis.benchCounts.push({ url: port.sender?.url, count: msg.count, at: Date.now() });
      });
    });
  });
}

/**
 * Launches both browsers; resolves to { ext: {context, extensionId, endpoint}, bare: {context}, worker(),
 * close() }; `endpoint` is the extension browser's DevTools address (for the popup opened unattached).
 * `worker()` resolves to the extension's running service worker, starting it again when it was stopped.
 */
export async function launchBrowsers() {
  // Outside requests are refused by the browsers themselves: intercepting them would add a round trip to
  // every request measured.
  const ext = await launchWithExtension({ interceptOutside: false, extraArgs: DEVTOOLS_PORT_ARGS });
  ext.endpoint = await devtoolsEndpoint(ext.profile);
  const bareProfile = mkdtempSync(join(tmpdir(), 'backstory-bench-bare-'));
  const bareContext = await chromium.launchPersistentContext(bareProfile, {
    executablePath: findChrome(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    args: [...QUIET_BROWSER_ARGS, ...OFFLINE_BROWSER_ARGS], // the extension's browser's flags
  });
  for (const context of [ext.context, bareContext]) await context.addInitScript(collectLongFrames);
  let latest = ext.worker;
  ext.context.on('serviceworker', (w) => {
    if (w.url().startsWith('chrome-extension://')) latest = w;
  });
  await listenForCounts(latest);
  const worker = async () => {
    const alive = await latest.evaluate(() => true).catch(() => false);
    if (!alive) await wakeWorker(ext.context, ext.extensionId);
    await listenForCounts(latest);
    return latest;
  };
  return {
    ext,
    bare: { context: bareContext },
    worker,
    async close() {
      await ext.context.close().catch(() => undefined);
      await bareContext.close().catch(() => undefined);
      for (const dir of [ext.profile, bareProfile]) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Starts a stopped service worker: an extension page sends it a message, which Chrome wakes it for. */
async function wakeWorker(context, extensionId) {
  const started = context.waitForEvent('serviceworker', { timeout: 20_000 });
  const page = await context.newPage();
  try {
    await page.goto(`chrome-extension://${extensionId}/popup.html`);
    await page.evaluate(() => chrome.runtime.sendMessage({ type: 'bench-wake' }).catch(() => undefined));
    await started;
  } finally {
    await page.close();
  }
}

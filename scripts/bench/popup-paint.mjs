// When the toolbar popup is on screen, as a reader opens it: with no driver attached while it opens.
//
// A driver that attaches to the popup as it opens (to run a probe in it from the document's start) holds it
// paused while it sets the page up: measured here, that moved its parsing 20 ms later. And a frame the popup's
// own scripts see drawn is not yet on screen: Chrome shows a toolbar popup only once its page has loaded, and
// its frames before that are never presented. So the popup is opened with nothing attached, and once it has
// painted, a second connection reads the browser's own paint timing from it: first contentful paint, the
// time its first frame with content reached the screen.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { extensionPagesOf, withPopupsAsPages } from '../toolbar-popup.mjs';

/** Browser flags that open the DevTools endpoint the second connection uses (any free port). */
export const DEVTOOLS_PORT_ARGS = ['--remote-debugging-port=0'];

/** Time for an unattached popup to open and paint before it is looked at (nothing polls it meanwhile). */
const PAINT_WAIT_MS = 600;
const READ_TIMEOUT_MS = 10_000;
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The DevTools endpoint of a browser started with DEVTOOLS_PORT_ARGS on the profile `profile`. */
export async function devtoolsEndpoint(profile) {
  const file = join(profile, 'DevToolsActivePort');
  for (let waited = 0; !existsSync(file); waited += 50) {
    if (waited > READ_TIMEOUT_MS) throw new Error(`The browser did not open its DevTools port (${file})`);
    await sleep(50);
  }
  const [port] = readFileSync(file, 'utf8').split('\n');
  return `http://127.0.0.1:${port}`;
}

/** In the popup: its paint and load timings (ms from its navigation start). */
function readTimings() {
  const nav = performance.getEntriesByType('navigation')[0];
  return {
    firstPaintMs: performance.getEntriesByName('first-contentful-paint')[0]?.startTime,
    loadMs: nav?.loadEventStart,
    url: location.href,
  };
}

const hasPainted = () => performance.getEntriesByName('first-contentful-paint').length > 0;

/**
 * Opens the toolbar popup of `worker`'s extension over the active tab with no driver attached, then reads
 * its timings over the browser's DevTools `endpoint` and closes it. Resolves to { firstPaintMs, loadMs, url }.
 */
export async function openUnattached({ worker, endpoint }) {
  const pages = extensionPagesOf(worker);
  await worker.evaluate(() => chrome.action.openPopup());
  await sleep(PAINT_WAIT_MS);
  // The popup is an existing target now: attaching to it does not pause it.
  const browser = await withPopupsAsPages(() => chromium.connectOverCDP(endpoint));
  const popup = browser
    .contexts()
    .flatMap((context) => context.pages())
    .find((page) => page.url().startsWith(pages));
  try {
    if (!popup) throw new Error('The toolbar popup did not open');
    await popup.waitForFunction(hasPainted, null, { timeout: READ_TIMEOUT_MS });
    return await popup.evaluate(readTimings);
  } finally {
    await popup?.close().catch(() => undefined);
    await browser.close(); // disconnects; the browser goes on
  }
}

/** Opens `url` in a new tab of `context`; resolves to its first contentful paint (ms) once painted. */
export async function firstPaintInTab(context, url) {
  const page = await context.newPage();
  try {
    await page.goto(url);
    await page.waitForFunction(hasPainted, null, { timeout: READ_TIMEOUT_MS });
    return (await page.evaluate(readTimings)).firstPaintMs;
  } finally {
    await page.close();
  }
}

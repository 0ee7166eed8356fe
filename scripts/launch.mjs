// Starts Chromium with the built extension loaded, in a fresh profile, with every outside request blocked.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from './find-chrome.mjs';

/** Flags for a quiet, offline test browser (no sandbox in containers, no background traffic). */
export const QUIET_BROWSER_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/**
 * Flags that send every request not bound for 127.0.0.1 to a proxy that is not there, so it fails at once.
 * The browser itself refuses them: unlike intercepting requests through the DevTools protocol, this adds no
 * round trip to the requests that do go through (about 20 ms on each opening of the popup), so the bench
 * uses it. Loopback addresses bypass a proxy by default.
 */
export const OFFLINE_BROWSER_ARGS = ['--proxy-server=http://127.0.0.1:9'];

export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');

/** Launches the browser; resolves to { context, worker, extensionId, outsideRequests, profile }. */
export async function launchWithExtension({
  headless = true,
  colorScheme = 'light',
  viewport,
  extraArgs = [],
  // An existing profile directory to start again with (a restart); a fresh one by default.
  profile = mkdtempSync(join(tmpdir(), 'backstory-profile-')),
  // Intercept outside requests to record them (the tests assert there are none), or refuse them in the
  // browser without a record (OFFLINE_BROWSER_ARGS).
  interceptOutside = true,
  // The unpacked extension to load (the built Backstory by default).
  extensionDir = EXTENSION_DIR,
} = {}) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless,
    colorScheme,
    viewport: viewport ?? { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_BROWSER_ARGS,
      ...(interceptOutside ? [] : OFFLINE_BROWSER_ARGS),
      ...extraArgs,
    ],
  });
  const outsideRequests = [];
  if (interceptOutside)
    await context.route(
      (url) => url.hostname !== '127.0.0.1' && url.protocol !== 'chrome-extension:',
      async (route) => {
        outsideRequests.push(route.request().url());
        await route.abort();
      },
    );
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  const extensionId = new URL(worker.url()).host;
  return { context, worker, extensionId, outsideRequests, profile };
}

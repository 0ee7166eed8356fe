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

export const EXTENSION_DIR = resolve(import.meta.dirname, '../.output/chrome-mv3');

/** Launches the browser; resolves to { context, worker, extensionId, outsideRequests, profile }. */
export async function launchWithExtension({
  headless = true,
  colorScheme = 'light',
  viewport,
  extraArgs = [],
  // An existing profile directory to start again with (a restart); a fresh one by default.
  profile = mkdtempSync(join(tmpdir(), 'backstory-profile-')),
} = {}) {
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless,
    colorScheme,
    viewport: viewport ?? { width: 1200, height: 800 },
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      ...QUIET_BROWSER_ARGS,
      ...extraArgs,
    ],
  });
  const outsideRequests = [];
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

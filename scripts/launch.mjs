// Starts Chromium with the built extension loaded, in a fresh profile, with every outside request blocked.
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
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

/** The extension's welcome page (utils/tabs/welcome.ts), which it opens in a tab on a first install. */
const WELCOME_PAGE = /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/;
/** Longest wait for that tab: a build whose welcome page broke should fail its own test, not slow every launch. */
const WELCOME_WAIT_MS = 10_000;

/** True when the unpacked extension in `extensionDir` has a welcome page to open on a first install. */
export function hasWelcomePage(extensionDir) {
  return existsSync(join(extensionDir, 'welcome.html'));
}

/**
 * Closes the welcome tab of an extension in `context` once it has loaded. A tab the tests and tools did not
 * ask for would take the focus (the toolbar popup and the shortcuts act on the active tab) and its page's work
 * would run beside what is measured. The driver reports a tab once its first address has committed, so the
 * extension's tab shows welcome.html at once, while a page the caller opens starts blank and is never touched,
 * wherever it goes next. Not sooner than its load: a welcome tab closed while it first read the extension's
 * messages left the extension's process without any (every later page and the worker read empty strings) in
 * 2 of 16 starts; closed after its load, in none of 32.
 *
 * With `expectTab` (a first install of an extension that has one), the promise resolves once that tab is
 * closed, else at once.
 */
export function closeWelcomeTabs(context, { expectTab = false } = {}) {
  let closedOne;
  const closed = new Promise((resolve) => (closedOne = resolve));
  const closeIfWelcome = (page) => {
    if (!WELCOME_PAGE.test(page.url())) return;
    page
      .waitForLoadState('load')
      .then(() => page.close())
      .then(closedOne, closedOne);
  };
  context.on('page', closeIfWelcome);
  context.pages().forEach(closeIfWelcome);
  return expectTab
    ? Promise.race([closed, delay(WELCOME_WAIT_MS, undefined, { ref: false })])
    : Promise.resolve();
}

/**
 * Launches the browser; resolves to { context, worker, extensionId, outsideRequests, profile }. A browser that
 * closes while it starts, before a page is opened (headless Chromium did, twice in two sessions, on a 2-core
 * machine under heavy load), is started once more, with a new profile when it had one of its own; a second
 * failure is reported.
 */
export async function launchWithExtension(options = {}) {
  try {
    return await launchOnce(options);
  } catch (error) {
    if (!/has been closed/.test(String(error?.message))) throw error;
    console.warn(`The browser closed while starting (${error.message.split('\n')[0]}); starting it again.`);
    return launchOnce(options);
  }
}

async function launchOnce({
  headless = true,
  colorScheme = 'light',
  viewport,
  // Phone emulation for the touch tests: { hasTouch: true, isMobile: true } (isMobile needs a viewport).
  device = {},
  extraArgs = [],
  // An existing profile directory to start again with (a restart); a fresh one by default.
  profile,
  // Intercept outside requests to record them (the tests assert there are none), or refuse them in the
  // browser without a record (OFFLINE_BROWSER_ARGS).
  interceptOutside = true,
  // The unpacked extension to load (the built Backstory by default).
  extensionDir = EXTENSION_DIR,
  // Keep the welcome tab the extension opens on a first install (see closeWelcomeTabs); closed by default.
  welcome = false,
  // The browser's environment, e.g. { DISPLAY } for a headed browser on a virtual screen; the caller's by default.
  env,
} = {}) {
  const firstInstall = profile === undefined;
  profile ??= mkdtempSync(join(tmpdir(), 'backstory-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: findChrome(),
    headless,
    ...(env && { env: { ...process.env, ...env } }),
    colorScheme,
    viewport: viewport ?? { width: 1200, height: 800 },
    ...device,
    args: [
      `--disable-extensions-except=${extensionDir}`,
      `--load-extension=${extensionDir}`,
      ...QUIET_BROWSER_ARGS,
      ...(interceptOutside ? [] : OFFLINE_BROWSER_ARGS),
      ...extraArgs,
    ],
  });
  const welcomeClosed = welcome
    ? undefined
    : closeWelcomeTabs(context, { expectTab: firstInstall && hasWelcomePage(extensionDir) });
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
  // The worker opens the tab once it has run its script, which on a loaded machine can be after the caller's
  // first page opened: the tab then took that page's focus (seen here). Waiting for it costs little beyond
  // that script's run, which the caller's first use of the worker waits for anyway.
  await welcomeClosed;
  return { context, worker, extensionId, outsideRequests, profile };
}

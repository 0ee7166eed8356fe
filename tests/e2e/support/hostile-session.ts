import type { Browser, BrowserContext, ConsoleMessage, Page, Request, Worker } from 'playwright-core';
import { chromium } from 'playwright-core';
import { mentionsOf } from '../../../scripts/demo-steps.mjs';
import { findChrome } from '../../../scripts/find-chrome.mjs';
import type { StaticServer } from '../../../scripts/static-server.mjs';
import { startBrowser, type ExtensionBrowser } from './extension';
import { servePages } from './pages';

/** A page under test with everything it reported: uncaught errors and console messages. */
export interface WatchedPage {
  page: Page;
  /** Uncaught exceptions of the page (`pageerror`). */
  errors: string[];
  /** Console messages of type error or warning, with their source location. */
  problems: string[];
}

/** One request seen on the browser context. */
export interface SeenRequest {
  url: string;
  /** Set when the extension's service worker sent it. */
  fromWorker: boolean;
  /** URL of the frame that sent it, when a frame did. */
  frameUrl?: string;
}

/** One browser with the extension, one page server, and a log of every request, shared by a test file. */
export interface HostileSession {
  ext: ExtensionBrowser;
  server: StaticServer;
  /** Every request the context reported, service worker requests included. */
  requests: SeenRequest[];
  /** The extension's current service worker (it changes after a stop or a reload). */
  worker: () => Worker;
  url: (path: string, csp?: string) => string;
  open: (path: string, options?: { csp?: string; context?: BrowserContext }) => Promise<WatchedPage>;
  /** Requests the extension sent (except for its own files), and any request not for the page server. */
  requestsOfConcern: () => string[];
  close: () => Promise<void>;
}

export function watchPage(page: Page): WatchedPage {
  const watched: WatchedPage = { page, errors: [], problems: [] };
  page.on('pageerror', (error) => watched.errors.push(`${error.name}: ${error.message}`));
  page.on('console', (msg: ConsoleMessage) => {
    if (msg.type() !== 'error' && msg.type() !== 'warning') return;
    const { url } = msg.location();
    watched.problems.push(`${msg.type()} ${msg.text()} (${url})`);
  });
  return watched;
}

/**
 * Starts the extension browser and the page server; pages live under `hostile/`. With `realKeyboard`, the
 * browser is headed on a virtual screen, so that tests can press its shortcuts (see real-keyboard.ts).
 */
export async function startHostileSession(options: { realKeyboard?: boolean } = {}): Promise<HostileSession> {
  const server = await servePages();
  const ext = await startBrowser(options);
  const requests: SeenRequest[] = [];
  let current = ext.worker;
  const extensionOrigin = `chrome-extension://${ext.extensionId}/`;
  // The content script's page app and its script groups are loaded through a per-session dynamic id instead
  // of the extension's.
  const isOwnFile = (url: string) =>
    url.startsWith(extensionOrigin) ||
    /^chrome-extension:\/\/[0-9a-f-]{36}\/(?:page-app|script-(?:cyrillic|arabic|hebrew|cjk))\.js$/.test(url);
  ext.context.on('serviceworker', (w) => {
    if (w.url().startsWith(extensionOrigin)) current = w;
  });
  ext.context.on('request', (req: Request) => {
    let frameUrl: string | undefined;
    try {
      frameUrl = req.frame().url();
    } catch {
      frameUrl = undefined; // service worker requests have no frame
    }
    requests.push({ url: req.url(), fromWorker: req.serviceWorker() !== null, frameUrl });
  });
  const url = (path: string, csp?: string) =>
    `${server.url}/hostile/${path}${csp ? `?csp=${encodeURIComponent(csp)}` : ''}`;
  return {
    ext,
    server,
    requests,
    worker: () => current,
    url,
    async open(path, options = {}) {
      const page = await (options.context ?? ext.context).newPage();
      const watched = watchPage(page);
      await page.goto(url(path, options.csp));
      return watched;
    },
    requestsOfConcern: () =>
      requests
        .filter(
          (r) =>
            !isOwnFile(r.url) &&
            (r.fromWorker ||
              !!r.frameUrl?.startsWith('chrome-extension:') ||
              !r.url.startsWith(`${server.url}/`)),
        )
        .map((r) => `${r.fromWorker ? 'worker ' : ''}${r.url}`),
    async close() {
      await ext.close();
      await server.close();
    },
  };
}

/** Chromium without the extension, for comparisons; outside requests are aborted there too. */
export async function startPlainBrowser(): Promise<{ browser: Browser; context: BrowserContext }> {
  const browser = await chromium.launch({
    executablePath: findChrome(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
  });
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, colorScheme: 'light' });
  await context.route(
    (u) => u.hostname !== '127.0.0.1',
    (route) => route.abort(),
  );
  return { browser, context };
}

/**
 * Runs `fn(arg)` in a fresh isolated world of the page's main frame: the page's overridden built-ins
 * (createTreeWalker, createRange, Array.prototype.map ...) cannot reach it, but the DOM is the same.
 */
export async function evaluateIsolated<A, R>(page: Page, fn: (arg: A) => R, arg: A): Promise<R> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { frameTree } = await cdp.send('Page.getFrameTree');
    const { executionContextId } = await cdp.send('Page.createIsolatedWorld', {
      frameId: frameTree.frame.id,
      worldName: 'hostile-test-helpers',
    });
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression: `(${fn.toString()})(${JSON.stringify(arg)})`,
      contextId: executionContextId,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as R;
  } finally {
    await cdp.detach();
  }
}

/**
 * Records console messages and uncaught exceptions of every JavaScript world of the page, the extension's
 * isolated world included (Playwright's `console` and `pageerror` report the page's main world only).
 */
export async function recordEveryWorld(page: Page): Promise<string[]> {
  const seen: string[] = [];
  const cdp = await page.context().newCDPSession(page);
  cdp.on('Runtime.consoleAPICalled', (e) => {
    if (e.type !== 'error' && e.type !== 'warning') return;
    seen.push(`${e.type}: ${e.args.map((a) => a.value ?? a.description ?? '').join(' ')}`);
  });
  cdp.on('Runtime.exceptionThrown', (e) =>
    seen.push(`uncaught: ${e.exceptionDetails.exception?.description ?? e.exceptionDetails.text}`),
  );
  cdp.on('Log.entryAdded', (e) => {
    if (e.entry.level === 'error' || e.entry.level === 'warning')
      seen.push(`log ${e.entry.level}: ${e.entry.text}`);
  });
  await cdp.send('Runtime.enable');
  await cdp.send('Log.enable');
  return seen;
}

/** Evaluates `expression` in the page's main world through CDP alone (no helper a page could break). */
export async function evaluateInPage<T>(page: Page, expression: string): Promise<T> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { result, exceptionDetails } = await cdp.send('Runtime.evaluate', {
      expression,
      returnByValue: true,
    });
    if (exceptionDetails) throw new Error(exceptionDetails.exception?.description ?? exceptionDetails.text);
    return result.value as T;
  } finally {
    await cdp.detach();
  }
}

/** The page-mentions answer as `topic:text` strings. */
export async function mentionTexts(session: HostileSession, page: Page): Promise<string[]> {
  const { mentions } = await mentionsOf(session.worker(), page);
  return mentions.map((m) => `${m.topic}:${m.text}`);
}

/** The page's CSS highlight registry as seen by the page's own script: name → number of ranges. */
export function highlightSizes(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size])));
}

/** Every highlighted range's text, with whether it sits inside a form field or an editable region. */
export function highlightedRanges(
  page: Page,
): Promise<Array<{ name: string; text: string; inEditor: boolean }>> {
  return page.evaluate(() => {
    const out: Array<{ name: string; text: string; inEditor: boolean }> = [];
    for (const [name, highlight] of CSS.highlights) {
      for (const range of highlight as unknown as Iterable<AbstractRange>) {
        const node = range.startContainer;
        const text = node.nodeType === Node.TEXT_NODE ? (node as Text).data : '';
        const parent = node.parentElement;
        const inEditor = !!parent?.closest(
          '[contenteditable]:not([contenteditable="false"]), textarea, input',
        );
        out.push({ name, text: text.slice(range.startOffset, range.endOffset), inEditor });
      }
    }
    return out;
  });
}

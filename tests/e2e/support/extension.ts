import { rmSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchWithExtension, type LaunchedExtension } from '../../../scripts/launch.mjs';
import type { StaticServer } from '../../../scripts/static-server.mjs';
import { servePages } from './pages';

export interface ExtensionBrowser extends LaunchedExtension {
  close: () => Promise<void>;
}

/** Chromium with the built extension, a fresh profile, and every outside request recorded and aborted. */
export async function startBrowser(
  options: { colorScheme?: 'light' | 'dark'; viewport?: { width: number; height: number } } = {},
): Promise<ExtensionBrowser> {
  const launched = await launchWithExtension(options);
  return {
    ...launched,
    close: async () => {
      await launched.context.close();
      rmSync(launched.profile, { recursive: true, force: true });
    },
  };
}

/**
 * The extension browser and the test pages' server for the tests of one file: started before them, closed
 * after them. The fields are set once the file's `beforeAll` hooks have run.
 */
export function browserWithPages(options?: Parameters<typeof startBrowser>[0]): {
  ext: ExtensionBrowser;
  server: StaticServer;
} {
  const session = {} as { ext: ExtensionBrowser; server: StaticServer };
  beforeAll(async () => {
    session.server = await servePages();
    session.ext = await startBrowser(options);
  });
  afterAll(async () => {
    await session.ext?.close();
    await session.server?.close();
  });
  return session;
}

/** Opens an extension page (popup.html, options.html) as an ordinary tab. */
export async function openExtensionPage(ext: ExtensionBrowser, path: string): Promise<Page> {
  const page = await ext.context.newPage();
  await page.goto(`chrome-extension://${ext.extensionId}/${path}`);
  return page;
}

/** The real toolbar popup, open: its address, and a way to evaluate an expression in it. */
export interface ToolbarPopup {
  url: string;
  evaluate<T>(expression: string): Promise<T>;
}

/**
 * Clicks the toolbar icon, in effect: the extension's worker opens its popup (`action.openPopup`) over the
 * active tab. The driver does not list toolbar popups among its pages, so the popup is found and driven
 * through the browser's DevTools protocol, by messages to its target.
 */
export async function openToolbarPopup(ext: ExtensionBrowser): Promise<ToolbarPopup> {
  const browser = ext.context.browser();
  if (!browser) throw new Error('No browser to open the toolbar popup in');
  const cdp = await browser.newBrowserCDPSession();
  await ext.worker.evaluate(() => chrome.action.openPopup());
  let target: { targetId: string; url: string } | undefined;
  for (let i = 0; i < 100 && !target; i++) {
    const { targetInfos } = await cdp.send('Target.getTargets');
    target = targetInfos.find(
      (t) => t.type === 'page' && t.url.startsWith(`chrome-extension://${ext.extensionId}/popup.html`),
    );
    if (!target) await new Promise((resolve) => setTimeout(resolve, 50));
  }
  if (!target) throw new Error('The toolbar popup did not open');
  const { sessionId } = await cdp.send('Target.attachToTarget', {
    targetId: target.targetId,
    flatten: false,
  });
  let nextId = 0;
  return {
    url: target.url,
    async evaluate<T>(expression: string) {
      const id = ++nextId;
      const reply = new Promise<{ result?: { result: { value: T } }; error?: { message: string } }>(
        (resolve) => {
          const onMessage = (event: { sessionId?: string; message: string }) => {
            const message = JSON.parse(event.message) as { id?: number };
            if (event.sessionId !== sessionId || message.id !== id) return;
            cdp.off('Target.receivedMessageFromTarget', onMessage);
            resolve(message as never);
          };
          cdp.on('Target.receivedMessageFromTarget', onMessage);
        },
      );
      const params = { expression, returnByValue: true, awaitPromise: true };
      await cdp.send('Target.sendMessageToTarget', {
        sessionId,
        message: JSON.stringify({ id, method: 'Runtime.evaluate', params }),
      });
      const answer = await reply;
      if (answer.error) throw new Error(answer.error.message);
      return answer.result!.result.value;
    },
  };
}

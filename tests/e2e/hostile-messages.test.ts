import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsInAccessibilityTree, tabIdOf, waitForCard } from '../../scripts/demo-steps.mjs';
import { closeCard, hoverForCard } from './support/hostile-card';
import { openExtensionPage } from './support/extension';
import {
  highlightSizes,
  mentionTexts,
  recordEveryWorld,
  startHostileSession,
  type HostileSession,
  type WatchedPage,
} from './support/hostile-session';

const MENTIONS = ['iran:Iran', 'russia:Russia', 'putin:Putin', 'bushehr:Bushehr'];

interface ExtensionRuntime {
  sendMessage(message: unknown): Promise<unknown>;
}
type Outcome = { answer: unknown } | { error: string };

/** Sends `message` to the content script of `tabId` from the extension's worker. */
function sendToTab(session: HostileSession, tabId: number, message: unknown): Promise<Outcome> {
  return session.worker().evaluate(
    async ([id, msg]) => {
      try {
        const answer = await chrome.tabs.sendMessage(id as number, msg);
        return { answer: answer === undefined ? 'undefined' : answer };
      } catch (error) {
        return { error: (error as Error).message };
      }
    },
    [tabId, message] as const,
  );
}

/** Topic highlights with at least one range. */
async function liveHighlights(page: Page): Promise<string[]> {
  const sizes = await highlightSizes(page);
  return Object.keys(sizes)
    .filter((name) => sizes[name]! > 0)
    .sort();
}

describe('messages: only the extension, only well-formed', () => {
  let session: HostileSession;
  let w: WatchedPage;
  let tabId: number;
  let everyWorld: string[];

  beforeAll(async () => {
    session = await startHostileSession();
    const page = await session.ext.context.newPage();
    everyWorld = await recordEveryWorld(page);
    w = { page, errors: [], problems: [] };
    page.on('pageerror', (e) => w.errors.push(e.message));
    await page.goto(session.url('messages.html'));
    tabId = await tabIdOf(session.worker(), page);
  });
  afterAll(async () => {
    await session?.close();
  });

  it('answers a well-formed page-mentions and focus-mention (control)', async () => {
    expect(await mentionTexts(session, w.page)).toEqual(MENTIONS);
    // The answer's shape is an outside seam: topic and text only, unless the ids are asked for.
    const plain = (await sendToTab(session, tabId, { type: 'page-mentions' })) as {
      answer: { mentions: object[] };
    };
    expect(Object.keys(plain.answer.mentions[0]!).sort()).toEqual(['text', 'topic']);
    const listed = (await sendToTab(session, tabId, { type: 'page-mentions', ids: true })) as {
      answer: { mentions: Array<{ id: number }> };
    };
    expect(
      await sendToTab(session, tabId, { type: 'focus-mention', id: listed.answer.mentions[1]!.id }),
    ).toEqual({
      answer: { ok: true },
    });
    await waitForCard(w.page, 'Russia');
    await closeCard(w.page);
    expect(await sendToTab(session, tabId, { type: 'focus-mention', id: 9999 })).toEqual({
      answer: { ok: false },
    });
  });

  it('gives no answer to unknown or malformed messages from the worker, and breaks nothing', async () => {
    const malformed = [
      { type: 'bogus' },
      { type: 'focus-mention', id: -1 },
      { type: 'focus-mention', id: 'x' },
      { type: 'focus-mention', id: 0.5 },
      { type: 'focus-mention', index: 0 },
      { type: 'focus-mention' },
      { type: 'step-mention', direction: 2 },
      { type: 'PAGE-MENTIONS' },
      'page-mentions',
      null,
      [{ type: 'page-mentions' }],
    ];
    for (const message of malformed) {
      const outcome = await sendToTab(session, tabId, message);
      // Chrome reports a listener that declined to answer as a closed port (or an undefined answer).
      const declined =
        ('answer' in outcome && outcome.answer === 'undefined') ||
        ('error' in outcome && /message port closed/i.test(outcome.error));
      expect(declined, `${JSON.stringify(message)} → ${JSON.stringify(outcome)}`).toBe(true);
    }
    expect(await dialogsInAccessibilityTree(w.page)).toEqual([]);
    expect(await mentionTexts(session, w.page)).toEqual(MENTIONS);
  });

  it('ignores anything a web page posts to its window', async () => {
    const pagesBefore = session.ext.context.pages().length;
    const badgeBefore = await session
      .worker()
      .evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await w.page.evaluate(() => {
      const garbage: unknown[] = [
        null,
        0,
        'page-mentions',
        { type: 'page-mentions' },
        { type: 'focus-mention', id: 1 },
        { type: 'step-mention', direction: 1 },
        { type: 'card-facts', topic: 'iran', context: { sentence: 'x', paragraph: 'x' } },
        { type: 'open-topic', topic: 'iran' },
        { type: 'mention-count', count: 999 },
        { type: 'x'.repeat(100_000) },
        ...(window as unknown as { heard: unknown[] }).heard,
      ];
      for (const message of garbage) window.postMessage(message, '*');
    });
    await w.page.waitForTimeout(500);
    expect(await dialogsInAccessibilityTree(w.page)).toEqual([]);
    expect(session.ext.context.pages().length).toBe(pagesBefore);
    expect(await session.worker().evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId)).toBe(
      badgeBefore,
    );
    expect(await mentionTexts(session, w.page)).toEqual(MENTIONS);
    expect(await liveHighlights(w.page)).toEqual([
      'backstory-bushehr',
      'backstory-iran',
      'backstory-putin',
      'backstory-russia',
    ]);
  });

  it("cannot be shut down by a page replaying the content script's start-up event", async () => {
    // The content script's framework stops an older copy of itself when a document event with this name
    // announces a newer one. The name holds only the extension's public id and the entrypoint's name, and
    // the content script even posts it to every page it starts on.
    const announced = await w.page.evaluate(() =>
      (window as unknown as { heard: Array<{ type?: unknown }> }).heard
        .map((m) => m?.type)
        .find((t) => typeof t === 'string' && t.endsWith(':wxt:content-script-started')),
    );
    const eventName =
      (announced as string | undefined) ?? `${session.ext.extensionId}:content:wxt:content-script-started`;
    await w.page.evaluate((name) => {
      document.dispatchEvent(
        new CustomEvent(name, { detail: { contentScriptName: 'content', messageId: 'page-made' } }),
      );
    }, eventName);
    await w.page.waitForTimeout(300);
    expect(await liveHighlights(w.page)).toEqual([
      'backstory-bushehr',
      'backstory-iran',
      'backstory-putin',
      'backstory-russia',
    ]);
    await hoverForCard(w.page, 'Bushehr', 'Bushehr');
    await closeCard(w.page);
    expect(await mentionTexts(session, w.page)).toEqual(MENTIONS);
  });

  it('offers web pages no way to message the extension', async () => {
    expect(
      await w.page.evaluate(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime),
    ).toBe('undefined');
  });

  it('has the background ignore malformed requests from its own pages, and answer good ones', async () => {
    const popup = await openExtensionPage(session.ext, 'popup.html');
    const ask = (message: unknown) =>
      popup.evaluate(async (msg) => {
        try {
          const runtime = (globalThis as unknown as { chrome: { runtime: ExtensionRuntime } }).chrome.runtime;
          const answer = await runtime.sendMessage(msg);
          return answer === undefined ? 'undefined' : JSON.stringify(answer).slice(0, 60);
        } catch (error) {
          return `error: ${(error as Error).message}`;
        }
      }, message);
    for (const bad of [
      { type: 'card-facts', topic: 'atlantis', context: { sentence: '', paragraph: '' } },
      { type: 'card-facts', topic: 'iran', context: { sentence: 'x'.repeat(30_000), paragraph: '' } },
      { type: 'mention-count', count: -3 },
      { type: 'open-topic', topic: '../options' },
      { type: 'bogus' },
    ]) {
      expect(await ask(bad), JSON.stringify(bad).slice(0, 80)).toMatch(/^undefined$|message port closed/i);
    }
    expect(
      await ask({
        type: 'card-facts',
        topic: 'iran',
        context: { sentence: 'Iran', paragraph: 'Iran' },
        related: [],
      }),
    ).toContain('"topic":"iran"');
    await popup.close();
  });

  it('caused no error in any world of the page and sent nothing anywhere', () => {
    expect(w.errors).toEqual([]);
    expect(everyWorld).toEqual([]);
    expect(session.ext.outsideRequests).toEqual([]);
    expect(session.requestsOfConcern()).toEqual([]);
  });

  it('would have seen a request by the service worker (the recording works)', async () => {
    await session.worker().evaluate(async (url) => {
      await fetch(url).catch(() => undefined);
    }, `${session.server.url}/hostile/probe-from-worker`);
    await session.worker().evaluate(async () => {
      await fetch('https://example.invalid/probe').catch(() => undefined);
    });
    await expect
      .poll(() => session.requestsOfConcern())
      .toContain(`worker ${session.server.url}/hostile/probe-from-worker`);
    expect(session.ext.outsideRequests).toEqual(['https://example.invalid/probe']);
  });
  it("gives web pages no fixed URL to probe for, and no trace of the page app's loading", async () => {
    // Last, in a page of its own: the page's refused fetches are requests and errors the checks above count.
    const page = await session.ext.context.newPage();
    try {
      await page.goto(session.url('messages.html'));
      expect(await mentionTexts(session, page)).toEqual(MENTIONS); // the page app loaded and answers
      const probe = await page.evaluate(async (id) => {
        const tryFetch = async (path: string) => {
          try {
            return (await fetch(`chrome-extension://${id}/${path}`)).status;
          } catch {
            return 'refused';
          }
        };
        return {
          pageApp: await tryFetch('page-app.js'),
          contentScript: await tryFetch('content-scripts/content.js'),
          resources: performance.getEntriesByType('resource').map((e) => e.name),
          symbols: Object.getOwnPropertySymbols(globalThis).map((s) => s.description ?? ''),
        };
      }, session.ext.extensionId);
      expect(probe.pageApp).toBe('refused');
      expect(probe.contentScript).toBe('refused');
      expect(probe.resources.filter((url) => url.startsWith('chrome-extension:'))).toEqual([]);
      // It lives in the content script's world, not the page's.
      expect(probe.symbols).not.toContain('backstory.page-app');
    } finally {
      await page.close();
    }
  });
});

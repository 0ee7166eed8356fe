import { rmSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  cardText,
  dialogsInAccessibilityTree,
  mentionsOf,
  pointOfWord,
  waitForCard,
} from '../../scripts/demo-steps.mjs';
import { launchWithExtension, type LaunchedExtension } from '../../scripts/launch.mjs';
import { closeCard, openCardByKeyboard } from './support/hostile-card';
import { startRealKeyboard, type RealKeyboard } from './support/real-keyboard';
import { watchWorkerStatus } from './support/worker-status';

const isWelcome = (page: Page) => page.url().endsWith('/welcome.html');
const welcomeTabs = (context: BrowserContext) => context.pages().filter(isWelcome);

/**
 * Longer than the extension takes to open its welcome page after its worker starts (160-500 ms seen here),
 * for the tests that assert it does not open.
 */
const NO_WELCOME_WAIT_MS = 2500;

/** Resolves with the welcome tab if one opens within NO_WELCOME_WAIT_MS, otherwise with undefined. */
function welcomeOpening(context: BrowserContext): Promise<Page | undefined> {
  return context
    .waitForEvent('page', { predicate: isWelcome, timeout: NO_WELCOME_WAIT_MS })
    .catch(() => undefined);
}

/** The welcome tab of a fresh install, once the browser has opened it. */
async function welcomeTabOf(context: BrowserContext): Promise<Page> {
  return (
    welcomeTabs(context)[0] ?? (await context.waitForEvent('page', { predicate: isWelcome, timeout: 10_000 }))
  );
}

/** Viewport centre of `word` in the welcome page's sample paragraph (the intro names the topics too). */
async function pointInSample(page: Page, word: string) {
  const point = await pointOfWord(page, word, 'figure');
  if (!point) throw new Error(`"${word}" is not in the sample paragraph`);
  return point;
}

/** Every highlighted text of the page, as `topic:text`, and whether each lies in the sample paragraph. */
function highlighted(page: Page) {
  return page.evaluate(() => {
    const sample = document.querySelector('figure p')!;
    return [...CSS.highlights].flatMap(([name, highlight]) =>
      [...highlight].map((range) => {
        const text = (range.startContainer as Text).data.slice(range.startOffset, range.endOffset);
        return {
          mention: `${name.replace('backstory-', '')}:${text}`,
          inSample: sample.contains(range.startContainer),
        };
      }),
    );
  });
}

describe('the welcome page', () => {
  let ext: LaunchedExtension;
  let keyboard: RealKeyboard;
  let welcome: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    keyboard = await startRealKeyboard();
    ext = await launchWithExtension({ welcome: true, headless: false, env: keyboard.env });
    welcome = await welcomeTabOf(ext.context);
    welcome.on('pageerror', (error) => errors.push(error.message));
    welcome.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await welcome.waitForLoadState();
  });
  afterAll(async () => {
    await ext?.context.close();
    keyboard?.close();
    if (ext) rmSync(ext.profile, { recursive: true, force: true });
  });

  it('opens in one tab of its own on a fresh install', async () => {
    expect(welcome.url()).toBe(`chrome-extension://${ext.extensionId}/welcome.html`);
    expect(welcomeTabs(ext.context)).toHaveLength(1);
  });

  it('says what Backstory does, the keys, what it keeps and sends, and shows the topics', async () => {
    expect(await welcome.getByRole('heading', { level: 1 }).textContent()).toBe('Welcome to Backstory');
    expect(await welcome.getByRole('banner').textContent()).toMatch(/Iran, Russia, Putin, Bushehr and SWIFT/);
    expect(await welcome.getByRole('main').count()).toBe(1);
    const region = (name: string) => welcome.getByRole('region', { name });
    expect(await region('Try it here').getByRole('figure').textContent()).toMatch(/Putin.*SWIFT/s);
    const keys = await region('Keys').textContent();
    for (const key of ['Alt+Shift+K', 'Alt+Shift+J', 'Alt+Shift+H', 'Esc', 'chrome://extensions/shortcuts'])
      expect(keys).toContain(key);
    const keeps = await region('What it keeps, and what it sends').textContent();
    expect(keeps).toMatch(/settings.*IndexedDB.*It sends nothing/s);
    await expect.poll(() => region('Topics').getByRole('checkbox').count()).toBe(5);
    const link = welcome.getByRole('link', { name: 'options page' });
    expect(new URL((await link.getAttribute('href'))!, welcome.url()).href).toBe(
      `chrome-extension://${ext.extensionId}/options.html`,
    );
  });

  it('highlights the sample paragraph, and only it, with the topics’ real cards', async () => {
    await expect
      .poll(async () => (await highlighted(welcome)).map((h) => h.mention).sort())
      .toEqual([
        'bushehr:Bushehr',
        'iran:Iran',
        'iran:Iran',
        'putin:Putin',
        'russia:Kremlin',
        'russia:Russia',
        'swift:SWIFT',
      ]);
    expect((await highlighted(welcome)).every((h) => h.inSample)).toBe(true);
    // The popup and the shortcuts ask the tab for its mentions, as they ask a web page's content script.
    expect((await mentionsOf(ext.worker, welcome)).mentions).toHaveLength(7);

    const point = await pointInSample(welcome, 'Putin');
    await welcome.mouse.move(1, 1);
    await welcome.mouse.move(point.x, point.y, { steps: 3 });
    await waitForCard(welcome, 'Putin');
    // Facts from the fact base, not only the topic's summary.
    await expect
      .poll(() => cardText(welcome, 'Putin'), { timeout: 5000 })
      .toMatch(/All \d+ facts about Putin/);
    await closeCard(welcome);

    expect(await openCardByKeyboard(welcome, keyboard.press)).toMatch(/Putin/);
    await closeCard(welcome);
    expect(await dialogsInAccessibilityTree(welcome)).toEqual([]);
  });

  it('switches a topic off and on, for every page, from its checkboxes', async () => {
    const swift = welcome.getByRole('checkbox', { name: 'SWIFT', exact: true });
    const swiftInSample = async () =>
      (await highlighted(welcome)).filter((h) => h.mention.startsWith('swift:'));
    await swift.uncheck();
    await expect.poll(() => welcome.getByRole('status').textContent()).toBe('Saved');
    await expect.poll(swiftInSample).toEqual([]);
    // Read back where the reader would look next: the options page.
    const options = await ext.context.newPage();
    await options.goto(`chrome-extension://${ext.extensionId}/options.html`);
    await expect
      .poll(() => options.getByRole('checkbox', { name: 'SWIFT', exact: true }).isChecked())
      .toBe(false);
    expect(await options.getByRole('checkbox', { name: 'Iran', exact: true }).isChecked()).toBe(true);
    await options.close();
    await welcome.bringToFront(); // a tab in the background draws no frames, and the card waits for one

    await swift.check();
    await expect.poll(async () => (await swiftInSample()).length).toBe(1);
  });

  it('does not open again when the worker stops and starts again', async () => {
    const worker = await watchWorkerStatus(welcome);
    await worker.stopAll();
    await expect.poll(worker.latest).toBe('stopped');
    const opening = welcomeOpening(ext.context);
    // A card's facts come from the worker: hovering a mention starts it again.
    const point = await pointInSample(welcome, 'Bushehr');
    await welcome.mouse.move(1, 1);
    await welcome.mouse.move(point.x, point.y, { steps: 3 });
    await waitForCard(welcome, 'Bushehr');
    await expect.poll(worker.latest).toBe('running');
    await closeCard(welcome);
    await worker.detach();
    expect(await opening).toBeUndefined();
    expect(welcomeTabs(ext.context)).toHaveLength(1);
  });

  it('raised no error in the page, and sent nothing anywhere', () => {
    expect(errors).toEqual([]);
    expect(ext.outsideRequests).toEqual([]);
  });

  describe('and later', () => {
    beforeAll(async () => {
      await ext.context.close();
    });

    it('does not open at the next start of the same profile', async () => {
      // Chromium reports an extension loaded from its command line as newly installed at every start.
      ext = await launchWithExtension({ profile: ext.profile, welcome: true });
      expect(await welcomeOpening(ext.context)).toBeUndefined();
      expect(welcomeTabs(ext.context)).toEqual([]);
    });

    it('does not open after an update, even with no record of having opened', async () => {
      // A reload of an unpacked extension is reported as an update. Without the record, only the install
      // reason keeps the page from opening.
      const settings = await ext.context.newPage();
      await settings.goto('chrome://extensions');
      // Chromium disables a reloaded unpacked extension unless developer mode is on (it is off in a fresh profile).
      await settings.evaluate(() =>
        (
          globalThis as unknown as {
            chrome: { developerPrivate: { updateProfileConfiguration(c: object): Promise<void> } };
          }
        ).chrome.developerPrivate.updateProfileConfiguration({ inDeveloperMode: true }),
      );
      await settings.close();
      await ext.worker.evaluate(() => chrome.storage.local.set({ welcomeOpened: false }));
      const restarted = ext.context.waitForEvent('serviceworker', { timeout: 20_000 });
      await ext.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
      const worker = await restarted;
      expect(await welcomeOpening(ext.context)).toBeUndefined();
      expect(welcomeTabs(ext.context)).toEqual([]);
      // The update left the record as it was: the listener stopped at the reason.
      expect((await worker.evaluate(() => chrome.storage.local.get(null))).welcomeOpened).toBe(false);
    });
  });
});

describe('the test launcher', () => {
  it('has closed the welcome tab of a fresh install by the time it resolves, and only that tab', async () => {
    const ext = await launchWithExtension();
    try {
      // The extension opened it (its record says so), and it is gone: the caller's first page cannot lose
      // the focus to it a moment later.
      expect(ext.context.pages().map((p) => p.url())).toEqual(['about:blank']);
      expect((await ext.worker.evaluate(() => chrome.storage.local.get(null))).welcomeOpened).toBe(true);
      // A welcome page the caller opens itself stays.
      const asked = await ext.context.newPage();
      await asked.goto(`chrome-extension://${ext.extensionId}/welcome.html`);
      await expect.poll(async () => (await highlighted(asked)).length, { timeout: 10_000 }).toBe(7);
      expect(asked.isClosed()).toBe(false);
    } finally {
      await ext.context.close();
      rmSync(ext.profile, { recursive: true, force: true });
    }
  });
});

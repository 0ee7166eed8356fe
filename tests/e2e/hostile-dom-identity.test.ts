import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCard, hoverForCard, openCardByKeyboard } from './support/hostile-card';
import { recordedMutations, recordMutationsAfterLoad, serializeDom } from './support/hostile-dom';
import {
  mentionTexts,
  startHostileSession,
  startPlainBrowser,
  watchPage,
  type HostileSession,
  type WatchedPage,
} from './support/hostile-session';

const STRICT_CSP = "default-src 'none'";

/** Each static hostile page, and the card its first mention opens (pages without one get no card). */
const PAGES: Array<{ path: string; csp?: string; card?: string }> = [
  { path: 'plain-article.html', card: 'Bushehr' },
  { path: 'editors.html', card: 'Iran' },
  { path: 'structure.html', card: 'Iran' },
  { path: 'rtl.html', card: 'Iran' },
  { path: 'article.xhtml', card: 'Iran' },
  { path: 'chart.svg' },
  { path: 'csp.html', csp: STRICT_CSP, card: 'Iran' },
  { path: 'spa.html', card: 'Iran' },
  { path: 'builtins.html', card: 'Iran' },
  { path: 'highlights-hostile.html', card: 'Iran' },
  { path: 'size-many-mentions.html', card: 'Iran' },
];

const CARD_HOST_MUTATIONS = ['added <backstory-card> to <html>', 'removed <backstory-card> from <html>'];

/** Recorded changes to the page's own nodes: the card host's own attributes (its position) are ours. */
const pageMutations = async (page: Page) =>
  (await recordedMutations(page)).filter((m) => !m.endsWith(' of <backstory-card>'));

describe("the page's DOM with the extension equals the DOM without it", () => {
  let session: HostileSession;
  let plain: Awaited<ReturnType<typeof startPlainBrowser>>;
  const watched: WatchedPage[] = [];

  beforeAll(async () => {
    [session, plain] = await Promise.all([startHostileSession({ realKeyboard: true }), startPlainBrowser()]);
  });
  afterAll(async () => {
    await plain?.browser.close();
    await session?.close();
  });

  for (const { path, csp, card } of PAGES) {
    it(`${path}: same markup, open shadow roots and frames; no mutation but the card host`, async () => {
      const withoutExtension = async () => {
        const plainPage = await plain.context.newPage();
        await plainPage.goto(session.url(path, csp));
        const dom = await serializeDom(plainPage);
        await plainPage.close();
        return dom;
      };
      const withTheExtension = async () => {
        const page = await session.ext.context.newPage();
        watched.push(watchPage(page));
        await recordMutationsAfterLoad(page);
        await page.goto(session.url(path, csp));
        expect((await mentionTexts(session, page)).length).toBeGreaterThan(0);
        // Scanning and highlighting: not a single mutation.
        expect(await pageMutations(page)).toEqual([]);
        if (card) {
          // From the keyboard (no hover delay); the hover path is exercised by the test below.
          expect(await openCardByKeyboard(page, session.ext.pressShortcut)).toContain(card);
          await closeCard(page);
          expect(await pageMutations(page)).toEqual(CARD_HOST_MUTATIONS);
        }
        const dom = await serializeDom(page);
        await page.close();
        return dom;
      };
      const [withExtension, without] = await Promise.all([withTheExtension(), withoutExtension()]);
      expect(withExtension).toEqual(without);
    });
  }

  // The card hides the page's own `title` tooltip, which would pop up over it, for as long as it is open:
  // the one change we make to a page node, and it is undone when the card closes.
  it('only lifts the title tooltip while a card is open, and restores it exactly', async () => {
    const page = await session.ext.context.newPage();
    watched.push(watchPage(page));
    await recordMutationsAfterLoad(page);
    await page.goto(session.url('plain-article.html'));
    await mentionTexts(session, page);
    // "Putin" sits in a paragraph that has a title attribute.
    await hoverForCard(page, 'Putin', 'Putin');
    const whileOpen = await pageMutations(page);
    await closeCard(page);
    const plainPage = await plain.context.newPage();
    await plainPage.goto(session.url('plain-article.html'));
    expect(await serializeDom(page)).toEqual(await serializeDom(plainPage));
    await plainPage.close();
    expect(whileOpen).toEqual([CARD_HOST_MUTATIONS[0], 'attribute title of <p>']);
    expect((await pageMutations(page)).slice(whileOpen.length)).toEqual([
      CARD_HOST_MUTATIONS[1],
      'attribute title of <p>',
    ]);
  });

  it('caused no error on any page and sent nothing anywhere', () => {
    expect(watched.flatMap((w) => w.errors)).toEqual([]);
    expect(watched.flatMap((w) => w.problems.filter((p) => !p.includes('Content Security Policy')))).toEqual(
      [],
    );
    expect(session.ext.outsideRequests).toEqual([]);
    expect(session.requestsOfConcern()).toEqual([]);
  });
});

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeCard, hoverForCard } from './support/hostile-card';
import {
  highlightSizes,
  mentionTexts,
  startHostileSession,
  type HostileSession,
  type WatchedPage,
} from './support/hostile-session';
import { unstyledHighlights } from './support/highlight-style';

/** Number of highlighted ranges per topic, without the (empty) active-mention entry. */
async function topicSizes(watched: WatchedPage): Promise<Record<string, number>> {
  const sizes = await highlightSizes(watched.page);
  return Object.fromEntries(
    Object.entries(sizes).filter(([name, n]) => name !== 'backstory-active' && n > 0),
  );
}

describe('unusual document structures', () => {
  let session: HostileSession;
  const watched: WatchedPage[] = [];
  const open = async (path: string) => {
    const w = await session.open(path);
    watched.push(w);
    return w;
  };

  beforeAll(async () => {
    session = await startHostileSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  describe('open shadow roots and same-origin frames', () => {
    let w: WatchedPage;

    it('lists their mentions in document order', async () => {
      w = await open('structure.html');
      expect(await mentionTexts(session, w.page)).toEqual([
        'iran:Iran',
        'russia:Russia', // declarative shadow root
        'putin:Putin', // shadow root nested in it
        'iran:Iranian', // shadow root attached by a custom element
        'bushehr:Bushehr', // srcdoc frame
        'swift:SWIFT',
        'russia:Russia', // same-origin frame
        'iran:Iran',
        'russia:Kremlin',
      ]);
    });

    it('highlights inside shadow roots and frames', async () => {
      // Shadow roots share the top document's registry; each frame document has its own.
      expect(await topicSizes(w)).toEqual({
        'backstory-iran': 2,
        'backstory-russia': 2,
        'backstory-putin': 1,
        'backstory-swift': 1,
      });
      const frameSizes = await Promise.all(
        w.page
          .frames()
          .filter((f) => f !== w.page.mainFrame())
          .map((f) =>
            f.evaluate(() =>
              [...CSS.highlights]
                .filter(([, h]) => h.size > 0)
                .map(([name, h]) => `${name}=${h.size}`)
                .sort()
                .join(' '),
            ),
          ),
      );
      // The frames a script wrote into and the one-pixel frame are not read (see frame-document.ts).
      expect(frameSizes.sort()).toEqual([
        '',
        '',
        '',
        'backstory-bushehr=1',
        'backstory-iran=1 backstory-russia=1',
      ]);
    });

    it('draws every highlight: in the document, its shadow roots and its frames', async () => {
      for (const frame of w.page.frames()) expect(await unstyledHighlights(frame)).toEqual([]);
    });

    it('opens a card for a mention inside a nested shadow root', async () => {
      expect(await hoverForCard(w.page, 'Putin', 'Putin')).toContain('Putin');
      await closeCard(w.page);
    });
  });

  describe('a right-to-left page', () => {
    let w: WatchedPage;

    it('finds Persian, Arabic and embedded English mentions', async () => {
      w = await open('rtl.html');
      expect(await mentionTexts(session, w.page)).toEqual([
        'iran:ایران',
        'russia:روسیه',
        'bushehr:نیروگاه بوشهر',
        'putin:بوتين',
        'russia:روسيا',
        'iran:إيران',
        'iran:Iran',
        'russia:Russia',
      ]);
    });

    it('opens the card when the pointer rests on a right-to-left mention', async () => {
      await hoverForCard(w.page, 'ایران', 'Iran');
      await closeCard(w.page);
      await hoverForCard(w.page, 'بوتين', 'Putin');
      await closeCard(w.page);
    });
  });

  describe('an XHTML document', () => {
    let w: WatchedPage;

    it('is scanned and highlighted', async () => {
      w = await open('article.xhtml');
      expect(await w.page.evaluate(() => document.contentType)).toBe('application/xhtml+xml');
      expect(await mentionTexts(session, w.page)).toEqual([
        'iran:Iran',
        'russia:Russia',
        'putin:Putin',
        'bushehr:Bushehr',
      ]);
      expect(await topicSizes(w)).toEqual({
        'backstory-iran': 1,
        'backstory-russia': 1,
        'backstory-putin': 1,
        'backstory-bushehr': 1,
      });
    });

    it('opens a card there', async () => {
      await hoverForCard(w.page, 'Putin', 'Putin');
      await closeCard(w.page);
    });
  });

  describe('an SVG document', () => {
    it('has the mentions of its <text> elements found and highlighted', async () => {
      const w = await open('chart.svg');
      expect(await w.page.evaluate(() => document.documentElement.localName)).toBe('svg');
      expect(await mentionTexts(session, w.page)).toEqual(['iran:Iran', 'russia:Russia', 'putin:Putin']);
      expect(await topicSizes(w)).toEqual({
        'backstory-iran': 1,
        'backstory-russia': 1,
        'backstory-putin': 1,
      });
    });
  });

  it('caused no error on any page and sent nothing anywhere', () => {
    expect(watched.flatMap((x) => x.errors)).toEqual([]);
    expect(watched.flatMap((x) => x.problems)).toEqual([]);
    expect(session.ext.outsideRequests).toEqual([]);
    expect(session.requestsOfConcern()).toEqual([]);
  });
});

import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../scripts/demo-steps.mjs';
import { snapshotDom } from './support/dom-snapshot';
import { unstyledHighlights } from './support/highlight-style';
import { browserWithPages } from './support/extension';

describe('finding mentions on pages in real Chromium', () => {
  const env = browserWithPages();

  async function open(path: string): Promise<Page> {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.url}/${path}`);
    return page;
  }
  const listed = async (page: Page) =>
    (await mentionsOf(env.ext.worker, page)).mentions.map((m) => `${m.topic}:${m.text}`);

  it('finds names in seven languages, in document order, with their word forms', async () => {
    const page = await open('news-multilingual.html');
    expect(await listed(page)).toEqual([
      // Russian: a heading "Москва" alone is a place, not a government.
      'russia:Россия',
      'iran:Иран',
      'russia:России',
      'putin:Владимир Путин',
      'iran:Ирана',
      'putin:Путину',
      // Persian, written with Arabic letter variants and a zero-width non-joiner.
      'russia:روسيه',
      'iran:ايران',
      'putin:پوتین',
      'bushehr:نیروگاه بوشهر',
      'putin:بوتين',
      'russia:روسيا',
      'iran:إيران',
      'bushehr:محطة بوشهر',
      'russia:Russland',
      'iran:Iran',
      'putin:Putins',
      'russia:Kreml',
      'iran:Teheran',
      'russia:Russie',
      'iran:Iran',
      'putin:Vladimir Poutine',
      'russia:Rusia',
      'iran:Irán',
      'putin:Putin',
      'russia:俄罗斯',
      'putin:普京',
      'russia:俄罗斯',
      'iran:伊朗',
      'bushehr:布什尔核电站',
    ]);
    // Drawn in their topic's style, however deep in the page's elements the text is.
    expect(await unstyledHighlights(page)).toEqual([]);
  });

  it('finds names in the eight languages added later, with their cases, clitics and prefixes', async () => {
    const page = await open('news-more-languages.html');
    expect(await listed(page)).toEqual([
      'russia:Росія',
      'iran:Іран',
      'russia:Кремль',
      'russia:росіяни',
      'iran:Ірану',
      // Turkish: the case ending after the apostrophe is not part of the name.
      'iran:İran',
      'russia:Rus',
      'putin:Putin',
      'iran:Irã',
      'russia:Rússia',
      'iran:Irão',
      // Italian: the fly (una mosca) is not Moscow.
      'russia:Cremlino',
      'putin:Władimir Putin',
      'iran:Iranu',
      'russia:Rosją',
      'bushehr:Buszerze',
      'russia:Rusland',
      'iran:Iran',
      'putin:Poetin',
      // Hebrew: the prefixes ה and ב stay outside the highlight.
      'russia:קרמלין',
      'putin:פוטין',
      'iran:איראן',
      'bushehr:בושהר',
      // Japanese: no spaces; ロシアンブルー (a cat's breed) is another word.
      'russia:ロシア',
      'iran:イラン',
    ]);
    expect(await unstyledHighlights(page)).toEqual([]);
  });

  it('decides what SWIFT means once for the page: the network styled "Swift", but not the singer', async () => {
    const page = await open('swift-by-page.html');
    expect(await listed(page)).toEqual(['swift:Swift', 'swift:Swift', 'swift:Swift']);
  });

  it('reads the SWIFT of a new view or of a feed item against the page around it as it is now', async () => {
    const page = await open('swift-spa-feed.html');
    expect(await listed(page)).toEqual([]); // the singer's page
    await page.evaluate(() => (window as unknown as { openReport(): void }).openReport());
    expect(await listed(page)).toEqual(['swift:SWIFT']);
    await page.evaluate(() => (window as unknown as { scrollFeed(): void }).scrollFeed());
    expect(await listed(page)).toEqual(['swift:SWIFT', 'swift:SWIFT']);
  });

  it('leaves places named after Russia, Moscow or Tehran alone', async () => {
    const page = await open('place-names.html');
    expect(await listed(page)).toEqual(['russia:Russian']);
  });

  it('ignores look-alikes and other meanings, keeps the real ones', async () => {
    const page = await open('distractors.html');
    expect(await listed(page)).toEqual(['swift:SWIFT', 'russia:Moscow']);
  });

  it('follows appended, edited, removed and navigated content', async () => {
    const page = await open('dynamic.html');
    expect(await listed(page)).toEqual(['iran:Iran', 'russia:Russia']);
    await page.evaluate(() =>
      (window as unknown as { appendStory(t: string): void }).appendStory('Bushehr reopened.'),
    );
    expect(await listed(page)).toEqual(['iran:Iran', 'russia:Russia', 'bushehr:Bushehr']);
    await page.evaluate(() =>
      (window as unknown as { replaceText(id: string, t: string): void }).replaceText(
        'first',
        'Putin spoke.',
      ),
    );
    expect(await listed(page)).toEqual(['putin:Putin', 'bushehr:Bushehr']);
    await page.evaluate(() => (window as unknown as { removeFirst(): void }).removeFirst());
    expect(await listed(page)).toEqual(['bushehr:Bushehr']);
    await page.click('#navigate');
    expect(await listed(page)).toEqual(['putin:Vladimir Putin', 'russia:Kremlin']);
  });

  it('leaves editors, form fields and code alone', async () => {
    const page = await open('editor.html');
    expect(await listed(page)).toEqual(['iran:Iran']);
    await page.click('#editor p');
    await page.keyboard.press('End');
    await page.keyboard.type(' Iran too.');
    expect(await page.textContent('#editor')).toBe(
      'Draft: Russia and Putin in an editable region. Iran too.',
    );
    expect(await listed(page)).toEqual(['iran:Iran']);
  });

  it('never adds or changes a node of the page', async () => {
    const withExtension = await open('sample-news.html');
    await mentionsOf(env.ext.worker, withExtension);
    const html = await snapshotDom(withExtension);
    // The same page with scripting identical but no extension: a plain fetch of the markup, parsed the same way.
    const bare = await env.ext.context.newPage();
    await bare.setContent(await (await fetch(`${env.server.url}/sample-news.html`)).text());
    const bareHtml = await snapshotDom(bare);
    expect(html).toBe(bareHtml);
  });

  it('sent nothing anywhere', () => {
    expect(env.ext.outsideRequests).toEqual([]);
  });
});

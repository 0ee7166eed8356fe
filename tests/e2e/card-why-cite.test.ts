import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { cardText, mentionsOf, pointOfWord, waitForCard } from '../../scripts/demo-steps.mjs';
import { clickInCard } from './support/card-box';
import { browserWithPages } from './support/extension';

describe('the card says why, and copies a fact with its source', () => {
  const env = browserWithPages({ viewport: { width: 1100, height: 800 } });

  async function cardFor(word: string, topic: string): Promise<Page> {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.url}/sample-news.html`);
    await mentionsOf(env.ext.worker, page);
    const point = await pointOfWord(page, word);
    if (!point) throw new Error(`${word} not on the page`);
    await page.mouse.move(point.x, point.y);
    await waitForCard(page, topic);
    return page;
  }
  // The facts arrive after the card opens; the line under them is there from the start.
  const textOf = async (page: Page, topic: string, expected: RegExp) => {
    await expect.poll(() => cardText(page, topic), { timeout: 5000 }).toMatch(expected);
    return cardText(page, topic);
  };

  it('names the form found and its language', async () => {
    const page = await cardFor('Путин', 'Putin');
    expect(await textOf(page, 'Putin', /Found “Путин” \(Russian\)/)).not.toMatch(/read as/);
    await page.close();
  });

  it('gives the evidence that decided an ambiguous name', async () => {
    const moscow = await cardFor('Moscow warned', 'Russia');
    await textOf(moscow, 'Russia', /Found “Moscow” \(English\), read as the government: “warned”/);
    await moscow.close();
    const swift = await cardFor('SWIFT', 'SWIFT');
    await textOf(swift, 'SWIFT', /Found “SWIFT” \(English\), read as the bank network: “[^”]+”/);
    await swift.close();
  });

  it('copies a fact with its source as plain text and as Markdown, and says so', async () => {
    const page = await cardFor('Bushehr', 'Bushehr');
    await env.ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.server.url });
    const clipboard = () => page.evaluate(() => navigator.clipboard.readText());

    await clickInCard(page, /^Copy with source$/);
    await textOf(page, 'Bushehr', /Copied with its source/);
    const text = await clipboard();
    expect(text).toMatch(/Bushehr/);
    expect(text).toMatch(/\nSources?: [^\n]*“[^”]+”/);

    // Every fact's Markdown carries its sources; a published source's title is the link to it.
    const copies: string[] = [];
    for (let nth = 0; nth < 3; nth++) {
      await clickInCard(page, /^Copy with source as Markdown$/, { nth });
      await expect.poll(clipboard).not.toBe(copies.at(-1) ?? text);
      copies.push(await clipboard());
    }
    await textOf(page, 'Bushehr', /Copied as Markdown/);
    expect(copies.every((c) => /Sources?: /.test(c))).toBe(true);
    expect(copies.some((c) => /\[“[^”]+”\]\(https?:\/\/[^)\s]+\)/.test(c))).toBe(true);
    await page.close();
  });
});

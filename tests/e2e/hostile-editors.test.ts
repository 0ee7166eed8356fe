import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dialogsAfterResting } from './support/hostile-card';
import {
  highlightedRanges,
  mentionTexts,
  startHostileSession,
  type HostileSession,
  type WatchedPage,
} from './support/hostile-session';

const TYPED = ' Tehran, Moscow: SWIFT & Iran, said Putin.';
const PUBLISHED = ['iran:Iran', 'russia:Russia', 'putin:Putin'];

type Snapshot = Record<string, string>;
const snapshotNow = (page: Page) =>
  page.evaluate(() => (window as unknown as { editorSnapshot: () => Snapshot }).editorSnapshot());
const snapshotAtParse = (page: Page) =>
  page.evaluate(() => (window as unknown as { initialEditors: Snapshot }).initialEditors);

/** Puts the caret at the end of `selector` (a field or an editable region). */
async function caretAtEnd(page: Page, selector: string): Promise<void> {
  await page.focus(selector);
  await page.evaluate((sel) => {
    const el = document.querySelector(sel)!;
    if (el instanceof HTMLInputElement || el instanceof HTMLTextAreaElement) {
      el.setSelectionRange(el.value.length, el.value.length);
    } else {
      getSelection()!.selectAllChildren(el);
      getSelection()!.collapseToEnd();
    }
  }, selector);
}

describe('editors and form fields are left alone', () => {
  let session: HostileSession;
  let watched: WatchedPage;
  let page: Page;

  beforeAll(async () => {
    session = await startHostileSession();
    watched = await session.open('editors.html');
    page = watched.page;
  });
  afterAll(async () => {
    await session?.close();
  });

  it('lists only the plain paragraph in page-mentions', async () => {
    expect(await mentionTexts(session, page)).toEqual(PUBLISHED);
  });

  it('highlights nothing inside editors, fields or the re-rendering editors', async () => {
    const ranges = await highlightedRanges(page);
    expect(ranges.filter((r) => r.inEditor)).toEqual([]);
    expect(ranges.map((r) => r.text).sort()).toEqual(['Iran', 'Putin', 'Russia']);
  });

  it('opens no card over words inside an editable region', async () => {
    expect(await dialogsAfterResting(page, 'Bushehr')).toEqual([]);
    expect(await dialogsAfterResting(page, 'Kremlin')).toEqual([]);
  });

  it('keeps every field and editable region byte-identical to what the page wrote', async () => {
    const initial = await snapshotAtParse(page);
    expect(initial.notes).toContain('Bushehr');
    expect(await snapshotNow(page)).toEqual(initial);
  });

  it('lets typed text arrive exactly in each kind of editor', async () => {
    const before = await snapshotNow(page);
    await caretAtEnd(page, '#plain-editable');
    await page.keyboard.type(TYPED);
    await caretAtEnd(page, '#plaintext-only');
    await page.keyboard.type(TYPED);
    await caretAtEnd(page, '#notes');
    await page.keyboard.type(TYPED);
    await caretAtEnd(page, '#headline');
    await page.keyboard.type(TYPED);
    await caretAtEnd(page, '#rich');
    await page.keyboard.type(TYPED);
    await page.click('#code-view');
    await caretAtEnd(page, '#code-input');
    await page.keyboard.type(TYPED);

    const texts = await page.evaluate(() => ({
      plainEditable: document.getElementById('plain-editable')!.textContent,
      plaintextOnly: document.getElementById('plaintext-only')!.textContent,
      notes: (document.getElementById('notes') as HTMLTextAreaElement).value,
      headline: (document.getElementById('headline') as HTMLInputElement).value,
      richModel: (window as unknown as { richModel: { text: string } }).richModel.text,
      richShown: document.getElementById('rich')!.textContent,
      code: (document.getElementById('code-input') as HTMLTextAreaElement).value,
      codeShown: document.getElementById('code-view')!.textContent,
    }));
    const textOf = (html: string) => html.replace(/<[^>]*>/g, '');
    expect(texts).toEqual({
      plainEditable: textOf(before.plainEditable!) + TYPED,
      plaintextOnly: textOf(before.plaintextOnly!) + TYPED,
      notes: before.notes + TYPED,
      headline: before.headline + TYPED,
      richModel: textOf(before.rich!) + TYPED,
      richShown: textOf(before.rich!) + TYPED,
      code: before.code + TYPED,
      codeShown: before.code + TYPED,
    });
    // The rich editor re-rendered once per typed character (plus its first render).
    expect(await page.evaluate(() => (window as unknown as { richRenders: number }).richRenders)).toBe(
      TYPED.length + 1,
    );
  });

  it('still lists only the plain paragraph after typing, and highlights nothing typed', async () => {
    expect(await mentionTexts(session, page)).toEqual(PUBLISHED);
    const ranges = await highlightedRanges(page);
    expect(ranges.filter((r) => r.inEditor)).toEqual([]);
    expect(ranges).toHaveLength(3);
  });

  it('caused no error on the page and sent nothing anywhere', () => {
    expect(watched.errors).toEqual([]);
    expect(watched.problems).toEqual([]);
    expect(session.ext.outsideRequests).toEqual([]);
    expect(session.requestsOfConcern()).toEqual([]);
  });
});

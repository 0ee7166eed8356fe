import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageLink } from '../../components/popup/page-link';
import { PAGE_FACTS_PER_TOPIC } from '../../components/popup/page-facts';
import { COPIED_SHOWN_MS } from '../../components/shared/use-copy';
import type { TopicId } from '../../data/constants';
import { dataset } from '../../data/index';
import { FactDatabase } from '../../utils/db/fact-db';
import { toFactView } from '../../utils/db/fact-base';
import { citeFact } from '../../utils/facts/cite';
import { t } from '../../utils/i18n/i18n';
import type { ListedMention } from '../../utils/messaging/protocol';
import { orderTimeline } from '../../utils/search/timeline';
import { renderPopup } from './render-popup';

// What a screen reader hears, in English (the unit setup's catalog).
const COPIED_MESSAGE = t('popup_copied');
const COPIED_MARKDOWN_MESSAGE = t('popup_copied_markdown');
const COPY_FAILED_MESSAGE = t('popup_copy_failed');

const articles = new Map(dataset.articles.map((a) => [a.id, a]));
const CLAIM = dataset.facts.find((f) => f.id === 'bsh-rogozin-stuxnet-chernobyl-2011')!;

const MENTIONS: ListedMention[] = [
  { topic: 'putin', text: 'Putin', id: 11 },
  { topic: 'iran', text: 'Tehran', id: 12 },
  { topic: 'bushehr', text: 'Bushehr', id: 13 },
  { topic: 'putin', text: 'Vladimir Putin', id: 14 },
];

/** A page under the popup that mentions MENTIONS (or nothing). */
const pageWith = (mentions: ListedMention[]): PageLink => ({
  activePage: async () => ({ tabId: 7, url: 'https://news.example.com/story' }),
  pageMentions: async () => mentions,
  focusMention: async () => undefined,
  closePopup: () => undefined,
});

let db: FactDatabase;
let dbCount = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new FactDatabase(`popup-cite-${++dbCount}`);
});

afterEach(async () => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
  await db.delete();
});

/**
 * The user, with the clipboard user-event puts in place of the browser's (it outlives a test, so it starts
 * out holding `before`), and what is written to it.
 */
async function setUp(before = 'before') {
  const user = userEvent.setup();
  await navigator.clipboard.writeText(before);
  const written = vi.spyOn(navigator.clipboard, 'writeText');
  return { user, written };
}

/** The popup's one live region: what a screen reader hears, without the mark that makes repeats heard. */
const announcer = () => {
  const regions = document.querySelectorAll('[aria-live]');
  expect(regions).toHaveLength(1);
  expect(regions[0]!.getAttribute('aria-live')).toBe('polite');
  return regions[0]!;
};
const announced = () => announcer().textContent?.trim();

async function searchFor(user: ReturnType<typeof userEvent.setup>, query: string, factText: string) {
  renderPopup(db, { pageLink: pageWith([]) });
  await user.type(await screen.findByRole('searchbox'), query);
  const results = within(screen.getByRole('region', { name: 'Search results' }));
  const items = await results.findAllByRole('listitem');
  const item = items.find((li) => li.textContent?.includes(factText));
  if (!item) throw new Error(`No result shows “${factText}”`);
  return within(item);
}

describe('"Copy with source" on a fact in the popup', { timeout: 20_000 }, () => {
  it('copies the fact as plain text with its sources and says so, politely, once', async () => {
    const { user, written } = await setUp();
    const fact = await searchFor(user, 'Stuxnet Chernobyl', CLAIM.text);
    await user.click(fact.getByRole('button', { name: 'Copy with source' }));
    expect(written).toHaveBeenCalledTimes(1);
    expect(await navigator.clipboard.readText()).toBe(citeFact(toFactView(CLAIM, articles), 'text'));
    expect(await navigator.clipboard.readText()).toContain(
      'https://www.theage.com.au/technology/russia-calls-for-nato-probe-into-iran-cyber-strike-20110127-1a5ph.html',
    );
    expect(announced()).toBe(COPIED_MESSAGE);
    // Seen on the card itself, not read out a second time.
    const seen = fact.getByText('✓ Copied');
    expect(seen.getAttribute('aria-hidden')).toBe('true');
  });

  it('copies as Markdown with each source linked, and says so again on a second copy', async () => {
    const { user } = await setUp();
    const fact = await searchFor(user, 'Stuxnet Chernobyl', CLAIM.text);
    const markdownButton = fact.getByRole('button', { name: 'Copy with source as Markdown' });
    await user.click(markdownButton);
    const markdown = await navigator.clipboard.readText();
    expect(markdown).toBe(citeFact(toFactView(CLAIM, articles), 'markdown'));
    expect(markdown).toMatch(/\[“[^”]+”\]\(https:\/\/www\.theage\.com\.au\/[^)]+\)/);
    expect(announced()).toBe(COPIED_MARKDOWN_MESSAGE);
    const first = announcer().textContent;
    await user.click(markdownButton);
    // Same words, yet the region changed: a screen reader reads it again.
    expect(announced()).toBe(COPIED_MARKDOWN_MESSAGE);
    expect(announcer().textContent).not.toBe(first);
  });

  it('says it could not copy when the clipboard refuses, and shows it', async () => {
    const { user, written } = await setUp();
    written.mockRejectedValue(new DOMException('Write permission denied.', 'NotAllowedError'));
    const fact = await searchFor(user, 'Stuxnet Chernobyl', CLAIM.text);
    await user.click(fact.getByRole('button', { name: 'Copy with source' }));
    expect(announced()).toBe(COPY_FAILED_MESSAGE);
    expect(fact.getByText(COPY_FAILED_MESSAGE)).toBeTruthy();
    expect(await navigator.clipboard.readText()).toBe('before');
  });

  it('shows that it copied only for a moment', async () => {
    const { user } = await setUp();
    const fact = await searchFor(user, 'Stuxnet Chernobyl', CLAIM.text);
    await user.click(fact.getByRole('button', { name: 'Copy with source' }));
    expect(fact.getByText('✓ Copied')).toBeTruthy();
    await waitFor(() => expect(fact.queryByText('✓ Copied')).toBeNull(), { timeout: COPIED_SHOWN_MS + 1500 });
  });

  it('is on every fact of a Browse timeline too', async () => {
    const { user } = await setUp();
    renderPopup(db, { pageLink: pageWith([]), initialTopic: 'swift' });
    const timeline = await screen.findByRole('list', { name: 'SWIFT timeline' });
    const items = within(timeline).getAllByRole('listitem');
    expect(within(timeline).getAllByRole('button', { name: 'Copy with source' })).toHaveLength(items.length);
    await user.click(within(items[0]!).getByRole('button', { name: 'Copy with source as Markdown' }));
    expect(await navigator.clipboard.readText()).toMatch(/^\*\*.+\*\*: .+ \(Sources?: .+\]\(https:\/\//);
    expect(announced()).toBe(COPIED_MARKDOWN_MESSAGE);
  });
});

describe('"Copy facts as Markdown" on this page', { timeout: 20_000 }, () => {
  const newest = (topic: TopicId) => orderTimeline(dataset.facts.filter((f) => f.topics.includes(topic)))[0]!;

  it('copies the page’s topics’ newest facts under a heading each, in the page’s order', async () => {
    const { user } = await setUp();
    renderPopup(db, { pageLink: pageWith(MENTIONS), reportedMentions: MENTIONS.length });
    const button = await screen.findByRole('button', { name: 'Copy facts as Markdown' });
    await waitFor(() => expect(button).toHaveProperty('disabled', false));
    await user.click(button);

    const markdown = await navigator.clipboard.readText();
    const lines = markdown.split('\n');
    expect(lines.filter((l) => l.startsWith('## '))).toEqual(['## Putin', '## Iran', '## Bushehr']);
    const items = lines.filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(3 * PAGE_FACTS_PER_TOPIC);
    expect(items.every((l) => /\]\(https?:\/\/|Article “/.test(l))).toBe(true);
    // Each topic leads with the newest fact of its timeline.
    expect(lines[2]).toBe(`- ${citeFact(toFactView(newest('putin'), articles), 'markdown')}`);
    expect(announced()).toBe(`Copied ${3 * PAGE_FACTS_PER_TOPIC} facts with their sources as Markdown`);
    expect(screen.getByText('✓ Copied')).toBeTruthy();
  });

  it('waits for the facts before it can copy them', async () => {
    // Frames never come: the popup's store (with the facts) loads only after its first frame.
    vi.stubGlobal('requestAnimationFrame', () => 0);
    vi.stubGlobal('requestIdleCallback', () => 0);
    await setUp();
    renderPopup(db, { pageLink: pageWith(MENTIONS), reportedMentions: MENTIONS.length });
    const button = await screen.findByRole('button', { name: 'Copy facts as Markdown' });
    expect(button).toHaveProperty('disabled', true);
    expect(button.getAttribute('title')).toMatch(/still loading/);
  });

  it('is not offered where the page mentions nothing', async () => {
    const { user } = await setUp();
    renderPopup(db, { pageLink: pageWith([]) });
    await user.click(await screen.findByRole('tab', { name: 'On this page' }));
    expect(await screen.findByText(/this page doesn’t mention/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Copy facts as Markdown' })).toBeNull();
  });
});

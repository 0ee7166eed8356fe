import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { readFactBase } from '../../utils/db/fact-base';
import { TIMELINE_PAGE } from '../../components/popup/TopicTimeline';
import type { PageLink } from '../../components/popup/page-link';
import { isSeedSource } from '../../data/sources';
import { formatFactDate } from '../../utils/facts/present';
import { dataset } from '../../data/index';
import type { TopicId } from '../../data/constants';
import type { Fact } from '../../data/schema';
import { FactDatabase } from '../../utils/db/fact-db';
import { snapshotOf } from '../../utils/db/saved-snapshot';
import { seedFactDb } from '../../utils/db/seed';
import { t } from '../../utils/i18n/i18n';
import { renderPopup } from './render-popup';
import { inMemoryBase } from './bundled';

const BUNDLED_NOTICE = t('popup_offline_notice');
const RETIRED_NOTE = t('popup_retired_note');

const quietPage: PageLink = {
  activePage: async () => ({ tabId: 1, url: 'https://news.example.com/story' }),
  pageMentions: async () => [],
  focusMention: vi.fn(async () => undefined),
  closePopup: vi.fn(),
};

let db: FactDatabase;
let dbCount = 0;

beforeEach(() => {
  fakeBrowser.reset();
  db = new FactDatabase(`popup-browse-${++dbCount}`);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

/** Opens the popup as the card's "More" link does: in Browse, filtered to `topic`. */
async function openBrowse(topic?: TopicId) {
  const user = userEvent.setup();
  renderPopup(db, { pageLink: quietPage, initialTopic: topic });
  await screen.findByRole('combobox', { name: 'Topic' });
  if (!topic) await user.click(screen.getByRole('tab', { name: 'Browse' }));
  // The topics paint first; their timelines follow once the facts are read.
  await screen.findAllByRole('list', { name: / timeline$/ });
  return user;
}

const timeline = (name: string) => within(screen.getByRole('list', { name: `${name} timeline` }));

/** Long timelines come a page at a time: asks for more until the whole timeline shows. */
async function showAll(user: ReturnType<typeof userEvent.setup>, name: string) {
  for (let more = moreButton(name); more; more = moreButton(name)) await user.click(more);
}
const moreButton = (name: string) =>
  screen.queryByRole('button', { name: new RegExp(`^Show \\d+ more ${name} facts$`) });
const factsOf = (topic: TopicId) => dataset.facts.filter((f) => f.topics.includes(topic));

describe('popup browse', { timeout: 20_000 }, () => {
  it('starts filtered to the topic named in the URL, with its summary and its first page of facts', async () => {
    await openBrowse('bushehr');
    const bushehr = dataset.topics.find((t) => t.id === 'bushehr')!;
    expect(screen.getByText(bushehr.summary)).toBeTruthy();
    expect(timeline('Bushehr').getAllByRole('listitem')).toHaveLength(TIMELINE_PAGE.oneTopic);
    expect(screen.getByText(`Showing 30 of ${factsOf('bushehr').length}.`, { exact: false })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Iran timeline' })).toBeNull();
  });

  it('shows every topic when no topic is chosen', async () => {
    await openBrowse();
    for (const topic of dataset.topics)
      expect(screen.getByRole('list', { name: `${topic.name} timeline` })).toBeTruthy();
  });

  // Putin's timeline (99 facts, some undated): the whole of Russia's (611) took over 20 s to render here.
  it('orders a timeline by year, newest first, undated after, with a date on every dated fact', async () => {
    const user = await openBrowse('putin');
    await showAll(user, 'Putin');
    expect(timeline('Putin').getAllByRole('listitem')).toHaveLength(factsOf('putin').length);
    const items = timeline('Putin').getAllByRole('listitem');
    const shown = items.map((item) => dataset.facts.find((f) => item.textContent?.includes(f.text))!);
    const firstUndated = shown.findIndex((f) => f.date === undefined);
    expect(firstUndated).toBeGreaterThan(0);
    const keys = shown.slice(0, firstUndated).map((f) => f.date!);
    expect(keys).toEqual([...keys].sort().reverse());
    expect(shown.slice(firstUndated).every((f) => f.date === undefined)).toBe(true);
    // Every dated fact shows its date; each year is a heading.
    shown.slice(0, firstUndated).forEach((f, i) => {
      expect(within(items[i]!).getByText(formatFactDate(f)!)).toBeTruthy();
    });
    const years = timeline('Putin')
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(years.slice(0, -1)).toEqual([...new Set(keys.map((k) => k.slice(0, 4)))]);
    expect(years.at(-1)).toBe('Undated');
  });

  it('narrows the timeline by kind and by category', async () => {
    const user = await openBrowse('putin');
    const all = timeline('Putin').getAllByRole('listitem').length;
    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'Statement');
    const statements = timeline('Putin').getAllByRole('listitem');
    expect(statements.length).toBe(
      Math.min(factsOf('putin').filter((f) => f.kind === 'statement').length, TIMELINE_PAGE.oneTopic),
    );
    expect(statements.length).toBeLessThanOrEqual(all);
    for (const item of statements) expect(within(item).getByText('Statement')).toBeTruthy();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Kind' }), 'All kinds');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Category' }), 'Nuclear');
    const nuclear = factsOf('putin').filter((f) => f.category === 'nuclear');
    if (nuclear.length === 0) expect(screen.getByText('No Putin facts match these filters.')).toBeTruthy();
    else expect(timeline('Putin').getAllByRole('listitem')).toHaveLength(nuclear.length);
  });

  it('tells fact from opinion, names the article whose view it is and offers the quote on demand', async () => {
    const user = await openBrowse('swift');
    await showAll(user, 'SWIFT');
    const fact = factsOf('swift').find((f) => f.kind === 'view')!;
    const item = timeline('SWIFT')
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes(fact.text))!;
    expect(within(item).getByText('Article’s view')).toBeTruthy();
    const source = fact.sources[0]!;
    const article = dataset.articles.find((a) => isSeedSource(source) && a.id === source.article)!;
    expect(item.textContent).toContain(`View of the article “${article.title}”`);
    const quote = within(item).getAllByText('Quote')[0]!;
    expect(quote.closest('details')?.open).toBe(false);
  });

  it('shows a published source as a link with its publisher and date', async () => {
    const user = await openBrowse('bushehr');
    await showAll(user, 'Bushehr');
    const fact = factsOf('bushehr').find((f) => f.sources.every((s) => !isSeedSource(s)))!;
    const item = timeline('Bushehr')
      .getAllByRole('listitem')
      .find((li) => li.textContent?.includes(fact.text))!;
    const source = fact.sources[0]!;
    if (isSeedSource(source)) throw new Error('expected a published source');
    const link = within(item).getAllByRole('link')[0]!;
    expect(link.getAttribute('href')).toBe(source.url);
    expect(link.textContent).toContain(source.publisher);
  });

  it('saves a fact to the database and lists it under "Saved only"', async () => {
    const user = await openBrowse('swift');
    await showAll(user, 'SWIFT');
    const fact = factsOf('swift')[1]!;
    const item = () =>
      timeline('SWIFT')
        .getAllByRole('listitem')
        .find((li) => li.textContent?.includes(fact.text))!;
    const star = within(item()).getByRole('button', { name: 'Save' });
    await waitFor(() => expect(star.hasAttribute('disabled')).toBe(false));
    expect(star.getAttribute('aria-pressed')).toBe('false');
    await user.click(star);
    await waitFor(() =>
      expect(within(item()).getByRole('button', { name: 'Save' }).getAttribute('aria-pressed')).toBe('true'),
    );
    expect(await db.saved.get(fact.id)).toMatchObject({
      factId: fact.id,
      topic: fact.topics[0],
      snapshot: { fact: { id: fact.id, text: fact.text } },
    });

    await user.click(screen.getByRole('checkbox', { name: 'Saved only' }));
    expect(
      timeline('SWIFT')
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining(fact.text)]);

    await user.click(within(item()).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.saved.get(fact.id)).toBeUndefined());
    expect(await screen.findByText('No saved SWIFT facts match these filters.')).toBeTruthy();
  });

  it('keeps saved facts across popup opens', async () => {
    const fact = factsOf('swift')[0]!;
    await db.saved.put({ factId: fact.id, topic: 'swift', savedAt: 1 });
    const user = await openBrowse('swift');
    await user.click(screen.getByRole('checkbox', { name: 'Saved only' }));
    await waitFor(() => expect(timeline('SWIFT').getAllByRole('listitem')).toHaveLength(1));
  });

  it('shows a saved fact the fact base no longer has from its saved copy, and says so', async () => {
    const fact = factsOf('swift')[0]!;
    const articles = new Map(dataset.articles.map((a) => [a.id, a]));
    // An update renamed the fact: the saved row's id is gone from the fact base, its snapshot is not.
    const former = { ...fact, id: `${fact.id}-former` };
    await db.saved.put({
      factId: former.id,
      topic: 'swift',
      savedAt: 1,
      snapshot: snapshotOf(former, articles),
    });
    const user = await openBrowse('swift');
    expect(screen.queryByText(RETIRED_NOTE)).toBeNull();
    await user.click(screen.getByRole('checkbox', { name: 'Saved only' }));
    await waitFor(() => expect(timeline('SWIFT').getAllByRole('listitem')).toHaveLength(1));
    const item = timeline('SWIFT').getByRole('listitem');
    expect(item.textContent).toContain(fact.text);
    expect(item.textContent).toContain(RETIRED_NOTE);
    const source = fact.sources[0]!;
    expect(item.textContent).toContain(
      isSeedSource(source) ? articles.get(source.article)!.title : source.title,
    );
    await user.click(within(item).getByRole('button', { name: 'Save' }));
    await waitFor(async () => expect(await db.saved.count()).toBe(0));
  });
});

describe('popup browse: what it reads', { timeout: 20_000 }, () => {
  /** `count` more Iran facts, as a fact base grown well past the bundle would hold. */
  const extraIranFacts = (count: number): Fact[] =>
    Array.from({ length: count }, (_, i) => ({
      ...factsOf('iran')[0]!,
      id: `extra-${i}`,
      topics: ['iran'],
      text: `Extra Iran fact number ${i}, stored in the database only.`,
    }));

  it('reads the database as it is, without seeding it and without the offline notice', async () => {
    await openBrowse();
    // Nothing stored yet (the background seeds, not the popup): the bundled facts answer.
    expect(timeline('Iran').getAllByRole('listitem').length).toBeGreaterThan(0);
    expect(await db.meta.get('datasetVersion')).toBeUndefined();
    expect(screen.queryByText(BUNDLED_NOTICE)).toBeNull();
  });

  it('shows a long timeline a page at a time, with more on demand', async () => {
    await seedFactDb(db, inMemoryBase(dataset));
    await db.facts.bulkPut(extraIranFacts(200));
    const total = factsOf('iran').length + 200;
    const user = await openBrowse();
    expect(timeline('Iran').getAllByRole('listitem')).toHaveLength(TIMELINE_PAGE.allTopics);
    expect(screen.getByText(`Showing ${TIMELINE_PAGE.allTopics} of ${total}.`)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: `Show ${TIMELINE_PAGE.more} more Iran facts` }));
    expect(timeline('Iran').getAllByRole('listitem')).toHaveLength(
      TIMELINE_PAGE.allTopics + TIMELINE_PAGE.more,
    );
    // A topic chosen on purpose starts with a longer page.
    await user.selectOptions(screen.getByRole('combobox', { name: 'Topic' }), 'Iran');
    expect(timeline('Iran').getAllByRole('listitem')).toHaveLength(TIMELINE_PAGE.oneTopic);
  });

  it('reads thousands of facts in pages, every one of them once', async () => {
    await seedFactDb(db, inMemoryBase(dataset));
    await db.facts.bulkPut(extraIranFacts(2500));
    const base = await readFactBase(db, inMemoryBase(dataset));
    expect(base.from).toBe('database');
    expect(base.facts).toHaveLength(dataset.facts.length + 2500);
    expect(new Set(base.facts.map((f) => f.id)).size).toBe(base.facts.length);
    expect(base.topics.map((t) => t.id)).toEqual(dataset.topics.map((t) => t.id));
  });

  it('shows the bundled facts while the database holds an older bundle', async () => {
    await seedFactDb(db, inMemoryBase(dataset, 'older-version'));
    await db.facts.bulkPut(extraIranFacts(1));
    await openBrowse('iran');
    expect(screen.queryByText(/stored in the database only/)).toBeNull();
    expect(screen.queryByText(BUNDLED_NOTICE)).toBeNull();
  });
});

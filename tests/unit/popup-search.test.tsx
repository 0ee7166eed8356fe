import { cleanup, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageLink } from '../../components/popup/page-link';
import { dataset } from '../../data/index';
import { FactDatabase } from '../../utils/db/fact-db';
import type { FactSearchFactory } from '../../components/popup/use-fact-search';
import type { SearchHit } from '../../utils/search/fact-search';
import { renderPopup } from './render-popup';

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
  db = new FactDatabase(`popup-search-${++dbCount}`);
});

afterEach(async () => {
  cleanup();
  await db.delete();
});

async function openPopup() {
  const user = userEvent.setup();
  renderPopup(db, { pageLink: quietPage });
  const box = await screen.findByRole('searchbox', { name: 'Search facts and topics' });
  await screen.findByRole('tab', { name: 'Browse' });
  return { user, box };
}

const results = () => within(screen.getByRole('region', { name: 'Search results' }));

describe('popup search', { timeout: 20_000 }, () => {
  it('finds Putin from the Russian spelling and shows the spelling it matched', async () => {
    const { user, box } = await openPopup();
    await user.type(box, 'Путин');
    await waitFor(() => expect(results().getAllByRole('listitem').length).toBeGreaterThan(30));
    const [first, ...rest] = results().getAllByRole('listitem');
    expect(first).toHaveProperty('textContent', expect.stringContaining('Putin'));
    expect(within(first!).getByText('Путин', { selector: 'mark' })).toBeTruthy();
    // Then what Backstory knows about him, as facts.
    const putinFacts = dataset.facts.filter((f) => f.topics.includes('putin')).map((f) => f.text);
    expect(
      rest.filter((item) => putinFacts.some((t) => item.textContent?.includes(t))).length,
    ).toBeGreaterThan(30);
  });

  it('forgives a typo: "Bushher" finds Bushehr', async () => {
    const { user, box } = await openPopup();
    await user.type(box, 'Bushher');
    const items = await results().findAllByRole('listitem');
    expect(within(items[0]!).getByRole('heading').textContent).toContain('Bushehr');
    const marks = results().getAllByText('Bushehr', { selector: 'mark' });
    expect(marks.length).toBeGreaterThan(1);
  });

  it('lists matching facts as list items that show the fact text with the words marked', async () => {
    const { user, box } = await openPopup();
    await user.type(box, 'payment systems');
    const items = await results().findAllByRole('listitem');
    const factTexts = dataset.facts.map((f) => f.text);
    const factItems = items.filter((item) => factTexts.some((t) => item.textContent?.includes(t)));
    expect(factItems.length).toBeGreaterThan(0);
    for (const item of factItems) {
      const marked = within(item)
        .getAllByText(/./, { selector: 'mark' })
        .map((m) => m.textContent?.toLowerCase());
      expect(marked.some((w) => w?.startsWith('payment'))).toBe(true);
    }
  });

  it('says so when nothing matches', async () => {
    const { user, box } = await openPopup();
    await user.type(box, 'zzqxv');
    // The query is set apart (<bdi>) so that it keeps its own direction: the summary spans elements.
    await waitFor(() =>
      expect(results().getByRole('status').textContent).toMatch(/^Nothing matches “zzqxv”/),
    );
    expect(screen.queryAllByRole('listitem')).toEqual([]);
  });

  it('clears the query on Escape and shows the views again', async () => {
    const { user, box } = await openPopup();
    await user.type(box, 'swift');
    await results().findAllByRole('listitem');
    await user.keyboard('{Escape}');
    expect(box).toHaveProperty('value', '');
    expect(screen.queryByRole('region', { name: 'Search results' })).toBeNull();
    expect(screen.getByRole('tablist')).toBeTruthy();
  });

  it('opens Browse filtered to a topic from its search result', async () => {
    const { user, box } = await openPopup();
    await user.type(box, 'swift');
    await user.click(await screen.findByRole('button', { name: 'Browse SWIFT facts' }));
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Browse');
    expect(screen.getByRole('combobox', { name: 'Topic' })).toHaveProperty('value', 'swift');
    expect(await screen.findByRole('list', { name: 'SWIFT timeline' })).toBeTruthy();
    expect(screen.queryByRole('list', { name: 'Iran timeline' })).toBeNull();
  });
});

describe('popup search: answers with the keystroke', { timeout: 20_000 }, () => {
  const summary = () => within(screen.getByRole('region', { name: 'Search results' })).getByRole('status');

  it('renders the first few results with the keystroke, then all', async () => {
    const facts = dataset.facts.slice(0, 10);
    const asked: string[] = [];
    const factory: FactSearchFactory = () => ({
      indexed: Promise.resolve(),
      search: (query) => {
        asked.push(query);
        return facts.map((fact): SearchHit => ({ kind: 'fact', fact, score: 1, matches: [] }));
      },
    });
    renderPopup(db, { pageLink: quietPage, createSearch: factory });
    const box = await screen.findByRole('searchbox');
    await screen.findAllByRole('list', { name: / timeline$/ });
    fireEvent.change(box, { target: { value: 'r' } });
    // Rendered with the keystroke, before any task has run: nothing waits for an answer.
    expect(asked.at(-1)).toBe('r');
    expect(summary().textContent).toBe('10 results for “r”');
    expect(screen.getByRole('region', { name: 'Search results' }).getAttribute('aria-busy')).toBe('false');
    expect(results().getAllByRole('listitem')).toHaveLength(3);
    // The rest once that frame is drawn.
    await waitFor(() => expect(results().getAllByRole('listitem')).toHaveLength(10));
  });

  it('asks again once the index is whole, so a query typed while it was built gets every answer', async () => {
    let finish = () => {};
    let whole = false;
    const factory: FactSearchFactory = () => ({
      indexed: new Promise<void>((resolve) => {
        finish = () => {
          whole = true;
          resolve();
        };
      }),
      search: () =>
        dataset.facts
          .slice(0, whole ? 3 : 1)
          .map((fact): SearchHit => ({ kind: 'fact', fact, score: 1, matches: [] })),
    });
    renderPopup(db, { pageLink: quietPage, createSearch: factory });
    const box = await screen.findByRole('searchbox');
    await screen.findAllByRole('list', { name: / timeline$/ });
    fireEvent.change(box, { target: { value: 'iran' } });
    expect(summary().textContent).toBe('1 result for “iran”');
    finish();
    await waitFor(() => expect(summary().textContent).toBe('3 results for “iran”'));
  });
});

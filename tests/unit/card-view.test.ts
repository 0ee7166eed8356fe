import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCard, whyLine } from '../../utils/content/card/card-view';
import { joinParts, readCatalogParts } from '../../utils/i18n/catalogs';
import { setMessages } from '../../utils/i18n/i18n';
import type { FactView } from '../../utils/messaging/protocol';

const fact: FactView = {
  id: 'two-passages',
  text: 'Putin offered to mediate.',
  kind: 'statement',
  category: 'diplomacy',
  topics: ['putin'],
  speaker: { name: 'Vladimir Putin', role: 'President of Russia' },
  sources: [
    { title: 'An evolving alliance', quote: 'First passage.' },
    { title: 'A second article', quote: 'Other article.' },
    { title: 'An evolving alliance', quote: 'Second passage.' },
  ],
  checked: '2026-12-01',
};

describe('the card’s facts', () => {
  it('name each source article once, with every passage quoted from it', () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    renderCard(
      root,
      {
        topicName: 'Putin',
        color: '#000',
        summary: 'Summary.',
        facts: [fact],
        factCount: 1,
        mentionText: 'Putin',
        why: 'Found “Putin” (English)',
      },
      { onClose: vi.fn(), onMore: vi.fn(), onNotThisMeaning: vi.fn(), onCopy: vi.fn() },
    );
    const sources = [...root.querySelectorAll('li details')].map((d) => ({
      title: d.querySelector('summary')?.textContent,
      quotes: [...d.querySelectorAll('blockquote')].map((q) => q.textContent),
    }));
    expect(sources).toEqual([
      { title: 'Source: Article “An evolving alliance”', quotes: ['“First passage.”', '“Second passage.”'] },
      { title: 'Source: Article “A second article”', quotes: ['“Other article.”'] },
    ]);
  });

  it("link a published source, show a dispute with both versions, who said it and the base's date", () => {
    const host = document.createElement('div');
    const root = host.attachShadow({ mode: 'open' });
    const disputed: FactView = {
      id: 'grid-date',
      text: 'Bushehr was linked to the grid in September 2011; sources differ on the day.',
      date: '2011-09',
      kind: 'statement',
      speaker: { name: 'Hamid Khadem Qaemi', role: 'spokesman of Iran’s atomic energy organisation' },
      category: 'nuclear',
      topics: ['bushehr'],
      sources: [
        { title: 'Grid link', publisher: 'Agency A', url: 'https://a.example/grid', published: '2011-09-04' },
        {
          title: 'Plant on grid',
          publisher: 'Agency B',
          url: 'https://b.example/grid',
          published: '2011-09',
        },
      ],
      disputed: [
        { version: '3 September', sources: [0] },
        { version: '4 September', sources: [1] },
      ],
      checked: '2026-12-01',
    };
    renderCard(
      root,
      {
        topicName: 'Bushehr',
        color: '#000',
        summary: 'Summary.',
        facts: [disputed],
        factCount: 40,
        mentionText: 'Bushehr',
        why: 'Found “Bushehr” (English)',
        asOf: '2026-12-06',
      },
      { onClose: vi.fn(), onMore: vi.fn(), onNotThisMeaning: vi.fn(), onCopy: vi.fn() },
    );
    const links = [...root.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).toEqual([
      ['Agency A, “Grid link”, 4 September 2011', 'https://a.example/grid'],
      ['Agency B, “Plant on grid”, September 2011', 'https://b.example/grid'],
    ]);
    const versions = [...root.querySelectorAll('.versions p')].map((li) => li.textContent);
    expect(versions).toEqual(['3 September (Agency A)', '4 September (Agency B)']);
    expect(root.textContent).toContain('Disputed');
    expect(root.textContent).toContain('September 2011');
    expect(root.textContent).toContain(
      'Said by Hamid Khadem Qaemi, spokesman of Iran’s atomic energy organisation',
    );
    expect(root.querySelector('.as-of')?.textContent).toBe('Facts as of 6 December 2026 · 40 facts');
  });
});

describe('the card’s “why” line', () => {
  const parts = readCatalogParts();
  const speak = (locale: string) => setMessages({ locale, messages: joinParts(locale, parts.get(locale)!) });
  afterEach(() => speak('en'));

  it('quotes the words that decided, and names what the page is about in the reader’s language', () => {
    expect(whyLine('Moscow', { lang: 'en', rule: 'government', evidence: 'warned' })).toBe(
      'Found “Moscow” (English), read as the government: “warned”',
    );
    expect(
      whyLine('SWIFT', { lang: 'en', rule: 'finance', evidence: { pageAbout: ['banks', 'sanctions'] } }),
    ).toBe('Found “SWIFT” (English), read as the bank network: the page is about banks and sanctions');
    speak('ru');
    expect(
      whyLine('SWIFT', { lang: 'en', rule: 'finance', evidence: { pageAbout: ['iran', 'russia'] } }),
    ).toBe('Найдено: «SWIFT» (английский), распознано как банковская сеть: тема страницы — Иран и Россия');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { renderCard } from '../../utils/content/card/card-view';
import type { FactView } from '../../utils/messaging/protocol';

const fact: FactView = {
  id: 'two-passages',
  text: 'Putin offered to mediate.',
  kind: 'statement',
  category: 'diplomacy',
  topics: ['putin'],
  sources: [
    { title: 'An evolving alliance', quote: 'First passage.' },
    { title: 'A second article', quote: 'Other article.' },
    { title: 'An evolving alliance', quote: 'Second passage.' },
  ],
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
      },
      { onClose: vi.fn(), onMore: vi.fn(), onNotThisMeaning: vi.fn() },
    );
    const sources = [...root.querySelectorAll('li details')].map((d) => ({
      title: d.querySelector('summary')?.textContent,
      quotes: [...d.querySelectorAll('blockquote')].map((q) => q.textContent),
    }));
    expect(sources).toEqual([
      { title: 'Source: An evolving alliance', quotes: ['“First passage.”', '“Second passage.”'] },
      { title: 'Source: A second article', quotes: ['“Other article.”'] },
    ]);
  });
});

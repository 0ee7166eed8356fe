import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../data/index';
import type { CardFactsRequest } from '../../utils/messaging/protocol';
import { createCardService } from '../../utils/db/card-service';
import { bundledFactBase, type FactBase } from '../../utils/db/fact-base';

const fromDb = (): FactBase => ({ ...bundledFactBase(dataset), from: 'database', error: undefined });

describe('the card service', () => {
  it('answers with the topic, three ranked facts with resolved sources, and the total', async () => {
    const cards = createCardService({ load: async () => fromDb() });
    const card = await cards.getCard({
      type: 'card-facts',
      topic: 'bushehr',
      context: { sentence: 'Bushehr became operational.', paragraph: 'Bushehr became operational in 2013.' },
      related: [],
    });
    expect(card).toMatchObject({ topic: 'bushehr', name: 'Bushehr', from: 'database' });
    expect(card.facts).toHaveLength(3);
    expect(card.facts[0]!.id).toBe('bushehr-built-by-russia');
    expect(card.facts[0]!.sources[0]!.title).toBe('Iran & Russia: Unraveling Their Strategic Partnership');
    expect(card.factCount).toBe(dataset.facts.filter((f) => f.topics.includes('bushehr')).length);
  });

  it('reads the database once while it works, and again after a fallback', async () => {
    const load = vi.fn(async () => fromDb());
    const cards = createCardService({ load });
    const request: CardFactsRequest = {
      type: 'card-facts',
      topic: 'iran',
      context: { sentence: '', paragraph: '' },
      related: [],
    };
    await cards.getCard(request);
    await cards.getCard(request);
    expect(load).toHaveBeenCalledTimes(1);

    const flaky = vi.fn(async () => bundledFactBase(dataset, 'blocked'));
    const retrying = createCardService({ load: flaky });
    expect((await retrying.getCard(request)).from).toBe('bundled');
    await retrying.getCard(request);
    expect(flaky).toHaveBeenCalledTimes(2);
  });
});

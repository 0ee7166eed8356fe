import { describe, expect, it } from 'vitest';
import type { TopicId } from '../../data/constants';
import { dataset } from '../../data/index';
import { rankFacts } from '../../utils/ranking/rank-facts';

/** The top three fact ids for a mention of `topic` in `sentence` (the paragraph being the sentence itself). */
function top3(topic: TopicId, sentence: string, related: TopicId[] = []): string[] {
  return rankFacts({ facts: dataset.facts, topic, sentence, paragraph: sentence, related: new Set(related) })
    .slice(0, 3)
    .map((f) => f.id);
}

describe('rankFacts lifts the facts the reader is reading about', () => {
  it.each<[TopicId, string, TopicId[], string]>([
    [
      'iran',
      'Talks on the nuclear reactor and uranium enrichment resumed in Vienna.',
      [],
      'bushehr-built-by-russia',
    ],
    [
      'iran',
      'Iran denies it is seeking nuclear weapons, but inspectors remain worried.',
      [],
      'putin-against-iranian-nuclear-weapons',
    ],
    [
      'russia',
      'Shahed drones launched at Ukrainian cities were built to an Iranian design.',
      ['iran'],
      'iran-drones-for-russia',
    ],
    [
      'iran',
      'Tehran asked for Su-35 fighter jets and S-400 air defence systems.',
      ['russia'],
      'russia-withheld-jets-and-air-defence',
    ],
    [
      'russia',
      'New tariff cuts and customs rules will boost trade between the two economies.',
      ['iran'],
      'tariffs-cut-90-percent',
    ],
    [
      'swift',
      'Banks cut off from SWIFT turned to domestic payment systems.',
      [],
      'payments-independent-of-swift',
    ],
    [
      'russia',
      'Russia vetoed the draft resolution at the UN Security Council.',
      ['iran'],
      'un-security-council-shield',
    ],
    [
      'putin',
      'Putin offered to mediate between Israel and Iran to end the fighting.',
      ['iran'],
      'putin-offers-mediation',
    ],
    [
      'russia',
      'The strategic partnership treaty was ratified by parliament.',
      ['iran'],
      'partnership-treaty-ratified',
    ],
    [
      'russia',
      'Deputy foreign minister Ryabkov warned Washington against a strike.',
      [],
      'ryabkov-warns-us-not-to-strike',
    ],
    ['russia', 'Moscow kept supporting the Assad government in Syria.', ['iran'], 'syria-backing-for-assad'],
  ])('%s in “%s” puts %s in the top three', (topic, sentence, related, expected) => {
    expect(top3(topic, sentence, related)).toContain(expected);
  });

  it('puts facts about relations first when the paragraph names both countries', () => {
    const alone = rankFacts({
      facts: dataset.facts,
      topic: 'putin',
      sentence: 'Putin spoke.',
      paragraph: 'Putin spoke.',
      related: new Set(),
    });
    const both = rankFacts({
      facts: dataset.facts,
      topic: 'putin',
      sentence: 'Putin spoke.',
      paragraph: 'Putin spoke about Iran.',
      related: new Set<TopicId>(['iran']),
    });
    expect(both[0]!.topics).toContain('iran');
    expect(alone.length).toBe(both.length);
  });

  it('only ever returns facts of the topic, each once', () => {
    const ranked = rankFacts({
      facts: dataset.facts,
      topic: 'bushehr',
      sentence: '',
      paragraph: '',
      related: new Set(),
    });
    expect(ranked.every((f) => f.topics.includes('bushehr'))).toBe(true);
    expect(new Set(ranked.map((f) => f.id)).size).toBe(ranked.length);
    expect(ranked.length).toBe(dataset.facts.filter((f) => f.topics.includes('bushehr')).length);
  });
});

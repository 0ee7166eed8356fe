import { describe, expect, it } from 'vitest';
import type { TopicId } from '../../data/constants';
import type { Fact } from '../../data/schema';
import { dataset } from '../../data/index';
import { rankFacts } from '../../utils/ranking/rank-facts';

/** The top three fact ids for a mention of `topic` in `sentence` (the paragraph being the sentence itself). */
function top3(topic: TopicId, sentence: string, related: TopicId[] = []): string[] {
  return rankFacts({ facts: dataset.facts, topic, sentence, paragraph: sentence, related: new Set(related) })
    .slice(0, 3)
    .map((f) => f.id);
}

/** A paragraph a reader might be reading, the topic hovered, the topics beside it, and the fact that answers it. */
const PARAGRAPHS: Array<[TopicId, string, TopicId[], string]> = [
  [
    'swift',
    'SWIFT cut Iranian banks off its network on Saturday after the EU ordered it to stop serving sanctioned banks.',
    ['iran'],
    'fin-iran-banks-cut-off-2012-03-17',
  ],
  [
    'russia',
    'The State Duma ratified the comprehensive strategic partnership treaty with Iran, and Putin signed the ratification law.',
    ['iran', 'putin'],
    'dip-putin-signs-ratification-law-2025',
  ],
  [
    'bushehr',
    'The Bushehr reactor was connected to the national grid, supplying its first megawatts of electricity.',
    ['iran'],
    'bsh-grid-connection-2011',
  ],
  [
    'iran',
    'Russia is producing Iranian-designed Shahed drones at a factory in Alabuga, Tatarstan.',
    ['russia'],
    'mil-alabuga-plant-us-intel-2023',
  ],
  [
    'russia',
    'Russian bombers flew from an Iranian air base at Hamedan to strike targets in Syria.',
    ['iran'],
    'mil-hamedan-first-strikes-2016',
  ],
  [
    'iran',
    'Iran joined the Shanghai Cooperation Organization as a full member.',
    [],
    'dip-iran-joins-sco-2023',
  ],
  [
    'putin',
    'Putin arrived in Tehran for the Caspian summit, the first Kremlin leader to visit since Stalin.',
    ['iran'],
    'dip-putin-tehran-2007-first-since-stalin',
  ],
  [
    'iran',
    'The Rasht-Astara railway will link the North-South corridor.',
    ['russia'],
    'eco-rasht-astara-agreement-2023',
  ],
  [
    'russia',
    'Under the treaty of Turkmenchay Persia ceded territory to Russia.',
    ['iran'],
    'his-treaty-of-turkmenchay-1828',
  ],
  [
    'russia',
    'Russia delivered the S-300 air defence systems to Iran after Putin lifted the ban.',
    ['iran', 'putin'],
    'mil-putin-lifts-s300-ban-2015',
  ],
];

describe('rankFacts puts first the fact the reader is reading about', () => {
  it.each(PARAGRAPHS)('%s in “%s” puts %s first', (topic, sentence, related, expected) => {
    expect(top3(topic, sentence, related)[0]).toBe(expected);
  });

  it('is not the data’s order: no expected fact is its topic’s first in the data', () => {
    for (const [topic, , , expected] of PARAGRAPHS)
      expect(dataset.facts.find((f) => f.topics.includes(topic))!.id).not.toBe(expected);
  });

  it.each<[TopicId, string, TopicId[], string]>([
    [
      'putin',
      'Putin offered to mediate between Israel and Iran to end the fighting.',
      ['iran'],
      'putin-offers-mediation',
    ],
    [
      'russia',
      'Deputy foreign minister Ryabkov warned Washington against a strike.',
      [],
      'ryabkov-warns-us-not-to-strike',
    ],
  ])(
    'still finds the seed articles’ claims: %s in “%s” puts %s in the top three',
    (topic, sentence, related, expected) => {
      expect(top3(topic, sentence, related)).toContain(expected);
    },
  );

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

/** Facts alike in every word, so that only the rule a test is about can tell them apart. */
describe('rankFacts, rule by rule', () => {
  const template = dataset.facts.find((f) => f.kind === 'event' && f.date !== undefined)!;
  const like = (id: string, changes: Partial<Fact>): Fact => ({
    ...template,
    id,
    text: 'Officials met in the capital to discuss the pipeline.',
    keywords: ['pipeline'],
    category: 'economy',
    date: '2020-01-01',
    ...changes,
  });
  const SENTENCE = 'Officials discussed the pipeline.';
  const rank = (
    facts: Fact[],
    {
      related = [],
      sentence = SENTENCE,
      paragraph = sentence,
    }: Partial<{
      related: TopicId[];
      sentence: string;
      paragraph: string;
    }> = {},
  ) => rankFacts({ facts, topic: 'iran', sentence, paragraph, related: new Set(related) }).map((f) => f.id);

  it('ranks a fact that also names a topic of the paragraph above one that does not', () => {
    // The other fact comes first in the data and is newer: only the boost for the related topic can win.
    const facts = [
      like('alone', { topics: ['iran'], date: '2021-01-01' }),
      like('with-russia', { topics: ['iran', 'russia'] }),
    ];
    expect(rank(facts, { related: ['russia'] })[0]).toBe('with-russia');
    expect(rank(facts)[0]).toBe('alone');
  });

  it('weighs a seed article’s view below an event saying as much', () => {
    const facts = [
      like('view', { topics: ['iran'], kind: 'view', date: '2021-01-01' }),
      like('event', { topics: ['iran'] }),
    ];
    expect(rank(facts)[0]).toBe('event');
  });

  it('counts the words of the reader’s sentence double those of the rest of its paragraph', () => {
    const facts = [
      like('paragraph-word', {
        topics: ['iran'],
        text: 'Officials met about the tanker.',
        keywords: [],
        date: '2021-01-01',
      }),
      like('sentence-word', { topics: ['iran'], text: 'Officials met about the pipeline.', keywords: [] }),
    ];
    const ranked = rank(facts, {
      sentence: 'The pipeline was discussed.',
      paragraph: 'The pipeline was discussed. A tanker waited.',
    });
    expect(ranked[0]).toBe('sentence-word');
  });

  it('ranks up a fact whose category the paragraph’s words point to', () => {
    // "reactor" is in neither fact: only the nuclear category's cue words see it.
    const facts = [
      like('economy', { topics: ['iran'], category: 'economy', date: '2021-01-01' }),
      like('nuclear', { topics: ['iran'], category: 'nuclear' }),
    ];
    const ranked = rank(facts, { paragraph: 'Officials discussed the pipeline near the reactor.' });
    expect(ranked[0]).toBe('nuclear');
  });

  it('breaks ties by the newest date, then by the data’s order', () => {
    const facts = [
      like('older', { topics: ['iran'], date: '2019-05-01' }),
      like('newer', { topics: ['iran'], date: '2022-05-01' }),
      like('undated', { topics: ['iran'], date: undefined }),
      like('newer-too', { topics: ['iran'], date: '2022-05-01' }),
    ];
    expect(rank(facts)).toEqual(['newer', 'newer-too', 'older', 'undated']);
  });
});

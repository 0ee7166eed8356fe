import { beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import type { Fact } from '../../data/schema';
import { topicRows } from '../../utils/db/seed';
import {
  buildFactSearch,
  editsFor,
  queryTerms,
  topScored,
  type SearchHit,
} from '../../utils/search/fact-search';
import type { SearchResult } from 'minisearch';
import { fold } from '../../utils/search/fold';
import { marksFor, splitMarked } from '../../utils/search/mark-ranges';
import { filterFacts, orderTimeline, topicTimelines } from '../../utils/search/timeline';

const search = buildFactSearch(topicRows(dataset), dataset.facts);
beforeAll(() => search.indexed);
const idOf = (hit: SearchHit): string => (hit.kind === 'topic' ? `topic:${hit.topic.id}` : hit.fact.id);
const markedWords = (hit: SearchHit): string[] =>
  hit.matches.flatMap((m) => m.ranges.map((r) => m.value.slice(r.start, r.end).toLowerCase()));

describe('fact search', () => {
  it.each([
    ['Путин', 'topic:putin'],
    ['Putin', 'topic:putin'],
    ['Bushher', 'topic:bushehr'],
    ['bush', 'topic:bushehr'],
    ['swift', 'topic:swift'],
    ['Иран', 'topic:iran'],
    ['Teheran', 'topic:iran'],
  ])('%s finds %s first', (query, expected) => {
    expect(search.search(query).map(idOf)[0]).toBe(expected);
  });

  it('lists a topic’s facts after it when the query names the topic in another language, newest first', () => {
    const hits = search.search('Путин');
    expect(hits).toHaveLength(40);
    // After the direct hits (a Russian source title may name him), the topic's facts.
    const facts = hits.flatMap((h) => (h.kind === 'fact' && h.matches.length === 0 ? [h.fact] : []));
    expect(facts.length).toBeGreaterThan(30);
    expect(facts.every((f) => f.topics.includes('putin'))).toBe(true);
    const dates = facts.map((f) => f.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('needs every word to match, in any order, and marks each matched word', () => {
    const hits = search.search('plant nuclear');
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits.slice(0, 10)) {
      const words = markedWords(hit);
      expect(words.some((w) => w.startsWith('nuclear'))).toBe(true);
      expect(words.some((w) => w.startsWith('plant'))).toBe(true);
    }
  });

  it('answers a question in a reader’s words, leaving out its question words', () => {
    expect(queryTerms('When was Bushehr connected to the grid?')).toEqual(['bushehr', 'connected', 'grid']);
    expect(search.search('When was Bushehr connected to the grid?').map(idOf).slice(0, 3)).toContain(
      'bsh-grid-connection-2011',
    );
  });

  it('finds facts by speaker and by a source’s publisher', () => {
    const lavrov = search.search('Lavrov');
    expect(lavrov.length).toBeGreaterThan(3);
    expect(lavrov.every((h) => h.kind === 'fact')).toBe(true);
    const swiftPages = search.search('Finextra');
    expect(swiftPages.some((h) => h.matches.some((m) => m.field === 'sources'))).toBe(true);
  });

  it('marks whole words, never stray letters', () => {
    const [hit] = search.search('bushe').filter((h) => h.kind === 'fact');
    expect(hit).toBeDefined();
    expect(markedWords(hit!).every((w) => w.startsWith('bushe'))).toBe(true);
    expect(markedWords(hit!)).toContain('bushehr');
  });

  it('matches a word of one or two letters as a start only in names, spellings and keywords', () => {
    const bu = search.search('bu');
    expect(bu.map(idOf)[0]).toBe('topic:bushehr');
    // Elsewhere only the whole word: "bu" marks no "Bushehr" in a fact's text or its sources.
    for (const hit of bu)
      for (const m of hit.matches)
        if (!['name', 'aliases', 'keywords'].includes(m.field))
          expect(m.ranges.map((r) => m.value.slice(r.start, r.end).toLowerCase())).toEqual(
            m.ranges.map(() => 'bu'),
          );
    // A short word that is a whole word still finds the facts that have it.
    const eu = search.search('EU');
    expect(eu.length).toBeGreaterThan(3);
    expect(eu.slice(0, 5).every((h) => markedWords(h).includes('eu'))).toBe(true);
  });

  it('keeps the best-scored results, best first, equal scores in the order given', () => {
    const results = [3, 1, 3, 2, 5, 0].map((score, id) => ({ id, score }) as SearchResult);
    const top = topScored(results, 3, (r) => r.score);
    expect(top.map((t) => [t.result.id, t.score])).toEqual([
      [4, 5],
      [0, 3],
      [2, 3],
    ]);
  });

  it('answers nothing for a blank query', () => {
    expect(search.search('   ')).toEqual([]);
  });

  it('ignores case and diacritics, and marks the text as shown, not as compared', () => {
    const hits = search.search('TÉHÉRAN');
    expect(hits[0] && idOf(hits[0])).toBe('topic:iran');
    expect(markedWords(hits[0]!)).toContain('teheran');
  });

  it('forgives slips by the length of the word: none in four letters, one up to six, two beyond', () => {
    expect([editsFor('iraq'), editsFor('shahid'), editsFor('bushher')]).toEqual([0, 1, 2]);
    // "Iraq" is a word of its own, not a slip of "Iran".
    expect(search.search('iraq').every((h) => markedWords(h).every((w) => w.startsWith('iraq')))).toBe(true);
    expect(search.search('sanctons').length).toBeGreaterThan(5);
  });

  it('ranks the word as typed above a slip: "Shahed" lists Shahed facts, never "shared" first', () => {
    const hits = search.search('Shahed');
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits.slice(0, 4))
      expect(markedWords(hit).some((w) => w.startsWith('shahed'))).toBe(true);
    expect(hits.flatMap(markedWords)).not.toContain('shared');
  });

  it('finds a word written with or without its hyphen', () => {
    const s300 = search.search('S300');
    expect(s300.length).toBeGreaterThan(3);
    for (const hit of s300) expect(markedWords(hit)).toContain('s-300');
    expect(search.search('longterm').length).toBeGreaterThan(0);
  });

  it('limits the hits, best first', () => {
    const hits = search.search('iran', 5);
    expect(hits).toHaveLength(5);
    const scores = hits.map((h) => h.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
  });
});

describe('folding for comparison', () => {
  it.each([
    ['SWIFT Payments', 'swift payments'],
    ['Téhéran', 'teheran'],
    ['TEHERÁN', 'teheran'],
    ['ПУТИН', 'путин'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Øresund', 'oresund'],
    ['إِيران', 'ايران'],
    ['ايران', 'ايران'],
    ['俄罗斯', '俄罗斯'],
  ])('%s compares as %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });
});

describe('marking', () => {
  it('splits text into marked and plain pieces', () => {
    const text = 'Iran and Russia';
    expect(
      splitMarked(text, [
        { start: 9, end: 15 },
        { start: 0, end: 4 },
        { start: 0, end: 4 },
      ]),
    ).toEqual([
      { text: 'Iran', marked: true },
      { text: ' and ', marked: false },
      { text: 'Russia', marked: true },
    ]);
  });

  it('picks the ranges of one shown field', () => {
    const [hit] = search.search('Путин');
    expect(hit).toBeDefined();
    expect(marksFor(hit!.matches, 'aliases', 'Путин')).toEqual([{ start: 0, end: 5 }]);
    expect(marksFor(hit!.matches, 'text', 'Путин')).toEqual([]);
  });
});

describe('timeline', () => {
  const fact = (id: string, date?: string): Fact => ({ ...dataset.facts[0]!, id, date });

  it('orders dated facts newest first, then undated ones in their original order', () => {
    const facts = [
      fact('u1'),
      fact('d2024', '2024-05'),
      fact('u2'),
      fact('d2013', '2013'),
      fact('d2024y', '2024'),
    ];
    expect(orderTimeline(facts).map((f) => f.id)).toEqual(['d2024', 'd2024y', 'd2013', 'u1', 'u2']);
  });

  it('orders the real dataset with every dated fact before every undated one', () => {
    const ordered = orderTimeline(dataset.facts);
    const firstUndated = ordered.findIndex((f) => f.date === undefined);
    expect(ordered.slice(firstUndated).every((f) => f.date === undefined)).toBe(true);
    const keys = ordered.slice(0, firstUndated).map((f) => f.date!);
    expect(keys).toEqual([...keys].sort().reverse());
  });

  it('builds every topic’s timeline in one pass, as filtering per topic would', () => {
    const filter = { kind: 'statement' as const };
    const topics = dataset.topics.map((t) => t.id);
    const timelines = topicTimelines(topics, dataset.facts, filter);
    for (const topic of topics)
      expect(timelines.get(topic)).toEqual(orderTimeline(filterFacts(dataset.facts, { ...filter, topic })));
  });

  it('narrows by topic, category, kind and saved', () => {
    const all = dataset.facts;
    const putin = filterFacts(all, { topic: 'putin' });
    expect(putin.length).toBeGreaterThan(0);
    expect(putin.every((f) => f.topics.includes('putin'))).toBe(true);
    const putinStatements = filterFacts(all, { topic: 'putin', kind: 'statement' });
    expect(putinStatements.length).toBeLessThan(putin.length);
    expect(filterFacts(all, { category: 'nuclear' }).every((f) => f.category === 'nuclear')).toBe(true);
    expect(filterFacts(all, { savedIds: new Set([all[2]!.id]) })).toEqual([all[2]]);
  });
});

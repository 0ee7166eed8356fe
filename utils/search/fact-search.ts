import type { TopicId } from '../../data/constants';
import type { Fact } from '../../data/schema';
import type { TopicRow } from '../db/fact-db';
import { foldedWords } from './fold';
import type { TextRange } from './mark-ranges';
import { rankRecords } from './rank';
import { buildWordIndex, type IndexedValue } from './word-index';
import { createWordMatcher } from './word-match';

export { fold } from './fold';
export { marksFor } from './mark-ranges';

/**
 * Fuzzy search over topics and facts. Each query word is matched on its own (so word order does not matter
 * and a typo per word is forgiven) against the words of each record, and every query word must match.
 */

/** The fields a query is matched against; each hit reports where its words matched. */
export type SearchField = 'name' | 'aliases' | 'summary' | 'text' | 'speaker' | 'quotes' | 'keywords';

/** Where a hit matched: the field, the exact string matched in it, and the whole words to mark. */
export interface FieldMatch {
  field: SearchField;
  value: string;
  ranges: TextRange[];
}

/**
 * What search reads of a fact. A full `Fact` is one; the search worker gets only these fields, so less has
 * to be copied to it.
 */
export interface SearchableFact {
  id: string;
  text: string;
  speaker?: string;
  topics: readonly TopicId[];
  keywords: readonly string[];
  sources: ReadonlyArray<{ quote: string }>;
}

export type SearchHit<F extends SearchableFact = Fact> =
  | { kind: 'topic'; topic: TopicRow; score: number; matches: FieldMatch[] }
  | { kind: 'fact'; fact: F; score: number; matches: FieldMatch[] };

export interface FactSearch<F extends SearchableFact = Fact> {
  /** Hits best first; an empty or blank query has none. */
  search(query: string, limit?: number): Array<SearchHit<F>>;
}

/** Per topic and fact, the shown strings search reads, in field order. */
function topicValues(topic: TopicRow): IndexedValue[] {
  return [
    { field: 'name', value: topic.name },
    ...topic.aliases.map((value) => ({ field: 'aliases' as const, value })),
    { field: 'summary', value: topic.summary },
  ];
}

function factValues(fact: SearchableFact): IndexedValue[] {
  return [
    { field: 'text', value: fact.text },
    ...(fact.speaker === undefined ? [] : [{ field: 'speaker' as const, value: fact.speaker }]),
    ...fact.sources.map((s) => ({ field: 'quotes' as const, value: s.quote })),
    ...fact.keywords.map((value) => ({ field: 'keywords' as const, value })),
  ];
}

export const DEFAULT_SEARCH_LIMIT = 40;

/**
 * Builds the index once per popup open (in the popup, or in its worker for a large base): the distinct words
 * of every record and where they occur. A query's words are matched against the distinct words, not against
 * every field of every record, which keeps a keystroke under a millisecond for the bundled base.
 */
export function buildFactSearch<F extends SearchableFact = Fact>(
  topics: readonly TopicRow[],
  facts: readonly F[],
): FactSearch<F> {
  const index = buildWordIndex([...topics.map(topicValues), ...facts.map(factValues)]);
  const matchWord = createWordMatcher(index.words);
  const recordCount = topics.length + facts.length;
  return {
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      const queryWords = [...new Set(foldedWords(query))];
      if (queryWords.length === 0) return [];
      const matches = queryWords.map(matchWord);
      const marked = new Set(matches.flat().flatMap((m) => (m.marked ? [m.word] : [])));
      const hits = rankRecords(index, recordCount, matches, limit).map(({ record, score }): SearchHit<F> => {
        const found = index.matchesIn(record, marked);
        return record < topics.length
          ? { kind: 'topic', topic: topics[record]!, score, matches: found }
          : { kind: 'fact', fact: facts[record - topics.length]!, score, matches: found };
      });
      return withTopicFacts(hits, facts, limit);
    },
  };
}

/**
 * When the query names a topic ("Путин", "Moskau"), its facts rarely contain that spelling: list them after
 * the direct hits, up to `limit` hits in all, so naming a topic in any language shows what Backstory knows
 * about it.
 */
function withTopicFacts<F extends SearchableFact>(
  hits: Array<SearchHit<F>>,
  facts: readonly F[],
  limit: number,
): Array<SearchHit<F>> {
  const named = hits.filter(
    (h): h is Extract<SearchHit<F>, { kind: 'topic' }> =>
      h.kind === 'topic' && h.matches.some((m) => m.field === 'name' || m.field === 'aliases'),
  );
  if (named.length === 0 || hits.length >= limit) return hits;
  const listed = new Set(hits.flatMap((h) => (h.kind === 'fact' ? [h.fact.id] : [])));
  const extra: Array<SearchHit<F>> = [];
  for (const topicHit of named) {
    for (const fact of facts) {
      // Thousands of facts can share a topic: stop once the list is full.
      if (hits.length + extra.length >= limit) return [...hits, ...extra];
      if (listed.has(fact.id) || !fact.topics.includes(topicHit.topic.id)) continue;
      listed.add(fact.id);
      extra.push({ kind: 'fact', fact, score: 1, matches: [] });
    }
  }
  return [...hits, ...extra];
}

import Fuse, { type FuseResultMatch, type IFuseOptions } from 'fuse.js';
import type { TopicId } from '../../data/constants';
import type { Fact } from '../../data/schema';
import type { TopicRow } from '../db/fact-db';
import { wordRanges, type TextRange } from './mark-ranges';

export { marksFor } from './mark-ranges';

/**
 * Fuzzy search over topics and facts. Token search matches each query word on its own (so word order does
 * not matter and one typo per word is forgiven) and requires every word to match somewhere in the record.
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

type SearchDoc<F> = {
  [K in SearchField]: K extends 'aliases' | 'quotes' | 'keywords' ? readonly string[] : string;
} & {
  ref: { kind: 'topic'; topic: TopicRow } | { kind: 'fact'; fact: F };
};

/** Names and spellings weigh most: someone typing "Путин" wants the topic, not a fact that happens to match. */
const KEYS: Array<{ name: SearchField; weight: number }> = [
  { name: 'name', weight: 3 },
  { name: 'aliases', weight: 3 },
  { name: 'text', weight: 2 },
  { name: 'speaker', weight: 1 },
  { name: 'keywords', weight: 1 },
  { name: 'summary', weight: 1 },
  { name: 'quotes', weight: 0.5 },
];

const OPTIONS: IFuseOptions<SearchDoc<SearchableFact>> = {
  keys: KEYS,
  useTokenSearch: true,
  tokenMatch: 'all',
  includeMatches: true,
  includeScore: true,
  ignoreDiacritics: true,
  // Low enough that "further" does not match "Bushher", high enough for two slips in a seven-letter word.
  threshold: 0.3,
};

export const DEFAULT_SEARCH_LIMIT = 40;

function topicDoc<F>(topic: TopicRow): SearchDoc<F> {
  return {
    ref: { kind: 'topic', topic },
    name: topic.name,
    aliases: topic.aliases,
    summary: topic.summary,
    text: '',
    speaker: '',
    quotes: [],
    keywords: [],
  };
}

function factDoc<F extends SearchableFact>(fact: F): SearchDoc<F> {
  return {
    ref: { kind: 'fact', fact },
    name: '',
    aliases: [],
    summary: '',
    text: fact.text,
    speaker: fact.speaker ?? '',
    quotes: fact.sources.map((s) => s.quote),
    keywords: fact.keywords,
  };
}

function toFieldMatches(matches: readonly FuseResultMatch[] | undefined): FieldMatch[] {
  const out: FieldMatch[] = [];
  for (const m of matches ?? []) {
    if (m.key === undefined || m.value === undefined) continue;
    const ranges = wordRanges(m.value, m.indices);
    if (ranges.length > 0) out.push({ field: m.key as SearchField, value: m.value, ranges });
  }
  return out;
}

/**
 * Builds the index once per popup open (in the search worker). Searching 50 facts takes a few milliseconds;
 * thousands take longer than a frame, which is why the popup does not search on its main thread.
 */
export function buildFactSearch<F extends SearchableFact = Fact>(
  topics: readonly TopicRow[],
  facts: readonly F[],
): FactSearch<F> {
  const docs: Array<SearchDoc<F>> = [...topics.map((t) => topicDoc<F>(t)), ...facts.map(factDoc)];
  const fuse = new Fuse<SearchDoc<F>>(docs, OPTIONS);
  return {
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      const trimmed = query.trim();
      if (trimmed === '') return [];
      const hits = fuse.search(trimmed, { limit }).map((result): SearchHit<F> => {
        const score = result.score ?? 1;
        const matches = toFieldMatches(result.matches);
        const ref = result.item.ref;
        return ref.kind === 'topic'
          ? { kind: 'topic', topic: ref.topic, score, matches }
          : { kind: 'fact', fact: ref.fact, score, matches };
      });
      return withTopicFacts(hits, facts).slice(0, limit);
    },
  };
}

/**
 * When the query names a topic ("Путин", "Moskau"), its facts rarely contain that spelling: list them after
 * the direct hits, so naming a topic in any language shows what Backstory knows about it.
 */
function withTopicFacts<F extends SearchableFact>(
  hits: Array<SearchHit<F>>,
  facts: readonly F[],
): Array<SearchHit<F>> {
  const named = hits.filter(
    (h): h is Extract<SearchHit<F>, { kind: 'topic' }> =>
      h.kind === 'topic' && h.matches.some((m) => m.field === 'name' || m.field === 'aliases'),
  );
  if (named.length === 0) return hits;
  const listed = new Set(hits.flatMap((h) => (h.kind === 'fact' ? [h.fact.id] : [])));
  const extra: Array<SearchHit<F>> = [];
  for (const topicHit of named) {
    for (const fact of facts) {
      if (listed.has(fact.id) || !fact.topics.includes(topicHit.topic.id)) continue;
      listed.add(fact.id);
      extra.push({ kind: 'fact', fact, score: 1, matches: [] });
    }
  }
  return [...hits, ...extra];
}

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

type SearchFields = {
  [K in SearchField]: K extends 'aliases' | 'quotes' | 'keywords' ? readonly string[] : string;
};

/** A record as fuse indexes it: its fields folded (see `fold`), with the shown ones kept to mark. */
type SearchDoc<F> = SearchFields & {
  ref: { kind: 'topic'; topic: TopicRow } | { kind: 'fact'; fact: F };
  shown: SearchFields;
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

/**
 * Matching ignores case and diacritics. Fuse can fold them itself, but it does so again for every field of
 * every record, per query word, in every search; here the records are folded once when the index is built and
 * each query before it is searched (about a fifth less CPU per keystroke with 5,000 facts, same hits).
 * Match positions are found only for the hits returned (see matchesOf).
 */
const OPTIONS: IFuseOptions<SearchDoc<SearchableFact>> = {
  keys: KEYS,
  useTokenSearch: true,
  tokenMatch: 'all',
  includeScore: true,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  // Low enough that "further" does not match "Bushher", high enough for two slips in a seven-letter word.
  threshold: 0.3,
};

/** Letters that carry their mark in the letter itself, so Unicode decomposition leaves them as they are. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ß: 'ss',
};
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Lower case without diacritics ("Téhéran" → "teheran"): what fuse's case- and diacritic-blind matching compares. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most of a fact base is plain ASCII, which has nothing to decompose: building the index stays cheap.
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch] ?? ch);
}

function folded(fields: SearchFields): SearchFields {
  return {
    name: fold(fields.name),
    aliases: fields.aliases.map(fold),
    summary: fold(fields.summary),
    text: fold(fields.text),
    speaker: fold(fields.speaker),
    quotes: fields.quotes.map(fold),
    keywords: fields.keywords.map(fold),
  };
}

export const DEFAULT_SEARCH_LIMIT = 40;

function searchDoc<F>(ref: SearchDoc<F>['ref'], shown: SearchFields): SearchDoc<F> {
  return { ...folded(shown), ref, shown };
}

function topicDoc<F>(topic: TopicRow): SearchDoc<F> {
  return searchDoc<F>(
    { kind: 'topic', topic },
    {
      name: topic.name,
      aliases: topic.aliases,
      summary: topic.summary,
      text: '',
      speaker: '',
      quotes: [],
      keywords: [],
    },
  );
}

function factDoc<F extends SearchableFact>(fact: F): SearchDoc<F> {
  return searchDoc<F>(
    { kind: 'fact', fact },
    {
      name: '',
      aliases: [],
      summary: '',
      text: fact.text,
      speaker: fact.speaker ?? '',
      quotes: fact.sources.map((s) => s.quote),
      keywords: fact.keywords,
    },
  );
}

/**
 * Fuse reports the folded string it matched; the hit names the shown one to mark, at the same positions
 * (folding keeps lengths, but for the rare letter it expands, "ß" → "ss", as fuse's own folding did too).
 */
function toFieldMatches<F>(doc: SearchDoc<F>, matches: readonly FuseResultMatch[] | undefined): FieldMatch[] {
  const out: FieldMatch[] = [];
  for (const m of matches ?? []) {
    if (m.key === undefined) continue;
    const field = m.key as SearchField;
    const shown: string | readonly string[] = doc.shown[field];
    const value = typeof shown === 'string' ? shown : shown[m.refIndex ?? -1];
    if (value === undefined) continue;
    const ranges = wordRanges(value, m.indices);
    if (ranges.length > 0) out.push({ field, value, ranges });
  }
  return out;
}

/**
 * Where each of `docs` matched `query`. Fuse works out match positions for every record that matches, which
 * for a short query is nearly all of them; asked only for the hits shown, it does that for these alone.
 * Whether a record matches does not depend on the others, so each of `docs` matches here too.
 */
function matchesOf<F extends SearchableFact>(
  docs: ReadonlyArray<SearchDoc<F>>,
  query: string,
): Map<SearchDoc<F>, FieldMatch[]> {
  const fuse = new Fuse<SearchDoc<F>>([...docs], { ...OPTIONS, includeMatches: true });
  return new Map(fuse.search(query).map((r) => [r.item, toFieldMatches(r.item, r.matches)]));
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
      const trimmed = fold(query.trim());
      if (trimmed === '') return [];
      const results = fuse.search(trimmed, { limit });
      const matches = matchesOf(
        results.map((r) => r.item),
        trimmed,
      );
      const hits = results.map((result): SearchHit<F> => {
        const score = result.score ?? 1;
        const ref = result.item.ref;
        const found = matches.get(result.item) ?? [];
        return ref.kind === 'topic'
          ? { kind: 'topic', topic: ref.topic, score, matches: found }
          : { kind: 'fact', fact: ref.fact, score, matches: found };
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

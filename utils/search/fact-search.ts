import MiniSearch, { type Query, type SearchResult } from 'minisearch';
import type { Fact } from '../../data/schema';
import type { TopicRow } from '../db/fact-db';
import { speakerText } from '../facts/present';
import { stem } from '../ranking/text-terms';
import { forEachWord } from './fold';
import type { TextRange } from './mark-ranges';

/**
 * The popup's search, on MiniSearch: an inverted index with prefix and fuzzy matching and field boosts.
 * fuse.js, which the project began with, took 20–50 ms a query over the 600-fact base (Node, this machine),
 * over the 16 ms a keystroke may take; MiniSearch answers the same queries in 0.1–2 ms.
 */

/** The fields a query is matched against; each hit reports where its words matched. */
export type SearchField =
  'name' | 'aliases' | 'summary' | 'text' | 'speaker' | 'quotes' | 'keywords' | 'sources';

/** Where a hit matched: the field, the exact string matched in it, and the whole words to mark. */
export interface FieldMatch {
  field: SearchField;
  value: string;
  ranges: TextRange[];
}

export type SearchHit =
  | { kind: 'topic'; topic: TopicRow; score: number; matches: FieldMatch[] }
  | { kind: 'fact'; fact: Fact; score: number; matches: FieldMatch[] };

export interface FactSearch {
  /** Hits best first, from what is indexed so far; an empty or blank query has none. */
  search(query: string, limit?: number): SearchHit[];
  /** Settles once every topic and fact is indexed (the index is built in slices, between frames). */
  readonly indexed: Promise<void>;
}

export const DEFAULT_SEARCH_LIMIT = 40;

/** Names and spellings weigh most: someone typing "Путин" wants the topic, not a fact that happens to match. */
const BOOST: Record<SearchField, number> = {
  name: 4,
  aliases: 4,
  text: 3,
  speaker: 1.5,
  keywords: 1.5,
  summary: 1,
  sources: 0.8,
  quotes: 0.6,
};
const FIELDS = Object.keys(BOOST) as SearchField[];

/** Words a question is made of that say nothing about what it asks ("when was … connected to the grid"). */
const QUESTION_WORDS = new Set(
  (
    'a an the of to in on at by for from with and or as is are was were be been being do does did has have had ' +
    'it its this that these those what when where which who whom whose why how there their than then into ' +
    'about after before between any all'
  ).split(' '),
);

/**
 * Slips forgiven per query word: none up to four letters ("Iraq" is not "Iran"), one up to six ("Shahid"
 * for "Shahed", ranked below the word as typed), two beyond ("Bushher" for "Bushehr").
 */
export const editsFor = (term: string): number => (term.length <= 4 ? 0 : term.length <= 6 ? 1 : 2);

/**
 * A word of one or two letters is mostly the start of a longer one being typed ("b", "bu"): as a start it
 * matches only names, spellings and keywords, and elsewhere only as a whole word ("EU"). Matched as a start
 * everywhere it drew thousands of facts (5,000 facts: 11-17 ms for "b", 3-5 ms for "bu"; now under 1 ms).
 */
const SHORT_WORD = 2;
const shortWordQuery = (term: string): Query => ({
  queries: [
    { queries: [term], prefix: false },
    { queries: [term], prefix: true, fields: ['name', 'aliases', 'keywords'] },
  ],
  combineWith: 'OR',
});

/** A query word's rough English stem, looked up beside it: "handed" also finds "handing". */
const stemOf = (word: string): string => (/^[a-z]+$/.test(word) ? stem(word) : word);

/** Each hyphenated word also as one ("long-term" → "longterm"), so a reader who drops the hyphen finds it. */
function indexTerms(text: string): string[] {
  const out: string[] = [];
  forEachWord(
    text,
    (word) => out.push(word),
    (joined) => out.push(joined),
  );
  return out;
}

/** The query's words, folded, without question words (unless it is nothing else). */
export function queryTerms(query: string): string[] {
  const words: string[] = [];
  forEachWord(query, (word) => words.push(word));
  const meaningful = words.filter((w) => !QUESTION_WORDS.has(w));
  return [...new Set(meaningful.length > 0 ? meaningful : words)];
}

type ShownValues = Partial<Record<SearchField, string[]>>;

function topicValues(topic: TopicRow): ShownValues {
  return { name: [topic.name], aliases: topic.aliases, summary: [topic.summary] };
}

function factValues(fact: Fact): ShownValues {
  return {
    text: [fact.text],
    speaker: fact.speaker ? [speakerText(fact.speaker)] : [],
    quotes: fact.sources.flatMap((s) => ('quote' in s ? [s.quote] : [])),
    keywords: fact.keywords,
    sources: fact.sources.flatMap((s) => ('url' in s ? [s.publisher, s.title] : [])),
  };
}

/** Records are numbered: topics first, then facts, in the order given. */
interface Doc extends ShownValues {
  id: number;
}

/** Builds the search over one popup open's topics and facts; the index fills in slices. */
export function buildFactSearch(topics: readonly TopicRow[], facts: readonly Fact[]): FactSearch {
  const values = [...topics.map(topicValues), ...facts.map(factValues)];
  const vocabulary = new Vocabulary();
  const index = new MiniSearch<Doc>({
    fields: FIELDS,
    extractField: (doc, field) =>
      field === 'id' ? String(doc.id) : (doc[field as SearchField] ?? []).join('\n'),
    tokenize: (text) => vocabulary.addAll(indexTerms(text)),
    processTerm: (term) => term,
    searchOptions: {
      tokenize: queryTerms,
      processTerm: (term) => term,
      boost: BOOST,
      prefix: true,
      // A slip counts little, so a fact naming the word as typed ranks first (see `rank` too).
      weights: { fuzzy: 0.15, prefix: 0.5 },
    },
  });
  // Newest first, for the facts of a topic the query names. Sorted once the index is in, with the words for
  // spotting a slip: done by the first keystroke that needed them, each took 3-4 ms of it with 5,000 facts.
  let byDate: readonly Fact[] | undefined;
  const newestFirst = (): readonly Fact[] =>
    (byDate ??= facts.toSorted((a, b) => compareDates(b.date, a.date)));
  // Slices of 100 records (about 10 ms each here) keep the popup answering while the index is built.
  const indexed = index
    .addAllAsync(
      values.map((v, id) => ({ id, ...v })),
      { chunkSize: 100 },
    )
    .then(() => {
      newestFirst();
      vocabulary.prepare();
    });

  const hitOf = ({ result, score }: { result: SearchResult; score: number }): SearchHit => {
    const record = Number(result.id);
    // The words to mark are found when a row first reads them: a keystroke shows three of forty hits, and
    // finding them for all forty took about 2 ms of each keystroke in the popup.
    let found: FieldMatch[] | undefined;
    const marks = {
      get matches(): FieldMatch[] {
        return (found ??= marksOf(values[record]!, result));
      },
    };
    return record < topics.length
      ? Object.assign(marks, { kind: 'topic' as const, topic: topics[record]!, score })
      : Object.assign(marks, { kind: 'fact' as const, fact: facts[record - topics.length]!, score });
  };

  return {
    indexed,
    search(query, limit = DEFAULT_SEARCH_LIMIT) {
      const terms = queryTerms(query);
      if (terms.length === 0) return [];
      // A word is forgiven a slip only when no record has it as typed: a fuzzy look-up over the whole
      // vocabulary is the dearest part of a query (a four-word question took 28 ms with it, 3 without).
      const unknown = new Set(terms.filter((t) => editsFor(t) > 0 && !vocabulary.has(t)));
      const fuzzy = (term: string) => (unknown.has(term) ? editsFor(term) : false);
      // Each word as typed or by its stem; a word that has both matches both and ranks above.
      const queries: Query[] = terms.map((t) =>
        [...t].length <= SHORT_WORD
          ? shortWordQuery(t)
          : stemOf(t) === t
            ? t
            : { queries: [t, stemOf(t)], combineWith: 'OR' },
      );
      let results = index.search({ queries, combineWith: 'AND' }, { fuzzy });
      // A question in a reader's words may hold a word no fact has: then the records matching most of it.
      if (results.length < 3 && terms.length > 1) {
        const seen = new Set(results.map((r) => r.id));
        const more = index.search({ queries, combineWith: 'OR' }, { fuzzy });
        results = [...results, ...more.filter((r) => !seen.has(r.id))];
      }
      // Only the hits shown are marked: marking every match of a common word would cost the keystroke.
      const stems = terms.map(stemOf);
      const best = topScored(results, limit, (r) => rank(r, stems, Number(r.id) < topics.length));
      return withTopicFacts(best.map(hitOf), newestFirst, limit);
    },
  };
}

/**
 * The `limit` results that score highest, best first, equal scores in the order given. Sorting all of them
 * took about 2 ms of a keystroke whose three letters matched thousands of the 5,000 facts.
 */
export function topScored(
  results: readonly SearchResult[],
  limit: number,
  scoreOf: (result: SearchResult) => number,
): { result: SearchResult; score: number }[] {
  const top: { result: SearchResult; score: number }[] = [];
  for (const result of results) {
    const score = scoreOf(result);
    if (top.length === limit && score <= top[limit - 1]!.score) continue;
    let at = top.length;
    while (at > 0 && top[at - 1]!.score < score) at--;
    top.splice(at, 0, { result, score });
    if (top.length > limit) top.pop();
  }
  return top;
}

/** The indexed words, to tell at once whether a query word occurs as typed or as the start of a word. */
class Vocabulary {
  private readonly words = new Set<string>();
  private sorted: string[] = [];

  addAll(words: string[]): string[] {
    for (const w of words) this.words.add(w);
    return words;
  }

  /** Sorts the words for `has`, unless they are sorted already. */
  prepare(): void {
    if (this.sorted.length !== this.words.size) this.sorted = [...this.words].sort();
  }

  /** True when some indexed word is `prefix` or begins with it. */
  has(prefix: string): boolean {
    this.prepare();
    let low = 0;
    let high = this.sorted.length;
    while (low < high) {
      const mid = (low + high) >> 1;
      if (this.sorted[mid]! < prefix) low = mid + 1;
      else high = mid;
    }
    return this.sorted[low]?.startsWith(prefix) ?? false;
  }
}

/**
 * Records holding every query word as typed (the word itself or a word it begins) rank above any record that
 * needs a slip; among those, a topic named by the query ("bush" of Bushehr) comes first; then MiniSearch's
 * score (field boosts, term rarity).
 */
function rank(result: SearchResult, stems: readonly string[], isTopic: boolean): number {
  const typed = stems.filter((q) => result.terms.some((t) => t.startsWith(q))).length;
  // A topic the query only names (every word in its name or spellings): "bush", "Путин".
  const named =
    isTopic && result.terms.every((t) => result.match[t]?.some((f) => f === 'name' || f === 'aliases'));
  return typed * 1e6 + (named ? 1e5 : 0) + result.score;
}

/** The whole words to mark in each shown value of a record: those whose folded form the search matched. */
function marksOf(shown: ShownValues, result: SearchResult): FieldMatch[] {
  const out: FieldMatch[] = [];
  for (const field of FIELDS) {
    const terms = new Set(result.terms.filter((t) => result.match[t]?.includes(field)));
    if (terms.size === 0) continue;
    for (const value of shown[field] ?? []) {
      const ranges: TextRange[] = [];
      forEachWord(
        value,
        (word, start, end) => {
          if (terms.has(word)) ranges.push({ start, end });
        },
        (joined, start, end) => {
          if (terms.has(joined)) ranges.push({ start, end });
        },
      );
      if (ranges.length > 0) out.push({ field, value, ranges });
    }
  }
  return out;
}

/** ISO dates (any precision) in order, an undated fact first. */
const compareDates = (a = '', b = ''): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * When the query names a topic ("Путин", "Moskau"), its facts rarely contain that spelling: list them after
 * the direct hits, newest first, up to `limit` hits in all, so naming a topic in any language shows what
 * Backstory knows about it.
 */
function withTopicFacts(hits: SearchHit[], newestFirst: () => readonly Fact[], limit: number): SearchHit[] {
  const named = hits.filter(
    (h): h is Extract<SearchHit, { kind: 'topic' }> =>
      h.kind === 'topic' && h.matches.some((m) => m.field === 'name' || m.field === 'aliases'),
  );
  if (named.length === 0 || hits.length >= limit) return hits;
  const listed = new Set(hits.flatMap((h) => (h.kind === 'fact' ? [h.fact.id] : [])));
  const extra: SearchHit[] = [];
  for (const fact of newestFirst()) {
    if (extra.length >= limit - hits.length) break;
    if (!listed.has(fact.id) && named.some((t) => fact.topics.includes(t.topic.id)))
      extra.push({ kind: 'fact', fact, score: 0, matches: [] });
  }
  return [...hits, ...extra];
}

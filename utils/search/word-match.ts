import Fuse, { type IFuseOptions } from 'fuse.js';

/**
 * Which words of a vocabulary a query word matches, decided by fuse. Fuse compares one word with another in
 * a few microseconds, too slow for every word of the vocabulary per keystroke, so it is asked only about the
 * words that could match at all (see `candidates`).
 */

/** A vocabulary word a query word matches: its id, how well (1 = the same word), and whether to mark it. */
export interface WordMatch {
  word: number;
  quality: number;
  marked: boolean;
}

// Low enough that "further" does not match "Bushher", high enough for two slips in a seven-letter word.
const THRESHOLD = 0.3;

/** Anywhere in the word ("ran" matches "Tehran"), as fuse's token search matched in a whole field. */
export const WORD_OPTIONS: IFuseOptions<string> = {
  includeScore: true,
  shouldSort: false,
  isCaseSensitive: true,
  ignoreDiacritics: false,
  ignoreLocation: true,
  threshold: THRESHOLD,
};

/** Fuse's score of a word that contains the query word as it is. */
const EXACT_SCORE = 0.001;

/** The most edits fuse forgives in a query word of `length` letters: it accepts `edits / length <= threshold`. */
function maxEdits(length: number): number {
  let edits = 0;
  while ((edits + 1) / length <= THRESHOLD) edits++;
  return edits;
}

/** Matches query words (folded) against `words` (folded, distinct); asks each query word once. */
export function createWordMatcher(words: readonly string[]): (query: string) => readonly WordMatch[] {
  // Each letter pair (as a number: two UTF-16 code units) to the words that have it, each word once.
  const bigrams = new Map<number, number[]>();
  words.forEach((word, id) => {
    for (let i = 0; i + 1 < word.length; i++) {
      const key = bigramAt(word, i);
      const list = bigrams.get(key);
      if (list === undefined) bigrams.set(key, [id]);
      else if (list[list.length - 1] !== id) list.push(id);
    }
  });

  // A page's first fuse search compiles fuse's code (about 2 ms in Node on the bench machine): a cost of
  // building the index, not of the first keystroke.
  fuzzy('warm', ['swarms', 'worm']);

  /**
   * Words fuse may match `query` in. Within `edits` edits a word keeps all but `2 * edits` of the query's
   * letter pairs (an edit spoils at most two) and all but `edits` of its letters, so a word with fewer of
   * them cannot match. Patterns over 32 letters fuse splits into pieces: those are compared with every word.
   */
  const candidates = (query: string, edits: number): number[] => {
    if (query.length > 32) return words.map((_, id) => id);
    const shared = new Uint8Array(words.length);
    for (let i = 0; i + 1 < query.length; i++)
      for (const id of bigrams.get(bigramAt(query, i)) ?? []) shared[id]!++;
    const pairsNeeded = query.length - 1 - 2 * edits;
    const out: number[] = [];
    for (let id = 0; id < words.length; id++) {
      const word = words[id]!;
      if (shared[id]! < pairsNeeded || word.length < query.length - edits) continue;
      let letters = 0;
      for (let i = 0; i < query.length; i++) if (word.includes(query[i]!)) letters++;
      if (letters >= query.length - edits) out.push(id);
    }
    return out;
  };

  const matchOnce = (query: string): WordMatch[] => {
    const edits = maxEdits(query.length);
    // No edit forgiven (three letters or fewer): fuse matches exactly the words that contain the query.
    if (edits === 0) {
      const out: WordMatch[] = [];
      words.forEach((word, id) => {
        if (word.includes(query)) out.push(rate(query, word, id, EXACT_SCORE, word.startsWith(query)));
      });
      return out;
    }
    const ids = candidates(query, edits);
    const found = fuzzy(
      query,
      ids.map((id) => words[id]!),
    );
    // Whether the word begins as typed, but for a slip ("bushher" of "bushehr", "yran" of "iran"), not just
    // looks like the query somewhere inside ("ties" in "putins", "order" in "föderation").
    const head = (word: string) => word.slice(0, query.length + edits);
    const heads = new Set(fuzzy(query, [...new Set(found.map((r) => head(r.item)))]).map((r) => r.item));
    const atStart = (word: string) => (word[0] === query[0] || word[1] === query[1]) && heads.has(head(word));
    return found.map((r) => rate(query, r.item, ids[r.refIndex]!, r.score ?? 1, atStart(r.item)));
  };

  // Typing repeats words: "nuclear p", "nuclear pl", …; a query word's matches never change for one index.
  const cache = new Map<string, readonly WordMatch[]>();
  return (query) => {
    let found = cache.get(query);
    if (found === undefined) {
      if (cache.size >= 1000) cache.clear();
      found = matchOnce(query);
      cache.set(query, found);
    }
    return found;
  };
}

function fuzzy(query: string, words: string[]) {
  return new Fuse(words, WORD_OPTIONS).search(query);
}

function bigramAt(word: string, i: number): number {
  return word.charCodeAt(i) * 0x10000 + word.charCodeAt(i + 1);
}

/**
 * The same word is best, then a word the query begins ("bush" of "bushehr", as someone types), then one
 * with a slip near its start. A query found further inside a word ("ir" in "their", "ties" in "Putins")
 * still matches, as it did, but ranks low and is not marked: such a word is not what was typed.
 */
function rate(query: string, word: string, id: number, score: number, atStart: boolean): WordMatch {
  if (word === query) return { word: id, quality: 1, marked: true };
  if (word.startsWith(query))
    return { word: id, quality: 0.8 + (0.2 * query.length) / word.length, marked: true };
  return { word: id, quality: (1 - score) * (atStart ? 0.7 : 0.3), marked: atStart };
}

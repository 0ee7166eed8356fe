import type { SearchField } from './fact-search';
import { FIELD_BITS, type WordIndex } from './word-index';
import type { WordMatch } from './word-match';

/** Names and spellings weigh most: someone typing "Путин" wants the topic, not a fact that happens to match. */
const WEIGHTS: Readonly<Record<SearchField, number>> = {
  name: 3,
  aliases: 3,
  text: 2,
  speaker: 1,
  keywords: 1,
  summary: 1,
  quotes: 0.5,
};

/**
 * What a word found in the fields of `mask` is worth: its best field, and a tenth of each other one, so a
 * fact naming the word in its text and its quote ranks above one naming it in its text alone.
 */
const FIELD_SCORE = Array.from({ length: 1 << FIELD_BITS.length }, (_, mask) => {
  const weights = FIELD_BITS.filter((_, i) => mask & (1 << i)).map((field) => WEIGHTS[field]);
  const best = Math.max(0, ...weights);
  return best + 0.1 * (weights.reduce((sum, w) => sum + w, 0) - best);
});
const MAX_FIELD_SCORE = FIELD_SCORE[FIELD_SCORE.length - 1]!;

export interface RankedRecord {
  record: number;
  /** 0 is a perfect match, 1 none, as fuse scores. */
  score: number;
}

/**
 * The `limit` best of the records in which every query word (given as its matches) matches some word. A
 * record earns per query word its best matched word's quality times what the word's fields are worth.
 */
export function rankRecords(
  index: WordIndex,
  recordCount: number,
  queryWords: ReadonlyArray<readonly WordMatch[]>,
  limit: number,
): RankedRecord[] {
  const total = new Float64Array(recordCount);
  let alive: number[] | undefined;
  for (const matches of queryWords) {
    const best = new Float64Array(recordCount);
    const found: number[] = [];
    for (const { word, quality } of matches) {
      const records = index.records[word] ?? [];
      const fields = index.fields[word] ?? [];
      for (let i = 0; i < records.length; i++) {
        const r = records[i]!;
        const value = quality * FIELD_SCORE[fields[i]!]!;
        if (best[r] === 0) found.push(r);
        if (value > best[r]!) best[r] = value;
      }
    }
    // Only records every earlier word matched stay in the running.
    alive = alive === undefined ? found : alive.filter((r) => best[r]! > 0);
    for (const r of alive) total[r]! += best[r]!;
    if (alive.length === 0) return [];
  }
  const better = (a: number, b: number) => total[a]! > total[b]! || (total[a] === total[b] && a < b);
  // The best `limit`, kept in order as records come: most records lose to the last kept and cost one test.
  const top: number[] = [];
  for (const r of alive ?? []) {
    if (top.length >= limit && !better(r, top[top.length - 1]!)) continue;
    let at = top.length;
    while (at > 0 && better(r, top[at - 1]!)) at--;
    top.splice(at, 0, r);
    if (top.length > limit) top.pop();
  }
  const most = queryWords.length * MAX_FIELD_SCORE;
  return top.map((record) => ({ record, score: Math.max(0.001, 1 - total[record]! / most) }));
}

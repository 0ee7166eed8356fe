import type { SearchHit } from '../../utils/search/fact-search';

/**
 * Results that fill the popup's first screen (at most 600 px tall; a result takes 170-300 px): these render
 * with the keystroke, the rest a moment later (with six, a keystroke took 21 ms to its next paint; with three, 16).
 */
export const FIRST_RESULTS = 3;

export const hitKey = (hit: SearchHit): string =>
  hit.kind === 'topic' ? `topic:${hit.topic.id}` : `fact:${hit.fact.id}`;

/**
 * The first new hits, then the hits painted before below them, never more than there are new hits. The old
 * ones kept start after the last that is among the first new hits, so that none of them moves: moving one
 * to the top made React move every result after it.
 */
export function firstWithOldTail(hits: readonly SearchHit[], painted: readonly SearchHit[]): SearchHit[] {
  const first = hits.slice(0, FIRST_RESULTS);
  const firstKeys = new Set(first.map(hitKey));
  const lastMoved = painted.findLastIndex((h, i) => i >= FIRST_RESULTS && firstKeys.has(hitKey(h)));
  return [...first, ...painted.slice(Math.max(FIRST_RESULTS, lastMoved + 1), hits.length)];
}

import { describe, expect, it } from 'vitest';
import type { Fact } from '../../data/schema';
import { firstWithOldTail, hitKey } from '../../components/popup/shown-hits';
import type { SearchHit } from '../../utils/search/fact-search';

const hit = (id: string): SearchHit => ({ kind: 'fact', fact: { id } as Fact, score: 0, matches: [] });
const hits = (...ids: string[]) => ids.map(hit);
const ids = (list: readonly SearchHit[]) => list.map(hitKey).map((k) => k.slice('fact:'.length));

describe('the results a keystroke shows before the rest are rendered', () => {
  const painted = hits('a', 'b', 'c', 'd', 'e', 'f', 'g');

  it('shows the first three new hits above the results painted before', () => {
    expect(ids(firstWithOldTail(hits('x', 'y', 'z', 'u', 'v', 'w', 'q'), painted))).toEqual([
      'x',
      'y',
      'z',
      'd',
      'e',
      'f',
      'g',
    ]);
  });

  it('never shows more results than the new hits', () => {
    expect(ids(firstWithOldTail(hits('x', 'y', 'z', 'u'), painted))).toEqual(['x', 'y', 'z', 'd']);
    expect(ids(firstWithOldTail(hits('x', 'y'), painted))).toEqual(['x', 'y']);
  });

  it('shows no result twice: the old ones start after the last one now among the first', () => {
    expect(ids(firstWithOldTail(hits('e', 'a', 'z', 'u', 'v', 'w', 'q'), painted))).toEqual([
      'e',
      'a',
      'z',
      'f',
      'g',
    ]);
  });
});

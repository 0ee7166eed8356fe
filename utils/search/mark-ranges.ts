import type { FieldMatch, SearchField } from './fact-search';

/** A half-open character range `[start, end)` of a string. */
export interface TextRange {
  start: number;
  end: number;
}

/** One piece of a string, marked or not, in order. */
export interface TextSegment {
  text: string;
  marked: boolean;
}

/** Words as the search tokenizes them: letters, combining marks, digits in any script. */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/**
 * Turns fuse's character indices (inclusive pairs) into whole words worth marking. Fuzzy matching also
 * reports pieces of unrelated words ("ian" of "civilian" for "iran"); a word counts only when the match
 * starts it (two letters or more: "Bush" of "Bushehr") or covers most of it (a typo inside the word).
 */
export function wordRanges(text: string, indices: ReadonlyArray<readonly [number, number]>): TextRange[] {
  if (indices.length === 0) return [];
  const covered = new Uint8Array(text.length);
  for (const [from, to] of indices) covered.fill(1, Math.max(0, from), Math.min(text.length, to + 1));
  const out: TextRange[] = [];
  for (const word of text.matchAll(WORD)) {
    const start = word.index;
    const end = start + word[0].length;
    if (isWorthMarking(covered, start, end)) out.push({ start, end });
  }
  return out;
}

function isWorthMarking(covered: Uint8Array, start: number, end: number): boolean {
  const length = end - start;
  let count = 0;
  for (let i = start; i < end; i++) count += covered[i] ?? 0;
  const startsWord = covered[start] === 1 && (length === 1 || covered[start + 1] === 1);
  return startsWord || count >= length * 0.6;
}

/** Splits `text` into marked and unmarked segments; overlapping or touching ranges merge. */
export function splitMarked(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const sorted = [...ranges]
    .map((r) => ({ start: Math.max(0, r.start), end: Math.min(text.length, r.end) }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const segments: TextSegment[] = [];
  let at = 0;
  for (const range of sorted) {
    if (range.end <= at) continue;
    const start = Math.max(range.start, at);
    if (start > at) segments.push({ text: text.slice(at, start), marked: false });
    const last = segments[segments.length - 1];
    // The same word can be reported by several matches: extend rather than repeat.
    if (last?.marked && start === at) last.text += text.slice(start, range.end);
    else segments.push({ text: text.slice(start, range.end), marked: true });
    at = range.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at), marked: false });
  return segments;
}

/**
 * The ranges to mark in `value` when it is shown for `field`, merged over every match of the hit. Lives here,
 * not beside the search, so the popup can mark results without loading fuse (the search runs in a worker).
 */
export function marksFor(matches: readonly FieldMatch[], field: SearchField, value: string): TextRange[] {
  return matches.filter((m) => m.field === field && m.value === value).flatMap((m) => m.ranges);
}

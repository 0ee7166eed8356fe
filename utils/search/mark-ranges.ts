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
 * not beside the search, so the popup's first script does not carry MiniSearch (loaded once the popup has painted).
 */
export function marksFor(matches: readonly FieldMatch[], field: SearchField, value: string): TextRange[] {
  return matches.filter((m) => m.field === field && m.value === value).flatMap((m) => m.ranges);
}

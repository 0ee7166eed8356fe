/** Small text helpers for the context rules: word windows, lazy regexes and word lists, datelines, evidence. */
import { normalizeForMatch, ZWNJ } from './normalize';
import { isSpacedLetter, SPACED_WORD_CHARS, type WordListTest } from './word-list';

/**
 * Work on the lazy regexes and word lists not yet done ahead of need (see `buildContextRegexes`): building
 * each, then compiling a regex for one-byte text and for two-byte text. Each piece can take several ms, so each
 * is its own.
 */
const unbuilt: Array<() => void> = [];
/** How each lazy regex forgets what it built (see `resetContextRegexes`). */
const resets: Array<() => void> = [];

const SPACE = /\s/;
const MAX_WINDOW = 200;

/** Up to `count` whitespace-separated words before `start` (at most 200 characters), as they stand. */
export function beforeWords(text: string, start: number, count: number): string {
  let i = start;
  let words = 0;
  let inWord = false;
  const limit = Math.max(0, start - MAX_WINDOW);
  while (i > limit) {
    if (SPACE.test(text.charAt(i - 1))) {
      if (inWord && ++words >= count) break;
      inWord = false;
    } else inWord = true;
    i--;
  }
  return text.slice(i, start);
}

/** Up to `count` whitespace-separated words after `end` (at most 200 characters), as they stand. */
export function afterWords(text: string, end: number, count: number): string {
  let i = end;
  let words = 0;
  let inWord = false;
  const limit = Math.min(text.length, end + MAX_WINDOW);
  while (i < limit) {
    if (SPACE.test(text.charAt(i))) {
      if (inWord && ++words >= count) break;
      inWord = false;
    } else inWord = true;
    i++;
  }
  return text.slice(end, i);
}

function escapeItem(item: string): string {
  return item.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+');
}

/**
 * A regex alternation of word-list items. Items starting with a Latin or Cyrillic letter must start a word;
 * with `whole`, such items must also end one ("is" never matches "island"; the stem "sanction" may).
 * Items are grouped by the boundaries they need, so each group carries one lookaround rather than one per
 * item: Unicode-property lookarounds are what makes a regex slow to compile.
 */
export function alternation(items: readonly string[], whole: boolean): string {
  const groups = new Map<string, string[]>();
  for (const item of items) {
    const left = isSpacedLetter(item.charAt(0));
    const right = whole && isSpacedLetter(item.charAt(item.length - 1));
    const key = `${left ? 'L' : ''}${right ? 'R' : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), escapeItem(item)]);
  }
  const parts = [...groups].map(([key, escaped]) => {
    const left = key.includes('L') ? `(?<![${SPACED_WORD_CHARS}])` : '';
    const right = key.includes('R') ? `(?![${SPACED_WORD_CHARS}])` : '';
    return `${left}(?:${escaped.join('|')})${right}`;
  });
  return `(?:${parts.join('|')})`;
}

/** A test built on first use: most pages never meet an ambiguous name, so most never pay to compile it. */
export interface LazyTest {
  test(text: string): boolean;
  /** The first match, for the card's "why" line. */
  exec(text: string): RegExpExecArray | null;
  /** Every match in `text` (for a regex built with the `g` flag). */
  all(text: string): IterableIterator<RegExpMatchArray>;
}
export function lazyRegex(build: () => RegExp): LazyTest {
  let built: RegExp | undefined;
  const regex = () => (built ??= build());
  // V8 compiles a regex on its first run, separately for one-byte and two-byte text: run it on both.
  const ahead = () =>
    unbuilt.push(
      () => void regex(),
      () => void regex().test(''),
      () => void regex().test('\u2019'),
    );
  ahead();
  resets.push(() => {
    built = undefined;
    ahead();
  });
  return {
    test: (text) => regex().test(text),
    exec: (text) => regex().exec(text),
    all: (text) => text.matchAll(regex()),
  };
}

/**
 * Builds and compiles the lazy regexes ahead of need while `hasTime()` says so; true once all are built. A page
 * that names a topic is likely to name an ambiguous one later, in content it adds while the reader scrolls:
 * compiling then would land in that frame, so the content script does it in idle time instead.
 */
export function buildContextRegexes(hasTime: () => boolean): boolean {
  while (unbuilt.length > 0 && hasTime()) unbuilt.shift()!();
  return unbuilt.length === 0;
}

/** Matches text that starts (after `prefix`) with one of the items. */
export function startsWith(items: readonly string[], prefix: string, whole = true): RegExp {
  return new RegExp(`^${prefix}${alternation(items, whole)}`, 'u');
}

/**
 * A word-list test, built again after a script group adds words to its lists. It compares strings (see
 * word-list.ts), so nothing compiles; but folding and indexing a list of hundreds of words takes a few ms, so
 * it is built ahead of need with the regexes, else on first use.
 */
export function lazyWords(build: () => WordListTest): WordListTest {
  let built: WordListTest | undefined;
  const get = () => (built ??= build());
  unbuilt.push(get);
  resets.push(() => {
    built = undefined;
    unbuilt.push(get);
  });
  return { test: (text) => get().test(text), exec: (text) => get().exec(text) };
}

/** "(AP) —", ", March 3 (Reuters) -", ", Iran (AP) —": an optional place/date, an agency, a dash. */
const AGENCY_DATELINE = lazyRegex(() => /^(?:\s*,[^.\n(]{1,40}?)?\s*\(\p{Lu}[^)\n]{0,25}\)\s*[-–—:]?/u);
/** "TEHRAN —", "Moscow, March 3 -- ": an optional place/date, then a dash. */
const DASH_DATELINE = lazyRegex(() => /^(?:\s*,[^.\n(]{1,40}?)?\s*[-–—]{1,2}\s/u);

/**
 * True when the match opens a line of the block and is followed by a news-agency dateline tail
 * ("MOSCOW (AP) —", "TEHRAN, Iran (AP) —", "MOSCOW, March 3 (Reuters) -"), or is an all-caps place
 * word directly followed by a comma or colon ("MOSCOW, Jan 5:").
 */
export function isDateline(block: string, start: number, end: number): boolean {
  const lineStart = block.lastIndexOf('\n', start - 1) + 1;
  if (block.slice(lineStart, start).trim() !== '') return false;
  const after = block.slice(end, end + 60);
  if (AGENCY_DATELINE.test(after) || DASH_DATELINE.test(after)) return true;
  const word = block.slice(start, end);
  return word === word.toUpperCase() && word !== word.toLowerCase() && /^\s*[,:]/u.test(after);
}

/**
 * Makes every context regex be built again at its next use, or ahead of it (a script group's words were
 * added to the lists they are built from).
 */
export function resetContextRegexes(): void {
  unbuilt.length = 0;
  for (const reset of resets) reset();
}

/** Lower-cased, letter-folded, ZWNJ removed: the form every word list is compared in. */
export function fold(text: string): string {
  return normalizeForMatch(text).text.replaceAll(ZWNJ, '');
}

/** Letters that continue a word for the "why" line; Chinese and Japanese words are not cut by spaces. */
const WORD_PART = lazyRegex(() => /^(?![\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])[\p{L}\p{N}-]$/u);

/**
 * The words that decided a match, for the card's "why" line: the match widened to whole words (a stem
 * "sanction" shows as "sanctions"). Undefined when there was no match.
 */
export function signal(match: RegExpExecArray | null, text: string): string | undefined {
  if (match === null) return undefined;
  let from = match.index;
  let to = from + match[0].length;
  while (from > 0 && WORD_PART.test(text.charAt(from - 1))) from--;
  while (to < text.length && WORD_PART.test(text.charAt(to))) to++;
  const words = text
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  // A signal that is only punctuation (a comma between two capitals) still decided: say so plainly.
  return words === '' ? match[0].trim() || match[0] : words;
}

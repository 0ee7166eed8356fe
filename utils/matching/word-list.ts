import { lazy } from '../lazy';

/*
 * Word lists looked up as plain strings. The context rules compare a dozen words around an ambiguous name with
 * lists of a few dozen to a few hundred entries. As regex alternations, V8 compiled each list into 20-60 KB of
 * native code, once for one-byte and once for two-byte text, and that code was most of the heap the content
 * script added to a page naming a topic; comparing strings costs microseconds for windows this short.
 */

/** What a list test found, shaped as a regex match so the "why" line reads both alike (see `signal`). */
export type ListMatch = RegExpExecArray;

/** A test over a word list (the lists are folded, and so is the text given). */
export interface WordListTest {
  test(text: string): boolean;
  exec(text: string): ListMatch | null;
}

/**
 * A letter of a script written with spaces between words (Latin, Greek, Cyrillic...): not Arabic, Hebrew,
 * Chinese or Japanese, which glue words together or have no spaces. Items starting with one must start a word.
 */
const spacedLetter = lazy(() => /^(?![\u0590-\u06FF\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}])\p{L}$/u);
export const isSpacedLetter = (ch: string): boolean => spacedLetter().test(ch);

/** Letters and digits of the scripts that need word boundaries (Latin, Greek, Cyrillic), as code ranges. */
const WORD_CHAR_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x30, 0x39],
  [0x41, 0x5a],
  [0x61, 0x7a],
  [0xaa, 0xaa],
  [0xb5, 0xb5],
  [0xba, 0xba],
  [0xc0, 0x24f],
  [0x370, 0x52f],
  [0x1e00, 0x1fff],
];

/**
 * The same letters and digits as a regex class body, spelled out: a `\p{L}` lookaround makes a regex five to
 * ten times slower to compile, measured in Chromium.
 */
export const SPACED_WORD_CHARS = WORD_CHAR_RANGES.map(([from, to]) =>
  from === to ? uEscape(from) : `${uEscape(from)}-${uEscape(to)}`,
).join('');

function uEscape(code: number): string {
  return `\\u${code.toString(16).toUpperCase().padStart(4, '0')}`;
}

/** A letter or digit of those scripts at `at` of `text` (nothing outside the text is one). */
function isWordChar(text: string, at: number): boolean {
  if (at < 0 || at >= text.length) return false;
  const c = text.charCodeAt(at);
  return WORD_CHAR_RANGES.some(([from, to]) => c >= from && c <= to);
}

const SPACE = /\s/;
export const isSpace = (text: string, at: number): boolean =>
  at >= 0 && at < text.length && SPACE.test(text.charAt(at));

/** A list entry: its words (a space in an entry stands for any run of whitespace) and the boundaries it needs. */
interface Entry {
  words: string[];
  /** Starts with a spaced letter: nothing of a word may come right before it. */
  left: boolean;
  /** Ends with a spaced letter and must end a word: nothing of a word may come right after it. */
  right: boolean;
}

function entries(items: readonly string[], whole: boolean): Entry[] {
  return items
    .filter((item) => item !== '')
    .map((item) => ({
      words: item.split(' '),
      left: isSpacedLetter(item.charAt(0)),
      right: whole && isSpacedLetter(item.charAt(item.length - 1)),
    }));
}

/**
 * Entries by the character code they start (or end) with, in list order: a position is tried only against
 * the entries that can match there (trying all of them made each batch of an infinite scroll 0.8 ms slower
 * than the regexes they replace).
 */
function byChar(list: readonly Entry[], code: (entry: Entry) => number): Map<number, Entry[]> {
  const map = new Map<number, Entry[]>();
  for (const entry of list) {
    const key = code(entry);
    map.set(key, [...(map.get(key) ?? []), entry]);
  }
  return map;
}

/** The entries that may match at a character: those keyed by it, and those starting (or ending) with a space. */
function candidates(map: Map<number, Entry[]>, code: number): Entry[] {
  const spaced = map.get(NaN);
  const keyed = map.get(code) ?? [];
  return spaced ? [...keyed, ...spaced] : keyed;
}

/** Where `entry` ends when it starts at `from` in `text`, or -1. */
function endOf(text: string, from: number, { words }: Entry): number {
  let at = from;
  for (let w = 0; w < words.length; w++) {
    if (w > 0) {
      const gap = at;
      while (isSpace(text, at)) at++;
      if (at === gap) return -1;
    }
    if (!text.startsWith(words[w]!, at)) return -1;
    at += words[w]!.length;
  }
  return at;
}

/** Where `entry` starts when it ends at `to` in `text`, or -1. */
function startOf(text: string, to: number, { words }: Entry): number {
  let at = to;
  for (let w = words.length - 1; w >= 0; w--) {
    if (w < words.length - 1) {
      const gap = at;
      while (isSpace(text, at - 1)) at--;
      if (at === gap) return -1;
    }
    const word = words[w]!;
    if (at < word.length || !text.startsWith(word, at - word.length)) return -1;
    at -= word.length;
  }
  return at;
}

/** The match of text[start, end). */
export function listMatch(text: string, start: number, end: number): ListMatch {
  return Object.assign([text.slice(start, end)], { index: start, input: text }) as ListMatch;
}

/** A test from a function that finds the match. */
export function listTest(find: (text: string) => ListMatch | null): WordListTest {
  return { test: (text) => find(text) !== null, exec: find };
}

/** A list tried at one position: where its first entry that starts there ends, or -1. */
export function entriesAt(items: readonly string[], whole: boolean): (text: string, at: number) => number {
  const byFirst = byChar(entries(items, whole), ({ words }) => words[0]!.charCodeAt(0));
  return (text, at) => {
    for (const entry of candidates(byFirst, text.charCodeAt(at))) {
      if (entry.left && isWordChar(text, at - 1)) continue;
      const end = endOf(text, at, entry);
      if (end >= 0 && !(entry.right && isWordChar(text, end))) return end;
    }
    return -1;
  };
}

/**
 * A list tried at one end position: where its leftmost entry that ends there starts, or -1. An entry ending
 * in a letter must end a word there.
 */
export function entriesEndingAt(items: readonly string[]): (text: string, end: number) => number {
  const byLast = byChar(entries(items, true), ({ words }) =>
    words.at(-1)!.charCodeAt(words.at(-1)!.length - 1),
  );
  return (text, end) => {
    let best = -1;
    for (const entry of candidates(byLast, text.charCodeAt(end - 1))) {
      if (entry.right && isWordChar(text, end)) continue;
      const start = startOf(text, end, entry);
      if (start < 0 || (entry.left && isWordChar(text, start - 1))) continue;
      if (best < 0 || start < best) best = start;
    }
    return best;
  };
}

/** Where the spaces that end just before `at` begin (`at` when there are none). */
export function spacesBefore(text: string, at: number): number {
  while (isSpace(text, at - 1)) at--;
  return at;
}

/** Where the spaces that start at `at` end (`at` when there are none). */
export function spacesAfter(text: string, at: number): number {
  while (isSpace(text, at)) at++;
  return at;
}

/** Text whose last word(s), before trailing spaces, are one of the items ("talks with", "mayor of"). */
export function endsWithWord(items: readonly string[]): WordListTest {
  const startAt = entriesEndingAt(items);
  return listTest((text) => {
    const start = startAt(text, spacesBefore(text, text.length));
    return start < 0 ? null : listMatch(text, start, text.length);
  });
}

/**
 * Text that starts with one of the items, after any spaces when `afterSpaces` ("time", "stock exchange",
 * "'s"); with `whole`, an item ending in a letter must end a word there.
 */
export function startsWithWord(
  items: readonly string[],
  { afterSpaces = true, whole = true } = {},
): WordListTest {
  const endAt = entriesAt(items, whole);
  return listTest((text) => {
    const start = afterSpaces ? spacesAfter(text, 0) : 0;
    const end = endAt(text, start);
    return end < 0 ? null : listMatch(text, 0, end);
  });
}

/** Text holding one of the stems anywhere; one starting with a spaced letter only at a word's start. */
export function holdsStem(stems: readonly string[]): WordListTest {
  const list = entries(stems, false);
  return listTest((text) => {
    let found: { start: number; end: number } | undefined;
    for (const entry of list) {
      const first = entry.words[0]!;
      for (
        let at = text.indexOf(first);
        at >= 0 && (!found || at < found.start);
        at = text.indexOf(first, at + 1)
      ) {
        if (entry.left && isWordChar(text, at - 1)) continue;
        const end = endOf(text, at, entry);
        if (end >= 0) {
          found = { start: at, end };
          break;
        }
      }
    }
    return found ? listMatch(text, found.start, found.end) : null;
  });
}

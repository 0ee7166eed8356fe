/** Small text helpers for the context rules: word windows, word-list regexes, datelines. */

const SPACE = /\s/u;
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

/** Scripts written with spaces between words need explicit word boundaries; Arabic and Han do not get them. */
const SPACED_LETTER = /^(?![\u0600-\u06FF\p{sc=Han}])\p{L}$/u;

function escapeItem(item: string): string {
  return item.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&').replace(/ /g, '\\s+');
}

/**
 * A regex alternation of word-list items. Items starting with a Latin or Cyrillic letter must start a word;
 * with `whole`, such items must also end one ("is" never matches "island"; the stem "sanction" may).
 */
export function alternation(items: readonly string[], whole: boolean): string {
  const parts = items.map((item) => {
    const left = SPACED_LETTER.test(item.charAt(0)) ? '(?<![\\p{L}\\p{N}])' : '';
    const right = whole && SPACED_LETTER.test(item.charAt(item.length - 1)) ? '(?![\\p{L}\\p{N}])' : '';
    return left + escapeItem(item) + right;
  });
  return `(?:${parts.join('|')})`;
}

/** Matches text that starts (after `prefix`) with one of the items. */
export function startsWith(items: readonly string[], prefix: string, whole = true): RegExp {
  return new RegExp(`^${prefix}${alternation(items, whole)}`, 'u');
}

/** Matches text whose last word(s), before trailing spaces, are one of the items. */
export function endsWith(items: readonly string[]): RegExp {
  return new RegExp(`${alternation(items, true)}\\s*$`, 'u');
}

/** Matches text containing one of the stems anywhere (Latin and Cyrillic ones at a word start). */
export function stemsAnywhere(stems: readonly string[]): RegExp {
  return new RegExp(alternation(stems, false), 'u');
}

/** "(AP) —", ", March 3 (Reuters) -", ", Iran (AP) —": an optional place/date, an agency, a dash. */
const AGENCY_DATELINE = /^(?:\s*,[^.\n(]{1,40}?)?\s*\(\p{Lu}[^)\n]{0,25}\)\s*[-–—:]?/u;
/** "TEHRAN —", "Moscow, March 3 -- ": an optional place/date, then a dash. */
const DASH_DATELINE = /^(?:\s*,[^.\n(]{1,40}?)?\s*[-–—]{1,2}\s/u;

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

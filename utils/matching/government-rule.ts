import {
  afterWords,
  alternation,
  beforeWords,
  fold,
  isDateline,
  lazyRegex,
  lazyWords,
  signal,
  startsWith,
} from './context-text';
import { vocab } from './vocab';
import {
  endsWithWord,
  entriesAt,
  entriesEndingAt,
  isSpace,
  listMatch,
  listTest,
  spacesAfter,
  spacesBefore,
  SPACED_WORD_CHARS,
  startsWithWord,
} from './word-list';

/** "and" between two capitals, in every language; Hebrew writes it as a prefix (ו), Japanese as と. */
const CONJ = 'and|&|и|і|та|und|et|y|e|ed|i|oraz|en|ve|ile|و|ו|,|-|–|和|与|與|及|、|と'.split('|');
/** Hebrew also says "between X to-Y" (בין מוסקבה לטהרן). */
const CONJ_AFTER_BETWEEN = [...CONJ, 'לבין', 'ל'];
// Every list is folded and compiled on first use only (see lazyRegex).
const capitals = () => vocab.capitals.map(fold);
const verbStems = () => vocab.govVerbStems.map(fold);
const PLACE_BEFORE_RE = lazyWords(() => endsWithWord(vocab.placeBefore.map(fold)));
const PLACE_AFTER_RE = lazyWords(() => startsWithWord(vocab.placeAfter.map(fold)));
const GOV_BEFORE_RE = lazyWords(() => endsWithWord(vocab.govBefore.map(fold)));
const GOV_PREFIX_RE = lazyWords(() =>
  startsWithWord(vocab.govAfterPrefix.map(fold), { afterSpaces: false, whole: false }),
);
/** "Tehran and" just before the name: a pair of capitals. */
const PAIR_BEFORE_RE = lazyWords(() => {
  const capitalEndingAt = entriesEndingAt(capitals());
  return listTest((text) => {
    const end = spacesBefore(text, text.length);
    let best = -1;
    for (const conj of CONJ) {
      if (!text.endsWith(conj, end)) continue;
      const start = capitalEndingAt(text, spacesBefore(text, end - conj.length));
      if (start >= 0 && (best < 0 || start < best)) best = start;
    }
    return best < 0 ? null : listMatch(text, best, text.length);
  });
});
/** "and Beijing" just after the name; Arabic glues "and" to the next word ("وبكين"). */
const PAIR_AFTER_RE = lazyWords(() => capitalAfter(CONJ, ['و', 'ف']));
const BETWEEN = [
  'between',
  'между',
  'між',
  'zwischen',
  'entre',
  'tra',
  'fra',
  'między',
  'tussen',
  'بين',
  'ميان',
  'בין',
];
/** "between X and" (one to four words between), just before the name. */
const BETWEEN_RE = lazyWords(() => {
  const betweenEndingAt = entriesEndingAt(BETWEEN);
  return listTest((text) => {
    const end = spacesBefore(text, text.length);
    for (const conj of CONJ_AFTER_BETWEEN) {
      if (!text.endsWith(conj, end)) continue;
      let at = end - conj.length;
      for (let words = 0; words < 4; words++) {
        const wordEnd = spacesBefore(text, at);
        if (wordEnd === at) break;
        at = wordEnd;
        while (at > 0 && !isSpace(text, at - 1)) at--;
        if (at === wordEnd) break;
        const gap = spacesBefore(text, at);
        const start = gap < at ? betweenEndingAt(text, gap) : -1;
        if (start >= 0) return listMatch(text, start, text.length);
      }
    }
    return null;
  });
});
/** "between Moscow and Tehran", for the first of the two. */
const BETWEEN_END_RE = lazyWords(() => endsWithWord(BETWEEN));
const PAIR_AFTER_BETWEEN_RE = lazyWords(() => capitalAfter(CONJ_AFTER_BETWEEN, []));

/** Text that starts with one of `conjunctions`, then a capital, which may be glued to one of `glued`. */
function capitalAfter(conjunctions: readonly string[], glued: readonly string[]) {
  const capitalAt = entriesAt(capitals(), true);
  return listTest((text) => {
    const from = spacesAfter(text, 0);
    for (const conj of conjunctions) {
      if (!text.startsWith(conj, from)) continue;
      const at = spacesAfter(text, from + conj.length);
      let end = capitalAt(text, at);
      if (end < 0 && glued.includes(text.charAt(at))) end = capitalAt(text, at + 1);
      if (end >= 0) return listMatch(text, 0, end);
    }
    return null;
  });
}
/**
 * The verb of a statement or decision, after up to four words: "Moscow has repeatedly warned", "Moscow,
 * however, said". The words in between stop at a sentence's punctuation and at "where", "when" (a relative
 * clause: "Moscow, where officials said" is about the city).
 */
const VERB_AFTER = lazyWords(() => {
  const verbAt = entriesAt(verbStems(), false);
  const exactAt = entriesAt(vocab.govExactWords, true);
  const stopAt = entriesAt(
    ['where', 'when', 'wo', 'où', 'donde', 'где', 'gdzie', 'waar', 'dove', 'onde'],
    true,
  );
  return listTest((text) => {
    const gap = (i: number) => text[i] === ',' || isSpace(text, i);
    let at = 0;
    while (gap(at)) at++;
    for (let words = 0; words <= MAX_WORDS_BEFORE_VERB && at < text.length; words++) {
      const end = Math.max(verbAt(text, at), exactAt(text, at));
      if (end >= 0) return listMatch(text, 0, end);
      if (stopAt(text, at) >= 0) return null;
      while (at < text.length && !gap(at)) if (CLAUSE_END.includes(text[at++]!)) return null;
      if (at === text.length) return null;
      while (gap(at)) at++;
    }
    return null;
  });
});
const MAX_WORDS_BEFORE_VERB = 4;
const CLAUSE_END = '.!?;:()«»"“”';
/** Chinese and Japanese: the verb a few characters on ("莫斯科方面表示", "モスクワは…非難した"). */
const CJK_VERB_AFTER_RE = lazyRegex(() =>
  startsWith(
    verbStems().filter((s) => /\p{sc=Han}/u.test(s)),
    '\\s*[\\p{sc=Han}\\p{sc=Hiragana}]{0,8}?',
    false,
  ),
);
/** Arabic is verb-first ("قالت موسكو", "وحذرت طهران"): the word just before may be the verb. */
const ARABIC_VERB_BEFORE_RE = lazyRegex(
  () =>
    new RegExp(
      `(?:^|\\s)[وف]?${alternation(
        verbStems().filter((s) => /[\u0600-\u06FF]/.test(s)),
        false,
      )}[\\u0621-\\u064A\\u0671-\\u06D3]*\\s*$`,
      'u',
    ),
);
/** Hebrew letters glued to the name: the prefixes (see `leftBoundaryOk`). */
const HEBREW_PREFIX = /[\u05D0-\u05EA]+$/;
/** "Moscow is an amazing city", "Tehran was a small town": the city described as a place. */
const DESCRIBED_AS_PLACE = lazyRegex(
  () =>
    new RegExp(
      `^\\s*(?:is|was|remains|has become|became)\\s+(?:[^\\s.!?;]+\\s+){0,4}?` +
        `(?:city|cities|town|capital|metropolis|destination|place|home to|located|situated)(?![${SPACED_WORD_CHARS}])`,
      'u',
    ),
);
/** Another town of the name on the page (Moscow, Idaho), on a page that says nothing of Russia. */
const NAMESAKE_PAGE = lazyRegex(() => /(?<![a-z])idaho(?![a-z])/iu);
const RUSSIA_PAGE = lazyRegex(() => /(?<![a-z])(?:russia|kremlin|putin|sanction)/iu);
let lastPage: { page: string; namesake: boolean } | undefined;
function namesakePage(page: string): boolean {
  if (lastPage?.page !== page)
    lastPage = { page, namesake: NAMESAKE_PAGE.test(page) && !RUSSIA_PAGE.test(page) };
  return lastPage.namesake;
}

/**
 * How a Hebrew prefix reads the name: "in" (ב), "from" (מ) and, outside "between X and Y", "to" (ל) make it a
 * place ("במוסקבה"); "and" (ו) joins it to a pair.
 */
function hebrewPrefix(block: string, start: number): 'place' | 'and' | null {
  const prefix = HEBREW_PREFIX.exec(block.slice(Math.max(0, start - 3), start))?.[0] ?? '';
  if (/[במ]/.test(prefix)) return 'place';
  if (prefix.endsWith('ל') && !BETWEEN_RE.test(fold(beforeWords(block, start, 6)))) return 'place';
  return prefix.includes('ו') ? 'and' : null;
}

/**
 * government (Moscow, Tehran and translations): counts only where the city stands for its state. Never in a
 * dateline ("MOSCOW (AP) —"), where a place or name signal is beside it ("in Moscow", "Moscow time", "Spartak
 * Moscow", "Tehran Stock Exchange", "Moscow, Idaho", "Café Tehran", "במוסקבה", "Moskova'da", "テヘランで"),
 * or for Moscow on a page about Idaho that says nothing of Russia; otherwise it needs a government signal: a verb of statement or action
 * just after ("Moscow warned", "Tehran has"), a possessive or "-backed", a pair of capitals ("Tehran and
 * Moscow"), or a relation phrase before ("relations with Moscow", "sanctions on Tehran", "between X and").
 */
export function government(
  block: string,
  start: number,
  end: number,
  page?: () => string,
): string | undefined {
  if (isDateline(block, start, end)) return undefined;
  const before = fold(beforeWords(block, start, 6));
  const after = fold(afterWords(block, end, 8));
  if (PLACE_BEFORE_RE.test(before) || PLACE_AFTER_RE.test(after) || DESCRIBED_AS_PLACE.test(after))
    return undefined;
  const prefix = hebrewPrefix(block, start);
  if (prefix === 'place') return undefined;
  const word = fold(block.slice(start, end));
  if (word === 'moscow' && page !== undefined && namesakePage(page())) return undefined;
  return (
    signal(GOV_PREFIX_RE.exec(after), after) ??
    signal(VERB_AFTER.exec(after), after) ??
    signal(CJK_VERB_AFTER_RE.exec(after), after) ??
    signal(ARABIC_VERB_BEFORE_RE.exec(before), before) ??
    signal(GOV_BEFORE_RE.exec(before), before) ??
    signal(PAIR_BEFORE_RE.exec(before), before) ??
    (prefix === 'and' ? signal(PAIR_BEFORE_RE.exec(`${before}ו`), `${before}ו`) : undefined) ??
    signal(PAIR_AFTER_RE.exec(after), after) ??
    signal(BETWEEN_RE.exec(before), before) ??
    (BETWEEN_END_RE.test(before) ? signal(PAIR_AFTER_BETWEEN_RE.exec(after), after) : undefined)
  );
}

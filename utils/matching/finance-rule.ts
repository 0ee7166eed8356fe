import { afterWords, alternation, beforeWords, fold, lazyRegex, lazyWords, signal } from './context-text';
import { endsWithWord, holdsStem, SPACED_WORD_CHARS, startsWithWord } from './word-list';
import type { Evidence, PageTheme } from './evidence';
import { FINANCE_THEMES, vocab } from './vocab';
import { foldLetters } from './normalize';

/*
 * SWIFT the interbank network, not the singer, the programming language, the car, the satirist or the bird.
 * A page does not change what its SWIFT means from one paragraph to the next ("one sense per discourse"): the
 * sense is decided once for a page (or an article of it) from all its words, then applied to every SWIFT and
 * Swift there, except where the words right beside one say it is another SWIFT (a local veto wins).
 */

/** Directly before SWIFT, a verb of exclusion and "from"/"of" is enough: "cut off from SWIFT", "kicked out of". */
const FINANCE_EXCLUSION_BEFORE = lazyRegex(
  () =>
    /(?:cut\s+off|disconnect[a-z]*|exclu[a-z]*|expel[a-z]*|remov[a-z]*|bann[a-z]*|barred|kick[a-z]*\s+out|reconnect[a-z]*|unplug[a-z]*)\s+(?:\S+\s+){0,3}?(?:from|of)\s+(?:the\s+)?$/u,
);

const THEMES = FINANCE_THEMES;
const FINANCE_NEAR = lazyWords(() => holdsStem(THEMES.flatMap((t) => vocab[t]).map(fold)));
const VETO_BEFORE = lazyWords(() => endsWithWord(vocab.financeVetoBefore.map(fold)));
const VETO_AFTER = lazyWords(() => startsWithWord(vocab.financeVetoAfter.map(fold)));
/**
 * One pass over a page: group i + 1 is theme i's words, then another SWIFT's, then the names of Iran and of
 * Russia.
 */
const PAGE_WORDS = lazyRegex(() => {
  const groups = [...THEMES.map((t) => vocab[t]), vocab.otherSwiftStems, vocab.iranNames, vocab.russiaNames];
  return new RegExp(groups.map((stems) => `(${alternation(stems.map(fold), false)})`).join('|'), 'gu');
});
/** The English adjective, in lower case: a page that uses the word is less likely to mean the network by it. */
const ADJECTIVE_COUNT = lazyRegex(
  () => new RegExp(`(?<![${SPACED_WORD_CHARS}])swift(?:ly|er|est|ness)?(?![${SPACED_WORD_CHARS}])`, 'gu'),
);

/** How a page reads its SWIFTs, and why (a page about banks and sanctions, a page about Iran and Russia). */
export interface SwiftSense {
  /** Banking, payments and sanctions words all over the page: every SWIFT and Swift there is the network. */
  network: boolean;
  /** The page keeps naming Iran or Russia: a SWIFT written in capitals there is the network. */
  upperCaseNetwork: boolean;
  evidence: { pageAbout: PageTheme[] };
}

/** The page's words read to decide: enough for any article, bounded for a huge page. */
const PAGE_CHARS = 30_000;
/** Banking words a page needs, and how many times more of them than of another SWIFT's words. */
const MIN_FINANCE_WORDS = 3;
const FINANCE_RATIO = 2;
/** Names of Iran and Russia a page needs for its upper-case SWIFT to be the network with no banking word. */
const MIN_TOPIC_NAMES = 4;

let last: { page: string; sense: SwiftSense } | undefined;

/** Decides what SWIFT means on a page from all its words (the last page's answer is kept). */
export function swiftSense(page: string): SwiftSense {
  if (last?.page === page) return last.sense;
  const raw = page.slice(0, PAGE_CHARS);
  const counts = new Array<number>(THEMES.length + 3).fill(0);
  for (const match of PAGE_WORDS.all(foldLetters(raw))) {
    const group = match.findIndex((text, i) => i > 0 && text !== undefined);
    counts[group - 1] = (counts[group - 1] ?? 0) + 1;
  }
  const [otherWords = 0, iran = 0, russia = 0] = counts.splice(THEMES.length);
  const other = otherWords + [...ADJECTIVE_COUNT.all(raw)].length;
  const finance = counts.reduce((sum, n) => sum + n, 0);
  const network = finance >= MIN_FINANCE_WORDS && finance >= FINANCE_RATIO * other;
  const names = iran + russia;
  const upperCaseNetwork = network || (names >= MIN_TOPIC_NAMES && names >= FINANCE_RATIO * other);
  const about = network
    ? THEMES.map((theme, i) => [theme, counts[i] ?? 0] as const)
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1])
        .slice(0, 2)
        .map(([theme]) => theme)
    : ([iran > 0 ? 'iran' : '', russia > 0 ? 'russia' : ''].filter((name) => name !== '') as PageTheme[]);
  const sense = { network, upperCaseNetwork, evidence: { pageAbout: about } };
  last = { page, sense };
  return sense;
}

/** "Swift" rather than "SWIFT": the network's own styling now, and everyone else's spelling always. */
const isTitleCase = (word: string) => word !== word.toUpperCase();
/** A sentence starts right before the match (or the block does). */
const SENTENCE_START = lazyRegex(() => /(?:^|[.!?:;»"”]\s+|\n\s*)$/u);
/** A lower-case word that may follow the network's name at a sentence's start ("Swift said", "Swift has"). */
const STATEMENT_AFTER = lazyRegex(
  () =>
    /^\s+(?:said|says|told|stated|added|announc|confirm|instruct|warned|declin|noted|explain|has|had|is|was|will|would|does|did|can|could|must|began|started|disconnect|cut|suspend|remov|expell|complie|complies|comply)/u,
);

/**
 * finance (SWIFT and its transliterations): the network only. A local veto always wins. Otherwise an
 * upper-case or caseless name counts beside banking, payments or sanctions words (within about 12 words), on
 * a page about them or on a page that keeps naming Iran or Russia; a title-case "Swift" only on a page about
 * banks, payments or sanctions, and at a sentence's start only before a verb
 * or beside such words ("Swift instructed banks", not "Swift action followed").
 */
export function finance(
  block: string,
  start: number,
  end: number,
  page?: () => string,
): Evidence | undefined {
  const before = fold(beforeWords(block, start, 12));
  const after = fold(afterWords(block, end, 12));
  if (VETO_BEFORE.test(before) || VETO_AFTER.test(after)) return undefined;
  const local =
    signal(FINANCE_EXCLUSION_BEFORE.exec(before), before) ??
    signal(FINANCE_NEAR.exec(before), before) ??
    signal(FINANCE_NEAR.exec(after), after);
  const titleCase = isTitleCase(block.slice(start, end));
  if (!titleCase && local !== undefined) return local;
  const sense = page === undefined ? undefined : swiftSense(page());
  if (sense === undefined) return undefined;
  if (!sense.network) return !titleCase && sense.upperCaseNetwork ? sense.evidence : undefined;
  if (titleCase && local === undefined && SENTENCE_START.test(block.slice(Math.max(0, start - 3), start))) {
    const next = block.slice(end, end + 30);
    if (/^\s+\p{Ll}/u.test(next) && !STATEMENT_AFTER.test(next)) return undefined;
  }
  return local ?? sense.evidence;
}

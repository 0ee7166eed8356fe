import type { ContextRule, TopicId } from '../../data/schema';
import {
  CAPITALS,
  FINANCE_EXCLUSION_BEFORE,
  FINANCE_STEMS,
  FINANCE_VETO_AFTER,
  FINANCE_VETO_BEFORE,
  GOV_AFTER_PREFIX,
  GOV_BEFORE,
  GOV_EXACT_WORDS,
  GOV_VERB_STEMS,
  PLACE_AFTER,
  PLACE_BEFORE,
} from './context-vocab';
import { foldKey, normalizeForMatch, ZWNJ } from './normalize';
import {
  afterWords,
  alternation,
  beforeWords,
  endsWith,
  isDateline,
  lazyRegex,
  startsWith,
  stemsAnywhere,
} from './context-text';

/*
 * Ambiguous aliases count only when the words around them say so. Every rule is "a signal for this meaning is
 * present AND no signal for another meaning is", read from the text of the enclosing block (paragraph).
 * They run only for the rare matches of ambiguous aliases, so clarity matters more than speed here.
 */

/** Lower-cased, letter-folded, ZWNJ removed: the form every word list is compared in. */
function fold(text: string): string {
  return normalizeForMatch(text).text.replaceAll(ZWNJ, '');
}

const FINANCE_NEAR = lazyRegex(() => stemsAnywhere(FINANCE_STEMS.map(fold)));

/**
 * finance (SWIFT): the interbank network only. Vetoed by another entity right beside it (the singer, the
 * NASA satellite, a "SWIFT Act"). Otherwise it needs banking / payments / sanctions vocabulary within about
 * 12 words either side, or an exclusion phrase just before it ("cut off from SWIFT"). A "SWIFT code" is the
 * network's bank identifier, so it counts, but only with the same finance vocabulary nearby.
 */
function finance(block: string, start: number, end: number): string | undefined {
  const before = fold(beforeWords(block, start, 12));
  const after = fold(afterWords(block, end, 12));
  if (FINANCE_VETO_BEFORE.test(before) || FINANCE_VETO_AFTER.test(after)) return undefined;
  return (
    signal(FINANCE_EXCLUSION_BEFORE.exec(before), before) ??
    signal(FINANCE_NEAR.exec(before), before) ??
    signal(FINANCE_NEAR.exec(after), after)
  );
}

/**
 * The words that decided a match, for the card's "why" line: the match widened to whole words (a stem
 * "sanction" shows as "sanctions"). Undefined when there was no match.
 */
function signal(match: RegExpExecArray | null, text: string): string | undefined {
  if (match === null) return undefined;
  let from = match.index;
  let to = from + match[0].length;
  while (from > 0 && /[\p{L}\p{N}-]/u.test(text.charAt(from - 1))) from--;
  while (to < text.length && /[\p{L}\p{N}-]/u.test(text.charAt(to))) to++;
  const words = text
    .slice(from, to)
    .replace(/\s+/g, ' ')
    .replace(/^[\s,]+|[\s,]+$/g, '');
  // A signal that is only punctuation (a comma between two capitals) still decided: say so plainly.
  return words === '' ? match[0].trim() || match[0] : words;
}

const CONJ = '(?:and|&|и|und|et|y|و|,|和|与|與|及|、)';
// Every list is folded and compiled on first use only (see lazyRegex).
const capitals = () => CAPITALS.map(fold);
const verbStems = () => GOV_VERB_STEMS.map(fold);
const PLACE_BEFORE_RE = lazyRegex(() => endsWith(PLACE_BEFORE.map(fold)));
const PLACE_AFTER_RE = lazyRegex(() => startsWith(PLACE_AFTER.map(fold), '\\s*'));
const GOV_BEFORE_RE = lazyRegex(() => endsWith(GOV_BEFORE.map(fold)));
const GOV_PREFIX_RE = lazyRegex(() => startsWith(GOV_AFTER_PREFIX, '', false));
const PAIR_BEFORE_RE = lazyRegex(() => new RegExp(`${alternation(capitals(), true)}\\s*${CONJ}\\s*$`, 'u'));
const PAIR_AFTER_RE = lazyRegex(() => startsWith(capitals(), `\\s*${CONJ}\\s*[وف]?`));
const BETWEEN_RE = lazyRegex(
  () =>
    new RegExp(
      `${alternation(['between', 'между', 'zwischen', 'entre', 'بين', 'ميان'], true)}\\s+(?:\\S+\\s+){1,4}?${CONJ}\\s*$`,
      'u',
    ),
);
/** Up to four words before the verb: "Moscow has repeatedly warned", "Moscow, however, said". */
const FILLER = '(?:(?!(?:where|when|wo|où|donde|где)(?!\\p{L}))[^\\s.!?;:()«»"“”]+[\\s,]+){0,4}?';
const VERB_AFTER_RE = lazyRegex(
  () =>
    new RegExp(
      `^[\\s,]*${FILLER}(?:${alternation(verbStems(), false)}|${alternation(GOV_EXACT_WORDS, true)})`,
      'u',
    ),
);
const CJK_VERB_AFTER_RE = lazyRegex(() =>
  startsWith(
    verbStems().filter((s) => /\p{sc=Han}/u.test(s)),
    '\\s*\\p{sc=Han}{0,4}?',
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
      )}\\p{L}*\\s*$`,
      'u',
    ),
);

/**
 * government (Moscow, Tehran and translations): counts only where the city stands for its state. Never in a
 * dateline ("MOSCOW (AP) —") or where a place or name signal is beside it ("in Moscow", "Moscow time",
 * "Spartak Moscow", "Tehran Stock Exchange", "Moscow, Idaho"); otherwise it needs a government signal: a verb
 * of statement or action just after ("Moscow warned", "Tehran has"), a possessive or "-backed", a pair of
 * capitals ("Tehran and Moscow"), or a relation phrase before ("relations with Moscow", "between X and").
 */
function government(block: string, start: number, end: number): string | undefined {
  if (isDateline(block, start, end)) return undefined;
  const before = fold(beforeWords(block, start, 6));
  const after = fold(afterWords(block, end, 8));
  if (PLACE_BEFORE_RE.test(before) || PLACE_AFTER_RE.test(after)) return undefined;
  return (
    signal(GOV_PREFIX_RE.exec(after), after) ??
    signal(VERB_AFTER_RE.exec(after), after) ??
    signal(CJK_VERB_AFTER_RE.exec(after), after) ??
    signal(ARABIC_VERB_BEFORE_RE.exec(before), before) ??
    signal(GOV_BEFORE_RE.exec(before), before) ??
    signal(PAIR_BEFORE_RE.exec(before), before) ??
    signal(PAIR_AFTER_RE.exec(after), after) ??
    signal(BETWEEN_RE.exec(before), before)
  );
}

const PERSON_TITLE_RE = lazyRegex(() =>
  endsWith(['vladimir', 'v.', 'm.', 'mr', 'mr.', 'monsieur', 'président', 'president']),
);
const DETERMINER_RE = lazyRegex(() =>
  endsWith(
    'la|une|sa|ma|ta|cette|notre|votre|leur|les|des|bonne|grosse|meilleure|vraie|a|the|my|our'.split('|'),
  ),
);
const FOOD_RE = lazyRegex(() =>
  stemsAnywhere(
    'frite|fromage|sauce|restaurant|recette|plat|manger|mangé|cuisine|gravy|fries|cheese|curd|dish|menu|poutinerie|casse-croûte|festival|assiette|snack'.split(
      '|',
    ),
  ),
);

/**
 * person (French "Poutine"): the surname, not the Québec dish. A title just before ("Vladimir", "M.",
 * "président") always counts. Otherwise it must be capitalised, with no determiner before it ("la poutine",
 * "une Poutine") and no food words around it (frites, fromage, sauce, restaurant...).
 */
function person(block: string, start: number, end: number): string | undefined {
  const before = fold(beforeWords(block, start, 12));
  const title = signal(PERSON_TITLE_RE.exec(before), before);
  if (title !== undefined) return title;
  const first = block.charAt(start);
  if (first === first.toLowerCase()) return undefined;
  if (DETERMINER_RE.test(before)) return undefined;
  if (FOOD_RE.test(before) || FOOD_RE.test(fold(afterWords(block, end, 12)))) return undefined;
  // Counted for its capital letter and the absence of food words: no one word decided it.
  return '';
}

const RULES: Record<ContextRule, (block: string, start: number, end: number) => string | undefined> = {
  finance,
  government,
  person,
};

/**
 * What makes the ambiguous match at [start, end) of `block` (the enclosing paragraph's text) count: the
 * deciding words as they read in folded form ("sanctions", "warned", "relations with"), an empty string when
 * no single word decided, or undefined when it does not count.
 */
export function contextEvidence(
  rule: ContextRule,
  block: string,
  start: number,
  end: number,
): string | undefined {
  return RULES[rule](block, start, end);
}

/** True when the ambiguous match at [start, end) of `block` counts. */
export function passesContext(rule: ContextRule, block: string, start: number, end: number): boolean {
  return contextEvidence(rule, block, start, end) !== undefined;
}

/** A user's "not this meaning" correction for one site. */
export interface Correction {
  topic: TopicId;
  text: string;
}

/** Drops mentions the user marked "not this meaning": same topic and same text after `foldKey`. */
export function applyCorrections<M extends { topic: TopicId; text: string }>(
  mentions: readonly M[],
  corrections: readonly Correction[],
): M[] {
  if (corrections.length === 0) return mentions.slice();
  const rejected = new Set(corrections.map((c) => `${c.topic}\u0000${foldKey(c.text)}`));
  return mentions.filter((m) => !rejected.has(`${m.topic}\u0000${foldKey(m.text)}`));
}

import type { ContextRule, TopicId } from '../../data/schema';
import { afterWords, beforeWords, fold, lazyWords, signal } from './context-text';
import { endsWithWord, holdsStem } from './word-list';
import type { Evidence } from './evidence';
import { finance } from './finance-rule';
import { government } from './government-rule';
import { foldKey } from './normalize';

/*
 * Ambiguous aliases count only when the words around them say so. Every rule is "a signal for this meaning is
 * present AND no signal for another meaning is", read from the text of the enclosing block (paragraph) and,
 * for what a whole page decides (which SWIFT it means, which Moscow), from the page's text.
 * They run only for the rare matches of ambiguous aliases, so clarity matters more than speed here.
 */

const PERSON_TITLE_RE = lazyWords(() =>
  endsWithWord(['vladimir', 'v.', 'm.', 'mr', 'mr.', 'monsieur', 'président', 'president']),
);
const DETERMINER_RE = lazyWords(() =>
  endsWithWord(
    'la|une|sa|ma|ta|cette|notre|votre|leur|les|des|bonne|grosse|meilleure|vraie|a|the|my|our'.split('|'),
  ),
);
const FOOD_RE = lazyWords(() =>
  holdsStem(
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

type Rule = (block: string, start: number, end: number, page?: () => string) => Evidence | undefined;
const RULES: Record<ContextRule, Rule> = {
  finance,
  government,
  person,
};

/**
 * What makes the ambiguous match at [start, end) of `block` (the enclosing paragraph's text) count: the
 * deciding words as they read in folded form ("sanctions", "warned", "relations with"), what the page is about
 * when the page decided (banks and sanctions), an empty string when no single word decided, or undefined
 * when it does not count. `page` gives the text of the page (or the article) around the block.
 */
export function contextEvidence(
  rule: ContextRule,
  block: string,
  start: number,
  end: number,
  page?: () => string,
): Evidence | undefined {
  return RULES[rule](block, start, end, page);
}

/** True when the ambiguous match at [start, end) of `block` counts. */
export function passesContext(
  rule: ContextRule,
  block: string,
  start: number,
  end: number,
  page?: () => string,
): boolean {
  return contextEvidence(rule, block, start, end, page) !== undefined;
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

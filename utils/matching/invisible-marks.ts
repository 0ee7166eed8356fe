/**
 * Character ranges (as regex class bodies) that the alias regexes cannot see through. One list for the
 * matcher's normalisation (normalize.ts) and the content script's topic hint (topic-gate.ts), which folds text
 * more cheaply and must never miss what the matcher finds.
 */

/** Dropped from a word: harakat, Quranic marks, tatweel, soft hyphen, ZWJ, bidi marks, BOM. */
export const DROPPED_MARKS =
  '\\u00AD\\u0610-\\u061A\\u061C\\u0640\\u064B-\\u065F\\u0670\\u06D6-\\u06DC\\u06DF-\\u06E8\\u06EA-\\u06ED' +
  '\\u200D-\\u200F\\uFEFF';

/** Arabic presentation forms: font-level variants of ordinary letters (NFKC folds them). */
export const PRESENTATION_FORMS = '\\uFB50-\\uFDFF\\uFE70-\\uFEFE';

/** Turkish capital İ, which a case-insensitive regex does not fold to "i". */
export const DOTTED_CAPITAL_I = '\\u0130';

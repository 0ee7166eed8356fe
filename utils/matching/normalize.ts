/**
 * Normalisation for MATCHING only; never show its output.
 *
 * What is folded, and why:
 * - Arabic-script letter variants: Persian ی/ک and Arabic ي/ى/ك are the same letters to a reader; أ إ آ ٱ are
 *   often typed as bare ا; ة/ۀ are often typed as ه. One alias spelling must match them all.
 * - Harakat, tatweel, soft hyphens, ZWJ, bidi marks and Arabic presentation forms: invisible or optional
 *   inside a word, or a font-level variant of a letter.
 * - The zero-width non-joiner (U+200C) is KEPT in normalised text: in Persian it separates a word from its
 *   suffix ("ایران‌ها"), so it is a word boundary; the alias regex lets it occur between an alias's letters.
 * - Case, and curly apostrophes (’ → '). Turkish İ lower-cases to "i" plus a combining dot, and a regex that
 *   ignores case does not fold it: it becomes a plain "i" ("İran" is "iran").
 *
 * The matcher does not normalise ordinary page text: the letter classes are compiled into its regex
 * (`variantClass`), so a node without a match costs no allocation. Only text holding the rare characters the
 * regex cannot see through (`needsNormalizing`: harakat, soft hyphens...) goes through `normalizeForMatch`,
 * whose offset map turns a match in normalised text back into the exact [start, end) of the original.
 */

import { DOTTED_CAPITAL_I, DROPPED_MARKS, PRESENTATION_FORMS } from './invisible-marks';

/** Canonical letter, then the variants folded into it. */
const LETTER_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['\u064A', '\u06CC\u0649'], // yeh: Persian yeh, alef maksura
  ['\u0643', '\u06A9\u06AA'], // kaf: keheh, swash kaf
  ['\u0647', '\u0629\u06C0\u06C1'], // heh: teh marbuta, heh with yeh above, heh goal
  ['\u0627', '\u0623\u0625\u0622\u0671'], // alef: with hamza above/below, madda, wasla
  ["'", '\u2019\u2018\u02BC'],
];

const FOLD = new Map<string, string>([['\u0130', 'i']]);
for (const [canonical, variants] of LETTER_VARIANTS) for (const v of variants) FOLD.set(v, canonical);
const CLASSES = new Map(LETTER_VARIANTS.map(([c, v]) => [c, `[${c}${v}]`]));

const VARIANT = new RegExp(`[${[...FOLD.keys()].join('')}]`, 'g');

/**
 * Letter variants folded and lower case, and nothing else (no marks dropped, no offset map): for long texts
 * read as a whole, such as a page's words, where `normalizeForMatch` would cost too much.
 */
export function foldLetters(text: string): string {
  return text.replace(VARIANT, (ch) => FOLD.get(ch) ?? ch).toLowerCase();
}

/** Regex source matching a canonical (folded) character and every variant of it, or null if it has none. */
export function variantClass(canonical: string): string | null {
  return CLASSES.get(canonical) ?? null;
}

// Built from literal ranges of standalone marks, matched one code unit at a time on purpose.
const DROPPED = new RegExp(`[${DROPPED_MARKS}]`);
const PRESENTATION = new RegExp(`[${PRESENTATION_FORMS}]`);

/**
 * Characters the alias regex cannot see through: soft hyphens, harakat, tatweel, ZWJ, bidi marks, Arabic
 * presentation forms, Turkish İ. All but İ are rare in running text, so a regex that allowed them after every
 * letter would cost every page (and grow too large to compile to fast native code) for the sake of a few nodes.
 */
const NEEDS = new RegExp(`[${DROPPED_MARKS}${PRESENTATION_FORMS}${DOTTED_CAPITAL_I}]`);

/** The zero-width non-joiner, kept in normalised text as a Persian word boundary. */
export const ZWNJ = '\u200C';

/** Normalised text plus, for each of its UTF-16 units, the original [starts[i], ends[i]). */
export interface Normalized {
  text: string;
  starts: number[];
  ends: number[];
}

/** True when `text` holds characters the matcher must normalise away before matching. */
export function needsNormalizing(text: string): boolean {
  return NEEDS.test(text);
}

/** Folds letter variants and case, drops invisible marks, and keeps a map back to original offsets. */
export function normalizeForMatch(text: string): Normalized {
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < text.length;) {
    const cp = text.codePointAt(i) ?? 0;
    const ch = String.fromCodePoint(cp);
    const next = i + ch.length;
    if (DROPPED.test(ch)) {
      // An invisible mark joins the previous letter's span, so a highlight never cuts a word's marks off.
      if (ends.length > 0) ends[ends.length - 1] = next;
    } else {
      // A presentation form (ﺍﻳﺮﺍﻥ, the ligature ﻻ) becomes its ordinary letters first.
      const base = PRESENTATION.test(ch) ? ch.normalize('NFKC') : ch;
      for (const unit of base) {
        const folded = FOLD.get(unit) ?? unit.toLowerCase();
        out += folded;
        for (let k = 0; k < folded.length; k++) {
          starts.push(i);
          ends.push(next);
        }
      }
    }
    i = next;
  }
  return { text: out, starts, ends };
}

/** Maps [start, end) in normalised text (start < end) back to [start, end) in the original string. */
export function toOriginalSpan(n: Normalized, start: number, end: number): [number, number] {
  return [n.starts[start] ?? 0, n.ends[end - 1] ?? 0];
}

/**
 * A comparison key: normalised, ZWNJ removed, whitespace collapsed. Two spellings of the same word form
 * ("ایران" / "ايران", "IRAN" / "Iran", "d’Iran" / "d'Iran") have the same key.
 */
export function foldKey(text: string): string {
  return normalizeForMatch(text).text.replaceAll(ZWNJ, '').replace(/\s+/gu, ' ').trim();
}

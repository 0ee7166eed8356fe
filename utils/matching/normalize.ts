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
 * - Case, and curly apostrophes (’ → ').
 *
 * The matcher does not normalise ordinary page text: the letter classes are compiled into its regex
 * (`variantClass`), so a node without a match costs no allocation. Only text holding the rare characters the
 * regex cannot see through (`needsNormalizing`: harakat, soft hyphens...) goes through `normalizeForMatch`,
 * whose offset map turns a match in normalised text back into the exact [start, end) of the original.
 */

/** Canonical letter, then the variants folded into it. */
const LETTER_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['\u064A', '\u06CC\u0649'], // yeh: Persian yeh, alef maksura
  ['\u0643', '\u06A9\u06AA'], // kaf: keheh, swash kaf
  ['\u0647', '\u0629\u06C0\u06C1'], // heh: teh marbuta, heh with yeh above, heh goal
  ['\u0627', '\u0623\u0625\u0622\u0671'], // alef: with hamza above/below, madda, wasla
  ["'", '\u2019\u2018\u02BC'],
];

const FOLD = new Map<string, string>();
for (const [canonical, variants] of LETTER_VARIANTS) for (const v of variants) FOLD.set(v, canonical);
const CLASSES = new Map(LETTER_VARIANTS.map(([c, v]) => [c, `[${c}${v}]`]));

/** Regex source matching a canonical (folded) character and every variant of it, or null if it has none. */
export function variantClass(canonical: string): string | null {
  return CLASSES.get(canonical) ?? null;
}

/** Dropped from normalised text: harakat, Quranic marks, tatweel, soft hyphen, ZWJ, bidi marks, BOM. */
function isDropped(c: number): boolean {
  if (c < 0x00ad) return false;
  return (
    c === 0x00ad ||
    (c >= 0x0610 && c <= 0x061a) ||
    c === 0x061c ||
    c === 0x0640 ||
    (c >= 0x064b && c <= 0x065f) ||
    c === 0x0670 ||
    (c >= 0x06d6 && c <= 0x06dc) ||
    (c >= 0x06df && c <= 0x06e8) ||
    (c >= 0x06ea && c <= 0x06ed) ||
    (c >= 0x200d && c <= 0x200f) ||
    c === 0xfeff
  );
}

function isPresentationForm(c: number): boolean {
  return (c >= 0xfb50 && c <= 0xfdff) || (c >= 0xfe70 && c <= 0xfefe);
}

/**
 * Characters the alias regex cannot see through: soft hyphens, harakat, tatweel, ZWJ, bidi marks, Arabic
 * presentation forms. All are rare in running text, so a regex that allowed them after every letter would
 * cost every page (and grow too large to compile to fast native code) for the sake of a few nodes.
 */
const NEEDS =
  // Ranges of standalone marks, matched one code unit at a time on purpose.
  // eslint-disable-next-line no-misleading-character-class
  /[\u00AD\u0610-\u061A\u061C\u0640\u064B-\u065F\u0670\u06D6-\u06ED\u200D-\u200F\uFB50-\uFDFF\uFE70-\uFEFF]/;

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
    if (isDropped(cp)) {
      // An invisible mark joins the previous letter's span, so a highlight never cuts a word's marks off.
      if (ends.length > 0) ends[ends.length - 1] = next;
    } else {
      // A presentation form (ﺍﻳﺮﺍﻥ, the ligature ﻻ) becomes its ordinary letters first.
      const base = isPresentationForm(cp) ? ch.normalize('NFKC') : ch;
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

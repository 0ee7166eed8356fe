/** Letters that carry their mark in the letter itself, so Unicode decomposition leaves them as they are. */
const UNDECOMPOSED: Readonly<Record<string, string>> = {
  ł: 'l',
  đ: 'd',
  ø: 'o',
  ħ: 'h',
  ŧ: 't',
  ı: 'i',
  ß: 'ss',
};
const UNDECOMPOSED_RE = new RegExp(`[${Object.keys(UNDECOMPOSED).join('')}]`, 'g');
const MARKS = /\p{M}/gu;
const NON_ASCII = /[^\t\n\r\x20-\x7e]/;

/** Words as the search tokenizes them: letters, combining marks, digits in any script. */
const WORD = /[\p{L}\p{M}\p{N}_]+/gu;

/** Lower case without diacritics ("Téhéran" → "teheran"): what search compares. */
export function fold(text: string): string {
  const lower = text.toLowerCase();
  // Most of a fact base is plain ASCII, which has nothing to decompose: building the index stays cheap.
  if (!NON_ASCII.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(MARKS, '')
    .replace(UNDECOMPOSED_RE, (ch) => UNDECOMPOSED[ch] ?? ch);
}

/** Visits each word of a shown string, folded, with where it stands in the shown string. */
export type WordVisitor = (word: string, start: number, end: number) => void;

/**
 * Visits the words of `text`, each folded. Words are cut from the shown text and folded one by one, so their
 * offsets are the shown text's even where folding changes a length ("Straße" → "strasse").
 */
export function forEachWord(text: string, visit: WordVisitor): void {
  // Plain ASCII (most of a fact base) folds letter for letter: cut the lower-cased text, at the same offsets.
  const ascii = !NON_ASCII.test(text);
  const source = ascii ? text.toLowerCase() : text;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m !== null; m = WORD.exec(source)) {
    const word = ascii ? m[0] : fold(m[0]);
    if (word !== '') visit(word, m.index, m.index + m[0].length);
  }
}

/** The folded words of `text`, in order. */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => out.push(word));
  return out;
}

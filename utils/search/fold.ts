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

/** What joins the parts of one word ("long-term", "S-400"); a dash ("Iran–Russia", "2015–2020") does not. */
const HYPHENS = new Set(['-', '\u00ad', '\u2010', '\u2011']);

/**
 * Visits the words of `text`, each folded. Words are cut from the shown text and folded one by one, so their
 * offsets are the shown text's even where folding changes a length ("Straße" → "strasse"). With `visitJoined`,
 * each hyphenated word is also visited as one ("long-term" → "longterm", over "long-term"), right after its
 * parts, so a reader who writes it without its hyphen finds it.
 */
export function forEachWord(text: string, visit: WordVisitor, visitJoined?: WordVisitor): void {
  // Plain ASCII (most of a fact base) folds letter for letter: cut the lower-cased text, at the same offsets.
  const ascii = !NON_ASCII.test(text);
  const source = ascii ? text.toLowerCase() : text;
  // The hyphenated word being read: its parts so far, joined, where it starts and ends, how many parts.
  let joined = '';
  let joinedStart = 0;
  let joinedEnd = -2;
  let parts = 0;
  WORD.lastIndex = 0;
  for (let m = WORD.exec(source); m !== null; m = WORD.exec(source)) {
    const word = ascii ? m[0] : fold(m[0]);
    if (word === '') continue;
    const start = m.index;
    const end = start + m[0].length;
    if (visitJoined !== undefined) {
      if (start === joinedEnd + 1 && HYPHENS.has(source[joinedEnd]!)) {
        joined += word;
        parts++;
      } else {
        if (parts > 1) visitJoined(joined, joinedStart, joinedEnd);
        joined = word;
        joinedStart = start;
        parts = 1;
      }
      joinedEnd = end;
    }
    visit(word, start, end);
  }
  if (parts > 1) visitJoined?.(joined, joinedStart, joinedEnd);
}

/** The folded words of `text`, in order. */
export function foldedWords(text: string): string[] {
  const out: string[] = [];
  forEachWord(text, (word) => out.push(word));
  return out;
}

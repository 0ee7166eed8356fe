/** Words too common to say what a paragraph is about. */
const STOPWORDS = new Set(
  (
    'the and for that with this from have has had was were are its his her their they them than then into ' +
    'about over after before also been being but not can could would should will may might said says say ' +
    'more most some such what when where which while who whom why how all any each other both only own same ' +
    'very just one two new year years last first between against during under upon per via our out off'
  ).split(' '),
);

/** Reduces an English word to a rough stem so "sanctions" meets "sanctioned" (no dictionary needed). */
export function stem(word: string): string {
  if (word.length <= 4) return word;
  for (const suffix of ['ations', 'ation', 'ing', 'ies', 'ied', 'es', 'ed', 's', 'al']) {
    if (word.endsWith(suffix) && word.length - suffix.length >= 4) return word.slice(0, -suffix.length);
  }
  return word;
}

/** The distinct stems of the meaningful words in `text`. */
export function terms(text: string): Set<string> {
  const out = new Set<string>();
  for (const raw of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (raw.length < 3 || STOPWORDS.has(raw)) continue;
    out.add(stem(raw));
  }
  return out;
}

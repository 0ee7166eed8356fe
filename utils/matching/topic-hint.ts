import { scriptGroup, trie, type ScriptGroup } from './alias-regex';

/**
 * The content script's topic hint (see utils/content/topic-gate.ts), computed at build time: one regex every
 * page carries, so each stem in it costs every page bytes. A stem is the start of an alias's longest word, as
 * short as it can be while staying rare in ordinary text of its script; every alias match holds one of them
 * as written (case and letter variants aside), so a text without any cannot hold a mention. The converse is
 * not needed: a false hint costs a load of the page app, never a mention.
 */

/**
 * Letters a stem keeps, per script. Latin and Cyrillic stems need enough letters to stay out of common words
 * ("bushehr" is not "bush"); a Han character carries a syllable, so three of them are rare ("环球银" of the
 * network's Chinese name, where "环球" alone means "global"); katakana are one sound each.
 */
const STEM_LETTERS: Record<ScriptGroup, number> = { word: 8, cyrillic: 5, arabic: 8, hebrew: 8, cjk: 3 };
const KATAKANA_STEM_LETTERS = 4;
/** Keys this short ("rus", "рф") are common inside words: they count only as whole words. */
const WHOLE_WORD_MAX = 3;
/** Letters of the scripts whose short keys must stand alone (the hint's flags ignore case). */
const SPACED_LETTERS = 'a-z\\u00C0-\\u024F\\u0400-\\u04FF';

function isKatakana(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 0x30a1 && c <= 0x30fc;
}

/**
 * Words of a multi-word name too common in news text to stand for it: the network's English name would load
 * the page app on every page about telecommunications.
 */
const COMMON_WORDS = new Set(['society', 'worldwide', 'financial', 'telecommunication']);

/** The stem of one alias key: the first letters of its longest word that is not a common one. */
function stemOf(key: string): string {
  const words = key.split(/[ ・]/);
  const rare = words.filter((word) => !COMMON_WORDS.has(word));
  const longest = (rare.length > 0 ? rare : words).reduce((a, b) => (b.length > a.length ? b : a));
  const letters = [...longest];
  const group = scriptGroup(key);
  const max =
    group === 'cjk' && isKatakana(letters[0] ?? '')
      ? KATAKANA_STEM_LETTERS
      : // A multi-word name's stem is its rarest part, kept long ("telecomm" of the network's English name).
        key.includes(' ') && group !== 'cjk'
        ? 8
        : STEM_LETTERS[group];
  return letters.slice(0, max).join('');
}

/** Latin and Cyrillic aliases start a word (`leftBoundaryOk`): their stems need not be looked for inside one. */
const isSpaced = (key: string) => scriptGroup(key) === 'word' || scriptGroup(key) === 'cyrillic';
const isShort = (key: string) => [...key].length <= WHOLE_WORD_MAX && isSpaced(key);

/**
 * Whether every match of `key` holds a match of `other`'s stem where the hint looks for it: a short key as one
 * of its words, another Latin or Cyrillic one at the start of one of its words, any other anywhere.
 */
function holds(key: string, other: string): boolean {
  // An apostrophe ends a word for the hint as a space does ("d'iran", "dell'iran" hold "iran").
  const words = ` ${key.replace(/['’]/g, ' ')} `;
  if (isShort(other)) return words.includes(` ${other} `);
  return isSpaced(other) ? words.includes(` ${other}`) : key.includes(other);
}

/**
 * The hint's stems: `prefix` stems start a word (Latin, Cyrillic) or stand anywhere (other scripts), `whole`
 * ones are whole words (short keys, and stems no key's word goes on from). Keys that hold a shorter key need
 * no stem of their own.
 */
export function hintStems(keys: readonly string[]): { prefix: string[]; whole: string[] } {
  const whole = keys.filter(isShort);
  const long = keys.filter((key) => !isShort(key));
  const minimal = long.filter((key) => !keys.some((other) => other !== key && holds(key, other)));
  const stems = [...new Set(minimal.map(stemOf))];
  const prefix = stems.filter((stem) => !stems.some((other) => other !== stem && stem.includes(other)));
  // A Latin or Cyrillic stem that is a whole word no key continues ("swift": no key holds "swifta") must end
  // a word too, so a fandom's "Swiftyue" is no hint.
  const words = new Set(keys.flatMap((key) => key.replace(/['’]/g, ' ').split(/[ ・]/)));
  const continued = (stem: string) => [...words].some((word) => word.startsWith(stem) && word !== stem);
  const ending = (stem: string) => isSpaced(stem) && words.has(stem) && !continued(stem);
  return {
    prefix: prefix.filter((stem) => !ending(stem)),
    whole: [...whole, ...prefix.filter(ending)],
  };
}

/**
 * The topic hint: one case-insensitive regex over `hintStems`, with the same letter variants as the aliases.
 * Latin and Cyrillic stems only at a word's start ("Brussels" and "Borussia" hold "russ" mid-word), and only
 * in a word of letters: an alias never touches a digit or an underscore, so "russian_space_geckos" (a user
 * name, which loaded the page app on a page naming no topic) and "Iran2024" are no hint. Without the aliases'
 * optional ZWNJs, which would double its size: text holding one is tested without them. The letters are
 * spelled out: with `\p{L}` the compiled regex took 53 KB of every page's heap instead of 31.
 */
export function hintPattern(keys: readonly string[]): { source: string; flags: string } {
  const { prefix, whole } = hintStems(keys);
  const spaced = prefix.filter(isSpaced);
  const other = prefix.filter((stem) => !isSpaced(stem));
  const alone = whole.length === 0 ? '' : `|${trie(whole, false)}(?![${SPACED_LETTERS}_0-9])`;
  const wordStart =
    `(?<![${SPACED_LETTERS}_0-9])` +
    `(?:${trie(spaced, false)}(?![${SPACED_LETTERS}\\u0300-\\u036F]*[_0-9])${alone})`;
  return { source: `(?:${trie(other, false)}|${wordStart})`, flags: 'iu' };
}

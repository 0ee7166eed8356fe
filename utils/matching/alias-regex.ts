import { lazy } from '../lazy';
import { variantClass } from './normalize';

/**
 * Compiles alias keys (see `foldKey`) into ONE global regular expression, built as a trie per script so the
 * engine walks shared prefixes once ("росси(?:я|и|ю|ей)") instead of trying hundreds of alternatives. A
 * terminal node's continuation is an optional greedy group, so the longest alias wins ("Vladimir Putin"
 * over "Putin") and falls back to a shorter one when the longer fails its right boundary.
 *
 * Only the RIGHT word boundary is in the regex. The left one is checked by `leftBoundaryOk` on the rare
 * candidate matches: a leading lookbehind would run at every position where an alias's first letter occurs
 * mid-word, which made Cyrillic and Persian text several times slower to scan.
 */

/** A letter, digit, mark or underscore continues a word; anything else (space, apostrophe, hyphen) ends it. */
const W = '[\\p{L}\\p{N}\\p{M}_]';
/** Scripts written without spaces: a Latin alias may touch them ("SWIFT系统", "SWIFT에서"). */
const CJK_CLASS = '[\\p{sc=Han}\\p{sc=Hiragana}\\p{sc=Katakana}\\p{sc=Hangul}]';
const cjk = lazy(() => new RegExp(CJK_CLASS, 'u'));
const ARABIC = /[\u0600-\u06FF]/;
const ARABIC_LETTER = /^[\u0600-\u06FF]$/;

/** Which boundary rules an alias key needs; each group is its own regex, compiled only for text in its script. */
export type ScriptGroup = 'word' | 'cyrillic' | 'arabic' | 'hebrew' | 'cjk';

const CYRILLIC = /[\u0400-\u04FF]/;
const HEBREW = /[\u0590-\u05FF]/;

/**
 * Classifies a folded alias key by the script whose word-boundary rules apply to it, from its first letter
 * (every key is written in one script): cheap enough to run over every key when a page builds its regexes.
 */
export function scriptGroup(key: string): ScriptGroup {
  const c = key.charCodeAt(0);
  if (c >= 0x2e80) return 'cjk';
  if (c >= 0x0600 && c <= 0x06ff) return 'arabic';
  if (c >= 0x0590 && c <= 0x05ff) return 'hebrew';
  if (c >= 0x0400 && c <= 0x04ff) return 'cyrillic';
  return 'word';
}

/** Sticky, zero-width: true at lastIndex when the character before is not part of a word (or is CJK). */
const wordStart = lazy(() => new RegExp(`(?<!${W})|(?<=${CJK_CLASS})`, 'uy'));
/**
 * Arabic joins some one-letter words to the next one: و "and", ف "so", ل "for/to", لل "for the". An Arabic
 * alias may follow them ("وروسيا", "لإيران"). ب and ك are left out: "بروسيا" is also Prussia.
 */
const arabicStart = lazy(
  () =>
    /(?<!\p{L}|\p{N}|\p{M}|_)|(?<=(?<![\p{L}\p{N}\p{M}_])(?:[\u0648\u0641](?:\u0644\u0644?)?|\u0644\u0644?))/uy,
);
/**
 * Hebrew writes "and", "the", "in", "to", "from", "that" and "as" as one-letter prefixes of the next word, up
 * to three of them ("וברוסיה" and in Russia, "שהקרמלין" that the Kremlin).
 */
const hebrewStart = lazy(
  () =>
    /(?<![\p{L}\p{N}\p{M}_])|(?<=(?<![\p{L}\p{N}\p{M}_])[\u05D5\u05D4\u05D1\u05DC\u05DE\u05E9\u05DB]{1,3})/uy,
);

/** Sticky, zero-width: true at lastIndex when the character there is CJK. */
const cjkAt = lazy(() => new RegExp(`(?=${CJK_CLASS})`, 'uy'));
/** Katakana letters and the long-vowel mark: a katakana name inside a longer katakana word is another word. */
const KATAKANA_LETTER = '[\\u30A1-\\u30FA\\u30FC]';
const isKatakanaLetter = (c: number) => (c >= 0x30a1 && c <= 0x30fa) || c === 0x30fc;

/**
 * True when an alias match may start at `start` of `text`: not in the middle of a word. Chinese aliases need
 * no boundary, katakana ones only against katakana; Arabic and Hebrew ones may follow a joined prefix.
 * Sticky regexes, so nothing is allocated.
 */
export function leftBoundaryOk(text: string, start: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start);
  if (isKatakanaLetter(c)) return !isKatakanaLetter(text.charCodeAt(start - 1));
  const re =
    c >= 0x0600 && c <= 0x06ff ? arabicStart() : c >= 0x05d0 && c <= 0x05ea ? hebrewStart() : wordStart();
  re.lastIndex = start;
  if (re.test(text)) return true;
  const cjkHere = cjkAt();
  cjkHere.lastIndex = start;
  return cjkHere.test(text);
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

function insert(root: TrieNode, key: string): void {
  let node = root;
  for (const ch of key) {
    let child = node.children.get(ch);
    if (child === undefined) {
      child = { children: new Map(), terminal: false };
      node.children.set(ch, child);
    }
    node = child;
  }
  node.terminal = true;
}

function charPattern(ch: string, prev: string, joiners: boolean): string {
  if (ch === ' ') return '\\s+';
  if (ARABIC_LETTER.test(ch)) {
    // Any variant of the letter; a Persian ZWNJ may sit between two letters ("هسته‌ای").
    const joiner = joiners && ARABIC_LETTER.test(prev) ? '\\u200C?' : '';
    return `${joiner}${variantClass(ch) ?? ch}`;
  }
  const cls = variantClass(ch);
  if (cls !== null) return cls;
  return /[\\^$.*+?()[\]{}|/]/.test(ch) ? `\\${ch}` : ch;
}

/** What `head` (one character's pattern) adds inside a character class, or null if it is not one character. */
function classMember(head: string): string | null {
  if (/^\[[^\]]+\]$/.test(head)) return head.slice(1, -1);
  if (/^\\.$/.test(head)) return head;
  if ([...head].length !== 1) return null;
  return /[\]\\^-]/.test(head) ? `\\${head}` : head;
}

/**
 * A node's pattern. Its children start with different letters, so their alternatives exclude each other and
 * may come in any order: those that are one letter and end there become one character class ("[nrs]").
 */
function emit(node: TrieNode, prev: string, joiners: boolean): string {
  const alternatives: string[] = [];
  const members: Array<[member: string, head: string]> = [];
  for (const [ch, child] of node.children) {
    const head = charPattern(ch, prev, joiners);
    const rest = emit(child, ch, joiners);
    const member = rest === '' ? classMember(head) : null;
    if (member === null) alternatives.push(head + rest);
    else members.push([member, head]);
  }
  if (members.length === 1) alternatives.push(members[0]![1]);
  else if (members.length > 1) alternatives.push(`[${members.map(([m]) => m).join('')}]`);
  if (alternatives.length === 0) return '';
  if (alternatives.length > 1) {
    const group = `(?:${alternatives.join('|')})`;
    return node.terminal ? `${group}?` : group;
  }
  const body = alternatives[0]!;
  if (!node.terminal) return body;
  return classMember(body) !== null || /^\[[^\]]+\]$/.test(body) ? `${body}?` : `(?:${body})?`;
}

/**
 * One regex source matching exactly `keys`, as a trie. `joiners`: let a ZWNJ stand between two Arabic-script
 * letters (the topic hint removes ZWNJs instead).
 */
export function trie(keys: readonly string[], joiners = true): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const key of keys) insert(root, key);
  return emit(root, '', joiners);
}

/** One script group's alias regex: its source, its flags and the scripts of text it can match in. */
export interface AliasPattern {
  script: ScriptGroup;
  source: string;
  flags: string;
}

/** Whether `keys` hold a letter that has case (so their regex must ignore case). */
const hasCase = (keys: readonly string[]) => keys.some((k) => /[\p{Lu}\p{Ll}\p{Lt}]/u.test(k));

/** What ends a match of each script group's aliases. */
const GROUP_END: Record<ScriptGroup, () => string> = {
  word: () => `(?:(?!${W})|(?=${CJK_CLASS}))`,
  cyrillic: () => `(?:(?!${W})|(?=${CJK_CLASS}))`,
  arabic: () => `(?!${W})`,
  hebrew: () => `(?!${W})`,
  // Han text has no spaces, so a Chinese alias counts wherever it stands (俄罗斯人, 伊朗核问题); a katakana
  // one not inside a longer katakana word (ロシアン is "Russian" as in a cat's breed).
  cjk: () => `(?!${KATAKANA_LETTER})`,
};

/** The regex source for the keys of one script group. */
export function groupSource(script: ScriptGroup, keys: readonly string[]): string {
  return trie(keys) + GROUP_END[script]();
}

/**
 * The alias regexes for folded alias keys: one per script group, so that each is compiled and run only on text
 * written in its script (the Latin one on every page). One combined case-insensitive regex cost 10-13 ms to
 * compile for two-byte text, 60 % of it for the Arabic part.
 */
export function aliasPatterns(keys: Iterable<string>): AliasPattern[] {
  const groups: Record<ScriptGroup, string[]> = { word: [], cyrillic: [], arabic: [], hebrew: [], cjk: [] };
  for (const key of keys) groups[scriptGroup(key)].push(key);
  return (Object.keys(groups) as ScriptGroup[])
    .filter((script) => groups[script].length > 0)
    .map((script) => {
      const list = groups[script];
      if (list.some((key) => [...key].some((ch) => /\p{L}/u.test(ch) && scriptGroup(ch) !== script)))
        throw new Error(`An alias mixes scripts: ${list.join(', ')}`);
      return { script, source: groupSource(script, list), flags: hasCase(list) ? 'giu' : 'gu' };
    });
}

/** Whether `text` holds a character of `script` (only such text can hold its aliases). */
export function mayHoldScript(script: ScriptGroup, text: string): boolean {
  switch (script) {
    case 'word':
      return true;
    case 'cyrillic':
      return CYRILLIC.test(text);
    case 'arabic':
      return ARABIC.test(text);
    case 'hebrew':
      return HEBREW.test(text);
    case 'cjk':
      return cjk().test(text);
  }
}

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

/** Which boundary rules an alias key needs. */
export type ScriptGroup = 'word' | 'arabic' | 'cjk';

/** Classifies a folded alias key by the script whose word-boundary rules apply to it. */
export function scriptGroup(key: string): ScriptGroup {
  if (cjk().test(key)) return 'cjk';
  if (ARABIC.test(key)) return 'arabic';
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

/** Sticky, zero-width: true at lastIndex when the character there is CJK. */
const cjkAt = lazy(() => new RegExp(`(?=${CJK_CLASS})`, 'uy'));

/**
 * True when an alias match may start at `start` of `text`: not in the middle of a word. Chinese aliases need
 * no boundary; Arabic ones may follow a joined proclitic. Sticky regexes, so nothing is allocated.
 */
export function leftBoundaryOk(text: string, start: number): boolean {
  if (start === 0) return true;
  const c = text.charCodeAt(start);
  const re = c >= 0x0600 && c <= 0x06ff ? arabicStart() : wordStart();
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

function emit(node: TrieNode, prev: string, joiners: boolean): string {
  const alternatives: string[] = [];
  for (const [ch, child] of node.children)
    alternatives.push(charPattern(ch, prev, joiners) + emit(child, ch, joiners));
  if (alternatives.length === 0) return '';
  const body = alternatives.length === 1 ? (alternatives[0] ?? '') : `(?:${alternatives.join('|')})`;
  return node.terminal ? `(?:${body})?` : body;
}

/** `joiners`: let a ZWNJ stand between two Arabic-script letters (the topic hint removes ZWNJs instead). */
function trie(keys: readonly string[], joiners = true): string {
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

/**
 * The alias regexes for folded alias keys: one per script group, so that the Arabic-script and Chinese ones
 * (which need no case folding) are compiled and run only on text written in those scripts. One combined
 * case-insensitive regex cost 10-13 ms to compile for two-byte text, 60 % of it for the Arabic part.
 */
export function aliasPatterns(keys: Iterable<string>): AliasPattern[] {
  const groups: Record<ScriptGroup, string[]> = { word: [], arabic: [], cjk: [] };
  for (const key of keys) groups[scriptGroup(key)].push(key);
  const { word, arabic, cjk: han } = groups;
  const patterns: AliasPattern[] = [];
  const add = (script: ScriptGroup, list: readonly string[], source: string) => {
    if (list.length > 0) patterns.push({ script, source, flags: hasCase(list) ? 'giu' : 'gu' });
  };
  add('word', word, `${trie(word)}(?:(?!${W})|(?=${CJK_CLASS}))`);
  add('arabic', arabic, `${trie(arabic)}(?!${W})`);
  // Han text has no spaces, so a Chinese alias counts wherever it stands (俄罗斯人, 伊朗核问题).
  add('cjk', han, trie(han));
  return patterns;
}

/** Whether `text` holds a character of `script` (only such text can hold its aliases). */
export function mayHoldScript(script: ScriptGroup, text: string): boolean {
  if (script === 'arabic') return ARABIC.test(text);
  if (script === 'cjk') return cjk().test(text);
  return true;
}

/** Longest stem the topic hint keeps of a word: enough to tell "bushehr" from "bush", short enough to stay small. */
const HINT_STEM_MAX = 8;

/**
 * The stems whose presence a page must show before the matcher is worth loading: for each alias key that
 * holds no shorter key, the first letters of its longest word. Every alias match holds one of them as it is
 * written (case and letter variants aside), so a text without any cannot hold a mention; the converse is not
 * needed.
 */
export function hintStems(keys: readonly string[]): string[] {
  const minimal = keys.filter((key) => !keys.some((other) => other !== key && key.includes(other)));
  const stems = new Set(
    minimal.map((key) => {
      const longest = key.split(' ').reduce((a, b) => (b.length > a.length ? b : a));
      return [...longest].slice(0, HINT_STEM_MAX).join('');
    }),
  );
  return [...stems].filter((stem) => ![...stems].some((other) => other !== stem && stem.includes(other)));
}

/**
 * The topic hint: one case-insensitive regex over `hintStems`, with the same letter variants as the aliases.
 * Without the aliases' optional ZWNJs, which would double its size: text holding one is tested without them.
 */
export function hintPattern(keys: readonly string[]): { source: string; flags: string } {
  return { source: trie(hintStems(keys), false), flags: 'iu' };
}

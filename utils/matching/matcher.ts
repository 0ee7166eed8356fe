import type { Alias, Language, TopicId } from '../../data/schema';
import { leftBoundaryOk, mayHoldScript, type AliasPattern } from './alias-regex';
import type { AliasTable, Candidate } from './alias-table';
import { contextEvidence } from './context-rules';
import type { Evidence } from './evidence';
import { isFixedPhrase } from './fixed-phrases';
import { lazy } from '../lazy';
import { foldKey, needsNormalizing, normalizeForMatch, toOriginalSpan, type Normalized } from './normalize';

/**
 * One mention: [start, end) are UTF-16 offsets into the text passed to `findMentions`, and `text` is exactly
 * that slice of it. Spans are whole words and never include an English possessive: "Putin's" gives "Putin",
 * "Vladimir Putin’s" gives "Vladimir Putin" (the longest alias wins).
 */
export interface Mention {
  topic: TopicId;
  start: number;
  end: number;
  text: string;
  alias: Alias;
  /** For an ambiguous alias, what decided it counts (for the card's "why" line). */
  evidence?: Evidence;
}

/** The text of the enclosing block element (a paragraph, a list item) and where the node's text starts in it. */
export interface BlockContext {
  text: string;
  offset: number;
  /**
   * The text of the page (or the article) the block is in, for what a page decides as a whole: which SWIFT it
   * means, which Moscow. Called only when an ambiguous name needs it; the same text each time for one page.
   */
  page?: () => string;
}

/** A block context, or a function computing it: called only when an ambiguous alias needs its context. */
export type BlockSource = BlockContext | (() => BlockContext);

export interface MatcherOptions {
  /** Only aliases of these languages are compiled (default: all). */
  languages?: readonly Language[];
  /** Only aliases of these topics are compiled (default: all). */
  topics?: readonly TopicId[];
}

export interface Matcher {
  /** Mentions in `text`, in order and non-overlapping; a frozen shared empty array when there are none. */
  findMentions(text: string, context?: BlockSource): readonly Mention[];
  /**
   * Compiles one more part of the regex ahead of its first use; false once nothing is left. Each part is one
   * indivisible piece of several ms, so a caller that must not block lets the page run between calls.
   */
  warmUp(): boolean;
}

const EMPTY: readonly Mention[] = Object.freeze([]);
/**
 * V8 compiles a regex on its first use against text stored one byte per character (Latin-1), and again on its
 * first use against text stored in two (anything beyond Latin-1, even one curly apostrophe). For the main
 * alias regex, case-insensitive over several scripts, each takes several ms (the two-byte one most). The
 * Arabic-script and Chinese regexes see only two-byte text, and only pages in those scripts compile them.
 */
const WARM_UP_TEXTS = ['ab', 'a\u2019'];
/** Invisible characters that may sit inside a case-sensitive match found through normalisation. */
const INVISIBLE = /[\u00AD\u200B-\u200F]/g;

function resolveBlock(source: BlockSource | undefined, text: string): BlockContext {
  const block = typeof source === 'function' ? source() : source;
  // A block that does not hold the node's text at the given offset is ignored rather than trusted.
  if (block !== undefined && block.text.startsWith(text, block.offset)) return block;
  return { text, offset: 0, page: block?.page };
}

/**
 * The matcher for a table of every alias (`buildAliasTable`; pages use the one computed at build time), with
 * only the enabled topics' and languages' aliases counting. The regex stays the whole table's: a match whose
 * aliases are all switched off is tried again from its next character, so a shorter alias inside it (the
 * English "Iran" in the German "Islamische Republik Iran") is still found.
 */
export function matcherFromTable(table: AliasTable, options: MatcherOptions = {}): Matcher {
  const languages = options.languages ? new Set<Language>(options.languages) : null;
  const topics = options.topics ? new Set<TopicId>(options.topics) : null;
  const enabled = (c: Candidate) =>
    (topics === null || topics.has(c.topic)) && (languages === null || languages.has(c.alias.lang));
  const byKey = new Map<string, Candidate[]>();
  for (const [key, candidates] of Object.entries(table.keys)) byKey.set(key, candidates.filter(enabled));
  const anyEnabled = [...byKey.values()].some((c) => c.length > 0);
  // The main regex is created now (and compiled by `warmUp`); the Arabic-script and Chinese ones at first
  // use, so a page with no text in those scripts never creates or compiles them.
  const toRegex = (p: AliasPattern) => new RegExp(p.source, p.flags);
  const regexes = (anyEnabled ? table.patterns : []).map((p) => {
    const main = p.script === 'word' ? toRegex(p) : undefined;
    return { script: p.script, regex: main ? () => main : lazy(() => toRegex(p)) };
  });

  /**
   * Adds the mentions `regex` finds in `haystack` (the text, or its normalised form) to `into`, which is
   * created at the first one: most text nodes hold none, and they allocate nothing.
   */
  function collect(
    regex: RegExp,
    haystack: string,
    text: string,
    normalized: Normalized | null,
    context: BlockSource | undefined,
    into: Mention[] | undefined,
  ): Mention[] | undefined {
    let mentions = into;
    let block: BlockContext | null = null;
    regex.lastIndex = 0;
    for (let match = regex.exec(haystack); match !== null; match = regex.exec(haystack)) {
      if (!leftBoundaryOk(haystack, match.index)) {
        // Mid-word: retry from the next character, where a real word start may still be found.
        regex.lastIndex = match.index + 1;
        continue;
      }
      const key = foldKey(match[0]);
      let start = match.index;
      let end = start + match[0].length;
      if (normalized !== null) [start, end] = toOriginalSpan(normalized, start, end);
      const span = text.slice(start, end);
      const found = byKey
        .get(key)
        ?.find((c) => !c.alias.caseSensitive || span.replace(INVISIBLE, '') === c.alias.text);
      if (found === undefined) {
        // No enabled alias is written this way here ("Swift", a switched-off language): a shorter one may be.
        regex.lastIndex = match.index + 1;
        continue;
      }
      if (isFixedPhrase(key, text, start, end)) continue;
      let evidence: Evidence | undefined;
      if (found.alias.context !== undefined) {
        block ??= resolveBlock(context, text);
        const at = block.offset;
        evidence = contextEvidence(found.alias.context, block.text, at + start, at + end, block.page);
        if (evidence === undefined) continue;
      }
      const mention: Mention = { topic: found.topic, start, end, text: span, alias: found.alias };
      if (evidence !== undefined) mention.evidence = evidence;
      (mentions ??= []).push(mention);
    }
    return mentions;
  }

  function findMentions(text: string, context?: BlockSource): readonly Mention[] {
    if (regexes.length === 0 || text.length < 2) return EMPTY;
    // Only text with characters the regexes cannot see through (soft hyphens...) is normalised first.
    const normalized = needsNormalizing(text) ? normalizeForMatch(text) : null;
    const haystack = normalized === null ? text : normalized.text;
    let mentions: Mention[] | undefined;
    let groups = 0;
    for (const { script, regex } of regexes) {
      if (!mayHoldScript(script, haystack)) continue;
      const before = mentions?.length ?? 0;
      mentions = collect(regex(), haystack, text, normalized, context, mentions);
      if ((mentions?.length ?? 0) > before) groups += 1;
    }
    if (mentions === undefined) return EMPTY;
    // Each script's aliases are written in letters of that script only, so matches never overlap.
    if (groups > 1) mentions.sort((a, b) => a.start - b.start);
    return mentions;
  }

  const main = regexes.find((r) => r.script === 'word')?.regex();
  let warmed = 0;
  function warmUp(): boolean {
    if (main === undefined || warmed === WARM_UP_TEXTS.length) return false;
    main.lastIndex = 0;
    main.test(WARM_UP_TEXTS[warmed++]!);
    main.lastIndex = 0;
    return true;
  }

  return { findMentions, warmUp };
}

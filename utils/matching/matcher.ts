import type { Alias, Language, TopicId } from '../../data/schema';
import { buildAliasRegex, leftBoundaryOk } from './alias-regex';
import { passesContext } from './context-rules';
import { isFixedPhrase } from './fixed-phrases';
import { foldKey, needsNormalizing, normalizeForMatch, toOriginalSpan } from './normalize';

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
}

/** The text of the enclosing block element (a paragraph, a list item) and where the node's text starts in it. */
export interface BlockContext {
  text: string;
  offset: number;
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
}

interface Candidate {
  topic: TopicId;
  alias: Alias;
}

const EMPTY: readonly Mention[] = Object.freeze([]);
/** Invisible characters that may sit inside a case-sensitive match found through normalisation. */
const INVISIBLE = /[\u00AD\u200B-\u200F]/g;

function resolveBlock(source: BlockSource | undefined, text: string): BlockContext {
  const block = typeof source === 'function' ? source() : source;
  // A block that does not hold the node's text at the given offset is ignored rather than trusted.
  if (block !== undefined && block.text.startsWith(text, block.offset)) return block;
  return { text, offset: 0 };
}

/** Compiles the aliases (of the enabled languages and topics) into one matcher; compile once, reuse for every node. */
export function compileMatcher(
  aliases: Readonly<Partial<Record<TopicId, readonly Alias[]>>>,
  options: MatcherOptions = {},
): Matcher {
  const languages = options.languages ? new Set<Language>(options.languages) : null;
  const topics = options.topics ? new Set<TopicId>(options.topics) : null;
  const byKey = new Map<string, Candidate[]>();
  for (const [topic, list] of Object.entries(aliases) as Array<[TopicId, readonly Alias[] | undefined]>) {
    if (topics !== null && !topics.has(topic)) continue;
    for (const alias of list ?? []) {
      if (languages !== null && !languages.has(alias.lang)) continue;
      const key = foldKey(alias.text);
      if (key === '') continue;
      const candidates = byKey.get(key);
      const candidate = { topic, alias };
      if (candidates === undefined) byKey.set(key, [candidate]);
      else candidates.push(candidate);
    }
  }
  const regex = buildAliasRegex(byKey.keys());

  function findMentions(text: string, context?: BlockSource): readonly Mention[] {
    if (regex === null || text.length < 2) return EMPTY;
    // Only text with characters the regex cannot see through (soft hyphens...) is normalised first.
    const normalized = needsNormalizing(text) ? normalizeForMatch(text) : null;
    const haystack = normalized === null ? text : normalized.text;
    regex.lastIndex = 0;
    let match = regex.exec(haystack);
    if (match === null) return EMPTY;
    const mentions: Mention[] = [];
    let block: BlockContext | null = null;
    for (; match !== null; match = regex.exec(haystack)) {
      if (!leftBoundaryOk(haystack, match.index)) {
        // Mid-word: retry from the next character, where a real word start may still be found.
        regex.lastIndex = match.index + 1;
        continue;
      }
      const key = foldKey(match[0]);
      const candidates = byKey.get(key);
      if (candidates === undefined) continue;
      let start = match.index;
      let end = start + match[0].length;
      if (normalized !== null) [start, end] = toOriginalSpan(normalized, start, end);
      const span = text.slice(start, end);
      const found = candidates.find(
        (c) => !c.alias.caseSensitive || span.replace(INVISIBLE, '') === c.alias.text,
      );
      if (found === undefined || isFixedPhrase(key, text, start, end)) continue;
      if (found.alias.context !== undefined) {
        block ??= resolveBlock(context, text);
        const at = block.offset;
        if (!passesContext(found.alias.context, block.text, at + start, at + end)) continue;
      }
      mentions.push({ topic: found.topic, start, end, text: span, alias: found.alias });
    }
    return mentions.length === 0 ? EMPTY : mentions;
  }

  return { findMentions };
}

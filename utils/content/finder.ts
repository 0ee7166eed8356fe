import { TOPIC_IDS } from '../../data/constants';
import { applyCorrections } from '../matching/context-rules';
import { aliasTable } from '../matching/alias-table.generated';
import { contextRegexesReady } from '../matching/context-text';
import { ContextNotReady, matcherFromTable } from '../matching/matcher';
import { lazy } from '../lazy';
import { addScriptGroup, type ScriptGroupData } from '../matching/script-groups';
import type { Settings } from '../settings/settings-store';
import type { FindMentions } from './scanner';
import { pageTextOf } from './page-text';
import { blockContextOf } from './text-context';

/**
 * The alias table, unpacked once for the page whatever the settings (see alias-table-codec.ts): its Latin-script
 * part, then each other script group the page loads.
 */
const table = lazy(aliasTable);

/** Adds a script group's aliases (and words) to the page's table; finders built after it find them. */
export function addGroupToTable(data: ScriptGroupData): void {
  addScriptGroup(table(), data);
}

/**
 * The page's matcher for the current settings: only enabled topics' and languages' aliases count, and the
 * user's "not this meaning" corrections for this site are applied. It is made from the table the build
 * computed, when the scan starts (not at evaluation), in pieces (see `FindMentions.warmUp`).
 */
export function buildFinder(
  settings: Settings,
  site: string | undefined,
  /** Shown each text node before it is matched (for scripts whose aliases the page has not loaded). */
  spot?: (text: string) => void,
): FindMentions {
  const topics = TOPIC_IDS.filter((t) => settings.enabledTopics[t]);
  if (topics.length === 0 || settings.languages.length === 0) return () => [];
  const matcher = lazy(() =>
    matcherFromTable(table(), {
      topics,
      languages: settings.languages,
      contextReady: contextRegexesReady,
    }),
  );
  const corrections = settings.corrections.filter((c) => c.site === site);
  const find: FindMentions = (node, from = 0, to = node.data.length) => {
    const whole = from === 0 && to === node.data.length;
    spot?.(whole ? node.data : node.data.slice(from, to));
    // A slice of a huge node is its own context: the paragraph would be the same huge text.
    let found;
    try {
      found = whole
        ? matcher().findMentions(node.data, () => ({ ...blockContextOf(node), page: () => pageTextOf(node) }))
        : matcher().findMentions(node.data.slice(from, to));
    } catch (error) {
      if (error instanceof ContextNotReady) return null;
      throw error;
    }
    if (found.length === 0) return [];
    const kept = corrections.length > 0 ? applyCorrections(found, corrections) : found;
    return kept.map((m) => ({
      topic: m.topic,
      start: m.start + from,
      end: m.end + from,
      text: m.text,
      why: { lang: m.alias.lang, rule: m.alias.context, evidence: m.evidence },
    }));
  };
  // Unpacking the table, building the Latin regex's source from it and making the matcher are pieces of their
  // own (a few ms each on a slow machine), before the regex's compilation.
  const pieces = [table, () => table().patterns[0]?.source, matcher];
  find.warmUp = () => {
    const piece = pieces.shift();
    if (piece === undefined) return matcher().warmUp();
    piece();
    return true;
  };
  return find;
}

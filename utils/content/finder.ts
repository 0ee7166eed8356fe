import { TOPIC_IDS } from '../../data/constants';
import { applyCorrections } from '../matching/context-rules';
import { aliasTable } from '../matching/alias-table.generated';
import { buildContextRegexes } from '../matching/context-text';
import { matcherFromTable } from '../matching/matcher';
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
 * computed, when the scan starts (not at evaluation), in pieces, and the context rules with it (see
 * `FindMentions.warmUp`).
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
    }),
  );
  const corrections = settings.corrections.filter((c) => c.site === site);
  const find: FindMentions = (node, from = 0, to = node.data.length) => {
    const whole = from === 0 && to === node.data.length;
    spot?.(whole ? node.data : node.data.slice(from, to));
    // A slice of a huge node is its own context: the paragraph would be the same huge text.
    const found = whole
      ? matcher().findMentions(node.data, () => ({ ...blockContextOf(node), page: () => pageTextOf(node) }))
      : matcher().findMentions(node.data.slice(from, to));
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
  find.warmUp = (hasTime) => {
    const piece = pieces.shift();
    if (piece !== undefined) {
      piece();
      return true;
    }
    if (matcher().warmUp()) return true;
    // Then the rules that decide ambiguous names, so no match waits for them or compiles them mid-slice (the
    // first piece whatever the time, so each call gets on). Before the first text rather than once a page names a
    // topic: no saved page loads the page app without naming one, and yahoo-2 read the same either way (JS
    // 60–79 ms, heap 1.50 MB, three loads each, 2026-12-07).
    let done = 0;
    return !buildContextRegexes(() => done++ === 0 || hasTime());
  };
  return find;
}

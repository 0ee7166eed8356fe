import { TOPIC_IDS } from '../../data/constants';
import { applyCorrections } from '../matching/context-rules';
import { aliasTable } from '../matching/alias-table.generated';
import { contextRegexesReady } from '../matching/context-text';
import { ContextNotReady, matcherFromTable } from '../matching/matcher';
import { lazy } from '../lazy';
import type { Settings } from '../settings/settings-store';
import type { FindMentions } from './scanner';
import { blockContextOf } from './text-context';

/**
 * The page's matcher for the current settings: only enabled topics' and languages' aliases count, and the
 * user's "not this meaning" corrections for this site are applied. It is made from the table the build
 * computed, when the scan starts (not at evaluation), in pieces (see `FindMentions.warmUp`).
 */
export function buildFinder(settings: Settings, site: string | undefined): FindMentions {
  const topics = TOPIC_IDS.filter((t) => settings.enabledTopics[t]);
  if (topics.length === 0 || settings.languages.length === 0) return () => [];
  const matcher = lazy(() =>
    matcherFromTable(aliasTable(), {
      topics,
      languages: settings.languages,
      contextReady: contextRegexesReady,
    }),
  );
  const corrections = settings.corrections.filter((c) => c.site === site);
  const find: FindMentions = (node, from = 0, to = node.data.length) => {
    const whole = from === 0 && to === node.data.length;
    // A slice of a huge node is its own context: the paragraph would be the same huge text.
    let found;
    try {
      found = whole
        ? matcher().findMentions(node.data, () => blockContextOf(node))
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
  // Building the matcher (parsing the table, creating the regex) is a piece of its own, before the regex's.
  let built = false;
  find.warmUp = () => {
    if (built) return matcher().warmUp();
    built = true;
    matcher();
    return true;
  };
  return find;
}

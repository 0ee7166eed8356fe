import { aliases } from '../../data/aliases';
import { TOPIC_IDS } from '../../data/constants';
import { applyCorrections } from '../matching/context-rules';
import { compileMatcher } from '../matching/matcher';
import type { Settings } from '../settings/settings-store';
import type { FindMentions } from './scanner';
import { blockContextOf } from './text-context';

/**
 * The page's matcher for the current settings: only enabled topics and languages are compiled, and the
 * user's "not this meaning" corrections for this site are applied.
 */
export function buildFinder(settings: Settings, site: string | undefined): FindMentions {
  const topics = TOPIC_IDS.filter((t) => settings.enabledTopics[t]);
  if (topics.length === 0 || settings.languages.length === 0) return () => [];
  const matcher = compileMatcher(aliases, { topics, languages: settings.languages });
  const corrections = settings.corrections.filter((c) => c.site === site);
  return (node) => {
    const found = matcher.findMentions(node.data, () => blockContextOf(node));
    if (found.length === 0) return [];
    const kept = corrections.length > 0 ? applyCorrections(found, corrections) : found;
    return kept.map((m) => ({
      topic: m.topic,
      start: m.start,
      end: m.end,
      text: m.text,
      ambiguous: m.alias.context !== undefined,
    }));
  };
}

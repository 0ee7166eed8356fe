import type { Fact } from '../../../data/schema';
import { isSeedSource } from '../../../data/sources';

/**
 * A fact as fact base 1 (database versions 1 and 2) stored it: a date label and sort key, a speaker's name
 * only, "assessment" for analyses and the articles' views, and sources by article id. Only facts whose
 * sources are all seed passages existed then.
 */
export function toV1Fact(fact: Fact): Record<string, unknown> {
  const { date, until: _until, kind, speaker, sources, disputed: _disputed, ...rest } = fact;
  if (!sources.every(isSeedSource))
    throw new Error(`${fact.id} cites a published page: not a version-1 fact`);
  return {
    ...rest,
    ...(date === undefined ? {} : { date: { label: date, sortKey: date } }),
    kind: kind === 'event' || kind === 'statement' ? kind : 'assessment',
    ...(speaker === undefined ? {} : { speaker: speaker.name }),
    sources: sources.map((s) => ({ articleId: s.article, quote: s.quote })),
  };
}

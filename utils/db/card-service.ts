import type { TopicId } from '../../data/constants';
import type { Article } from '../../data/schema';
import type { CardFactsRequest, TopicCard } from '../messaging/protocol';
import { rankFacts } from '../ranking/rank-facts';
import { toFactView, type FactBase } from './fact-base';

export const CARD_FACT_COUNT = 3;

export interface CardServiceDeps {
  /** Loads the fact base (database first, bundled copy on failure). */
  load: () => Promise<FactBase>;
}

/**
 * Answers the content script's card requests. The fact base is read once and kept while the service worker
 * lives, so a warm request costs only the ranking; a failed database read is retried on the next request.
 */
export function createCardService({ load }: CardServiceDeps) {
  let cached: Promise<{ base: FactBase; articles: Map<string, Article> }> | undefined;

  function current() {
    cached ??= load().then((base) => {
      if (base.from === 'bundled') cached = undefined;
      return { base, articles: new Map(base.articles.map((a) => [a.id, a])) };
    });
    return cached;
  }

  return {
    /** Starts reading the fact base ahead of a request. */
    warmUp(): void {
      void current().catch(() => undefined);
    },
    async getCard({ topic, context, related: others }: CardFactsRequest): Promise<TopicCard> {
      const { base, articles } = await current();
      const row = base.topics.find((t) => t.id === topic);
      if (!row) throw new Error(`Unknown topic ${topic}`);
      const related = new Set<TopicId>(others.filter((t) => t !== topic));
      const ranked = rankFacts({ facts: base.facts, topic, ...context, related });
      return {
        topic,
        name: row.name,
        summary: row.summary,
        facts: ranked.slice(0, CARD_FACT_COUNT).map((f) => toFactView(f, articles)),
        factCount: ranked.length,
        from: base.from,
        asOf: base.info.asOf,
      };
    },
  };
}

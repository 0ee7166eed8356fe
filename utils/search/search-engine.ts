import type { Fact } from '../../data/schema';
import type { TopicRow } from '../db/fact-db';
import type { FactSearch, SearchHit } from './fact-search';

/**
 * The popup's search, answered asynchronously so that it can run in a worker. Only the newest query
 * matters while someone types: an older one still unanswered when a newer one is asked answers undefined.
 */
export interface FactSearchEngine {
  /** Hits for `query`, best first; undefined when a newer query superseded it or the engine was disposed. */
  search(query: string, limit?: number): Promise<SearchHit[] | undefined>;
  /** Frees what the engine holds (its worker); searches asked afterwards answer undefined. */
  dispose(): void;
}

/** Builds an engine over one popup open's topics and facts. */
export type SearchEngineFactory = (topics: readonly TopicRow[], facts: readonly Fact[]) => FactSearchEngine;

/**
 * The same search in this thread: for environments without workers (unit tests), and the fallback when a
 * worker cannot start. The index is built on the first query, not when the popup opens; fuse itself is
 * loaded only then, so the popup's own bundle does not carry it.
 */
export const createInThreadSearch: SearchEngineFactory = (topics, facts) => {
  let index: Promise<FactSearch> | undefined;
  let latest = 0;
  let disposed = false;
  return {
    async search(query, limit) {
      const id = ++latest;
      // One task later: of a burst of keystrokes, only the last is searched.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (disposed || id !== latest) return undefined;
      index ??= import('./fact-search').then(({ buildFactSearch }) => buildFactSearch(topics, facts));
      const built = await index;
      return disposed || id !== latest ? undefined : built.search(query, limit);
    },
    dispose() {
      disposed = true;
    },
  };
};

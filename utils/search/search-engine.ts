import type { Fact } from '../../data/schema';
import type { TopicRow } from '../db/fact-db';
import type { FactSearch, SearchHit } from './fact-search';
import { whenPageIdle } from '../content/scheduling';
import { WARM_UP_MAX_FACTS, WARM_UP_QUERIES } from './warm-up';

/**
 * The popup's search. `search` answers asynchronously, so that it can run in a worker: only the newest query
 * matters while someone types, and an older one still unanswered when a newer one is asked answers undefined.
 * An engine whose index is in this thread also answers at once (`searchNow`), so that the results show in
 * the frame of the keystroke that asked for them.
 */
export interface FactSearchEngine {
  /** Hits for `query`, best first; undefined when a newer query superseded it or the engine was disposed. */
  search(query: string, limit?: number): Promise<SearchHit[] | undefined>;
  /** Hits for `query` now, or undefined when they cannot be had in this thread yet (or at all). */
  searchNow(query: string, limit?: number): SearchHit[] | undefined;
  /** Frees what the engine holds (its worker); searches asked afterwards answer undefined. */
  dispose(): void;
}

/** Builds an engine over one popup open's topics and facts. */
export type SearchEngineFactory = (topics: readonly TopicRow[], facts: readonly Fact[]) => FactSearchEngine;

/** Longest wait for an idle period before the index is built or warmed up anyway. */
const IDLE_WAIT_MS = 500;

/**
 * The search in this thread. The search code (fuse and the word index) is loaded and the index built as
 * soon as the engine is made, in the page's idle time; a small index is then warmed up, one query per idle
 * period, so that the reader's first keystrokes do not run cold code. Until the index is built, `searchNow`
 * has no answer and `search` waits for it.
 */
export const createInThreadSearch: SearchEngineFactory = (topics, facts) => {
  let built: FactSearch | undefined;
  let latest = 0;
  let disposed = false;
  const index = import('./fact-search').then(
    ({ buildFactSearch }) =>
      new Promise<FactSearch>((resolve) =>
        whenPageIdle(() => {
          built = buildFactSearch(topics, facts);
          resolve(built);
          if (facts.length <= WARM_UP_MAX_FACTS) warmUp(built, [...WARM_UP_QUERIES], () => disposed);
        }, IDLE_WAIT_MS),
      ),
  );
  // A failed load is reported by the searches that wait for it.
  index.catch(() => undefined);
  return {
    async search(query, limit) {
      const id = ++latest;
      // One task later: of a burst of keystrokes, only the last is searched.
      await new Promise((resolve) => setTimeout(resolve, 0));
      if (disposed || id !== latest) return undefined;
      const search = await index;
      return disposed || id !== latest ? undefined : search.search(query, limit);
    },
    searchNow(query, limit) {
      return disposed ? undefined : built?.search(query, limit);
    },
    dispose() {
      disposed = true;
    },
  };
};

function warmUp(search: FactSearch, queries: string[], stopped: () => boolean): void {
  const query = queries.shift();
  if (query === undefined || stopped()) return;
  search.search(query);
  whenPageIdle(() => warmUp(search, queries, stopped), IDLE_WAIT_MS);
}

import type { TopicRow } from '../db/fact-db';
import { buildFactSearch, type FactSearch, type SearchableFact } from './fact-search';
import { toWireHits, type FromSearchWorker, type ToSearchWorker } from './search-protocol';
import { WARM_UP_MAX_FACTS, WARM_UP_QUERIES } from './warm-up';

/**
 * What the search worker does with each message, apart from the thread it runs in (so tests can drive it):
 * `index` parts are collected and the fuse index is built on the last; `search` answers with hits once the
 * index is built. Queries that arrive meanwhile replace each other: only the newest is searched. A small
 * index is then warmed up (WARM_UP_QUERIES), one query per task, each after any real query waiting.
 */
export function createSearchWorkerCore(
  reply: (message: FromSearchWorker) => void,
  later: (run: () => void) => void = (run) => setTimeout(run, 0),
  build: typeof buildFactSearch<SearchableFact> = buildFactSearch,
): (message: ToSearchWorker) => void {
  let search: FactSearch<SearchableFact> | undefined;
  const topics: TopicRow[] = [];
  const facts: SearchableFact[] = [];
  let pending: Extract<ToSearchWorker, { type: 'search' }> | undefined;
  let scheduled = false;

  const runPending = () => {
    scheduled = false;
    const request = pending;
    if (!request || !search) return;
    pending = undefined;
    try {
      const hits = search.search(request.query, request.limit);
      reply({ type: 'hits', id: request.id, hits: toWireHits(hits) });
    } catch (error) {
      reply({
        type: 'failed',
        id: request.id,
        message: error instanceof Error ? error.message : String(error),
      });
    }
  };

  const schedule = () => {
    if (scheduled || !pending) return;
    scheduled = true;
    // A task, not a microtask: search messages already queued get to replace `pending` first.
    later(runPending);
  };

  return (message) => {
    if (message.type === 'index') {
      topics.push(...message.topics);
      facts.push(...message.facts);
      if (!message.last) return;
      const built = build(topics, facts);
      search = built;
      // A query asked while the index was being sent is answered now.
      schedule();
      if (facts.length <= WARM_UP_MAX_FACTS) {
        const queries = [...WARM_UP_QUERIES];
        const warmUp = () => {
          if (pending) return later(warmUp); // after the reader's query
          const query = queries.shift();
          if (query === undefined) return;
          built.search(query);
          later(warmUp);
        };
        later(warmUp);
      }
      return;
    }
    pending = message;
    schedule();
  };
}

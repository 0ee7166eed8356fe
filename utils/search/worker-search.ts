import type { SearchHit } from './fact-search';
import { createInThreadSearch, type FactSearchEngine, type SearchEngineFactory } from './search-engine';
import { fromWireHits, searchableFact, type FromSearchWorker, type ToSearchWorker } from './search-protocol';

/** What the engine needs of a worker; tests can hand in their own. */
export interface SearchWorkerPort {
  postMessage(message: ToSearchWorker): void;
  onmessage: ((event: MessageEvent<FromSearchWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  terminate(): void;
}

interface Waiting {
  query: string;
  limit: number | undefined;
  resolve: (hits: SearchHit[] | undefined) => void;
  reject: (error: Error) => void;
}

/** A module worker bundled by Vite; extension pages allow it (`script-src 'self'`). */
export function spawnSearchWorker(): SearchWorkerPort {
  return new Worker(new URL('./search.worker.ts', import.meta.url), { type: 'module', name: 'search' });
}

/**
 * Search in a worker: the index is built there once, each query is posted with an id, and answers to
 * queries older than the newest one answered are dropped. If the worker fails, the newest waiting query
 * and every later one are answered in this thread instead.
 */
export function createWorkerSearch(
  topics: Parameters<SearchEngineFactory>[0],
  facts: Parameters<SearchEngineFactory>[1],
  spawn: () => SearchWorkerPort = spawnSearchWorker,
): FactSearchEngine {
  const worker = spawn();
  const topicById = new Map(topics.map((t) => [t.id as string, t]));
  const factById = new Map(facts.map((f) => [f.id, f]));
  const waiting = new Map<number, Waiting>();
  let lastId = 0;
  let fallback: FactSearchEngine | undefined;
  let disposed = false;

  /** Settles every query asked before `id` as superseded. */
  const dropOlder = (id: number) => {
    for (const [older, w] of waiting) {
      if (older >= id) continue;
      waiting.delete(older);
      w.resolve(undefined);
    }
  };

  worker.onmessage = ({ data }) => {
    dropOlder(data.id);
    const w = waiting.get(data.id);
    if (!w) return;
    waiting.delete(data.id);
    if (data.type === 'hits') w.resolve(fromWireHits(data.hits, topicById, factById));
    else w.reject(new Error(data.message));
  };
  worker.onerror = (event) => {
    event.preventDefault();
    worker.terminate();
    fallback ??= createInThreadSearch(topics, facts);
    dropOlder(lastId);
    const newest = waiting.get(lastId);
    waiting.delete(lastId);
    if (newest) fallback.search(newest.query, newest.limit).then(newest.resolve, newest.reject);
  };
  void sendIndex(worker, topics, facts, () => disposed || fallback !== undefined);

  return {
    search(query, limit) {
      if (disposed) return Promise.resolve(undefined);
      if (fallback) return fallback.search(query, limit);
      const id = ++lastId;
      return new Promise((resolve, reject) => {
        waiting.set(id, { query, limit, resolve, reject });
        worker.postMessage({ type: 'search', id, query, limit });
      });
    },
    searchNow(query, limit) {
      return disposed ? undefined : fallback?.searchNow(query, limit);
    },
    dispose() {
      disposed = true;
      worker.terminate();
      fallback?.dispose();
      dropOlder(Number.POSITIVE_INFINITY);
    },
  };
}

/** Facts per message: copying thousands to the worker at once would hold the main thread for a long task. */
const FACTS_PER_MESSAGE = 500;

/** Sends the topics and facts in parts, yielding to the page (input, paint) between them. */
async function sendIndex(
  worker: SearchWorkerPort,
  topics: Parameters<SearchEngineFactory>[0],
  facts: Parameters<SearchEngineFactory>[1],
  stopped: () => boolean,
): Promise<void> {
  for (let at = 0; ; at += FACTS_PER_MESSAGE) {
    if (stopped()) return;
    const last = at + FACTS_PER_MESSAGE >= facts.length;
    const part = facts.slice(at, at + FACTS_PER_MESSAGE).map(searchableFact);
    worker.postMessage({ type: 'index', topics: at === 0 ? [...topics] : [], facts: part, last });
    if (last) return;
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/**
 * Up to this many facts the index is built and searched in the popup's own thread, so results show in the
 * keystroke's frame. Building takes about 20 ms for the bundled 56 facts and 150 ms for 5,000 (Node, this
 * machine, cold); searching the 5,000 takes 0.1–1 ms warm. Larger bases are indexed in a worker, which keeps
 * the popup responsive while the index is built.
 */
export const IN_THREAD_MAX_FACTS = 500;

/** This thread for small bases and where there are no workers (unit tests); a worker for large ones. */
export const createDefaultSearch: SearchEngineFactory = (topics, facts) => {
  if (facts.length <= IN_THREAD_MAX_FACTS || typeof Worker !== 'function')
    return createInThreadSearch(topics, facts);
  try {
    return createWorkerSearch(topics, facts);
  } catch {
    return createInThreadSearch(topics, facts);
  }
};

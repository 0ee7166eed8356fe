import { startTransition, useEffect, useState } from 'react';
import type { SearchHit } from '../../utils/search/fact-search';
import type { FactSearchEngine } from '../../utils/search/search-engine';

/** The hits shown and the query they answer, which lags the typed one until its answer arrives. */
export interface SearchAnswer {
  query: string;
  hits: SearchHit[];
}

/**
 * Asks `engine` for each new query; the newest answer wins, and earlier ones arriving late are dropped.
 * Answers render as a transition: React can interrupt that render for the next keystroke.
 */
export function useSearchHits(
  engine: FactSearchEngine | undefined,
  query: string,
): { answer: SearchAnswer | undefined; error: string | undefined } {
  const [answer, setAnswer] = useState<SearchAnswer>();
  const [error, setError] = useState<string>();
  const trimmed = query.trim();
  useEffect(() => {
    if (!engine || trimmed === '') return;
    let live = true;
    engine.search(trimmed).then(
      (hits) => {
        if (!live || hits === undefined) return;
        startTransition(() => {
          setAnswer({ query: trimmed, hits });
          setError(undefined);
        });
      },
      (failure: unknown) => {
        if (live) setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
    return () => {
      live = false;
    };
  }, [engine, trimmed]);
  return { answer, error };
}

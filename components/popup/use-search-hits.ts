import { startTransition, useEffect, useRef, useState } from 'react';
import type { SearchHit } from '../../utils/search/fact-search';
import type { FactSearchEngine } from '../../utils/search/search-engine';

/** The hits shown and the query they answer, which lags the typed one until its answer arrives. */
export interface SearchAnswer {
  query: string;
  hits: SearchHit[];
}

/**
 * Asks `engine` for each new query and shows answers as they arrive, in the order the queries were asked:
 * while someone types faster than a search takes, the answer to an earlier query shows (marked busy) until
 * a later one arrives, and a late answer never replaces a newer one. Answers render as a transition, which
 * React interrupts for the next keystroke.
 */
export function useSearchHits(
  engine: FactSearchEngine | undefined,
  query: string,
): { answer: SearchAnswer | undefined; error: string | undefined } {
  const [shown, setShown] = useState<SearchAnswer & { asked: number }>();
  const [error, setError] = useState<string>();
  const asked = useRef(0);
  // The engine answers may still come from; none once this unmounts.
  const live = useRef<FactSearchEngine>(undefined);
  useEffect(() => {
    live.current = engine;
    return () => {
      live.current = undefined;
    };
  }, [engine]);

  const trimmed = query.trim();
  useEffect(() => {
    if (!engine || trimmed === '') return;
    const order = ++asked.current;
    engine.search(trimmed).then(
      (hits) => {
        if (hits === undefined || live.current !== engine) return;
        startTransition(() => {
          setShown((now) => (now && now.asked > order ? now : { query: trimmed, hits, asked: order }));
          setError(undefined);
        });
      },
      (failure: unknown) => {
        if (live.current === engine) setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  }, [engine, trimmed]);
  return { answer: shown, error };
}

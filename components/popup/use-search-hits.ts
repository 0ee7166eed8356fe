import { startTransition, useEffect, useMemo, useRef, useState } from 'react';
import type { SearchHit } from '../../utils/search/fact-search';
import type { FactSearchEngine } from '../../utils/search/search-engine';

/** The hits shown and the query they answer, which lags the typed one until its answer arrives. */
export interface SearchAnswer {
  query: string;
  hits: SearchHit[];
}

/** Hits answered in this thread, or why they could not be. */
type NowAnswer = { hits: SearchHit[] } | { error: string } | undefined;

/**
 * Answers each new query: at once, while rendering, when the engine can search in this thread (the results
 * then show in the keystroke's own frame); otherwise by asking the engine and showing answers as they arrive,
 * in the order the queries were asked: while someone types faster than a search takes, the answer to an
 * earlier query shows (marked busy) until a later one arrives, and a late answer never replaces a newer one.
 * Those answers render as a transition, which React interrupts for the next keystroke.
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
  const now = useMemo((): NowAnswer => {
    if (!engine || trimmed === '') return undefined;
    try {
      const hits = engine.searchNow(trimmed);
      return hits && { hits };
    } catch (failure) {
      return { error: failure instanceof Error ? failure.message : String(failure) };
    }
  }, [engine, trimmed]);

  useEffect(() => {
    if (!engine || trimmed === '' || now) return;
    const order = ++asked.current;
    engine.search(trimmed).then(
      (hits) => {
        if (hits === undefined || live.current !== engine) return;
        startTransition(() => {
          setShown((then) => (then && then.asked > order ? then : { query: trimmed, hits, asked: order }));
          setError(undefined);
        });
      },
      (failure: unknown) => {
        if (live.current === engine) setError(failure instanceof Error ? failure.message : String(failure));
      },
    );
  }, [engine, trimmed, now]);

  if (now && 'hits' in now) return { answer: { query: trimmed, hits: now.hits }, error: undefined };
  return { answer: shown, error: now?.error ?? error };
}

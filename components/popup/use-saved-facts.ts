import { useLiveQuery } from 'dexie-react-hooks';
import { useCallback, useMemo, useState } from 'react';
import type { Fact } from '../../data/schema';
import type { FactDatabase } from '../../utils/db/fact-db';

export interface SavedFacts {
  /** Saved fact ids; undefined while loading. */
  ids: ReadonlySet<string> | undefined;
  /** False when the database cannot be read, so saving is switched off rather than failing. */
  available: boolean;
  error: string | undefined;
  toggle: (fact: Fact) => void;
}

/** The user's saved facts, live from the `saved` table. */
export function useSavedFacts(db: FactDatabase): SavedFacts {
  const [error, setError] = useState<string>();
  const ids = useLiveQuery(async () => {
    try {
      return new Set(await db.saved.toCollection().primaryKeys());
    } catch {
      // A live query that throws would throw in render; report "unavailable" instead.
      return null;
    }
  }, [db]);

  const toggle = useCallback(
    (fact: Fact) => {
      const topic = fact.topics[0];
      if (ids == null || topic === undefined) return;
      const write = ids.has(fact.id)
        ? db.saved.delete(fact.id)
        : db.saved.put({ factId: fact.id, topic, savedAt: Date.now() });
      write.then(
        () => setError(undefined),
        () => setError('Could not save: the local database is unavailable.'),
      );
    },
    [db, ids],
  );

  // One object per change, so views that take it as a prop (the Browse timeline) skip re-rendering otherwise.
  return useMemo(
    () => ({ ids: ids ?? undefined, available: ids !== null, error, toggle }),
    [ids, error, toggle],
  );
}

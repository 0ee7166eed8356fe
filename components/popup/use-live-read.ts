import { useEffect, useState } from 'react';
import type { FactDatabase } from '../../utils/db/fact-db';
import type { PopupStore } from './popup-store';

/**
 * `read(db)`, answered again whenever what it read changes (Dexie's live queries, through the store).
 * undefined until the store is loaded and the first answer is in. `read` must keep its identity (define it
 * outside the component): a new one starts a new watch.
 */
export function useLiveRead<T>(
  store: PopupStore | undefined,
  read: (db: FactDatabase) => Promise<T>,
): T | undefined {
  const [answer, setAnswer] = useState<{ store: PopupStore; value: T }>();
  useEffect(() => {
    if (!store) return;
    return store.watch(
      () => read(store.db),
      (value) => setAnswer({ store, value }),
      // `read` reports its own failures as values; anything else leaves the last answer standing.
      () => undefined,
    );
  }, [store, read]);
  return answer !== undefined && answer.store === store ? answer.value : undefined;
}

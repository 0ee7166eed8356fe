import { useCallback, useMemo, useState } from 'react';
import type { Article, Fact } from '../../data/schema';
import type { FactDatabase, SavedFactRow, SavedSnapshot } from '../../utils/db/fact-db';
import { snapshotOf } from '../../utils/db/saved-snapshot';
import { t } from '../../utils/i18n/i18n';
import type { PopupStore } from './popup-store';
import { useLiveRead } from './use-live-read';

export interface SavedFacts {
  /** Saved fact ids; undefined while loading. */
  ids: ReadonlySet<string> | undefined;
  /** Each saved fact as it was saved, by fact id (rows saved before snapshots existed may have none). */
  snapshots: ReadonlyMap<string, SavedSnapshot>;
  /** False when the database cannot be read, so saving is switched off rather than failing. */
  available: boolean;
  error: string | undefined;
  toggle: (fact: Fact) => void;
}

const NO_SNAPSHOTS: ReadonlyMap<string, SavedSnapshot> = new Map();

/** The saved rows; null when the database cannot be read, so the popup reports "unavailable" rather than failing. */
async function readSavedRows(db: FactDatabase): Promise<SavedFactRow[] | null> {
  try {
    return await db.saved.toArray();
  } catch {
    return null;
  }
}

/**
 * The user's saved facts, live from the `saved` table (loading until the popup's store is); `articles`
 * resolve a newly saved fact's sources.
 */
export function useSavedFacts(
  store: PopupStore | undefined,
  articles: ReadonlyMap<string, Article>,
): SavedFacts {
  const [error, setError] = useState<string>();
  const rows = useLiveRead(store, readSavedRows);
  const db = store?.db;
  const ids = useMemo(() => rows && new Set(rows.map((r) => r.factId)), [rows]);
  const snapshots = useMemo(
    () =>
      rows
        ? new Map(rows.flatMap((r) => (r.snapshot ? [[r.factId, r.snapshot] as const] : [])))
        : NO_SNAPSHOTS,
    [rows],
  );

  const toggle = useCallback(
    (fact: Fact) => {
      const topic = fact.topics[0];
      if (ids == null || topic === undefined || !db) return;
      const write = ids.has(fact.id)
        ? db.saved.delete(fact.id)
        : db.saved.put({ factId: fact.id, topic, savedAt: Date.now(), snapshot: snapshotOf(fact, articles) });
      write.then(
        () => setError(undefined),
        () => setError(t('popup_save_failed')),
      );
    },
    [db, ids, articles],
  );

  // One object per change, so views that take it as a prop (the Browse timeline) skip re-rendering otherwise.
  return useMemo(
    () => ({ ids: ids ?? undefined, snapshots, available: ids !== null, error, toggle }),
    [ids, snapshots, error, toggle],
  );
}

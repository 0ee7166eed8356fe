import { useEffect, useState } from 'react';
import type { Dataset } from '../../data/schema';
import { loadFactBase, type FactBase } from '../../utils/db/fact-base';
import type { FactDatabase } from '../../utils/db/fact-db';
import { seedFactDb } from '../../utils/db/seed';

export type FactBaseState =
  { status: 'loading' } | { status: 'ready'; base: FactBase } | { status: 'error'; message: string };

/**
 * Loads the fact base once per popup open. Seeds first when the stored copy is older than the bundle (the
 * background normally has, but the popup may open before it finishes); a failing database falls back to
 * the bundled copy inside loadFactBase.
 */
export function useFactBase(db: FactDatabase, dataset: Dataset, datasetVersion: string): FactBaseState {
  const [state, setState] = useState<FactBaseState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    void (async () => {
      try {
        await seedFactDb(db, dataset, datasetVersion).catch(() => undefined);
        const base = await loadFactBase(db, dataset);
        if (live) setState({ status: 'ready', base: inBundleOrder(base, dataset) });
      } catch (error) {
        if (live)
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) });
      }
    })();
    return () => {
      live = false;
    };
  }, [db, dataset, datasetVersion]);
  return state;
}

/** The database returns rows by key; show topics and facts in the order the dataset curates them instead. */
function inBundleOrder(base: FactBase, dataset: Dataset): FactBase {
  const rank = <T extends { id: string }>(rows: readonly T[]) => {
    const at = new Map(rows.map((r, i) => [r.id, i]));
    return (row: { id: string }) => at.get(row.id) ?? Number.MAX_SAFE_INTEGER;
  };
  const topicRank = rank(dataset.topics);
  const factRank = rank(dataset.facts);
  return {
    ...base,
    topics: [...base.topics].sort((a, b) => topicRank(a) - topicRank(b)),
    facts: [...base.facts].sort((a, b) => factRank(a) - factRank(b)),
  };
}

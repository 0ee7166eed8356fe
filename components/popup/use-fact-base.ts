import { useEffect, useState } from 'react';
import type { Dataset } from '../../data/schema';
import type { FactBase } from '../../utils/db/fact-base';
import type { FactDatabase } from '../../utils/db/fact-db';
import { readFactBase } from './read-fact-base';

export type FactBaseState =
  { status: 'loading' } | { status: 'ready'; base: FactBase } | { status: 'error'; message: string };

/**
 * The fact base, read once per popup open; the popup's shell paints before it answers. `reading` is a read
 * already under way (the popup page starts it before React renders); without it the hook starts one.
 */
export function useFactBase(
  db: FactDatabase,
  dataset: Dataset,
  datasetVersion: string,
  reading?: Promise<FactBase>,
): FactBaseState {
  const [state, setState] = useState<FactBaseState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    (reading ?? readFactBase(db, dataset, datasetVersion)).then(
      (base) => live && setState({ status: 'ready', base }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [db, dataset, datasetVersion, reading]);
  return state;
}

/** True when the database failed and the bundled copy answers (not merely when it is not filled yet). */
export const isOfflineCopy = (base: FactBase | undefined): boolean =>
  base?.from === 'bundled' && base.error !== undefined;

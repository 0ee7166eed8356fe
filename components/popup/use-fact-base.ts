import { useEffect, useState } from 'react';
import type { BundledBase } from '../../utils/db/bundled-base';
import type { FactBase } from '../../utils/db/fact-base';
import type { PopupStore } from './popup-store';

export type FactBaseState =
  { status: 'loading' } | { status: 'ready'; base: FactBase } | { status: 'error'; message: string };

/** The fact base, read once per popup open from the store, which loads after the popup's first view. */
export function useFactBase(store: PopupStore | undefined, bundle: BundledBase): FactBaseState {
  const [state, setState] = useState<FactBaseState>({ status: 'loading' });
  useEffect(() => {
    if (!store) return;
    let live = true;
    store.readFactBase(bundle).then(
      (base) => live && setState({ status: 'ready', base }),
      (error: unknown) =>
        live &&
        setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      live = false;
    };
  }, [store, bundle]);
  return state;
}

/** True when the database failed and the bundled copy answers (not merely when it is not filled yet). */
export const isOfflineCopy = (base: FactBase | undefined): boolean =>
  base?.from === 'bundled' && base.error !== undefined;

import { useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';
import type { PopupStore, PopupStoreLoader } from './popup-store';

export type PopupStoreState =
  { status: 'waiting' } | { status: 'ready'; store: PopupStore } | { status: 'error'; message: string };

/**
 * The popup's store, loaded once `firstViewShown` is true (it stays true) and the frame showing that view has
 * been drawn: loading it earlier (its code, the database, the search) would compete with that first view for
 * the main thread.
 */
export function usePopupStore(load: PopupStoreLoader, firstViewShown: boolean): PopupStoreState {
  const [state, setState] = useState<PopupStoreState>({ status: 'waiting' });
  useEffect(() => {
    if (!firstViewShown) return;
    let live = true;
    const cancel = afterNextPaint(() =>
      load().then(
        (store) => live && setState({ status: 'ready', store }),
        (error: unknown) =>
          live &&
          setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
      ),
    );
    return () => {
      live = false;
      cancel();
    };
  }, [load, firstViewShown]);
  return state;
}

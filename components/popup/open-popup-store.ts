import { liveQuery } from 'dexie';
import { FactDatabase } from '../../utils/db/fact-db';
import { buildFactSearch } from '../../utils/search/fact-search';
import type { PopupStore } from './popup-store';
import { readFactBase } from '../../utils/db/fact-base';

/**
 * The popup's store over `db` (by default the extension's database). This module is the one the popup
 * loads late: it alone pulls in Dexie and the search.
 */
export function openPopupStore(db: FactDatabase = new FactDatabase()): PopupStore {
  return {
    db,
    readFactBase: (bundle) => readFactBase(db, bundle),
    watch(read, onValue, onError) {
      const subscription = liveQuery(read).subscribe({ next: onValue, error: onError });
      return () => subscription.unsubscribe();
    },
    createSearch: buildFactSearch,
  };
}

import type { BundledBase } from '../../utils/db/bundled-base';
import type { FactBase } from '../../utils/db/fact-base';
import type { FactDatabase } from '../../utils/db/fact-db';
import type { FactSearchFactory } from './use-fact-search';

/**
 * What the popup reads and writes beyond its first view: the database (Dexie), its live queries and the
 * search. It is loaded after that view has painted (see use-popup-store.ts), so neither Dexie's nor the
 * search's code is parsed, nor the database opened, before the reader sees something. Measured (toolbar popup,
 * 30 openings each way, 2026-12-07): imported with the popup's first script instead, it cost 4–14 ms of load.
 */
export interface PopupStore {
  db: FactDatabase;
  /** The fact base as the popup shows it; never rejects (the bundled copy answers instead). */
  readFactBase(bundle: BundledBase): Promise<FactBase>;
  /** Runs `read` now and again whenever what it read changes; returns a function that stops watching. */
  watch<T>(
    read: () => Promise<T>,
    onValue: (value: T) => void,
    onError: (error: unknown) => void,
  ): () => void;
  /** The search to build once the fact base is in. */
  createSearch: FactSearchFactory;
}

/** Loads the store; the popup calls it once, after its first view has painted. */
export type PopupStoreLoader = () => Promise<PopupStore>;

/** Loads the store over `db` (the extension's database when absent) from its own chunk. */
export const popupStoreLoader =
  (db?: FactDatabase): PopupStoreLoader =>
  () =>
    import('./open-popup-store').then(({ openPopupStore }) => openPopupStore(db));

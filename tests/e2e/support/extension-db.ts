import type { Page, Worker } from 'playwright-core';

/** Rows for each object store of the extension's database, keyed by store name. */
export type StoreRows = Record<'topics' | 'facts' | 'articles' | 'meta' | 'saved', unknown[]>;

/** What the extension's database holds, read with raw IndexedDB (no Dexie). */
export interface DatabaseContents {
  /** The IndexedDB version: Dexie's schema version times ten. */
  version: number;
  stores: string[];
  rows: Record<string, unknown[]>;
}

/**
 * Replaces the extension's database with one of schema version 1 (IndexedDB version 10: Dexie multiplies by
 * ten), laid out exactly as Dexie creates it from the version-1 declaration, holding `rows`. Runs in the
 * service worker, in the extension's origin; its Dexie connection closes itself when the delete asks.
 */
export function writeVersion1Database(worker: Worker, rows: StoreRows): Promise<void> {
  return worker.evaluate(async (contents) => {
    const done = <T>(request: IDBRequest<T>) =>
      new Promise<T>((resolve, reject) => {
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error('IndexedDB request failed'));
      });
    await done(indexedDB.deleteDatabase('backstory'));
    const open = indexedDB.open('backstory', 10);
    open.onupgradeneeded = () => {
      const db = open.result;
      db.createObjectStore('topics', { keyPath: 'id' });
      const facts = db.createObjectStore('facts', { keyPath: 'id' });
      facts.createIndex('topics', 'topics', { multiEntry: true });
      facts.createIndex('category', 'category');
      facts.createIndex('kind', 'kind');
      db.createObjectStore('articles', { keyPath: 'id' });
      db.createObjectStore('meta', { keyPath: 'key' });
      const saved = db.createObjectStore('saved', { keyPath: 'factId' });
      saved.createIndex('topic', 'topic');
      saved.createIndex('savedAt', 'savedAt');
    };
    const db = await done(open);
    const tx = db.transaction(Object.keys(contents), 'readwrite');
    for (const [store, list] of Object.entries(contents))
      for (const row of list) tx.objectStore(store).put(row);
    await new Promise<void>((resolve, reject) => {
      tx.oncomplete = () => resolve();
      tx.onabort = () => reject(tx.error ?? new Error('transaction aborted'));
    });
    db.close();
  }, rows);
}

/** Reads every store of the extension's database from an extension page, at whatever version it has. */
export function readDatabase(page: Page, stores: readonly string[]): Promise<DatabaseContents> {
  return page.evaluate(async (names) => {
    const db = await new Promise<IDBDatabase>((resolve, reject) => {
      const open = indexedDB.open('backstory');
      open.onsuccess = () => resolve(open.result);
      open.onerror = () => reject(open.error ?? new Error('open failed'));
    });
    try {
      const present = names.filter((n) => db.objectStoreNames.contains(n));
      const tx = db.transaction(present, 'readonly');
      const rows: Record<string, unknown[]> = {};
      await Promise.all(
        present.map(
          (name) =>
            new Promise<void>((resolve, reject) => {
              const all = tx.objectStore(name).getAll();
              all.onsuccess = () => resolve(void (rows[name] = all.result));
              all.onerror = () => reject(all.error ?? new Error('read failed'));
            }),
        ),
      );
      return { version: db.version, stores: [...db.objectStoreNames], rows };
    } finally {
      db.close();
    }
  }, stores);
}

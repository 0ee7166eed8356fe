import type { Table } from 'dexie';
import type { Dataset } from '../../data/schema';
import type { BundledBase } from './bundled-base';
import type { FactDatabase, TopicRow } from './fact-db';

export type SeedResult = 'seeded' | 'unchanged';

/** Topic rows as stored: each topic with its aliases' spellings. */
export function topicRows(dataset: Pick<Dataset, 'topics' | 'aliases'>): TopicRow[] {
  return dataset.topics.map((t) => ({ ...t, aliases: dataset.aliases[t.id].map((a) => a.text) }));
}

/** True when the stored bundled tables are `bundle`'s version and hold every fact of it. */
async function isCurrent(db: FactDatabase, bundle: BundledBase): Promise<boolean> {
  const stored = await db.meta.get('datasetVersion');
  // A repaired or half-cleared database can keep its marker but lose rows: check there are rows too.
  return stored?.value === bundle.version && (await db.facts.count()) === bundle.factCount;
}

/**
 * Brings the bundled tables in line with `bundle` when its version differs from the stored one: in one
 * transaction, puts every bundled row and deletes rows the bundle no longer has. User tables are not touched.
 * Nearly every start of the worker finds the data current, so a read-only check comes first: it does not take
 * the write lock that a card's read would have to wait for, nor fetch the bundle's records.
 */
export async function seedFactDb(db: FactDatabase, bundle: BundledBase): Promise<SeedResult> {
  if (await db.transaction('r', [db.meta, db.facts], () => isCurrent(db, bundle))) return 'unchanged';
  // Fetched outside the transaction: IndexedDB commits a transaction that waits on anything else.
  const dataset = await bundle.load();
  return db.transaction('rw', [db.topics, db.facts, db.articles, db.meta], async () => {
    if (await isCurrent(db, bundle)) return 'unchanged';
    const topics = topicRows(dataset);
    await replaceAll<TopicRow, TopicRow['id']>(db.topics, topics, (t) => t.id);
    await replaceAll(db.facts, dataset.facts, (f) => f.id);
    await replaceAll(db.articles, dataset.articles, (a) => a.id);
    await db.meta.put({ key: 'datasetVersion', value: bundle.version });
    return 'seeded';
  });
}

async function replaceAll<T, K>(table: Table<T, K>, rows: readonly T[], keyOf: (row: T) => K): Promise<void> {
  const keep = new Set(rows.map(keyOf));
  const stale = (await table.toCollection().primaryKeys()).filter((k) => !keep.has(k));
  if (stale.length > 0) await table.bulkDelete(stale);
  await table.bulkPut(rows);
}

import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import type { Dataset, Fact } from '../../data/schema';
import { readFactBase } from '../../utils/db/fact-base';
import { FactDatabase, type SavedFactRow } from '../../utils/db/fact-db';
import { factFromV1 } from '../../utils/db/saved-snapshot';
import { seedFactDb } from '../../utils/db/seed';
import { toV1Fact } from '../e2e/support/v1-facts';
import { isSeedSource } from '../../data/sources';
import { inMemoryBase } from './bundled';

let db: FactDatabase;
let name: string;
beforeEach(() => {
  name = `test-${Math.random()}`;
  db = new FactDatabase(name);
});
afterEach(async () => {
  db.close();
  await Dexie.delete(name);
});

describe('seeding the fact database', () => {
  it('fills every bundled table on first run and does nothing when the version is current', async () => {
    expect(await seedFactDb(db, inMemoryBase(dataset))).toBe('seeded');
    expect(await db.facts.count()).toBe(dataset.facts.length);
    expect(await db.topics.count()).toBe(5);
    expect((await db.topics.get('putin'))!.aliases).toContain('Путин');
    expect(await seedFactDb(db, inMemoryBase(dataset))).toBe('unchanged');
  });

  it('fills the tables again when rows were lost but the version marker survived', async () => {
    await seedFactDb(db, inMemoryBase(dataset));
    await db.facts.clear();
    expect(await seedFactDb(db, inMemoryBase(dataset))).toBe('seeded');
    expect(await db.facts.count()).toBe(dataset.facts.length);
  });

  it('replaces changed rows, removes stale ones and keeps the user’s saved facts', async () => {
    await seedFactDb(db, inMemoryBase(dataset));
    await db.saved.put({ factId: 'tariffs-cut-90-percent', topic: 'iran', savedAt: 1 });
    const [first, ...rest] = dataset.facts;
    const changed: Dataset = {
      ...dataset,
      facts: [{ ...first!, text: `${first!.text} (revised)` }, ...rest.slice(1)],
    };
    expect(await seedFactDb(db, inMemoryBase(changed, 'next'))).toBe('seeded');
    expect((await db.facts.get(first!.id))!.text).toMatch(/revised/);
    expect(await db.facts.get(rest[0]!.id)).toBeUndefined();
    expect(await db.facts.count()).toBe(dataset.facts.length - 1);
    expect(await db.saved.toArray()).toEqual([
      { factId: 'tariffs-cut-90-percent', topic: 'iran', savedAt: 1 },
    ]);
  });
});

describe('loading the fact base', () => {
  it('reads from the database when it is filled', async () => {
    await seedFactDb(db, inMemoryBase(dataset));
    const base = await readFactBase(db, inMemoryBase(dataset));
    expect(base.from).toBe('database');
    expect(base.facts.length).toBe(dataset.facts.length);
  });

  it('falls back to the bundled copy when the database is empty or fails', async () => {
    expect((await readFactBase(db, inMemoryBase(dataset))).from).toBe('bundled');
    db.close();
    await Dexie.delete(name);
    // A database that cannot open (another version holds it) behaves like a failing IndexedDB.
    const broken = new FactDatabase(name);
    broken.on('blocked', () => false);
    Object.defineProperty(broken, 'transaction', {
      value: () => Promise.reject(new Error('QuotaExceededError')),
    });
    const base = await readFactBase(broken, inMemoryBase(dataset));
    expect(base).toMatchObject({ from: 'bundled', error: 'QuotaExceededError' });
    expect(base.facts.length).toBe(dataset.facts.length);
  });
});

describe('upgrading a database of schema version 1', () => {
  /** The exact version-1 schema, as the previous release declared it. */
  const V1_STORES = {
    topics: 'id',
    facts: 'id, *topics, category, kind',
    articles: 'id',
    meta: 'key',
    saved: 'factId, topic, savedAt',
  };
  // Fact base 1 held only the seed articles' facts.
  const v1Facts = dataset.facts.filter((f) => f.sources.every(isSeedSource)).map(toV1Fact);
  const [kept, renamed] = v1Facts as Array<Record<string, unknown> & { id: string; topics: Fact['topics'] }>;
  // The previous bundle had `renamed` under an older id; the current one no longer knows that id.
  const formerId = `${renamed!.id}-former`;
  const v1Saved: SavedFactRow[] = [
    { factId: kept!.id, topic: kept!.topics[0]!, savedAt: 1 },
    { factId: formerId, topic: renamed!.topics[0]!, savedAt: 2 },
    // Saved, then dropped by an even older bundle: nothing to snapshot, but the row is the user's.
    { factId: 'dropped-long-ago', topic: 'iran', savedAt: 3 },
  ];

  beforeEach(async () => {
    db.close();
    const v1 = new Dexie(name);
    v1.version(1).stores(V1_STORES);
    await v1.table('facts').bulkPut([...v1Facts.slice(2), kept!, { ...renamed!, id: formerId }]);
    await v1.table('articles').bulkPut(dataset.articles);
    await v1.table('topics').bulkPut(dataset.topics.map((t) => ({ ...t, aliases: [] })));
    await v1.table('meta').put({ key: 'datasetVersion', value: 'previous-release' });
    await v1.table('saved').bulkPut(v1Saved);
    v1.close();
    db = new FactDatabase(name);
  });

  it('keeps every saved row and gives each a snapshot of its fact as the old bundle had it, in the new shape', async () => {
    await db.open();
    expect(db.verno).toBe(3);
    const rows = await db.saved.orderBy('savedAt').toArray();
    expect(rows.map(({ factId, topic, savedAt }) => ({ factId, topic, savedAt }))).toEqual(v1Saved);
    const savedDay = (at: number) => new Date(at).toISOString().slice(0, 10);
    expect(rows[0]!.snapshot!.fact).toEqual(factFromV1(kept as never, savedDay(1)));
    expect(rows[1]!.snapshot!.fact).toEqual(factFromV1({ ...renamed, id: formerId } as never, savedDay(2)));
    expect(rows[1]!.snapshot!.fact.sources.every(isSeedSource)).toBe(true);
    const cited = new Set(
      dataset.facts.find((f) => f.id === renamed!.id)!.sources.map((s) => (isSeedSource(s) ? s.article : '')),
    );
    expect(rows[1]!.snapshot!.articles.map((a) => a.id).sort()).toEqual([...cited].sort());
    expect(rows[2]).toEqual(v1Saved[2]);
  });

  it('then re-seeds the bundled tables and still keeps the saved rows and their snapshots', async () => {
    expect(await seedFactDb(db, inMemoryBase(dataset))).toBe('seeded');
    expect(await db.facts.get(formerId)).toBeUndefined();
    expect(await db.facts.count()).toBe(dataset.facts.length);
    expect((await db.topics.get('putin'))!.aliases).toContain('Путин');
    const rows = await db.saved.orderBy('savedAt').toArray();
    expect(rows.map((r) => r.factId)).toEqual(v1Saved.map((r) => r.factId));
    expect(rows[1]!.snapshot!.fact.text).toBe(renamed!.text);
  });
});

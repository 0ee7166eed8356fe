import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DATASET_VERSION, dataset } from '../../data/index';
import type { Dataset } from '../../data/schema';
import { loadFactBase } from '../../utils/db/fact-base';
import { FactDatabase } from '../../utils/db/fact-db';
import { seedFactDb } from '../../utils/db/seed';

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
    expect(await seedFactDb(db, dataset, DATASET_VERSION)).toBe('seeded');
    expect(await db.facts.count()).toBe(dataset.facts.length);
    expect(await db.topics.count()).toBe(5);
    expect((await db.topics.get('putin'))!.aliases).toContain('Путин');
    expect(await seedFactDb(db, dataset, DATASET_VERSION)).toBe('unchanged');
  });

  it('fills the tables again when rows were lost but the version marker survived', async () => {
    await seedFactDb(db, dataset, DATASET_VERSION);
    await db.facts.clear();
    expect(await seedFactDb(db, dataset, DATASET_VERSION)).toBe('seeded');
    expect(await db.facts.count()).toBe(dataset.facts.length);
  });

  it('replaces changed rows, removes stale ones and keeps the user’s saved facts', async () => {
    await seedFactDb(db, dataset, DATASET_VERSION);
    await db.saved.put({ factId: 'tariffs-cut-90-percent', topic: 'iran', savedAt: 1 });
    const [first, ...rest] = dataset.facts;
    const changed: Dataset = {
      ...dataset,
      facts: [{ ...first!, text: `${first!.text} (revised)` }, ...rest.slice(1)],
    };
    expect(await seedFactDb(db, changed, 'next')).toBe('seeded');
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
    await seedFactDb(db, dataset, DATASET_VERSION);
    const base = await loadFactBase(db, dataset);
    expect(base.from).toBe('database');
    expect(base.facts.length).toBe(dataset.facts.length);
  });

  it('falls back to the bundled copy when the database is empty or fails', async () => {
    expect((await loadFactBase(db, dataset)).from).toBe('bundled');
    db.close();
    await Dexie.delete(name);
    // A database that cannot open (another version holds it) behaves like a failing IndexedDB.
    const broken = new FactDatabase(name);
    broken.on('blocked', () => false);
    Object.defineProperty(broken, 'transaction', {
      value: () => Promise.reject(new Error('QuotaExceededError')),
    });
    const base = await loadFactBase(broken, dataset);
    expect(base).toMatchObject({ from: 'bundled', error: 'QuotaExceededError' });
    expect(base.facts.length).toBe(dataset.facts.length);
  });
});

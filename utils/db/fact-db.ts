import Dexie, { type Table } from 'dexie';
import type { TopicId } from '../../data/constants';
import type { Article, Fact, Topic } from '../../data/schema';
import { reshapeSavedSnapshots, snapshotSavedRows } from './saved-snapshot';

/** A topic as stored: the bundled topic plus its alias spellings, so search finds "Путин". */
export interface TopicRow extends Topic {
  aliases: string[];
}
export interface MetaRow {
  key: 'datasetVersion';
  value: string;
}
/** A saved fact as it stood when it was saved, with the articles its sources cite (for their titles). */
export interface SavedSnapshot {
  fact: Fact;
  articles: Article[];
}
/** The user's own data: facts they saved for later. Re-seeding never touches this table. */
export interface SavedFactRow {
  factId: string;
  topic: TopicId;
  savedAt: number;
  /**
   * Since version 2: the fact as saved, so it still shows after an update of the bundle drops or renames it.
   * Absent only on a row from version 1 whose fact was already gone when the database was upgraded.
   */
  snapshot?: SavedSnapshot;
}

/**
 * The extension's database. It lives in the extension's origin only (background, popup, options): a content
 * script opening it would create it in the web page's origin, where the page could read it.
 * Versions are only ever appended.
 */
export class FactDatabase extends Dexie {
  // Plain tables (not EntityTable): every key is ours to give, none is generated.
  topics!: Table<TopicRow, TopicId>;
  facts!: Table<Fact, string>;
  articles!: Table<Article, string>;
  meta!: Table<MetaRow, MetaRow['key']>;
  saved!: Table<SavedFactRow, string>;

  constructor(name = 'backstory') {
    super(name);
    this.version(1).stores({
      topics: 'id',
      facts: 'id, *topics, category, kind',
      articles: 'id',
      meta: 'key',
      saved: 'factId, topic, savedAt',
    });
    // Version 2: saved rows carry a snapshot of their fact. The upgrade runs before the new bundle is seeded,
    // so the facts table still holds what the user saved, even facts the new bundle no longer has.
    this.version(2).stores({ saved: 'factId, topic, savedAt' }).upgrade(snapshotSavedRows);
    // Version 3: fact base 2 reshaped facts (ISO dates, speakers with their office, published sources);
    // saved snapshots follow. The facts table itself is re-seeded from the new bundle.
    this.version(3).stores({ saved: 'factId, topic, savedAt' }).upgrade(reshapeSavedSnapshots);
  }
}

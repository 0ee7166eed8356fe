import Dexie, { type Table } from 'dexie';
import type { TopicId } from '../../data/constants';
import type { Article, Fact, Topic } from '../../data/schema';

/** A topic as stored: the bundled topic plus its alias spellings, so search finds "Путин". */
export interface TopicRow extends Topic {
  aliases: string[];
}
export interface MetaRow {
  key: 'datasetVersion';
  value: string;
}
/** The user's own data: facts they saved for later. Re-seeding never touches this table. */
export interface SavedFactRow {
  factId: string;
  topic: TopicId;
  savedAt: number;
}

/** Tables the bundled data fills; everything else belongs to the user. */
export const BUNDLED_TABLES = ['topics', 'facts', 'articles', 'meta'] as const;

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
  }
}

import type { Article, BaseInfo, Dataset, Fact } from '../../data/schema';
import { isSeedSource } from '../../data/sources';
import type { FactView, SourceView } from '../messaging/protocol';
import type { FactDatabase, TopicRow } from './fact-db';
import { topicRows } from './seed';

/** Everything a reader can browse, with where it came from. */
export interface FactBase {
  topics: TopicRow[];
  facts: Fact[];
  articles: Article[];
  /** The base's version and "as of" day: the bundle's, which the database is seeded from. */
  info: BaseInfo;
  /** `bundled` when IndexedDB failed and the copy shipped with the extension answered instead. */
  from: 'database' | 'bundled';
  /** Why the database could not be used, when it could not. */
  error?: string;
}

/** The bundled copy, used whenever IndexedDB is unavailable (private windows, quota, corruption). */
export function bundledFactBase(dataset: Dataset, error?: string): FactBase {
  return {
    topics: topicRows(dataset),
    facts: dataset.facts,
    articles: dataset.articles,
    info: dataset.info,
    from: 'bundled',
    error,
  };
}

/** A database that neither answers nor fails (an open blocked by another version) must not hang readers. */
const READ_TIMEOUT_MS = 1500;

/** Reads the whole fact base from `db`; falls back to `dataset` if the database fails, hangs or is empty. */
export async function loadFactBase(db: FactDatabase, dataset: Dataset): Promise<FactBase> {
  try {
    const read = db.transaction('r', [db.topics, db.facts, db.articles], () =>
      Promise.all([db.topics.toArray(), db.facts.toArray(), db.articles.toArray()]),
    );
    const late = new Promise<never>((_, fail) =>
      setTimeout(() => fail(new Error('The database did not answer in time.')), READ_TIMEOUT_MS),
    );
    const [topics, facts, articles] = await Promise.race([read, late]);
    if (topics.length === 0) return bundledFactBase(dataset, 'The database has not been filled yet.');
    return { topics, facts, articles, info: dataset.info, from: 'database' };
  } catch (error) {
    return bundledFactBase(dataset, error instanceof Error ? error.message : String(error));
  }
}

/** A fact with its seed articles' titles resolved, as cards and lists show it. */
export function toFactView(fact: Fact, articles: ReadonlyMap<string, Article>): FactView {
  return {
    id: fact.id,
    text: fact.text,
    date: fact.date,
    until: fact.until,
    kind: fact.kind,
    speaker: fact.speaker,
    category: fact.category,
    topics: fact.topics,
    sources: fact.sources.map((s): SourceView =>
      isSeedSource(s)
        ? { title: articles.get(s.article)?.title ?? s.article, quote: s.quote }
        : { title: s.title, publisher: s.publisher, url: s.url, published: s.published },
    ),
    disputed: fact.disputed,
    checked: fact.sources.reduce((last, s) => (s.checked > last ? s.checked : last), ''),
  };
}

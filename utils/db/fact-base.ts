import type { Table } from 'dexie';
import { TOPIC_IDS } from '../../data/constants';
import type { Article, BaseInfo, Dataset, Fact } from '../../data/schema';
import { isSeedSource } from '../../data/sources';
import type { FactView, SourceView } from '../messaging/protocol';
import type { BundledBase } from './bundled-base';
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

/** Facts per request: each answer is unpacked on the reader's thread, so thousands at once would block it. */
const FACTS_PER_READ = 1000;

/**
 * Reads the fact base, for the worker's cards and the popup alike, without seeding: the worker seeds at every
 * start, and a seeding transaction would hold this read back. The bundle's records answer when the database
 * has not been filled yet or holds an older bundle (the worker is about to replace it), and, with `error`
 * set so readers can be told, when the database fails or does not answer in time.
 */
export async function readFactBase(db: FactDatabase, bundle: BundledBase): Promise<FactBase> {
  try {
    // One read-only transaction, so every part comes from the same state of the database.
    const read = db.transaction('r', [db.meta, db.topics, db.facts, db.articles], () =>
      Promise.all([
        db.meta.get('datasetVersion'),
        db.topics.toArray(),
        readInPages(db.facts),
        db.articles.toArray(),
      ]),
    );
    const late = new Promise<never>((_, fail) =>
      setTimeout(() => fail(new Error('The database did not answer in time.')), READ_TIMEOUT_MS),
    );
    const [stored, topics, facts, articles] = await Promise.race([read, late]);
    if (topics.length === 0 || stored?.value !== bundle.version) return bundledFactBase(await bundle.load());
    return { topics: inTopicOrder(topics), facts, articles, info: bundle.info, from: 'database' };
  } catch (error) {
    return bundledFactBase(await bundle.load(), error instanceof Error ? error.message : String(error));
  }
}

/** Every fact, a page at a time in key order, so the thread gets to paint and answer in between. */
async function readInPages(table: Table<Fact, string>): Promise<Fact[]> {
  const facts: Fact[] = [];
  for (let after: string | undefined; ;) {
    const range = after === undefined ? table.orderBy(':id') : table.where(':id').above(after);
    const page = await range.limit(FACTS_PER_READ).toArray();
    facts.push(...page);
    if (page.length < FACTS_PER_READ) return facts;
    after = page[page.length - 1]?.id;
  }
}

/**
 * The database returns rows by key; topics show in the order the dataset curates them. Facts stay in key
 * order: every list sorts them (by date or by relevance), and ties fall back to it.
 */
function inTopicOrder(topics: TopicRow[]): TopicRow[] {
  const at = new Map<string, number>(TOPIC_IDS.map((id, i) => [id, i]));
  return [...topics].sort((a, b) => (at.get(a.id) ?? 0) - (at.get(b.id) ?? 0));
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

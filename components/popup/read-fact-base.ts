import type { Table } from 'dexie';
import type { Dataset, Fact } from '../../data/schema';
import { bundledFactBase, type FactBase } from '../../utils/db/fact-base';
import type { FactDatabase } from '../../utils/db/fact-db';

/** Facts per request: each answer is unpacked on the main thread, so thousands at once would block it. */
const FACTS_PER_READ = 1000;

/**
 * Reads the fact base for the popup without seeding: the background seeds on install and at every start,
 * and a seeding transaction would hold this read back. The bundled copy answers when the database has not
 * been filled yet or holds an older bundle (the background is about to replace it), and, with `error` set
 * so the popup can say so, when the database cannot be read at all.
 */
export async function readFactBase(
  db: FactDatabase,
  dataset: Dataset,
  datasetVersion: string,
): Promise<FactBase> {
  try {
    // One read-only transaction, so every part comes from the same state of the database.
    const [stored, topics, facts, articles] = await db.transaction(
      'r',
      [db.meta, db.topics, db.facts, db.articles],
      () =>
        Promise.all([
          db.meta.get('datasetVersion'),
          db.topics.toArray(),
          readInPages(db.facts),
          db.articles.toArray(),
        ]),
    );
    if (topics.length === 0 || stored?.value !== datasetVersion) return bundledFactBase(dataset);
    return inBundleOrder({ topics, facts, articles, info: dataset.info, from: 'database' }, dataset);
  } catch (error) {
    return bundledFactBase(dataset, error instanceof Error ? error.message : String(error));
  }
}

/** Every fact, a page at a time in key order, so the main thread gets to paint and type in between. */
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

/** The database returns rows by key; show topics and facts in the order the dataset curates them instead. */
function inBundleOrder(base: FactBase, dataset: Dataset): FactBase {
  const rank = <T extends { id: string }>(rows: readonly T[]) => {
    const at = new Map(rows.map((r, i) => [r.id, i]));
    return (row: { id: string }) => at.get(row.id) ?? Number.MAX_SAFE_INTEGER;
  };
  const topicRank = rank(dataset.topics);
  const factRank = rank(dataset.facts);
  return {
    ...base,
    topics: [...base.topics].sort((a, b) => topicRank(a) - topicRank(b)),
    facts: [...base.facts].sort((a, b) => factRank(a) - factRank(b)),
  };
}

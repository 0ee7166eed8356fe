import type { Transaction } from 'dexie';
import type { Article, Fact } from '../../data/schema';
import type { SavedFactRow, SavedSnapshot } from './fact-db';

/** The snapshot a saved row keeps of `fact`: the fact itself and the articles its sources cite. */
export function snapshotOf(fact: Fact, articles: ReadonlyMap<string, Article>): SavedSnapshot {
  const cited = [...new Set(fact.sources.map((s) => s.articleId))];
  return { fact, articles: cited.flatMap((id) => articles.get(id) ?? []) };
}

/**
 * Upgrade to version 2: gives every saved row a snapshot of its fact, read from the facts and articles the
 * database holds at that moment. Every row is kept; one whose fact is already gone stays as it was.
 */
export async function snapshotSavedRows(tx: Transaction): Promise<void> {
  const saved = tx.table<SavedFactRow, string>('saved');
  const rows = await saved.toArray();
  if (rows.length === 0) return;
  const facts = await tx.table<Fact, string>('facts').bulkGet(rows.map((r) => r.factId));
  const cited = [...new Set(facts.flatMap((f) => f?.sources.map((s) => s.articleId) ?? []))];
  const found = await tx.table<Article, string>('articles').bulkGet(cited);
  const articles = new Map(found.flatMap((a) => (a ? [[a.id, a] as const] : [])));
  await saved.bulkPut(
    rows.map((row, i) => {
      const fact = facts[i];
      return fact ? { ...row, snapshot: snapshotOf(fact, articles) } : row;
    }),
  );
}

import type { Transaction } from 'dexie';
import type { Article, Fact } from '../../data/schema';
import { isSeedSource } from '../../data/sources';
import type { SavedFactRow, SavedSnapshot } from './fact-db';

/** The snapshot a saved row keeps of `fact`: the fact itself and the seed articles its sources cite. */
export function snapshotOf(fact: Fact, articles: ReadonlyMap<string, Article>): SavedSnapshot {
  const cited = [...new Set(fact.sources.flatMap((s) => (isSeedSource(s) ? [s.article] : [])))];
  return { fact, articles: cited.flatMap((id) => articles.get(id) ?? []) };
}

/** A fact as version 1 and 2 of the database stored it (fact base 1.x). */
interface FactV1 {
  date?: { label: string; sortKey: string };
  kind: 'event' | 'statement' | 'assessment';
  speaker?: string;
  sources: Array<{ articleId: string; quote: string }>;
}

/**
 * Upgrade to version 2: gives every saved row a snapshot of its fact, read from the facts and articles the
 * database holds at that moment. Every row is kept; one whose fact is already gone stays as it was.
 */
export async function snapshotSavedRows(tx: Transaction): Promise<void> {
  const saved = tx.table<SavedFactRow, string>('saved');
  const rows = await saved.toArray();
  if (rows.length === 0) return;
  const facts = await tx.table<FactV1 & { id: string }, string>('facts').bulkGet(rows.map((r) => r.factId));
  const cited = [...new Set(facts.flatMap((f) => f?.sources.map((s) => s.articleId) ?? []))];
  const found = await tx.table<Article, string>('articles').bulkGet(cited);
  const articles = new Map(found.flatMap((a) => (a ? [[a.id, a] as const] : [])));
  await saved.bulkPut(
    rows.map((row, i) => {
      const fact = facts[i];
      if (!fact) return row;
      const citedHere = new Set(fact.sources.map((s) => s.articleId));
      // Stored in the shape of its time; version 3 brings it to today's shape.
      const snapshot = { fact, articles: [...citedHere].flatMap((id) => articles.get(id) ?? []) };
      return { ...row, snapshot: snapshot as unknown as SavedSnapshot };
    }),
  );
}

/** A version-1 fact in today's shape: ISO date, speaker as a name, seed sources by article. */
export function factFromV1(old: FactV1 & Omit<Fact, keyof FactV1>, checked: string): Fact {
  const { date, kind, speaker, sources, ...rest } = old;
  return {
    ...rest,
    ...(date === undefined ? {} : { date: date.sortKey }),
    kind: kind === 'assessment' ? (speaker === undefined ? 'view' : 'analysis') : kind,
    ...(speaker === undefined || kind === 'event' ? {} : { speaker: { name: speaker } }),
    sources: sources.map((s) => ({ article: s.articleId, quote: s.quote, checked })),
  } as Fact;
}

/**
 * Upgrade to version 3 (fact base 2): saved snapshots take the new fact shape, so a saved fact that the new
 * base dropped still shows. Its sources count as checked on the day it was saved.
 */
export async function reshapeSavedSnapshots(tx: Transaction): Promise<void> {
  const saved = tx.table<SavedFactRow, string>('saved');
  const rows = await saved.toArray();
  const old = rows.filter((r) => r.snapshot && !r.snapshot.fact.sources.every((s) => 'checked' in s));
  if (old.length === 0) return;
  await saved.bulkPut(
    old.map((row) => {
      const checked = new Date(row.savedAt).toISOString().slice(0, 10);
      const fact = factFromV1(row.snapshot!.fact as unknown as FactV1 & Omit<Fact, keyof FactV1>, checked);
      return { ...row, snapshot: { ...row.snapshot!, fact } };
    }),
  );
}

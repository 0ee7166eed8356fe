import type { Article, Fact } from '../../data/schema';
import type { SavedSnapshot } from '../../utils/db/fact-db';

/** What the "Saved only" view lists, and which of its facts are saved copies the fact base no longer has. */
export interface SavedListing {
  facts: readonly Fact[];
  articles: ReadonlyMap<string, Article>;
  retired: ReadonlySet<string>;
}

const NONE: ReadonlySet<string> = new Set();

/**
 * `facts` plus the saved copy of every saved fact missing from them (an update dropped or renamed it), with
 * the copies' articles added where the fact base lacks them. A fact the base still has shows as it is now.
 */
export function withSavedCopies(
  facts: readonly Fact[],
  articles: ReadonlyMap<string, Article>,
  snapshots: ReadonlyMap<string, SavedSnapshot>,
): SavedListing {
  const present = new Set(facts.map((f) => f.id));
  const missing = [...snapshots].filter(([id]) => !present.has(id)).map(([, s]) => s);
  if (missing.length === 0) return { facts, articles, retired: NONE };
  const merged = new Map(articles);
  for (const a of missing.flatMap((s) => s.articles)) if (!merged.has(a.id)) merged.set(a.id, a);
  return {
    facts: [...facts, ...missing.map((s) => s.fact)],
    articles: merged,
    retired: new Set(missing.map((s) => s.fact.id)),
  };
}

import type { TopicId } from '../../data/constants';
import type { Fact } from '../../data/schema';
import type { TopicRow } from '../db/fact-db';
import type { FieldMatch, SearchHit, SearchableFact } from './fact-search';

/**
 * Messages between the popup and its search worker. Hits travel as ids: the popup already holds every
 * topic and fact, so only what matched and where needs to be copied back.
 */

export type ToSearchWorker =
  /** The facts come in parts (each copy costs the popup's main thread); `last` marks the final part. */
  | { type: 'index'; topics: TopicRow[]; facts: SearchableFact[]; last: boolean }
  /** Without `limit`, the search's default. */
  | { type: 'search'; id: number; query: string; limit?: number };

export type FromSearchWorker =
  { type: 'hits'; id: number; hits: WireHit[] } | { type: 'failed'; id: number; message: string };

export type WireHit =
  | { kind: 'topic'; id: TopicId; score: number; matches: FieldMatch[] }
  | { kind: 'fact'; id: string; score: number; matches: FieldMatch[] };

/** Only the fields search reads: a fact's article ids, kind, date and category stay in the popup. */
export function searchableFact(fact: Fact): SearchableFact {
  return {
    id: fact.id,
    text: fact.text,
    speaker: fact.speaker,
    topics: fact.topics,
    keywords: fact.keywords,
    sources: fact.sources.map((s) => ({ quote: s.quote })),
  };
}

export function toWireHits(hits: ReadonlyArray<SearchHit<SearchableFact>>): WireHit[] {
  return hits.map((h) =>
    h.kind === 'topic'
      ? { kind: 'topic', id: h.topic.id, score: h.score, matches: h.matches }
      : { kind: 'fact', id: h.fact.id, score: h.score, matches: h.matches },
  );
}

/** Turns ids back into the popup's own topic and fact objects; an id it does not know is dropped. */
export function fromWireHits(
  hits: readonly WireHit[],
  topics: ReadonlyMap<string, TopicRow>,
  facts: ReadonlyMap<string, Fact>,
): SearchHit[] {
  const out: SearchHit[] = [];
  for (const h of hits) {
    if (h.kind === 'topic') {
      const topic = topics.get(h.id);
      if (topic) out.push({ kind: 'topic', topic, score: h.score, matches: h.matches });
    } else {
      const fact = facts.get(h.id);
      if (fact) out.push({ kind: 'fact', fact, score: h.score, matches: h.matches });
    }
  }
  return out;
}

import { memo, useEffect, useState } from 'react';
import type { TopicId } from '../../data/constants';
import type { Article } from '../../data/schema';
import { toFactView } from '../../utils/db/fact-base';
import type { SearchHit } from '../../utils/search/fact-search';
import { marksFor } from '../../utils/search/mark-ranges';
import type { FactSearchEngine } from '../../utils/search/search-engine';
import { FactItem } from '../shared/FactItem';
import { afterNextPaint } from './after-paint';
import { TopicHit } from './TopicHit';
import { useSearchHits, type SearchAnswer } from './use-search-hits';
import type { SavedFacts } from './use-saved-facts';

export interface SearchResultsProps {
  /** undefined until the fact base has loaded and its index is being built. */
  engine: FactSearchEngine | undefined;
  query: string;
  articles: ReadonlyMap<string, Article>;
  topicNames: Readonly<Record<TopicId, string>>;
  saved: SavedFacts;
  onBrowseTopic: (topic: TopicId) => void;
}

/**
 * Results for the query, best first. A small base is searched in this thread and its results render with
 * the keystroke; a large one is searched in a worker, and until its answer for the typed query arrives, the
 * previous answer stays, marked busy, and its summary names the query it answers.
 */
export function SearchResults({ engine, query, ...listProps }: SearchResultsProps) {
  const { answer, error } = useSearchHits(engine, query);
  return (
    <section
      className="search-results"
      aria-label="Search results"
      aria-busy={answer?.query !== query.trim()}
    >
      <p className="search-results__summary" role="status">
        {answer === undefined ? 'Searching…' : summaryOf(answer)}
      </p>
      {error && (
        <p className="error" role="alert">
          Search failed: {error}
        </p>
      )}
      {answer && answer.hits.length > 0 && <HitList hits={answer.hits} {...listProps} />}
    </section>
  );
}

function summaryOf({ query, hits }: SearchAnswer): string {
  if (hits.length === 0) return `Nothing matches “${query}”. Try another spelling or fewer words.`;
  return `${hits.length === 1 ? '1 result' : `${hits.length} results`} for “${query}”`;
}

type ListProps = Omit<SearchResultsProps, 'engine' | 'query'>;

/** Results that fill the popup's first screen: these render with the keystroke, the rest a moment later. */
const FIRST_RESULTS = 6;

/**
 * Memoised: a keystroke re-renders the summary, not forty results, until new hits arrive. New hits render
 * the first few with the keystroke and the rest once that frame is painted and the popup is idle; while
 * someone types, each keystroke renders only the first few.
 */
const HitList = memo(function HitList({ hits, ...rest }: ListProps & { hits: SearchHit[] }) {
  const [paintedFor, setPaintedFor] = useState<SearchHit[]>();
  useEffect(() => afterNextPaint(() => setPaintedFor(hits)), [hits]);
  const shown = paintedFor === hits ? hits : hits.slice(0, FIRST_RESULTS);
  return (
    <ul className="results">
      {shown.map((hit) => (
        <Hit key={hitKey(hit)} hit={hit} {...rest} />
      ))}
    </ul>
  );
});

const hitKey = (hit: SearchHit): string =>
  hit.kind === 'topic' ? `topic:${hit.topic.id}` : `fact:${hit.fact.id}`;

function Hit({ hit, articles, topicNames, saved, onBrowseTopic }: ListProps & { hit: SearchHit }) {
  if (hit.kind === 'topic') return <TopicHit hit={hit} onBrowse={() => onBrowseTopic(hit.topic.id)} />;
  const { fact, matches } = hit;
  const marks = {
    text: marksFor(matches, 'text', fact.text),
    speaker: fact.speaker === undefined ? [] : marksFor(matches, 'speaker', fact.speaker),
    quotes: fact.sources.map((s) => marksFor(matches, 'quotes', s.quote)),
  };
  return (
    <FactItem
      fact={toFactView(fact, articles)}
      topicNames={topicNames}
      marks={marks}
      showTopics
      saved={saved.ids?.has(fact.id) ?? false}
      saveDisabled={!saved.available || saved.ids === undefined}
      onToggleSave={() => saved.toggle(fact)}
    />
  );
}

import { useDeferredValue, useMemo } from 'react';
import type { TopicId } from '../../data/constants';
import type { Article } from '../../data/schema';
import { toFactView } from '../../utils/db/fact-base';
import type { FactSearch, SearchHit } from '../../utils/search/fact-search';
import { marksFor } from '../../utils/search/fact-search';
import { FactItem } from '../shared/FactItem';
import { TopicHit } from './TopicHit';
import type { SavedFacts } from './use-saved-facts';

export interface SearchResultsProps {
  search: FactSearch;
  query: string;
  articles: ReadonlyMap<string, Article>;
  topicNames: Readonly<Record<TopicId, string>>;
  saved: SavedFacts;
  onBrowseTopic: (topic: TopicId) => void;
}

/**
 * Results for the query, best first. The query is deferred so typing stays responsive; the search itself
 * takes a few milliseconds, well within a frame.
 */
export function SearchResults({
  search,
  query,
  articles,
  topicNames,
  saved,
  onBrowseTopic,
}: SearchResultsProps) {
  const deferred = useDeferredValue(query);
  const hits = useMemo(() => search.search(deferred), [search, deferred]);
  const summary =
    hits.length === 0
      ? `Nothing matches “${deferred.trim()}”. Try another spelling or fewer words.`
      : `${hits.length === 1 ? '1 result' : `${hits.length} results`} for “${deferred.trim()}”`;
  return (
    <section className="search-results" aria-label="Search results" aria-busy={deferred !== query}>
      <p className="search-results__summary" role="status">
        {summary}
      </p>
      {hits.length > 0 && (
        <ul className="results">
          {hits.map((hit) => (
            <Hit key={hitKey(hit)} hit={hit} {...{ articles, topicNames, saved, onBrowseTopic }} />
          ))}
        </ul>
      )}
    </section>
  );
}

const hitKey = (hit: SearchHit): string =>
  hit.kind === 'topic' ? `topic:${hit.topic.id}` : `fact:${hit.fact.id}`;

function Hit({
  hit,
  articles,
  topicNames,
  saved,
  onBrowseTopic,
}: Omit<SearchResultsProps, 'search' | 'query'> & { hit: SearchHit }) {
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

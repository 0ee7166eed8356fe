import { memo, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { TopicId } from '../../data/constants';
import type { Article } from '../../data/schema';
import { toFactView } from '../../utils/db/fact-base';
import { speakerText } from '../../utils/facts/present';
import { plural, t } from '../../utils/i18n/i18n';
import type { SearchHit } from '../../utils/search/fact-search';
import { marksFor } from '../../utils/search/mark-ranges';
import { withElements } from '../shared/with-elements';
import { FactItem } from '../shared/FactItem';
import { afterNextPaint } from './after-paint';
import { firstWithOldTail, hitKey } from './shown-hits';
import { TopicHit } from './TopicHit';
import type { SearchState } from './use-fact-search';
import type { SavedFacts } from './use-saved-facts';

export interface SearchResultsProps {
  /** undefined until the fact base has loaded. */
  search: SearchState;
  query: string;
  articles: ReadonlyMap<string, Article>;
  topicNames: Readonly<Record<TopicId, string>>;
  saved: SavedFacts;
  onBrowseTopic: (topic: TopicId) => void;
}

/**
 * Results for the query, best first, searched while rendering the keystroke (a query takes 0.1–2 ms over the
 * bundled base), so they show in that keystroke's frame. While the index is still being built the results
 * come from what it holds so far, and are asked again once it is whole.
 */
export function SearchResults({ search: { search, indexed }, query, ...listProps }: SearchResultsProps) {
  const trimmed = query.trim();
  const answer = useMemo((): { hits?: SearchHit[]; error?: string } | undefined => {
    if (!search || trimmed === '') return undefined;
    try {
      return { hits: search.search(trimmed) };
    } catch (failure) {
      return { error: failure instanceof Error ? failure.message : String(failure) };
    }
    // `indexed` asks again once the whole index is in.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [search, trimmed, indexed]);
  const hits = answer?.hits;
  return (
    <section className="search-results" aria-label={t('popup_results_label')} aria-busy={hits === undefined}>
      <p className="search-results__summary" role="status">
        {hits === undefined ? t('popup_searching') : summaryOf(trimmed, hits)}
      </p>
      {answer?.error && (
        <p className="error" role="alert">
          {t('popup_search_failed', { error: answer.error })}
        </p>
      )}
      {hits && hits.length > 0 && <HitList hits={hits} {...listProps} />}
    </section>
  );
}

/** "3 results for “Путин”": the query, in whatever script it was typed, keeps its own direction (<bdi>). */
function summaryOf(query: string, hits: readonly SearchHit[]): ReactNode {
  const message = hits.length === 0 ? t('popup_no_results') : plural('popup_results', hits.length);
  return withElements(message, { query: <bdi>{query}</bdi> });
}

type ListProps = Omit<SearchResultsProps, 'search' | 'query'>;

/**
 * Memoised: a keystroke re-renders the summary, not forty results, until new hits arrive. New hits render
 * the first few with the keystroke; below them, out of sight, the results painted before stay until that
 * frame is drawn and the popup is idle, and the rest of the new ones replace them. (Removing the old ones
 * with the keystroke cost it about 3 ms with 5,000 facts.)
 */
const HitList = memo(function HitList({ hits, ...rest }: ListProps & { hits: SearchHit[] }) {
  const [painted, setPainted] = useState<readonly SearchHit[]>([]);
  useEffect(() => afterNextPaint(() => setPainted(hits)), [hits]);
  const shown = painted === hits ? hits : firstWithOldTail(hits, painted);
  return (
    <ul className="results">
      {shown.map((hit) => (
        <Hit key={hitKey(hit)} hit={hit} {...rest} />
      ))}
    </ul>
  );
});

/** Memoised: an old result kept below the new ones does not render again. */
const Hit = memo(function Hit({
  hit,
  articles,
  topicNames,
  saved,
  onBrowseTopic,
}: ListProps & { hit: SearchHit }) {
  if (hit.kind === 'topic') return <TopicHit hit={hit} onBrowse={() => onBrowseTopic(hit.topic.id)} />;
  const { fact, matches } = hit;
  const marks = {
    text: marksFor(matches, 'text', fact.text),
    speaker: fact.speaker === undefined ? [] : marksFor(matches, 'speaker', speakerText(fact.speaker)),
    quotes: fact.sources.map((s) => ('quote' in s ? marksFor(matches, 'quotes', s.quote) : [])),
    titles: fact.sources.map((s) => ('title' in s ? marksFor(matches, 'sources', s.title) : [])),
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
});

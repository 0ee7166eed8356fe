import { memo, useDeferredValue, useMemo } from 'react';
import type { TopicId } from '../../data/constants';
import type { Article, Fact } from '../../data/schema';
import type { TopicRow } from '../../utils/db/fact-db';
import { BASE_AS_OF } from '../../data/dataset-version.generated';
import { asOfLine } from '../../utils/facts/present';
import { t } from '../../utils/i18n/i18n';
import { topicTimelines } from '../../utils/search/timeline';
import { BrowseFilters, NO_FILTER, type BrowseFilter } from './BrowseFilters';
import { withSavedCopies } from './saved-copies';
import { TIMELINE_PAGE, TopicTimeline } from './TopicTimeline';
import type { SavedFacts } from './use-saved-facts';

export interface BrowseViewProps {
  topics: readonly TopicRow[];
  /** undefined while the fact base loads: the topics show at once, their facts when they arrive. */
  facts: readonly Fact[] | undefined;
  articles: ReadonlyMap<string, Article>;
  topicNames: Readonly<Record<TopicId, string>>;
  filter: BrowseFilter;
  onFilterChange: (filter: BrowseFilter) => void;
  saved: SavedFacts;
}

const NOT_RENDERED = null;
const NO_IDS: ReadonlySet<string> = new Set();

/**
 * Each topic with its summary and its facts as a timeline, narrowed by the filters. Memoised: typing in the
 * search field re-renders the popup, not this. The topics paint first; the timelines follow in a background
 * render (a deferred value), so neither the first paint nor input waits for thousands of facts.
 */
export const BrowseView = memo(function BrowseView({
  topics,
  facts,
  articles,
  topicNames,
  filter,
  onFilterChange,
  saved,
}: BrowseViewProps) {
  // While the facts load, the value and the initial one are both "none": no second render of the topics.
  const shownFacts = useDeferredValue(facts ?? NOT_RENDERED, NOT_RENDERED) ?? undefined;
  const savedIds = filter.savedOnly ? (saved.ids ?? NO_IDS) : undefined;
  // Saved only: facts an update dropped or renamed still show, from the copy kept when they were saved.
  const listing = useMemo(
    () =>
      shownFacts &&
      (filter.savedOnly
        ? withSavedCopies(shownFacts, articles, saved.snapshots)
        : { facts: shownFacts, articles, retired: undefined }),
    [shownFacts, articles, filter.savedOnly, saved.snapshots],
  );
  const shown = filter.topic === undefined ? topics : topics.filter((t) => t.id === filter.topic);
  const timelines = useMemo(
    () =>
      listing &&
      topicTimelines(
        topics.map((t) => t.id),
        listing.facts,
        { category: filter.category, kind: filter.kind, savedIds },
      ),
    [topics, listing, filter.category, filter.kind, savedIds],
  );
  const narrowing = filter.category !== undefined || filter.kind !== undefined || filter.savedOnly;
  // With narrowing filters, a topic left without facts is noise; a topic chosen on purpose still shows.
  const sections = shown.filter(
    (t) => !timelines || (timelines.get(t.id)?.length ?? 0) > 0 || !narrowing || filter.topic !== undefined,
  );
  // Paging starts over whenever the filters change.
  const filterKey = `${filter.topic}|${filter.category}|${filter.kind}|${filter.savedOnly}`;

  return (
    <div className="browse">
      <BrowseFilters
        topics={topics}
        filter={filter}
        onChange={onFilterChange}
        savedAvailable={saved.available}
      />
      {sections.length === 0 && (
        <div className="state state--empty">
          <p>{t(filter.savedOnly ? 'popup_no_saved_match' : 'popup_no_match')}</p>
          <button type="button" className="link-button" onClick={() => onFilterChange(NO_FILTER)}>
            {t('popup_clear_filters')}
          </button>
        </div>
      )}
      {shownFacts && !filter.savedOnly && (
        <p className="browse__as-of">{asOfLine(BASE_AS_OF, shownFacts.length)}</p>
      )}
      {sections.map((topic) => (
        <TopicTimeline
          key={`${topic.id}|${filterKey}`}
          topic={topic}
          timeline={timelines?.get(topic.id)}
          firstPage={filter.topic === undefined ? TIMELINE_PAGE.allTopics : TIMELINE_PAGE.oneTopic}
          articles={listing?.articles ?? articles}
          retired={listing?.retired}
          topicNames={topicNames}
          savedOnly={filter.savedOnly}
          saved={saved}
        />
      ))}
    </div>
  );
});

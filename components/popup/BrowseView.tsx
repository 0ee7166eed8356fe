import type { TopicId } from '../../data/constants';
import type { Article, Fact } from '../../data/schema';
import { toFactView } from '../../utils/db/fact-base';
import type { TopicRow } from '../../utils/db/fact-db';
import { filterFacts, orderTimeline } from '../../utils/search/timeline';
import { FactItem } from '../shared/FactItem';
import { BrowseFilters, NO_FILTER, type BrowseFilter } from './BrowseFilters';
import type { SavedFacts } from './use-saved-facts';

export interface BrowseViewProps {
  topics: readonly TopicRow[];
  facts: readonly Fact[];
  articles: ReadonlyMap<string, Article>;
  topicNames: Readonly<Record<TopicId, string>>;
  filter: BrowseFilter;
  onFilterChange: (filter: BrowseFilter) => void;
  saved: SavedFacts;
}

/** Each topic with its summary and its facts as a timeline, narrowed by the filters. */
export function BrowseView({
  topics,
  facts,
  articles,
  topicNames,
  filter,
  onFilterChange,
  saved,
}: BrowseViewProps) {
  const shown = filter.topic === undefined ? topics : topics.filter((t) => t.id === filter.topic);
  const narrowed = filterFacts(facts, {
    category: filter.category,
    kind: filter.kind,
    savedIds: filter.savedOnly ? (saved.ids ?? new Set()) : undefined,
  });
  const narrowing = filter.category !== undefined || filter.kind !== undefined || filter.savedOnly;
  const sections = shown
    .map((topic) => ({ topic, timeline: orderTimeline(filterFacts(narrowed, { topic: topic.id })) }))
    // With narrowing filters, a topic left without facts is noise; a topic chosen on purpose still shows.
    .filter((s) => s.timeline.length > 0 || !narrowing || filter.topic !== undefined);

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
          <p>{filter.savedOnly ? 'No saved facts match these filters.' : 'No facts match these filters.'}</p>
          <button type="button" className="link-button" onClick={() => onFilterChange(NO_FILTER)}>
            Clear filters
          </button>
        </div>
      )}
      {sections.map(({ topic, timeline }) => (
        <section key={topic.id} className="topic" aria-labelledby={`browse-${topic.id}`}>
          <h2 id={`browse-${topic.id}`} className="topic__name">
            {topic.name}
          </h2>
          <p className="topic__summary">{topic.summary}</p>
          {timeline.length === 0 ? (
            <p className="state">{`No ${filter.savedOnly ? 'saved ' : ''}${topic.name} facts match these filters.`}</p>
          ) : (
            <ol className="timeline" aria-label={`${topic.name} timeline`}>
              {timeline.map((fact) => (
                <FactItem
                  key={fact.id}
                  fact={toFactView(fact, articles)}
                  topicNames={topicNames}
                  saved={saved.ids?.has(fact.id) ?? false}
                  saveDisabled={!saved.available || saved.ids === undefined}
                  onToggleSave={() => saved.toggle(fact)}
                />
              ))}
            </ol>
          )}
        </section>
      ))}
    </div>
  );
}

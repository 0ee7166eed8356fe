import { useState } from 'react';
import type { TopicId } from '../../data/constants';
import type { Article, Fact } from '../../data/schema';
import { toFactView } from '../../utils/db/fact-base';
import type { TopicRow } from '../../utils/db/fact-db';
import { groupByYear } from '../../utils/search/timeline';
import { FactItem } from '../shared/FactItem';
import type { SavedFacts } from './use-saved-facts';

/** How many facts a timeline shows at first and adds per "Show more": thousands would freeze the popup. */
export const TIMELINE_PAGE = { allTopics: 10, oneTopic: 30, more: 30 } as const;

export const RETIRED_NOTE = 'Your saved copy: this fact is no longer among the built-in facts.';

export interface TopicTimelineProps {
  topic: TopicRow;
  /** Ordered; undefined while the facts are still loading. */
  timeline: readonly Fact[] | undefined;
  firstPage: number;
  articles: ReadonlyMap<string, Article>;
  /** Ids of saved copies the fact base no longer has; they carry a note saying so. */
  retired?: ReadonlySet<string>;
  topicNames: Readonly<Record<TopicId, string>>;
  savedOnly: boolean;
  saved: SavedFacts;
}

/** One topic of the Browse view: name, summary and its timeline, a page at a time. */
export function TopicTimeline({
  topic,
  timeline,
  firstPage,
  articles,
  retired,
  topicNames,
  savedOnly,
  saved,
}: TopicTimelineProps) {
  const [limit, setLimit] = useState(firstPage);
  const total = timeline?.length ?? 0;
  const more = Math.min(TIMELINE_PAGE.more, total - limit);
  return (
    <section className="topic" aria-labelledby={`browse-${topic.id}`}>
      <h2 id={`browse-${topic.id}`} className="topic__name">
        {topic.name}
      </h2>
      <p className="topic__summary">{topic.summary}</p>
      {topic.sources && topic.sources.length > 0 && (
        <p className="topic__sources">
          {'Sources: '}
          {topic.sources.map((source, i) => (
            <span key={source.url}>
              {i > 0 && ' · '}
              <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
                {source.publisher}
              </a>
            </span>
          ))}
        </p>
      )}
      {timeline !== undefined && total === 0 && (
        <p className="state">{`No ${savedOnly ? 'saved ' : ''}${topic.name} facts match these filters.`}</p>
      )}
      {timeline !== undefined && total > 0 && (
        <ol className="timeline" aria-label={`${topic.name} timeline`}>
          {groupByYear(timeline.slice(0, limit)).flatMap(({ year, facts }) => [
            // A heading, not an item: the list's items are the facts.
            <li role="presentation" className="timeline__year" key={`year-${year ?? 'undated'}`}>
              <h3 className="timeline__year-name">{year ?? 'Undated'}</h3>
            </li>,
            ...facts.map((fact) => (
              <FactItem
                key={fact.id}
                fact={toFactView(fact, articles)}
                topicNames={topicNames}
                note={retired?.has(fact.id) ? RETIRED_NOTE : undefined}
                saved={saved.ids?.has(fact.id) ?? false}
                saveDisabled={!saved.available || saved.ids === undefined}
                onToggleSave={() => saved.toggle(fact)}
              />
            )),
          ])}
        </ol>
      )}
      {more > 0 && (
        <p className="timeline__more">
          {`Showing ${limit.toLocaleString('en')} of ${total.toLocaleString('en')}. `}
          <button type="button" className="link-button" onClick={() => setLimit(limit + more)}>
            {`Show ${more} more ${topic.name} facts`}
          </button>
        </p>
      )}
    </section>
  );
}

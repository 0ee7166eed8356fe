import { useState } from 'react';
import type { TopicId } from '../../data/constants';
import type { Article, Fact } from '../../data/schema';
import { toFactView } from '../../utils/db/fact-base';
import { formatDate } from '../../utils/facts/present';
import type { TopicRow } from '../../utils/db/fact-db';
import { plural, t } from '../../utils/i18n/i18n';
import { topicName, topicSummary } from '../../utils/i18n/topic-text';
import { groupByYear } from '../../utils/search/timeline';
import { withElements } from '../shared/with-elements';
import { FactItem } from '../shared/FactItem';
import type { SavedFacts } from './use-saved-facts';

/** How many facts a timeline shows at first and adds per "Show more": thousands would freeze the popup. */
export const TIMELINE_PAGE = { allTopics: 10, oneTopic: 30, more: 30 } as const;

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

/** One topic of the Browse view: name, summary and its timeline, a page at a time; its words the interface's. */
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
  const name = topicName(topic.id);
  return (
    <section className="topic" aria-labelledby={`browse-${topic.id}`}>
      <h2 id={`browse-${topic.id}`} className="topic__name">
        {name}
      </h2>
      <p className="topic__summary">{topicSummary(topic.id)}</p>
      {topic.sources && topic.sources.length > 0 && (
        <p className="topic__sources">
          {withElements(t('popup_topic_sources'), {
            sources: topic.sources.map((source, i) => (
              <span key={source.url}>
                {i > 0 && ' · '}
                <a href={source.url} target="_blank" rel="noopener noreferrer" title={source.title}>
                  <bdi>{source.publisher}</bdi>
                </a>
              </span>
            )),
          })}
        </p>
      )}
      {timeline !== undefined && total === 0 && (
        <p className="state">
          {t(savedOnly ? 'popup_topic_no_saved_facts' : 'popup_topic_no_facts', { topic: name })}
        </p>
      )}
      {timeline !== undefined && total > 0 && (
        <ol className="timeline" aria-label={t('popup_timeline_label', { topic: name })}>
          {groupByYear(timeline.slice(0, limit)).flatMap(({ year, facts }) => [
            // A heading, not an item: the list's items are the facts.
            <li role="presentation" className="timeline__year" key={`year-${year ?? 'undated'}`}>
              <h3 className="timeline__year-name">{year ? formatDate(year) : t('popup_undated')}</h3>
            </li>,
            ...facts.map((fact) => (
              <FactItem
                key={fact.id}
                fact={toFactView(fact, articles)}
                topicNames={topicNames}
                note={retired?.has(fact.id) ? t('popup_retired_note') : undefined}
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
          {`${t('popup_timeline_showing', { shown: limit, total })} `}
          <button type="button" className="link-button" onClick={() => setLimit(limit + more)}>
            {plural('popup_timeline_more', more, { topic: name })}
          </button>
        </p>
      )}
    </section>
  );
}

import { t } from '../../utils/i18n/i18n';
import { topicName, topicSummary } from '../../utils/i18n/topic-text';
import type { SearchHit } from '../../utils/search/fact-search';
import { marksFor } from '../../utils/search/mark-ranges';
import { withElements } from '../shared/with-elements';
import { MarkedText } from '../shared/MarkedText';

type TopicSearchHit = Extract<SearchHit, { kind: 'topic' }>;

/**
 * A topic among the search results: its name, the spelling that matched, its summary, a way in. Name and
 * summary are the interface's; the words the search matched are marked where they are the ones shown.
 */
export function TopicHit({ hit, onBrowse }: { hit: TopicSearchHit; onBrowse: () => void }) {
  const { topic, matches } = hit;
  const name = topicName(topic.id);
  const summary = topicSummary(topic.id);
  // Marks point into the searched text (the fact base's English): they fit only where it is what shows.
  const marked = (shown: string, searched: string, field: 'name' | 'summary') =>
    shown === searched ? marksFor(matches, field, searched) : undefined;
  // Show the spelling the reader typed when it is not the name shown: "Путин" for Putin, or the English
  // name where the interface names the topic in another language.
  const alias = matches.find(
    (m) => (m.field === 'aliases' || m.field === 'name') && m.value.toLowerCase() !== name.toLowerCase(),
  );
  return (
    <li className="topic-hit">
      <h2 className="topic-hit__name">
        <span className="topic-hit__label">{t('popup_topic_label')}</span>{' '}
        <MarkedText text={name} ranges={marked(name, topic.name, 'name')} />
      </h2>
      {alias && (
        <p className="topic-hit__alias">
          {withElements(t('popup_also_written'), {
            alias: (
              <bdi>
                <MarkedText text={alias.value} ranges={alias.ranges} />
              </bdi>
            ),
          })}
        </p>
      )}
      <p className="topic-hit__summary">
        <MarkedText text={summary} ranges={marked(summary, topic.summary, 'summary')} />
      </p>
      <button type="button" className="link-button" onClick={onBrowse}>
        {t('popup_browse_topic', { topic: name })}
      </button>
    </li>
  );
}

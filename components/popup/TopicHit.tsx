import type { SearchHit } from '../../utils/search/fact-search';
import { marksFor } from '../../utils/search/mark-ranges';
import { MarkedText } from '../shared/MarkedText';

type TopicSearchHit = Extract<SearchHit, { kind: 'topic' }>;

/** A topic among the search results: its name, the spelling that matched, its summary, a way in. */
export function TopicHit({ hit, onBrowse }: { hit: TopicSearchHit; onBrowse: () => void }) {
  const { topic, matches } = hit;
  // Show the spelling the reader typed when it is not the display name ("Путин" for Putin).
  const alias = matches.find(
    (m) => m.field === 'aliases' && m.value.toLowerCase() !== topic.name.toLowerCase(),
  );
  return (
    <li className="topic-hit">
      <h2 className="topic-hit__name">
        <span className="topic-hit__label">Topic</span>{' '}
        <MarkedText text={topic.name} ranges={marksFor(matches, 'name', topic.name)} />
      </h2>
      {alias && (
        <p className="topic-hit__alias">
          Also written <MarkedText text={alias.value} ranges={alias.ranges} />
        </p>
      )}
      <p className="topic-hit__summary">
        <MarkedText text={topic.summary} ranges={marksFor(matches, 'summary', topic.summary)} />
      </p>
      <button type="button" className="link-button" onClick={onBrowse}>
        Browse {topic.name} facts
      </button>
    </li>
  );
}

import { memo } from 'react';
import type { TopicId } from '../../data/constants';
import { groupMentions } from './group-mentions';
import type { MentionsState } from './use-current-page';

export const UNREADABLE_MESSAGE =
  "Backstory can't read this page (browser pages and the extension store are off-limits to extensions).";

export interface OnThisPageProps {
  mentions: MentionsState;
  topicNames: Readonly<Record<TopicId, string>>;
  /** False when the user switched Backstory off for this site. */
  siteEnabled: boolean;
  onChoose: (index: number) => void;
}

/** The current page's mentions grouped by topic; choosing one scrolls the page to it. Memoised like Browse. */
export const OnThisPage = memo(function OnThisPage({
  mentions,
  topicNames,
  siteEnabled,
  onChoose,
}: OnThisPageProps) {
  if (mentions.status === 'loading') {
    return (
      <p className="state" role="status">
        Looking for mentions on this page…
      </p>
    );
  }
  if (mentions.status === 'unreadable') return <p className="state">{UNREADABLE_MESSAGE}</p>;
  if (!siteEnabled) {
    return (
      <p className="state">Highlighting is off on this site. Switch it back on above to see mentions.</p>
    );
  }
  if (mentions.mentions.length === 0) {
    return (
      <div className="state state--empty">
        <p>Nothing to explain here: this page doesn’t mention Iran, Russia, Putin, Bushehr or SWIFT.</p>
        <p>Search above, or browse the facts.</p>
      </div>
    );
  }
  const total = mentions.mentions.length;
  return (
    <div className="mentions">
      <p className="mentions__total">
        {total === 1 ? '1 mention' : `${total} mentions`} on this page. Choose one to go to it.
      </p>
      {groupMentions(mentions.mentions).map((group) => (
        <section key={group.topic} className="mentions__group" aria-labelledby={`mentions-${group.topic}`}>
          <h2 id={`mentions-${group.topic}`} className="mentions__topic">
            {topicNames[group.topic]} <span className="count">{group.entries.length}</span>
          </h2>
          <ul className="mentions__list">
            {group.entries.map((entry) => (
              <li key={entry.index}>
                <button
                  type="button"
                  className="mention"
                  aria-label={`${entry.text}, mention ${entry.index + 1} of ${total}`}
                  onClick={() => onChoose(entry.index)}
                >
                  <span className="mention__text">{entry.text}</span>
                  <span className="mention__number" aria-hidden="true">
                    #{entry.index + 1}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
});

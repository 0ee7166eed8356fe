import { memo } from 'react';
import { TOPIC_IDS, type TopicId } from '../../data/constants';
import type { Article, Fact } from '../../data/schema';
import { formatNumber, plural, t } from '../../utils/i18n/i18n';
import { listOf } from '../shared/list-format';
import { CopyPageFacts } from './CopyPageFacts';
import { groupMentions } from './group-mentions';
import type { MentionsState } from './use-current-page';

export interface OnThisPageProps {
  mentions: MentionsState;
  topicNames: Readonly<Record<TopicId, string>>;
  /** False when the user switched Backstory off for this site. */
  siteEnabled: boolean;
  /** Called with the chosen mention's id. */
  onChoose: (id: number) => void;
  /** For "Copy facts as Markdown"; undefined while the fact base loads. */
  facts: readonly Fact[] | undefined;
  articles: ReadonlyMap<string, Article>;
}

/**
 * The current page's mentions grouped by topic; choosing one scrolls the page to it. Their topics' facts can
 * be copied as a Markdown list. Memoised like Browse.
 */
export const OnThisPage = memo(function OnThisPage({
  mentions,
  topicNames,
  siteEnabled,
  onChoose,
  facts,
  articles,
}: OnThisPageProps) {
  if (mentions.status === 'loading') {
    return (
      <p className="state" role="status">
        {t('popup_looking')}
      </p>
    );
  }
  if (mentions.status === 'unreadable') return <p className="state">{t('popup_unreadable')}</p>;
  if (!siteEnabled) return <p className="state">{t('popup_site_off')}</p>;
  if (mentions.mentions.length === 0) {
    const everyTopic = listOf(
      TOPIC_IDS.map((id) => topicNames[id]),
      'or',
    );
    return (
      <div className="state state--empty">
        <p>{t('popup_no_mentions', { topics: everyTopic })}</p>
        <p>{t('popup_no_mentions_hint')}</p>
      </div>
    );
  }
  const total = mentions.mentions.length;
  const groups = groupMentions(mentions.mentions);
  return (
    <div className="mentions">
      <p className="mentions__total">{plural('popup_mentions_total', total)}</p>
      <CopyPageFacts
        topics={groups.map((g) => g.topic)}
        facts={facts}
        articles={articles}
        topicNames={topicNames}
      />
      {groups.map((group) => (
        <section key={group.topic} className="mentions__group" aria-labelledby={`mentions-${group.topic}`}>
          <h2 id={`mentions-${group.topic}`} className="mentions__topic">
            {topicNames[group.topic]} <span className="count">{formatNumber(group.entries.length)}</span>
          </h2>
          <ul className="mentions__list">
            {group.entries.map((entry) => (
              <li key={entry.id}>
                <button
                  type="button"
                  className="mention"
                  aria-label={t('popup_mention_label', {
                    text: entry.text,
                    number: entry.index + 1,
                    total,
                  })}
                  onClick={() => onChoose(entry.id)}
                >
                  {/* The page's own words, in whatever language and direction the page writes them. */}
                  <bdi className="mention__text">{entry.text}</bdi>
                  <span className="mention__number" aria-hidden="true">
                    {t('popup_mention_number', { number: entry.index + 1 })}
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

import './fact-item.css';
import type { TopicId } from '../../data/constants';
import { attributionOf, formatFactDate, sourcesOnce } from '../../utils/facts/present';
import { formatList, t } from '../../utils/i18n/i18n';
import type { FactView } from '../../utils/messaging/protocol';
import type { TextRange } from '../../utils/search/mark-ranges';
import { withElements } from './with-elements';
import { CopyWithSource } from './CopyWithSource';
import { KindBadge } from './KindBadge';
import { categoryLabel } from './labels';
import { MarkedText } from './MarkedText';
import { SaveToggle } from './SaveToggle';
import { SourceLine } from './SourceLine';

/** Ranges to mark in each shown field, from a search hit. */
export interface FactMarks {
  text?: TextRange[];
  speaker?: TextRange[];
  /** One entry per source, in order. */
  quotes?: TextRange[][];
  /** One entry per source, in order: words of a published page's title. */
  titles?: TextRange[][];
}

export interface FactItemProps {
  fact: FactView;
  topicNames: Readonly<Record<TopicId, string>>;
  marks?: FactMarks;
  /** Show which topics the fact belongs to (search results mix topics; a topic's timeline does not). */
  showTopics?: boolean;
  /** A line under the text, e.g. that this is the user's saved copy of a fact no longer bundled. */
  note?: string;
  saved: boolean;
  saveDisabled?: boolean;
  onToggleSave: () => void;
}

/**
 * One fact as a list item: its text, date, kind, who stands behind it, its sources, a save star and
 * "Copy with source". The labels speak the interface's language; the fact's own words (its text, speaker,
 * versions and quotes) are English, marked so, and keep their direction inside a right-to-left popup.
 */
export function FactItem({
  fact,
  topicNames,
  marks,
  showTopics,
  note,
  saved,
  saveDisabled,
  onToggleSave,
}: FactItemProps) {
  const date = formatFactDate(fact);
  const attribution = attributionOf(fact);
  const publisherOf = (n: number) => fact.sources[n]?.publisher ?? fact.sources[n]?.title ?? '';
  return (
    <li className={`fact fact--${fact.kind}`}>
      <div className="fact__meta">
        {date && (
          <time className="fact__date" dateTime={fact.date}>
            {date}
          </time>
        )}
        <KindBadge kind={fact.kind} />
        {fact.disputed && <span className="kind-badge kind-badge--disputed">{t('kind_disputed')}</span>}
        <span className="fact__category">{categoryLabel(fact.category)}</span>
        {showTopics && (
          <span className="fact__topics">{formatList(fact.topics.map((id) => topicNames[id]))}</span>
        )}
        <SaveToggle saved={saved} disabled={saveDisabled} onToggle={onToggleSave} />
      </div>
      <p className="fact__text" lang="en" dir="auto">
        <MarkedText text={fact.text} ranges={marks?.text} />
      </p>
      {note && <p className="fact__note">{note}</p>}
      {attribution && (
        <p className="fact__speaker">
          {`${attribution.lead} `}
          {fact.speaker ? (
            <bdi lang="en">
              <MarkedText text={attribution.who} ranges={marks?.speaker} />
            </bdi>
          ) : (
            <bdi>{attribution.who}</bdi>
          )}
        </p>
      )}
      {fact.disputed && (
        // Paragraphs, not a list: the facts are the list items a reader (and a screen reader) counts.
        <div className="fact__versions" role="group" aria-label={t('versions_label')}>
          {fact.disputed.map(({ version, sources }, i) => (
            <p key={i}>
              {withElements(t('version_by', { sources: formatList(sources.map(publisherOf)) }), {
                version: (
                  <bdi lang="en" className="fact__version">
                    {version}
                  </bdi>
                ),
              })}
            </p>
          ))}
        </div>
      )}
      {sourcesOnce(fact.sources).map(({ source, at }) => {
        const line = <SourceLine source={source} titleMarks={marks?.titles?.[at[0]!]} />;
        return (
          <div className="fact__source" key={at[0]}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {line}
              </a>
            ) : (
              <span className="fact__source-title">{line}</span>
            )}
            {at.map((i) => {
              const quote = fact.sources[i]?.quote;
              if (quote === undefined) return null;
              const quoteMarks = marks?.quotes?.[i];
              return (
                /* Opened up front when the search matched words only the quote has. */
                <details
                  key={i}
                  open={quoteMarks !== undefined && quoteMarks.length > 0 && !marks?.text?.length}
                >
                  <summary>{t('popup_quote')}</summary>
                  <blockquote className="fact__quote" lang="en" dir="auto">
                    “<MarkedText text={quote} ranges={quoteMarks} />”
                  </blockquote>
                </details>
              );
            })}
          </div>
        );
      })}
      <CopyWithSource fact={fact} />
    </li>
  );
}

import './fact-item.css';
import type { TopicId } from '../../data/constants';
import type { FactView } from '../../utils/messaging/protocol';
import type { TextRange } from '../../utils/search/mark-ranges';
import { KindBadge } from './KindBadge';
import { attributionOf, formatDate, formatFactDate, sourceLine } from '../../utils/facts/present';
import { CATEGORY_LABELS } from './labels';
import { MarkedText } from './MarkedText';
import { SaveToggle } from './SaveToggle';

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

/** One fact as a list item: its text, date, kind, who stands behind it, its sources and a save star. */
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
  return (
    <li className={`fact fact--${fact.kind}`}>
      <div className="fact__meta">
        {date && (
          <time className="fact__date" dateTime={fact.date}>
            {date}
          </time>
        )}
        <KindBadge kind={fact.kind} />
        {fact.disputed && <span className="kind-badge kind-badge--disputed">Disputed</span>}
        <span className="fact__category">{CATEGORY_LABELS[fact.category]}</span>
        {showTopics && (
          <span className="fact__topics">{fact.topics.map((t) => topicNames[t]).join(', ')}</span>
        )}
        <SaveToggle saved={saved} disabled={saveDisabled} onToggle={onToggleSave} />
      </div>
      <p className="fact__text">
        <MarkedText text={fact.text} ranges={marks?.text} />
      </p>
      {note && <p className="fact__note">{note}</p>}
      {attribution && (
        <p className="fact__speaker">
          {`${attribution.lead} `}
          {fact.speaker ? <MarkedText text={attribution.who} ranges={marks?.speaker} /> : attribution.who}
        </p>
      )}
      {fact.disputed && (
        // Paragraphs, not a list: the facts are the list items a reader (and a screen reader) counts.
        <div className="fact__versions" role="group" aria-label="Versions the sources give">
          {fact.disputed.map(({ version, sources }, i) => (
            <p key={i}>
              {version} ({sources.map((n) => fact.sources[n]?.publisher ?? fact.sources[n]?.title).join(', ')}
              )
            </p>
          ))}
        </div>
      )}
      {fact.sources.map((source, i) => {
        const quoteMarks = marks?.quotes?.[i];
        return (
          <div className="fact__source" key={i}>
            {source.url ? (
              <a href={source.url} target="_blank" rel="noopener noreferrer">
                {`${source.publisher}, “`}
                <MarkedText text={source.title} ranges={marks?.titles?.[i]} />
                {`”${source.published ? `, ${formatDate(source.published)}` : ''}`}
              </a>
            ) : (
              <span className="fact__source-title">{sourceLine(source)}</span>
            )}
            {source.quote !== undefined && (
              /* Opened up front when the search matched words only the quote has. */
              <details open={quoteMarks !== undefined && quoteMarks.length > 0 && !marks?.text?.length}>
                <summary>Quote</summary>
                <blockquote className="fact__quote">
                  “<MarkedText text={source.quote} ranges={quoteMarks} />”
                </blockquote>
              </details>
            )}
          </div>
        );
      })}
    </li>
  );
}

import './fact-item.css';
import type { TopicId } from '../../data/constants';
import type { FactView } from '../../utils/messaging/protocol';
import type { TextRange } from '../../utils/search/mark-ranges';
import { KindBadge } from './KindBadge';
import { CATEGORY_LABELS } from './labels';
import { MarkedText } from './MarkedText';
import { SaveToggle } from './SaveToggle';

/** Ranges to mark in each shown field, from a search hit. */
export interface FactMarks {
  text?: TextRange[];
  speaker?: TextRange[];
  /** One entry per source, in order. */
  quotes?: TextRange[][];
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

/** Names the speaker the way the kind implies: a statement is said, an assessment is someone's view. */
function speakerLine(fact: FactView): string {
  if (fact.kind === 'statement') return 'Said by ';
  if (fact.kind === 'assessment') return 'According to ';
  return 'Attributed to ';
}

/** One fact as a list item: its text, date, kind, speaker, sources with quotes on demand, and a save star. */
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
  return (
    <li className={`fact fact--${fact.kind}`}>
      <div className="fact__meta">
        {fact.date && (
          <time className="fact__date" dateTime={fact.date.sortKey}>
            {fact.date.label}
          </time>
        )}
        <KindBadge kind={fact.kind} />
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
      {fact.speaker && (
        <p className="fact__speaker">
          {speakerLine(fact)}
          <MarkedText text={fact.speaker} ranges={marks?.speaker} />
        </p>
      )}
      {fact.sources.map((source, i) => {
        const quoteMarks = marks?.quotes?.[i];
        return (
          <div className="fact__source" key={i}>
            <span className="fact__source-title">Source: {source.title}</span>
            {/* Opened up front when the search matched words only the quote has. */}
            <details open={quoteMarks !== undefined && quoteMarks.length > 0 && !marks?.text?.length}>
              <summary>Quote</summary>
              <blockquote className="fact__quote">
                “<MarkedText text={source.quote} ranges={quoteMarks} />”
              </blockquote>
            </details>
          </div>
        );
      })}
    </li>
  );
}

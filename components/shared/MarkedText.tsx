import { Fragment } from 'react';
import { splitMarked, type TextRange } from '../../utils/search/mark-ranges';

/** Text with the given ranges wrapped in <mark>; always rendered as text, never as HTML. */
export function MarkedText({ text, ranges }: { text: string; ranges?: readonly TextRange[] }) {
  if (ranges === undefined || ranges.length === 0) return <>{text}</>;
  return (
    <>
      {splitMarked(text, ranges).map((segment, i) =>
        segment.marked ? <mark key={i}>{segment.text}</mark> : <Fragment key={i}>{segment.text}</Fragment>,
      )}
    </>
  );
}

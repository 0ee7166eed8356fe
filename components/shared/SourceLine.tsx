import { formatDate } from '../../utils/facts/present';
import { t } from '../../utils/i18n/i18n';
import type { SourceView } from '../../utils/messaging/protocol';
import type { TextRange } from '../../utils/search/mark-ranges';
import { withElements } from './with-elements';
import { MarkedText } from './MarkedText';

/**
 * A source as a line in the interface's language: "Reuters, “Title”, 3 September 2011", or a seed article's
 * title. The publisher and the title keep their own language and direction (<bdi>) inside a right-to-left
 * line; the title's words that a search matched are marked.
 */
export function SourceLine({ source, titleMarks }: { source: SourceView; titleMarks?: TextRange[] }) {
  const title = (
    <bdi>
      <MarkedText text={source.title} ranges={titleMarks} />
    </bdi>
  );
  if (source.publisher === undefined) return <>{withElements(t('source_article'), { title })}</>;
  const publisher = <bdi>{source.publisher}</bdi>;
  // `t` leaves the values it is not given ({publisher}, {title}) for withElements to fill with elements.
  const line = source.published
    ? t('source_line_dated', { date: formatDate(source.published) })
    : t('source_line');
  return <>{withElements(line, { publisher, title })}</>;
}

import type { TopicId } from '../../data/constants';
import type { Article, Fact } from '../../data/schema';
import { citeFactsMarkdown } from '../../utils/facts/cite';
import { plural, t } from '../../utils/i18n/i18n';
import { CopyFeedback } from '../shared/CopyFeedback';
import { useCopy } from '../shared/use-copy';
import { pageFactGroups } from './page-facts';

export interface CopyPageFactsProps {
  /** The topics the page mentions, in the page's order. */
  topics: readonly TopicId[];
  /** undefined while the fact base loads. */
  facts: readonly Fact[] | undefined;
  articles: ReadonlyMap<string, Article>;
  topicNames: Readonly<Record<TopicId, string>>;
}

/** "Copy facts as Markdown": the page's topics' leading facts with their sources, a list under each topic. */
export function CopyPageFacts({ topics, facts, articles, topicNames }: CopyPageFactsProps) {
  const { outcome, copy } = useCopy<'page'>();
  const onCopy = () => {
    if (!facts) return;
    // Picked at the click, not on every render of the list: nobody pays for a copy they don't make.
    const groups = pageFactGroups(topics, facts, articles, topicNames);
    const count = groups.reduce((n, g) => n + g.facts.length, 0);
    void copy('page', () => citeFactsMarkdown(groups), plural('popup_copied_page', count));
  };
  return (
    <div className="mentions__copy">
      <CopyFeedback outcome={outcome} />
      <button
        type="button"
        className="page-copy"
        disabled={facts === undefined}
        title={t(facts === undefined ? 'popup_copy_page_loading' : 'popup_copy_page_hint')}
        data-outcome={outcome ? (outcome.ok ? 'copied' : 'failed') : undefined}
        onClick={onCopy}
      >
        {t('popup_copy_page')}
      </button>
    </div>
  );
}

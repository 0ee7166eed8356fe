import { memo } from 'react';
import type { TopicId } from '../../data/constants';
import type { Article, Fact } from '../../data/schema';
import type { TopicRow } from '../../utils/db/fact-db';
import { BrowseView } from './BrowseView';
import type { BrowseFilter } from './BrowseFilters';
import { OnThisPage } from './OnThisPage';
import { PopupTabs } from './PopupTabs';
import type { MentionsState } from './use-current-page';
import type { SavedFacts } from './use-saved-facts';

export type View = 'page' | 'browse';

export interface PopupViewsProps {
  /** True while search results show: the views stay mounted, hidden. */
  hidden: boolean;
  view: View;
  onSelectView: (view: View) => void;
  focusError: string | undefined;
  mentions: MentionsState;
  siteEnabled: boolean;
  onChooseMention: (index: number) => void;
  topics: readonly TopicRow[];
  facts: readonly Fact[] | undefined;
  articles: ReadonlyMap<string, Article>;
  topicNames: Readonly<Record<TopicId, string>>;
  filter: BrowseFilter;
  onFilterChange: (filter: BrowseFilter) => void;
  saved: SavedFacts;
}

/**
 * The "On this page" and "Browse" tabs. Memoised, with the query kept out of its props: a keystroke
 * re-renders the search field and its results, not the views under them.
 */
export const PopupViews = memo(function PopupViews(props: PopupViewsProps) {
  const { hidden, view, onSelectView, focusError, mentions, siteEnabled, onChooseMention } = props;
  return (
    <PopupTabs<View>
      hidden={hidden}
      selected={view}
      onSelect={onSelectView}
      tabs={[
        {
          id: 'page',
          label: 'On this page',
          panel: (
            <>
              {focusError && (
                <p className="error" role="alert">
                  {focusError}
                </p>
              )}
              <OnThisPage
                mentions={mentions}
                topicNames={props.topicNames}
                siteEnabled={siteEnabled}
                onChoose={onChooseMention}
              />
            </>
          ),
        },
        {
          id: 'browse',
          label: 'Browse',
          panel: (
            <BrowseView
              topics={props.topics}
              facts={props.facts}
              articles={props.articles}
              topicNames={props.topicNames}
              filter={props.filter}
              onFilterChange={props.onFilterChange}
              saved={props.saved}
            />
          ),
        },
      ]}
    />
  );
});

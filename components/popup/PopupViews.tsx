import { memo } from 'react';
import { t } from '../../utils/i18n/i18n';
import { BrowseView, type BrowseViewProps } from './BrowseView';
import { OnThisPage } from './OnThisPage';
import { PopupTabs } from './PopupTabs';
import type { MentionsState } from './use-current-page';

export type View = 'page' | 'browse';

/** The tabs' own props, plus everything the Browse tab passes on. */
export interface PopupViewsProps extends BrowseViewProps {
  /** True while search results show: the views stay mounted, hidden. */
  hidden: boolean;
  view: View;
  onSelectView: (view: View) => void;
  focusError: string | undefined;
  mentions: MentionsState;
  siteEnabled: boolean;
  onChooseMention: (index: number) => void;
}

/**
 * The "On this page" and "Browse" tabs. Memoised, with the query kept out of its props: a keystroke
 * re-renders the search field and its results, not the views under them.
 */
export const PopupViews = memo(function PopupViews(props: PopupViewsProps) {
  const { hidden, view, onSelectView, focusError, mentions, siteEnabled, onChooseMention, ...browse } = props;
  return (
    <PopupTabs<View>
      hidden={hidden}
      label={t('popup_views_label')}
      selected={view}
      onSelect={onSelectView}
      tabs={[
        {
          id: 'page',
          label: t('popup_tab_page'),
          panel: (
            <>
              {focusError && (
                <p className="error" role="alert">
                  {focusError}
                </p>
              )}
              <OnThisPage
                mentions={mentions}
                topicNames={browse.topicNames}
                siteEnabled={siteEnabled}
                onChoose={onChooseMention}
                facts={browse.facts}
                articles={browse.articles}
              />
            </>
          ),
        },
        {
          id: 'browse',
          label: t('popup_tab_browse'),
          panel: <BrowseView {...browse} />,
        },
      ]}
    />
  );
});

import { useCallback, useMemo, useState } from 'react';
import { TOPIC_IDS, type TopicId } from '../../data/constants';
import { aliases } from '../../data/aliases';
import { bundledTopics } from '../../data/bundled-topics';
import type { BundledBase } from '../../utils/db/bundled-base';
import type { FactDatabase } from '../../utils/db/fact-db';
import { Announcer } from '../shared/announcer';
import { topicRows } from '../../utils/db/seed';
import { t } from '../../utils/i18n/i18n';
import { topicName } from '../../utils/i18n/topic-text';
import { siteOf } from '../../utils/settings/settings-schema';
import { type BrowseFilter } from './BrowseFilters';
import { browserPageLink, type PageLink } from './page-link';
import { popupStoreLoader } from './popup-store';
import { PopupViews, type View } from './PopupViews';
import { SearchField } from './SearchField';
import { SearchResults } from './SearchResults';
import { SiteSwitch } from './SiteSwitch';
import { useCurrentPage, type MentionsState } from './use-current-page';
import { isOfflineCopy, useFactBase } from './use-fact-base';
import { usePopupStore } from './use-popup-store';
import { useSavedFacts } from './use-saved-facts';
import { useFactSearch, type FactSearchFactory } from './use-fact-search';
import { useSiteSwitch } from './use-site-switch';
import '../shared/base.css';
import './popup.css';

/** The bundled topics stand in until the database answers (it holds the same ones). */
const BUNDLED_TOPIC_ROWS = topicRows({ topics: bundledTopics, aliases });

export interface PopupAppProps {
  /** The database; when absent the popup opens the extension's own, after its first view has painted. */
  db?: FactDatabase;
  /** The fact base this build ships: its version, and its records when the database cannot answer. */
  bundle: BundledBase;
  pageLink?: PageLink;
  /**
   * How many mentions the page under the popup reported (from the toolbar popup's address); undefined when
   * it reported none. It decides the opening view before anything is asked.
   */
  reportedMentions?: number;
  /** From `?topic=`: start in Browse filtered to it (the card's "More" link opens the popup in a tab). */
  initialTopic?: TopicId;
  /** `tab` when the popup page fills a whole tab rather than the toolbar popup. */
  layout?: 'popup' | 'tab';
  /** Builds the search (the store's by default). */
  createSearch?: FactSearchFactory;
}

/**
 * The toolbar popup: search on top, then "On this page" and "Browse". Its first view (search field, tabs,
 * the bundled topics or the page's mentions) paints before the database is even opened; the store, with the
 * facts, the saved stars and the search, loads after it (see use-popup-store.ts).
 */
export function PopupApp({
  db,
  bundle,
  pageLink = browserPageLink,
  reportedMentions,
  initialTopic,
  layout = 'popup',
  createSearch,
}: PopupAppProps) {
  // Unless a topic was asked for, a page that reported mentions opens the popup on their list.
  const opensOnPage = initialTopic === undefined && (reportedMentions ?? 0) > 0;
  const current = useCurrentPage(pageLink);
  const [query, setQuery] = useState('');
  const [chosenView, setChosenView] = useState<View | undefined>(initialTopic ? 'browse' : undefined);
  const { mentions, page } = current;
  const view: View = chosenView ?? openingView(opensOnPage, mentions);
  // The database loads once the first view is settled: at once on Browse; on the page's list, once the page
  // has told its address (its mentions may come much later, from a huge page still being scanned).
  const loadStore = useMemo(() => popupStoreLoader(db), [db]);
  const storeState = usePopupStore(loadStore, view === 'browse' || page !== undefined);
  const store = storeState.status === 'ready' ? storeState.store : undefined;
  const factBase = useFactBase(store, bundle);
  const loadError =
    storeState.status === 'error'
      ? storeState.message
      : factBase.status === 'error'
        ? factBase.message
        : undefined;
  const [filter, setFilter] = useState<BrowseFilter>({ topic: initialTopic, savedOnly: false });
  const [focusError, setFocusError] = useState<string>();

  const base = factBase.status === 'ready' ? factBase.base : undefined;
  const search = useFactSearch(base, createSearch ?? store?.createSearch);
  const topics = base?.topics ?? BUNDLED_TOPIC_ROWS;
  const articles = useMemo(() => new Map((base?.articles ?? []).map((a) => [a.id, a])), [base]);
  // In the interface's language, which stays the same while this popup lives (mount-popup.tsx remounts it).
  const topicNames = useMemo(() => namesOf(), []);
  const saved = useSavedFacts(store, articles);

  const site = page ? siteOf(page.url) : undefined;
  const siteSwitch = useSiteSwitch(site);

  // Stable callbacks: the views they go to are memoised and skip re-rendering while the reader types.
  const chooseMention = useCallback(
    (id: number) => {
      if (!page) return;
      pageLink.focusMention(page.tabId, id).then(
        () => pageLink.closePopup(),
        () => setFocusError(t('popup_page_no_answer')),
      );
    },
    [page, pageLink],
  );

  const browseTopic = useCallback((topic: TopicId) => {
    setFilter({ topic, savedOnly: false });
    setChosenView('browse');
    setQuery('');
  }, []);

  const popup = (
    <div className={`popup popup--${layout}`}>
      <header className="popup__header">
        <h1 className="popup__title">{t('ext_name')}</h1>
        {site !== undefined && <SiteSwitch site={site} state={siteSwitch} onChanged={current.refresh} />}
      </header>
      <SearchField value={query} onChange={setQuery} />
      {isOfflineCopy(base) && (
        <p className="notice" role="note">
          {t('popup_offline_notice')}
        </p>
      )}
      {saved.error && (
        <p className="error" role="alert">
          {saved.error}
        </p>
      )}
      {factBase.status === 'loading' && loadError === undefined && (
        <p className="state" role="status">
          {t('popup_loading_facts')}
        </p>
      )}
      {loadError !== undefined && (
        <p className="error" role="alert">
          {t('popup_load_failed', { error: loadError })}
        </p>
      )}
      <main className="popup__main">
        {query.trim() !== '' && (
          <SearchResults
            search={search}
            query={query}
            articles={articles}
            topicNames={topicNames}
            saved={saved}
            onBrowseTopic={browseTopic}
          />
        )}
        <PopupViews
          hidden={query.trim() !== ''}
          view={view}
          onSelectView={setChosenView}
          focusError={focusError}
          mentions={mentions}
          siteEnabled={siteSwitch.enabled !== false}
          onChooseMention={chooseMention}
          topics={topics}
          facts={base?.facts}
          articles={articles}
          topicNames={topicNames}
          filter={filter}
          onFilterChange={setFilter}
          saved={saved}
        />
      </main>
    </div>
  );
  // One live region beside the popup, which every copy control in it speaks through.
  return <Announcer>{popup}</Announcer>;
}

/**
 * Until the reader picks a view: the page's mentions when it reported some (unless its answer, newer, has
 * none), otherwise Browse. Decided from what the popup knows as it opens, so it does not jump to another view
 * once painted when the page answers.
 */
function openingView(opensOnPage: boolean, mentions: MentionsState): View {
  if (!opensOnPage) return 'browse';
  return mentions.status === 'loading' || (mentions.status === 'ready' && mentions.mentions.length > 0)
    ? 'page'
    : 'browse';
}

/** Every topic's name in the interface's language, for the views that name a fact's topics. */
function namesOf(): Record<TopicId, string> {
  return Object.fromEntries(TOPIC_IDS.map((id) => [id, topicName(id)])) as Record<TopicId, string>;
}

import { useMemo, useState } from 'react';
import { TOPIC_IDS, type TopicId } from '../../data/constants';
import type { Dataset } from '../../data/schema';
import type { FactDatabase } from '../../utils/db/fact-db';
import { buildFactSearch } from '../../utils/search/fact-search';
import { siteOf } from '../../utils/settings/settings-schema';
import { BrowseView } from './BrowseView';
import { type BrowseFilter } from './BrowseFilters';
import { OnThisPage } from './OnThisPage';
import { browserPageLink, type PageLink } from './page-link';
import { PopupTabs } from './PopupTabs';
import { SearchField } from './SearchField';
import { SearchResults } from './SearchResults';
import { SiteSwitch } from './SiteSwitch';
import { useCurrentPage } from './use-current-page';
import { useFactBase } from './use-fact-base';
import { useSavedFacts } from './use-saved-facts';
import { useSiteSwitch } from './use-site-switch';
import '../shared/base.css';
import './popup.css';

export const BUNDLED_NOTICE = 'Offline copy: the local database is unavailable, showing the built-in facts.';

export interface PopupAppProps {
  db: FactDatabase;
  dataset: Dataset;
  datasetVersion: string;
  pageLink?: PageLink;
  /** From `?topic=`: start in Browse filtered to it (the card's "More" link opens the popup in a tab). */
  initialTopic?: TopicId;
  /** `tab` when the popup page fills a whole tab rather than the toolbar popup. */
  layout?: 'popup' | 'tab';
}

type View = 'page' | 'browse';

/** The toolbar popup: search on top, then "On this page" and "Browse". */
export function PopupApp({
  db,
  dataset,
  datasetVersion,
  pageLink = browserPageLink,
  initialTopic,
  layout = 'popup',
}: PopupAppProps) {
  const factBase = useFactBase(db, dataset, datasetVersion);
  const saved = useSavedFacts(db);
  const current = useCurrentPage(pageLink);
  const [query, setQuery] = useState('');
  const [chosenView, setChosenView] = useState<View | undefined>(initialTopic ? 'browse' : undefined);
  const [filter, setFilter] = useState<BrowseFilter>({ topic: initialTopic, savedOnly: false });
  const [focusError, setFocusError] = useState<string>();

  const base = factBase.status === 'ready' ? factBase.base : undefined;
  const search = useMemo(() => (base ? buildFactSearch(base.topics, base.facts) : undefined), [base]);
  const articles = useMemo(() => new Map((base?.articles ?? []).map((a) => [a.id, a])), [base]);
  const topicNames = useMemo(() => namesOf(base?.topics ?? dataset.topics), [base, dataset]);

  const { mentions, page } = current;
  // Until the reader picks a view: the page's mentions when it has some, otherwise Browse.
  const view: View =
    chosenView ??
    (mentions.status === 'loading' || (mentions.status === 'ready' && mentions.mentions.length > 0)
      ? 'page'
      : 'browse');
  const site = page ? siteOf(page.url) : undefined;
  const siteSwitch = useSiteSwitch(site);

  const chooseMention = (index: number) => {
    if (!page) return;
    pageLink.focusMention(page.tabId, index).then(
      () => pageLink.closePopup(),
      () => setFocusError('The page did not answer. Reload it and try again.'),
    );
  };

  const browseTopic = (topic: TopicId) => {
    setFilter({ topic, savedOnly: false });
    setChosenView('browse');
    setQuery('');
  };

  return (
    <div className={`popup popup--${layout}`}>
      <header className="popup__header">
        <h1 className="popup__title">Backstory</h1>
        {site !== undefined && <SiteSwitch site={site} state={siteSwitch} onChanged={current.refresh} />}
      </header>
      <SearchField value={query} onChange={setQuery} />
      {base?.from === 'bundled' && (
        <p className="notice" role="note">
          {BUNDLED_NOTICE}
        </p>
      )}
      {saved.error && (
        <p className="error" role="alert">
          {saved.error}
        </p>
      )}
      {factBase.status === 'loading' && (
        <p className="state" role="status">
          Loading facts…
        </p>
      )}
      {factBase.status === 'error' && (
        <p className="error" role="alert">
          Could not load the facts: {factBase.message}
        </p>
      )}
      {base && search && (
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
          <PopupTabs<View>
            hidden={query.trim() !== ''}
            selected={view}
            onSelect={setChosenView}
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
                      topicNames={topicNames}
                      siteEnabled={siteSwitch.enabled !== false}
                      onChoose={chooseMention}
                    />
                  </>
                ),
              },
              {
                id: 'browse',
                label: 'Browse',
                panel: (
                  <BrowseView
                    topics={base.topics}
                    facts={base.facts}
                    articles={articles}
                    topicNames={topicNames}
                    filter={filter}
                    onFilterChange={setFilter}
                    saved={saved}
                  />
                ),
              },
            ]}
          />
        </main>
      )}
    </div>
  );
}

function namesOf(topics: ReadonlyArray<{ id: TopicId; name: string }>): Record<TopicId, string> {
  const names = Object.fromEntries(TOPIC_IDS.map((id) => [id, id])) as Record<TopicId, string>;
  for (const t of topics) names[t.id] = t.name;
  return names;
}

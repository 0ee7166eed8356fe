// First: it asks the page under the popup (or the browser, which page that is) while the other modules load.
import { pageLink, report } from './early-page';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { DATASET_VERSION, dataset } from '../../data/index';
import { tabFromSearch, topicFromSearch } from '../../utils/tabs/popup-url';

const topic = topicFromSearch(location.search);
const tab = tabFromSearch(location.search);

const root = createRoot(document.getElementById('root')!);
// The first view renders now, in this task, rather than in one React would schedule after it: Browse, or,
// when the page reported mentions, their list as soon as the page gives it. The database and the search
// worker load once that view has painted (PopupApp asks for them).
flushSync(() =>
  root.render(
    <StrictMode>
      <PopupApp
        dataset={dataset}
        datasetVersion={DATASET_VERSION}
        pageLink={pageLink}
        reportedMentions={report?.mentions}
        initialTopic={topic}
        layout={topic === undefined && tab === undefined ? 'popup' : 'tab'}
      />
    </StrictMode>,
  ),
);

// First: it asks the browser for the current tab while the other modules load.
import { pageLink } from './early-page';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { tabFromSearch, topicFromSearch } from '../../components/popup/popup-url';
import { DATASET_VERSION, dataset } from '../../data/index';

const topic = topicFromSearch(location.search);
const tab = tabFromSearch(location.search);

const root = createRoot(document.getElementById('root')!);
// The shell renders now, in this task, rather than in one React would schedule after it; the opening view
// follows as soon as the browser names the tab. The database and the search worker load once that view has
// painted (PopupApp asks for them).
flushSync(() =>
  root.render(
    <StrictMode>
      <PopupApp
        dataset={dataset}
        datasetVersion={DATASET_VERSION}
        pageLink={pageLink}
        initialTopic={topic}
        layout={topic === undefined && tab === undefined ? 'popup' : 'tab'}
      />
    </StrictMode>,
  ),
);

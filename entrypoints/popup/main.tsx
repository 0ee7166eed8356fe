// First: it asks the browser for the current tab while the other modules load.
import { pageLink } from './early-page';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { tabFromSearch, topicFromSearch } from '../../components/popup/popup-url';
import { readFactBase } from '../../components/popup/read-fact-base';
import { DATASET_VERSION, dataset } from '../../data/index';
import { FactDatabase } from '../../utils/db/fact-db';
import { prestartSearchWorker } from '../../utils/search/worker-search';

const topic = topicFromSearch(location.search);
const tab = tabFromSearch(location.search);
const db = new FactDatabase();
// Asked before React renders: the database answers while the shell is being drawn.
const factBase = readFactBase(db, dataset, DATASET_VERSION);

const root = createRoot(document.getElementById('root')!);
// The shell renders now, in this task, rather than in one React would schedule after it.
flushSync(() =>
  root.render(
    <StrictMode>
      <PopupApp
        db={db}
        dataset={dataset}
        datasetVersion={DATASET_VERSION}
        factBase={factBase}
        pageLink={pageLink}
        initialTopic={topic}
        layout={topic === undefined && tab === undefined ? 'popup' : 'tab'}
      />
    </StrictMode>,
  ),
);
// After the shell: the worker's script loads while the database answers.
prestartSearchWorker();

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { createBrowserPageLink } from '../../components/popup/page-link';
import { tabFromSearch, topicFromSearch } from '../../components/popup/popup-url';
import { DATASET_VERSION, dataset } from '../../data/index';
import { FactDatabase } from '../../utils/db/fact-db';

const topic = topicFromSearch(location.search);
const tab = tabFromSearch(location.search);

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <PopupApp
      db={new FactDatabase()}
      dataset={dataset}
      datasetVersion={DATASET_VERSION}
      pageLink={createBrowserPageLink(tab)}
      initialTopic={topic}
      layout={topic === undefined && tab === undefined ? 'popup' : 'tab'}
    />
  </StrictMode>,
);

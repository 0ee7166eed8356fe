// First: it asks the page under the popup (or the browser, which page that is) while the other modules load.
import { address, pageLink } from './early-page';
import { StrictMode } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { PopupApp } from '../../components/popup/PopupApp';
import { DATASET_VERSION, dataset } from '../../data/index';

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
        reportedMentions={address.report?.mentions}
        initialTopic={address.topic}
        layout={address.topic === undefined && address.tab === undefined ? 'popup' : 'tab'}
      />
    </StrictMode>,
  ),
);

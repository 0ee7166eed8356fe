import { StrictMode } from 'react';
import type { PageLink } from '../../components/popup/page-link';
import { PopupApp } from '../../components/popup/PopupApp';
import { DATASET_VERSION, dataset } from '../../data/index';
import type { PopupAddress } from '../../utils/tabs/popup-url';

/**
 * The popup for its address: one element for the browser (main.tsx) and for the build, which renders the
 * plain address's first view into popup.html (prerender.tsx). Hydration needs both to be the same tree.
 */
export function popupElement(address: PopupAddress, pageLink: PageLink) {
  return (
    <StrictMode>
      <PopupApp
        dataset={dataset}
        datasetVersion={DATASET_VERSION}
        pageLink={pageLink}
        reportedMentions={address.report?.mentions}
        initialTopic={address.topic}
        layout={address.topic === undefined && address.tab === undefined ? 'popup' : 'tab'}
      />
    </StrictMode>
  );
}

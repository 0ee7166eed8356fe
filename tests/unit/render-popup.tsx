import { render } from '@testing-library/react';
import { PopupApp, type PopupAppProps } from '../../components/popup/PopupApp';
import { DATASET_VERSION, dataset } from '../../data/index';
import type { FactDatabase } from '../../utils/db/fact-db';
import { createInThreadSearch } from '../../utils/search/search-engine';

/**
 * Shared by the popup component tests: the popup over `db` with the bundled fact base and the in-thread
 * search (happy-dom has no module workers); `props` add or replace any of them.
 */
export function renderPopup(db: FactDatabase, props: Partial<PopupAppProps> = {}) {
  return render(
    <PopupApp
      db={db}
      dataset={dataset}
      datasetVersion={DATASET_VERSION}
      createSearch={createInThreadSearch}
      {...props}
    />,
  );
}

import { render } from '@testing-library/react';
import { PopupApp, type PopupAppProps } from '../../components/popup/PopupApp';
import { DATASET_VERSION, dataset } from '../../data/index';
import type { FactDatabase } from '../../utils/db/fact-db';
import { buildFactSearch } from '../../utils/search/fact-search';

/**
 * Shared by the popup component tests: the popup over `db` with the bundled fact base and the in-thread
 * search; `props` add or replace any of them.
 */
export function renderPopup(db: FactDatabase, props: Partial<PopupAppProps> = {}) {
  return render(
    <PopupApp
      db={db}
      dataset={dataset}
      datasetVersion={DATASET_VERSION}
      createSearch={buildFactSearch}
      {...props}
    />,
  );
}

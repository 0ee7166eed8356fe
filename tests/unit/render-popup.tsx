import { render } from '@testing-library/react';
import { PopupApp, type PopupAppProps } from '../../components/popup/PopupApp';
import { dataset } from '../../data/index';
import type { FactDatabase } from '../../utils/db/fact-db';
import { buildFactSearch } from '../../utils/search/fact-search';
import { inMemoryBase } from './bundled';

/**
 * Shared by the popup component tests: the popup over `db` with the bundled fact base and the in-thread
 * search; `props` add or replace any of them.
 */
export function renderPopup(db: FactDatabase, props: Partial<PopupAppProps> = {}) {
  return render(
    <PopupApp db={db} bundle={inMemoryBase(dataset)} createSearch={buildFactSearch} {...props} />,
  );
}

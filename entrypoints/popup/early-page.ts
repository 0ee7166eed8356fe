import { createBrowserPageLink } from '../../components/popup/page-link';
import { reportFromSearch, tabFromSearch } from '../../utils/tabs/popup-url';

/** From the toolbar popup's address: its tab and how many mentions the page reported. */
export const report = reportFromSearch(location.search);

/**
 * The link to the tab under the popup, created (and the page or the browser asked) as the first of the
 * popup's own modules runs: when the page reported mentions, the popup opens on their list, so asking should
 * not wait for the fact base, the database library and the components to load first. main.tsx imports this
 * before anything else.
 */
export const pageLink = createBrowserPageLink(tabFromSearch(location.search) ?? report?.tabId);

import { createBrowserPageLink } from '../../components/popup/page-link';
import { popupAddressOf } from '../../utils/tabs/popup-url';

/** What the popup page's address says: a topic and tab (a card's "More" link), or the toolbar's report. */
export const address = popupAddressOf(location.search);

/**
 * The link to the tab under the popup, created (and the page or the browser asked) as the first of the
 * popup's own modules runs: when the page reported mentions, the popup opens on their list, so asking should
 * not wait for the fact base, the database library and the components to load first. main.tsx imports this
 * before anything else.
 */
export const pageLink = createBrowserPageLink(address.tab ?? address.report?.tabId);

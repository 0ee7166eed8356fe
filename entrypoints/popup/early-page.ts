import { createBrowserPageLink } from '../../components/popup/page-link';
import { tabFromSearch } from '../../components/popup/popup-url';

/**
 * The link to the tab under the popup, created (and the browser asked which tab that is) as the first of
 * the popup's own modules runs: the answer decides the opening view, so it should not wait for the fact
 * base, the database library and the components to load first. main.tsx imports this before anything else.
 */
export const pageLink = createBrowserPageLink(tabFromSearch(location.search));

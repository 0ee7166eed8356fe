import { mountPopup } from '../../components/popup/mount-popup';
import { createBrowserPageLink } from '../../components/popup/page-link';
import { popupAddressOf } from '../../utils/tabs/popup-url';

// What the address says (a topic and tab from a card's "More" link, or the toolbar's report), then the popup
// in the interface language the reader chose, on the page's mentions or on Browse.
const address = popupAddressOf(location.search);
const pageLink = createBrowserPageLink(address.tab ?? address.report?.tabId);
void mountPopup(document.getElementById('root')!, { address, pageLink });

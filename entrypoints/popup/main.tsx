// First: it asks the page under the popup (or the browser, which page that is) while the other modules load.
import { address, pageLink } from './early-page';
import { mountPopup } from '../../components/popup/mount-popup';

// The interface's words first (one storage read; a catalog only where the reader chose another language than
// the browser's), then the first view in this task: the page's mentions as soon as the page gives them, or
// Browse. The database and the search load once that view has painted (PopupApp asks for them).
void mountPopup(document.getElementById('root')!, { address, pageLink });

// First: it asks the page under the popup (or the browser, which page that is) while the other modules load.
import { address, pageLink } from './early-page';
import { flushSync } from 'react-dom';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { afterLoadAndPaint } from '../../components/popup/after-paint';
import { PRERENDERED_ATTRIBUTE, showsPrerenderedView } from './first-view';
import { popupElement } from './popup-element';

const root = document.getElementById('root')!;
const popup = popupElement(address, pageLink);
if (showsPrerenderedView(root)) {
  // Browse is in the page's own markup, so nothing needs to run before the popup shows it. React takes it over
  // once it is on screen: hydrating right after the load event held back the frame that shows the popup (its
  // first contentful paint, median of 30 openings here: 88 ms, then 72 ms with this wait). What a reader types
  // meanwhile goes into the field and becomes the query (SearchField).
  afterLoadAndPaint(() => hydrateRoot(root, popup));
} else {
  // The first view renders now, in this task, rather than in one React would schedule after it: the page's
  // mentions as soon as the page gives them, or a topic. The database and the search load once that
  // view has painted (PopupApp asks for them).
  root.removeAttribute(PRERENDERED_ATTRIBUTE);
  root.replaceChildren();
  flushSync(() => createRoot(root).render(popup));
}

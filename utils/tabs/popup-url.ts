import { isTopicId, type TopicId } from '../../data/constants';

// The popup page's address carries what it is opened for, so that it knows before asking the browser:
// - `?topic=<id>&tab=<id>`: opened in a tab of its own by a card's "More" link, Browse filtered to a topic;
// - `?over=<id>&mentions=<n>`: the toolbar popup of a tab whose content script reported `n` mentions (the
//   background sets it per tab, and the browser drops it when the tab goes to another page).

/** What the toolbar popup of a tab knows from its address: the tab, and how many mentions the page reported. */
export interface PageReport {
  tabId: number;
  mentions: number;
}

function wholeNumber(value: string | null): number | undefined {
  if (value === null || !/^\d{1,15}$/.test(value)) return undefined;
  return Number(value);
}

/** The topic named by `?topic=` in the popup page's URL, when it is a known one. */
export function topicFromSearch(search: string): TopicId | undefined {
  const topic = new URLSearchParams(search).get('topic');
  return isTopicId(topic) ? topic : undefined;
}

/** The tab named by `?tab=` (the page a card's "More" link came from), when it is a valid id. */
export function tabFromSearch(search: string): number | undefined {
  return wholeNumber(new URLSearchParams(search).get('tab'));
}

/** The tab and its mention count from a toolbar popup's `?over=&mentions=`, when both are valid. */
export function reportFromSearch(search: string): PageReport | undefined {
  const params = new URLSearchParams(search);
  const tabId = wholeNumber(params.get('over'));
  const mentions = wholeNumber(params.get('mentions'));
  return tabId === undefined || mentions === undefined ? undefined : { tabId, mentions };
}

/** A path of the popup page inside the extension, with its address's search part. */
export type PopupPath = `/popup.html?${string}`;

/** The toolbar popup of a tab whose page reported `report.mentions`. */
export function reportedPopupPath(report: PageReport): PopupPath {
  return `/popup.html?over=${report.tabId}&mentions=${report.mentions}`;
}

/** The popup page in a tab of its own, showing `topic`'s facts, opened from a card in tab `tabId`. */
export function topicPagePath(topic: TopicId, tabId: number | undefined): PopupPath {
  return `/popup.html?topic=${topic}&tab=${tabId ?? ''}`;
}

/** Everything the popup page's address says, parsed once. */
export interface PopupAddress {
  topic: TopicId | undefined;
  tab: number | undefined;
  report: PageReport | undefined;
}

/** Parses the popup page's `location.search`. */
export function popupAddressOf(search: string): PopupAddress {
  return { topic: topicFromSearch(search), tab: tabFromSearch(search), report: reportFromSearch(search) };
}

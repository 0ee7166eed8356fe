import { browser } from 'wxt/browser';
import { isTopicId } from '../../data/constants';
import type { ListedMention, ToContentOf, ToContentResponses } from '../../utils/messaging/protocol';

/** The tab the popup was opened over. `url` is empty when the browser does not tell us. */
export interface ActivePage {
  tabId: number;
  url: string;
}

/** What the popup needs from the browser about the current page; tests can pass their own. */
export interface PageLink {
  activePage(): Promise<ActivePage | null>;
  /** Rejects when no content script answers (browser pages, the extension store, pages still loading). */
  pageMentions(tabId: number): Promise<ListedMention[]>;
  focusMention(tabId: number, id: number): Promise<void>;
  closePopup(): void;
}

/** Keeps only well-formed mentions: the answer comes from a script running inside a web page. */
export function parseMentions(answer: unknown): ListedMention[] {
  if (typeof answer !== 'object' || answer === null) throw new Error('No answer from the page');
  const mentions: unknown = (answer as { mentions?: unknown }).mentions;
  if (!Array.isArray(mentions)) throw new Error('No mentions in the answer');
  return mentions.filter(
    (m): m is ListedMention =>
      typeof m === 'object' &&
      m !== null &&
      isTopicId((m as ListedMention).topic) &&
      typeof (m as ListedMention).text === 'string' &&
      Number.isInteger((m as ListedMention).id),
  );
}

/** Content scripts run on web pages and local files; never on browser pages or the extension store. */
export function isReadableUrl(url: string): boolean {
  return /^(https?|file):/i.test(url);
}

// Only the top frame answers: mentions inside iframes are not highlighted.
const TOP_FRAME = { frameId: 0 };

/** Asks the page for its address; empty when no content script answers. */
async function urlFromPage(tabId: number): Promise<string> {
  const request: ToContentOf<'page-info'> = { type: 'page-info' };
  try {
    const answer = (await browser.tabs.sendMessage(
      tabId,
      request,
      TOP_FRAME,
    )) as ToContentResponses['page-info'];
    return typeof answer?.url === 'string' ? answer.url : '';
  } catch {
    return '';
  }
}

/**
 * The browser's view of the page under the popup: the active tab, or the tab its address names (`namedTabId`:
 * the toolbar popup of a tab whose page reported its mentions, or the popup page opened in a tab of its own
 * from a card's "More" link). Without the "tabs" permission the browser withholds the tab's URL, so the
 * page's own content script is asked for it.
 */
export function createBrowserPageLink(namedTabId?: number): PageLink {
  // Asked at once, not when React first asks: when the page reported mentions, the popup opens on their list.
  // So are the page's mentions, as soon as the tab is known, alongside its address rather than after it (one
  // round trip to the page instead of two before that view).
  let earlyMentions: { tabId: number; answer: Promise<ListedMention[]> } | undefined;
  const askMentionsEarly = (tabId: number) => {
    const answer = browserPageLink.pageMentions(tabId);
    answer.catch(() => undefined); // whoever takes it handles a failure
    earlyMentions = { tabId, answer };
  };
  let early: Promise<ActivePage | null> | undefined = activePageOf(namedTabId, askMentionsEarly);
  early.catch(() => undefined); // whoever takes it handles a failure
  return {
    ...browserPageLink,
    activePage() {
      const answer = early ?? activePageOf(namedTabId);
      early = undefined;
      return answer;
    },
    pageMentions(tabId) {
      const taken = earlyMentions;
      earlyMentions = undefined;
      return taken?.tabId === tabId ? taken.answer : browserPageLink.pageMentions(tabId);
    },
  };
}

/**
 * The tab under the popup; `onReadableTab` hears of it as soon as it is known, when a content script may run
 * there. A tab the address names had a content script (it reported, or its card asked): its page is asked
 * at once, with no round trip to the browser first.
 */
async function activePageOf(
  namedTabId: number | undefined,
  onReadableTab?: (tabId: number) => void,
): Promise<ActivePage | null> {
  if (namedTabId !== undefined) {
    onReadableTab?.(namedTabId);
    return { tabId: namedTabId, url: await urlFromPage(namedTabId) };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  if (tab?.id === undefined) return null;
  if (!tab.url || isReadableUrl(tab.url)) onReadableTab?.(tab.id);
  return { tabId: tab.id, url: tab.url || (await urlFromPage(tab.id)) };
}

export const browserPageLink: PageLink = {
  activePage: () => activePageOf(undefined),
  async pageMentions(tabId) {
    const request: ToContentOf<'page-mentions'> = { type: 'page-mentions', ids: true };
    return parseMentions(await browser.tabs.sendMessage(tabId, request, TOP_FRAME));
  },
  async focusMention(tabId, id) {
    const request: ToContentOf<'focus-mention'> = { type: 'focus-mention', id };
    await browser.tabs.sendMessage(tabId, request, TOP_FRAME);
  },
  closePopup() {
    window.close();
  },
};

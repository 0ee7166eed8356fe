import { useCallback, useEffect, useState } from 'react';
import type { ListedMention } from '../../utils/messaging/protocol';
import { isReadableUrl, type ActivePage, type PageLink } from './page-link';

export type MentionsState =
  | { status: 'loading' }
  /** No content script can run there, or none answered. */
  | { status: 'unreadable' }
  | { status: 'ready'; mentions: ListedMention[] };

export interface CurrentPage {
  /** undefined while asking the browser; null when there is no tab (a popup opened in its own window). */
  page: ActivePage | null | undefined;
  mentions: MentionsState;
  /** Asks the page again, e.g. after highlighting was switched on or off for its site. */
  refresh: () => void;
}

// One object per state, so the memoised views that take it do not re-render for an equal one.
const LOADING: MentionsState = { status: 'loading' };
const UNREADABLE: MentionsState = { status: 'unreadable' };

/**
 * The tab under the popup and the mentions its content script found, rendered as they come. (Holding them back
 * until the opening view's first frame, or rendering them synchronously when that view waits for them, changed
 * nothing measurable on screen: toolbar popup over a page with mentions, one without and a blank tab, 20
 * openings each way, 2026-12-07.)
 */
export function useCurrentPage(link: PageLink): CurrentPage {
  const [page, setPage] = useState<ActivePage | null>();
  const [answer, setAnswer] = useState<MentionsState>(LOADING);
  const [round, setRound] = useState(0);

  useEffect(() => {
    let live = true;
    const settle = (p: ActivePage | null) => live && setPage(p);
    link.activePage().then(settle, () => settle(null));
    return () => {
      live = false;
    };
  }, [link]);

  // The URL is empty when the browser withholds it; asking the page then tells us whether it can answer.
  const readable = page != null && (page.url === '' || isReadableUrl(page.url));
  const tabId = page?.tabId;

  useEffect(() => {
    if (!readable || tabId === undefined) return;
    let live = true;
    const settle = (state: MentionsState) => live && setAnswer(state);
    link.pageMentions(tabId).then(
      (found) => settle({ status: 'ready', mentions: found }),
      () => settle(UNREADABLE),
    );
    return () => {
      live = false;
    };
  }, [link, readable, tabId, round]);

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  const mentions: MentionsState = page === undefined ? LOADING : readable ? answer : UNREADABLE;
  return { page, mentions, refresh };
}

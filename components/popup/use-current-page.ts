import { useCallback, useEffect, useState } from 'react';
import { flushSync } from 'react-dom';
import type { ListedMention } from '../../utils/messaging/protocol';
import { afterNextPaint } from './after-paint';
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
 * Delivers an effect's answers while the effect lives: rendered at once (flushSync), not in a task React would
 * schedule, when the opening view waits for them; otherwise after the next frame, so that they do not delay
 * the opening view's first paint. `stop` (the effect's cleanup) drops what has not been rendered yet.
 */
function answers(urgent: boolean) {
  let live = true;
  let cancel = () => {};
  return {
    deliver(update: () => void) {
      if (!live) return;
      if (urgent) flushSync(update);
      else cancel = afterNextPaint(update, { untilIdle: false });
    },
    stop() {
      live = false;
      cancel();
    },
  };
}

/**
 * The tab under the popup and the mentions its content script found. `viewWaits`: the opening view waits for
 * the page's mentions (the page reported some), so the answers render as they come, and the placeholder does
 * not paint. Otherwise they fill the header and a tab not shown yet, and wait for the opening view's frame.
 */
export function useCurrentPage(link: PageLink, viewWaits: boolean): CurrentPage {
  const [page, setPage] = useState<ActivePage | null>();
  const [answer, setAnswer] = useState<MentionsState>(LOADING);
  const [round, setRound] = useState(0);

  useEffect(() => {
    const channel = answers(viewWaits);
    const settle = (p: ActivePage | null) => channel.deliver(() => setPage(p));
    link.activePage().then(settle, () => settle(null));
    return channel.stop;
  }, [link, viewWaits]);

  // The URL is empty when the browser withholds it; asking the page then tells us whether it can answer.
  const readable = page != null && (page.url === '' || isReadableUrl(page.url));
  const tabId = page?.tabId;

  useEffect(() => {
    if (!readable || tabId === undefined) return;
    const channel = answers(viewWaits);
    const settle = (state: MentionsState) => channel.deliver(() => setAnswer(state));
    link.pageMentions(tabId).then(
      (found) => settle({ status: 'ready', mentions: found }),
      () => settle(UNREADABLE),
    );
    return channel.stop;
  }, [link, readable, tabId, round, viewWaits]);

  const refresh = useCallback(() => setRound((r) => r + 1), []);
  const mentions: MentionsState = page === undefined ? LOADING : readable ? answer : UNREADABLE;
  return { page, mentions, refresh };
}

import { useCallback, useEffect, useRef, useState } from 'react';
import { copyText } from '../../utils/facts/clipboard';
import { t } from '../../utils/i18n/i18n';
import { useAnnounce } from './announcer';

/** How long a control shows that it copied: long enough to notice, short enough not to linger. */
export const COPIED_SHOWN_MS = 2000;

export interface CopyOutcome<Key extends string> {
  /** Which of the component's copy controls was used. */
  key: Key;
  ok: boolean;
}

/**
 * Copies on a click, says so through the page's live region (`copied`, by default that it copied with its
 * source), and keeps the outcome for a moment so the control can show it. The text comes from a function, so
 * a citation is only written when someone copies.
 */
export function useCopy<Key extends string>() {
  const announce = useAnnounce();
  const [outcome, setOutcome] = useState<CopyOutcome<Key>>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  // Most rows never copy: their unmount (forty at a time in search results) need not call into the browser.
  useEffect(
    () => () => {
      if (timer.current !== undefined) clearTimeout(timer.current);
    },
    [],
  );

  const copy = useCallback(
    async (key: Key, text: () => string, copied?: string) => {
      const ok = await copyText(window, text());
      announce(ok ? (copied ?? t('popup_copied')) : t('popup_copy_failed'));
      setOutcome({ key, ok });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => setOutcome(undefined), COPIED_SHOWN_MS);
    },
    [announce],
  );
  return { outcome, copy };
}

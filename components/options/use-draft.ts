import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * A local draft of a setting that changes continuously (a slider, a colour picker): shown at once, committed
 * after the input rests for `delayMs`, so dragging does not spend sync storage's write quota.
 */
export function useDraft<T>(
  value: T,
  commit: (value: T) => void,
  delayMs = 400,
): [T, (value: T) => void, () => void] {
  const [draft, setDraft] = useState<{ value: T }>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const pending = useRef<{ value: T }>(undefined);
  const commitRef = useRef(commit);
  useEffect(() => {
    commitRef.current = commit;
  });

  const flush = useCallback(() => {
    clearTimeout(timer.current);
    const next = pending.current;
    pending.current = undefined;
    if (next) {
      commitRef.current(next.value);
      setDraft(undefined);
    }
  }, []);

  const update = useCallback(
    (next: T) => {
      pending.current = { value: next };
      setDraft({ value: next });
      clearTimeout(timer.current);
      timer.current = setTimeout(flush, delayMs);
    },
    [delayMs, flush],
  );

  // Leaving the page (or the control unmounting) still saves what was chosen.
  useEffect(() => flush, [flush]);

  return [draft ? draft.value : value, update, flush];
}

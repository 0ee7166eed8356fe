import { createContext, useCallback, useContext, useState, type ReactNode } from 'react';

/** Says `message` to screen readers, politely (after what they are reading). */
export type Announce = (message: string) => void;

// Without an Announcer above it a control still works; it just has nobody to tell.
const AnnounceContext = createContext<Announce>(() => undefined);

/**
 * One polite live region for a whole view, which every control below it speaks through: a region per fact
 * would be hundreds of regions, and one that appears together with its message is often not read at all.
 * It is in the markup from the start so that screen readers watch it.
 */
export function Announcer({ children }: { children: ReactNode }) {
  const [said, setSaid] = useState({ message: '', count: 0 });
  const announce = useCallback<Announce>((message) => setSaid((s) => ({ message, count: s.count + 1 })), []);
  return (
    <AnnounceContext.Provider value={announce}>
      {children}
      {/* A voice, not a status line of its own (role=status): it has nothing to show sighted readers. */}
      <div className="announcer visually-hidden" aria-live="polite" aria-atomic="true">
        {/* Saying the same thing twice must still change the region, or the second copy goes unheard. */}
        {`${said.message}${said.count % 2 === 1 ? '\u00a0' : ''}`}
      </div>
    </AnnounceContext.Provider>
  );
}

/** The announce function of the nearest Announcer. */
export const useAnnounce = (): Announce => useContext(AnnounceContext);

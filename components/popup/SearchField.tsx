import { useEffect, useRef } from 'react';
import { afterNextPaint } from './after-paint';

/**
 * The search box on top of the popup. It takes the focus once the popup's first frame is drawn and the main
 * thread is idle (within 50 ms), well before a reader's first key: focusing a text field costs several
 * milliseconds, which would otherwise hold back that frame. Escape clears it; a second Escape (empty box)
 * closes the popup.
 */
export function SearchField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
  // The field may come from the page's prerendered markup (entrypoints/popup/first-view.ts): what a reader
  // typed there before this script took it over is in the field but not yet in the query.
  useEffect(() => {
    const typed = input.current?.value ?? '';
    if (typed !== '') onChange(typed);
    // Once, as the field is taken over.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);
  useEffect(
    () =>
      afterNextPaint(() => {
        // Not when the reader has already put the focus somewhere (a click, a Tab).
        if (document.activeElement === document.body) input.current?.focus();
      }),
    [],
  );
  return (
    <div className="search-field" role="search">
      <input
        ref={input}
        type="search"
        aria-label="Search facts and topics"
        placeholder="Search: Bushehr, Путин, SWIFT…"
        autoComplete="off"
        spellCheck={false}
        value={value}
        onChange={(e) => onChange(e.currentTarget.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && value !== '') {
            // Keep the popup open: this Escape only clears the query.
            e.preventDefault();
            e.stopPropagation();
            onChange('');
          }
        }}
      />
    </div>
  );
}

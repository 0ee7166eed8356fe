import { useEffect, useRef } from 'react';
import { t } from '../../utils/i18n/i18n';
import { afterNextPaint } from './after-paint';

/**
 * The search box on top of the popup. It takes the focus once the popup's first frame is drawn and the main
 * thread is idle (within 50 ms), well before a reader's first key: focusing a text field costs several
 * milliseconds, which would otherwise hold back that frame. Escape clears it; a second Escape (empty box)
 * closes the popup.
 */
export function SearchField({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const input = useRef<HTMLInputElement>(null);
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
        aria-label={t('popup_search_label')}
        placeholder={t('popup_search_placeholder')}
        // A query may be in any script: it takes its own direction, whatever the popup's.
        dir="auto"
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

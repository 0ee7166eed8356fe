import type { Ref } from 'react';

/** The search box on top of the popup. Escape clears it; a second Escape (empty box) closes the popup. */
export function SearchField({
  value,
  onChange,
  inputRef,
}: {
  value: string;
  onChange: (value: string) => void;
  inputRef?: Ref<HTMLInputElement>;
}) {
  return (
    <div className="search-field" role="search">
      <input
        ref={inputRef}
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

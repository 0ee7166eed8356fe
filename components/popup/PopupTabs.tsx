import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react';

export interface TabDef<Id extends string> {
  id: Id;
  label: string;
  panel: ReactNode;
}

/** The step an arrow key takes along the row of tabs, which runs right to left in Persian and Arabic. */
function arrowStep(key: string, row: Element): 1 | -1 | undefined {
  if (key !== 'ArrowRight' && key !== 'ArrowLeft') return undefined;
  const rtl = row.closest('[dir]')?.getAttribute('dir') === 'rtl';
  return (key === 'ArrowRight') !== rtl ? 1 : -1;
}

/**
 * ARIA tabs: arrow keys, Home and End move between tabs; only the selected panel is shown. A panel's content
 * is rendered once its tab is first selected and then kept (hidden) so it keeps its state: the popup does
 * not build a Browse timeline nobody has asked to see.
 */
export function PopupTabs<Id extends string>({
  tabs,
  label,
  selected,
  onSelect,
  hidden,
}: {
  tabs: ReadonlyArray<TabDef<Id>>;
  /** The row's accessible name. */
  label: string;
  selected: Id;
  onSelect: (id: Id) => void;
  /** Hides tabs and panels (while search results show) without losing their state. */
  hidden?: boolean;
}) {
  const buttons = useRef(new Map<Id, HTMLButtonElement>());
  const [visited, setVisited] = useState<ReadonlySet<Id>>(() => new Set([selected]));
  if (!visited.has(selected)) setVisited(new Set([...visited, selected]));
  const onKeyDown = (e: KeyboardEvent) => {
    const at = tabs.findIndex((t) => t.id === selected);
    const step = arrowStep(e.key, e.currentTarget);
    const next = step !== undefined ? at + step : e.key === 'Home' ? 0 : e.key === 'End' ? -1 : null;
    if (next === null) return;
    e.preventDefault();
    const tab = tabs[(next + tabs.length) % tabs.length];
    if (!tab) return;
    onSelect(tab.id);
    buttons.current.get(tab.id)?.focus();
  };
  return (
    <div className="tabs" hidden={hidden}>
      <div role="tablist" aria-label={label} className="tabs__list" onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(el) => {
              if (el) buttons.current.set(tab.id, el);
              else buttons.current.delete(tab.id);
            }}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            aria-controls={`panel-${tab.id}`}
            aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1}
            className="tabs__tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          id={`panel-${tab.id}`}
          aria-labelledby={`tab-${tab.id}`}
          hidden={tab.id !== selected}
          className="tabs__panel"
        >
          {(visited.has(tab.id) || tab.id === selected) && tab.panel}
        </div>
      ))}
    </div>
  );
}

import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

/** The commands as the manifest declares them; the user may rebind them in the browser. */
const COMMANDS = [
  { name: 'next-mention', label: 'next mention' },
  { name: 'previous-mention', label: 'previous' },
  { name: 'toggle-highlights', label: 'hide or show the highlights' },
] as const;

type Shortcuts = Record<(typeof COMMANDS)[number]['name'], string>;

const DEFAULTS: Shortcuts = {
  'next-mention': 'Alt+Shift+K',
  'previous-mention': 'Alt+Shift+J',
  'toggle-highlights': 'Alt+Shift+H',
};

async function readShortcuts(): Promise<Shortcuts> {
  const commands = await browser.commands.getAll();
  const out = { ...DEFAULTS };
  for (const c of COMMANDS) {
    const found = commands.find((cmd) => cmd.name === c.name);
    // An empty shortcut means the user removed it.
    if (found) out[c.name] = found.shortcut || 'not set';
  }
  return out;
}

/** Shows the mention keys and where to change them. */
export function ShortcutSettings({ isFirefox }: { isFirefox: boolean }) {
  const [shortcuts, setShortcuts] = useState<Shortcuts>(DEFAULTS);
  useEffect(() => {
    let live = true;
    // Not every browser (or test double) offers commands.getAll: keep the defaults then.
    readShortcuts().then(
      (s) => live && setShortcuts(s),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);

  return (
    <section className="card" aria-labelledby="shortcuts-heading">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      <p>
        {COMMANDS.map((c, i) => (
          <span key={c.name}>
            {i > 0 && ', '}
            <kbd>{shortcuts[c.name]}</kbd> {c.label}
          </span>
        ))}
      </p>
      {isFirefox ? (
        <p className="hint">To change them, open about:addons → ⚙ → Manage Extension Shortcuts.</p>
      ) : (
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        >
          Change shortcuts
        </button>
      )}
    </section>
  );
}

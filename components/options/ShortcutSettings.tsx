import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../utils/i18n/i18n';

/**
 * The commands as the manifest declares them; the user may rebind them in the browser. Each is described in
 * the words the browser's own shortcuts page uses (the manifest's messages).
 */
const COMMANDS = [
  { name: 'next-mention', label: 'cmd_next' },
  { name: 'previous-mention', label: 'cmd_previous' },
  { name: 'toggle-highlights', label: 'cmd_toggle' },
] as const satisfies ReadonlyArray<{ name: string; label: MessageKey }>;

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
    // An empty shortcut means the user removed it (worded when shown, in the interface's language).
    if (found) out[c.name] = found.shortcut ?? '';
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
      <h2 id="shortcuts-heading">{t('options_shortcuts_heading')}</h2>
      <ul className="shortcut-list">
        {COMMANDS.map((c) => (
          <li key={c.name}>
            <kbd>{shortcuts[c.name] || t('options_shortcut_not_set')}</kbd> {t(c.label)}
          </li>
        ))}
      </ul>
      {isFirefox ? (
        <p className="hint">{t('options_shortcuts_firefox')}</p>
      ) : (
        <button
          type="button"
          onClick={() => void browser.tabs.create({ url: 'chrome://extensions/shortcuts' })}
        >
          {t('options_shortcuts_change')}
        </button>
      )}
    </section>
  );
}

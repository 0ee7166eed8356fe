import { t, type MessageKey } from '../../utils/i18n/i18n';

/** The keys the welcome page lists: the manifest's commands first, then the card's own Escape. */
export interface KeyRow {
  /** The manifest command the key belongs to; none for keys the page handles itself. */
  command?: string;
  /** Keys are written the same in every language (as keyboards and the browser label them). */
  defaultKey: string;
  /** What the key does, in the interface's language. */
  does: MessageKey;
}

export const KEY_ROWS: readonly KeyRow[] = [
  { command: 'next-mention', defaultKey: 'Alt+Shift+K', does: 'welcome_key_next' },
  { command: 'previous-mention', defaultKey: 'Alt+Shift+J', does: 'welcome_key_previous' },
  { command: 'toggle-highlights', defaultKey: 'Alt+Shift+H', does: 'welcome_key_toggle' },
  { defaultKey: 'Esc', does: 'welcome_key_close' },
];

/** A command as `commands.getAll` reports it. */
export interface BoundCommand {
  name?: string;
  shortcut?: string;
}

/**
 * The key shown for each row: what the browser has bound to its command (the reader may have changed it, and
 * the browser leaves a suggested key unbound when another extension holds it), "not set" when unbound, the
 * default when the browser does not report the command at all.
 */
export function keysOf(rows: readonly KeyRow[], bound: readonly BoundCommand[]): string[] {
  return rows.map((row) => {
    const found = row.command === undefined ? undefined : bound.find((c) => c.name === row.command);
    if (!found) return row.defaultKey;
    return found.shortcut || t('welcome_key_not_set');
  });
}

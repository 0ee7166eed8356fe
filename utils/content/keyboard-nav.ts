import { mentionRect } from './hit-test';
import type { Mention } from './mention-store';

/** True for the default "next mention" and "previous mention" keys (Alt+Shift+K / Alt+Shift+J). */
export function stepDirectionOf(event: KeyboardEvent): 1 | -1 | undefined {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  // `code`, not `key`: with Alt held, `key` is a special character on many layouts.
  if (event.code === 'KeyK') return 1;
  if (event.code === 'KeyJ') return -1;
  return undefined;
}

/** True for the default "hide or show highlights" key (Alt+Shift+H). */
export function isToggleKey(event: KeyboardEvent): boolean {
  return event.altKey && event.shiftKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyH';
}

/** The mention `direction` steps away from `current` among those the reader can see, wrapping around. */
export function nextMention(
  all: readonly Mention[],
  current: Mention | undefined,
  direction: 1 | -1,
): Mention | undefined {
  const visible = all.filter((m) => mentionRect(m) !== undefined);
  if (visible.length === 0) return undefined;
  const at = current ? visible.indexOf(current) : -1;
  if (at < 0) return direction === 1 ? visible[0] : visible[visible.length - 1];
  return visible[(at + direction + visible.length) % visible.length];
}

/**
 * Brings the mention into view: its element first (which also scrolls nested containers and frames), then
 * the top window so the mention sits mid-screen, where the card has room on either side.
 */
export function scrollMentionIntoView(m: Mention, win: Window): void {
  m.node.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = mentionRect(m);
  if (rect && (rect.top < 0 || rect.bottom > win.innerHeight)) {
    win.scrollBy({ top: rect.top - win.innerHeight / 2, behavior: 'instant' });
  }
}

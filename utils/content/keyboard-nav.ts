import { mentionRect } from './hit-test';
import type { Mention } from './mention-store';

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

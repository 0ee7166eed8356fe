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

/** Scrolls so the mention sits in the middle of the viewport (nested scroll containers first). */
export function scrollMentionIntoView(m: Mention): void {
  const win = m.node.ownerDocument.defaultView;
  m.node.parentElement?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  const rect = mentionRect(m);
  const top = window;
  if (!rect || !win) return;
  if (rect.top < 0 || rect.bottom > top.innerHeight) {
    top.scrollBy({ top: rect.top - top.innerHeight / 2, behavior: 'instant' });
  }
}

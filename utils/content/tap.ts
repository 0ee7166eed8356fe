import type { Mention } from './mention-store';

/** A click this soon after a touch came from that touch (browsers that do not say so on the click). */
const TAP_CLICK_MS = 800;

export interface TapDeps {
  win: Window;
  signal: AbortSignal;
  hitTest: (x: number, y: number) => Mention | undefined;
  isInCard: (event: Event) => boolean;
  openMention: () => Mention | undefined;
  open: (mention: Mention) => void;
  close: () => void;
}

/**
 * With a touch pointer there is no hover. A tap on a mention opens its card instead of doing what the page
 * would do with it: a link under the mention waits for a second tap, on the mention whose card is open. A tap
 * anywhere else closes the card and goes on to the page as usual.
 */
export function watchTaps({ win, signal, hitTest, isInCard, openMention, open, close }: TapDeps): void {
  let touchedAt = -Infinity;
  win.addEventListener(
    'pointerdown',
    (event) => {
      if (event.pointerType === 'touch') touchedAt = event.timeStamp;
    },
    { capture: true, passive: true, signal },
  );
  win.addEventListener(
    'click',
    (event) => {
      const pointerType = (event as Partial<PointerEvent>).pointerType;
      const byTouch = pointerType === 'touch' || (!pointerType && event.timeStamp - touchedAt < TAP_CLICK_MS);
      if (!byTouch || isInCard(event)) return;
      const hit = hitTest(event.clientX, event.clientY);
      if (hit && hit !== openMention()) {
        event.preventDefault();
        event.stopImmediatePropagation();
        open(hit);
      } else if (!hit && openMention()) close();
    },
    { capture: true, signal },
  );
}

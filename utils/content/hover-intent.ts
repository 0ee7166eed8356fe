import type { Mention } from './mention-store';

/** Pointer must rest this long before any work starts; crossing text costs nothing. */
export const INTENT_DELAY_MS = 150;
/** Time to travel from the mention into the card (or back) before it closes. */
export const GRACE_MS = 300;
/**
 * The card should be on screen when it is due. It is built ahead (at the intent point), so what is left is one
 * frame: asking for that frame one frame early makes its paint land at the due time, where a timer at the due
 * time would add up to a frame of waiting, the frame's rendering and the timer's own lateness.
 */
const FRAME_MS = 16;
/** A pointer event's time older than this (a busy page dispatched it late) counts from its dispatch instead. */
const MAX_EVENT_AGE_MS = 50;

export interface HoverDeps {
  win: Window;
  signal: AbortSignal;
  hitTest: (x: number, y: number) => Mention | undefined;
  /** Card delay from the settings (total rest time before the card shows). */
  cardDelayMs: () => number;
  isInCard: (event: Event) => boolean;
  openMention: () => Mention | undefined;
  /** The pointer has just come to a mention: cheap preparation that cannot wait for intent. */
  touch: (mention: Mention) => void;
  /** Starts fetching facts and building the card early, once intent is clear. */
  prefetch: (mention: Mention) => void;
  open: (mention: Mention) => void;
  close: () => void;
}

/**
 * Opens the card when the pointer rests on a mention, keeps it open while the pointer travels into it, and
 * closes it once the pointer has left both for the grace period. Pointer moves are hit-tested at most once
 * per animation frame.
 */
export function watchHover(deps: HoverDeps): void {
  const { win, signal } = deps;
  let x = 0;
  let y = 0;
  // When the pointer reached (x, y). Delays count from there, not from when we got to look at it: Chromium
  // dispatches pointer moves aligned to frames, and a deferred hit test adds up to another frame.
  let movedAt = 0;
  let frame = 0;
  let lastEvaluated = -Infinity;
  let candidate: Mention | undefined;
  let intentTimer = 0;
  let revealFrame = 0;
  let closeTimer = 0;

  const cancelIntent = () => {
    win.clearTimeout(intentTimer);
    win.cancelAnimationFrame(revealFrame);
  };
  const cancelClose = () => {
    win.clearTimeout(closeTimer);
    closeTimer = 0;
  };
  const scheduleClose = () => {
    if (closeTimer || !deps.openMention()) return;
    closeTimer = win.setTimeout(() => {
      closeTimer = 0;
      deps.close();
    }, GRACE_MS);
  };

  const evaluate = () => {
    frame = 0;
    lastEvaluated = win.performance.now();
    const hit = deps.hitTest(x, y);
    if (hit && hit === deps.openMention()) cancelClose();
    else if (deps.openMention()) scheduleClose();
    if (hit === candidate) return;
    candidate = hit;
    cancelIntent();
    if (!hit || hit === deps.openMention()) return;
    deps.touch(hit);
    const restStart = movedAt;
    const untilRested = (ms: number) => Math.max(0, restStart + ms - win.performance.now());
    intentTimer = win.setTimeout(() => {
      deps.prefetch(hit);
      const openCard = () => {
        if (candidate !== hit) return;
        cancelClose();
        deps.open(hit);
      };
      const untilDue = untilRested(deps.cardDelayMs());
      if (untilDue <= FRAME_MS) openCard();
      else
        intentTimer = win.setTimeout(() => {
          revealFrame = win.requestAnimationFrame(openCard);
        }, untilDue - FRAME_MS);
    }, untilRested(INTENT_DELAY_MS));
  };

  win.addEventListener(
    'pointermove',
    (event) => {
      if (event.pointerType === 'touch') return;
      if (deps.isInCard(event)) {
        cancelClose();
        candidate = undefined;
        cancelIntent();
        return;
      }
      x = event.clientX;
      y = event.clientY;
      const now = win.performance.now();
      movedAt = event.timeStamp > now - MAX_EVENT_AGE_MS && event.timeStamp <= now ? event.timeStamp : now;
      // The first move in a frame is tested at once (no added latency); the rest wait for the next frame.
      if (frame) return;
      if (now - lastEvaluated > 16) evaluate();
      else frame = win.requestAnimationFrame(evaluate);
    },
    { passive: true, capture: true, signal },
  );
  // The pointer left the window altogether.
  win.document.addEventListener(
    'pointerleave',
    (event) => {
      // A finger "leaves" whenever it lifts: that is a tap (see tap.ts), not the pointer going away.
      if (event.pointerType === 'touch') return;
      candidate = undefined;
      cancelIntent();
      scheduleClose();
    },
    { signal },
  );
  signal.addEventListener('abort', () => {
    cancelIntent();
    win.clearTimeout(closeTimer);
    win.cancelAnimationFrame(frame);
  });
}

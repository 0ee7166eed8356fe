export interface Size {
  width: number;
  height: number;
}
export interface Placement {
  left: number;
  top: number;
  /** Set when the card must be shorter than it wants to be to fit beside the mention. */
  maxHeight?: number;
}

const GAP = 6;
const MARGIN = 8;
/** Shortest card still worth reading (title, summary and the start of a fact); below it, go sideways. */
const MIN_HEIGHT = 220;

const clamp = (value: number, min: number, max: number) => Math.min(Math.max(min, value), Math.max(min, max));

/**
 * Where the card goes, never covering its mention: below it, or above when there is no room below; when
 * neither side holds the whole card, the roomier side with the card made shorter (its fact list scrolls);
 * when neither is tall enough, beside the mention. Always inside the viewport. Mirrored for `rtl`.
 */
export function placeCard(anchor: DOMRect, card: Size, viewport: Size, rtl = false): Placement {
  const below = anchor.bottom + GAP;
  const roomBelow = viewport.height - MARGIN - below;
  const roomAbove = anchor.top - GAP - MARGIN;
  // Right to left, the card hangs from the mention's right edge, where a reader of that script starts.
  const start = rtl ? anchor.right - card.width : anchor.left;
  const left = clamp(start, MARGIN, viewport.width - MARGIN - card.width);
  const round = (p: Placement): Placement => ({ ...p, left: Math.round(p.left), top: Math.round(p.top) });

  if (card.height <= roomBelow) return round({ left, top: below });
  if (card.height <= roomAbove) return round({ left, top: anchor.top - GAP - card.height });
  if (Math.max(roomBelow, roomAbove) >= MIN_HEIGHT) {
    return roomBelow >= roomAbove
      ? round({ left, top: below, maxHeight: roomBelow })
      : round({ left, top: MARGIN, maxHeight: roomAbove });
  }
  const top = clamp(
    anchor.top + anchor.height / 2 - card.height / 2,
    MARGIN,
    viewport.height - MARGIN - card.height,
  );
  const maxHeight = card.height > viewport.height - 2 * MARGIN ? viewport.height - 2 * MARGIN : undefined;
  if (anchor.left - GAP - card.width >= MARGIN)
    return round({ left: anchor.left - GAP - card.width, top, maxHeight });
  if (anchor.right + GAP + card.width <= viewport.width - MARGIN)
    return round({ left: anchor.right + GAP, top, maxHeight });
  // A viewport too small for any of that: cover the mention rather than leave the viewport.
  return round({ left, top: clamp(below, MARGIN, viewport.height - MARGIN - card.height), maxHeight });
}

/** Narrower than this (a phone held upright), the card is a sheet along the bottom edge, full width. */
export const SHEET_BELOW_WIDTH = 500;
/**
 * A sheet takes this share of the viewport's height whatever it holds, so it does not jump under the finger
 * when the facts arrive; its fact list scrolls inside.
 */
const SHEET_SHARE = 0.6;

export interface SheetPlacement {
  top: number;
  height: number;
  /** How far to scroll the page so the mention is not under the sheet (0 when it is clear already). */
  scrollBy: number;
}

/** A bottom sheet's place, and the scroll that keeps its mention visible above it, mid-way in what is left. */
export function placeSheet(anchor: DOMRect, viewport: Size): SheetPlacement {
  const height = Math.round(viewport.height * SHEET_SHARE);
  const top = viewport.height - height;
  const clear = anchor.top >= MARGIN && anchor.bottom <= top - GAP;
  const scrollBy = clear ? 0 : Math.round(anchor.top + anchor.height / 2 - top / 2);
  return { top, height, scrollBy };
}

export interface Size {
  width: number;
  height: number;
}
const GAP = 6;
const MARGIN = 8;

/**
 * Where the card goes: below the mention, or above it when there is no room below, and always inside the
 * viewport. It never covers the mention itself unless the viewport is too small to avoid it.
 */
export function placeCard(anchor: DOMRect, card: Size, viewport: Size): { left: number; top: number } {
  const below = anchor.bottom + GAP;
  const above = anchor.top - GAP - card.height;
  let top: number;
  if (below + card.height <= viewport.height - MARGIN) top = below;
  else if (above >= MARGIN) top = above;
  else top = Math.max(MARGIN, viewport.height - MARGIN - card.height);
  const maxLeft = Math.max(MARGIN, viewport.width - MARGIN - card.width);
  const left = Math.min(Math.max(MARGIN, anchor.left), maxLeft);
  return { left: Math.round(left), top: Math.round(top) };
}

import type { Mention, MentionStore } from './mention-store';

interface CaretSpot {
  node: Node;
  offset: number;
}
type CaretDocument = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: { shadowRoots?: ShadowRoot[] },
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

/** The text position under a point, through the standard API or WebKit's older one. */
function caretAt(doc: CaretDocument, x: number, y: number, shadowRoots: ShadowRoot[]): CaretSpot | undefined {
  if (doc.caretPositionFromPoint) {
    const pos = doc.caretPositionFromPoint(x, y, shadowRoots.length > 0 ? { shadowRoots } : undefined);
    return pos ? { node: pos.offsetNode, offset: pos.offset } : undefined;
  }
  const range = doc.caretRangeFromPoint?.(x, y);
  return range ? { node: range.startContainer, offset: range.startOffset } : undefined;
}

/** A live Range over the mention, made on demand (live ranges cost the page only while they exist). */
function rangeOf(m: Mention): Range {
  const range = m.node.ownerDocument.createRange();
  range.setStart(m.node, m.start);
  range.setEnd(m.node, m.end);
  return range;
}

/** True when the point lies within one of the mention's line boxes (caret APIs snap to the nearest text). */
export function rangeContainsPoint(m: Mention, x: number, y: number): boolean {
  for (const r of rangeOf(m).getClientRects()) {
    if (x >= r.left - 1 && x <= r.right + 1 && y >= r.top - 1 && y <= r.bottom + 1) return true;
  }
  return false;
}

/**
 * The mention under the point, if any: the caret position names a text node and offset, the store's
 * per-node index narrows it to a mention, and the mention's rectangles confirm it. Cheap enough to run on
 * every animation frame of pointer movement.
 */
export function mentionAtPoint(
  doc: Document,
  x: number,
  y: number,
  store: MentionStore,
  shadowRoots: ShadowRoot[] = [],
): Mention | undefined {
  const spot = caretAt(doc as CaretDocument, x, y, shadowRoots);
  if (!spot || spot.node.nodeType !== Node.TEXT_NODE) return undefined;
  const mentions = store.inNode(spot.node as Text);
  if (!mentions) return undefined;
  for (const m of mentions) {
    if (spot.offset >= m.start && spot.offset <= m.end && rangeContainsPoint(m, x, y)) return m;
  }
  return undefined;
}

/** The bounding box of a mention in viewport coordinates (its first line box when it wraps). */
export function mentionRect(m: Mention): DOMRect | undefined {
  const rect = rangeOf(m).getClientRects()[0];
  if (!rect) return undefined;
  // A mention inside a same-origin frame: shift by the frame's own position.
  const frame = m.node.ownerDocument.defaultView?.frameElement;
  if (!frame || m.node.ownerDocument === document) return rect;
  const outer = frame.getBoundingClientRect();
  return new DOMRect(rect.left + outer.left, rect.top + outer.top, rect.width, rect.height);
}

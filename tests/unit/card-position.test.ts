import { describe, expect, it } from 'vitest';
import { placeCard } from '../../utils/content/card/card-position';

const viewport = { width: 1000, height: 700 };
const card = { width: 380, height: 300 };
const tall = { width: 380, height: 400 };
const at = (left: number, top: number, width = 60, height = 18) => new DOMRect(left, top, width, height);

describe('placeCard', () => {
  it.each([
    ['below a mention near the top', at(100, 50), card, { left: 100, top: 74 }],
    ['above a mention near the bottom', at(100, 600), card, { left: 100, top: 294 }],
    ['pulled left at the right edge', at(960, 50), card, { left: 612, top: 74 }],
    ['pushed right at the left edge', at(-30, 50), card, { left: 8, top: 74 }],
    [
      'shorter, on the roomier side, when neither side holds it all',
      at(100, 380),
      tall,
      { left: 100, top: 8, maxHeight: 366 },
    ],
    [
      'beside the mention when neither side is tall enough',
      at(920, 200, 60, 350),
      card,
      { left: 534, top: 225 },
    ],
  ])('%s', (_label, anchor, size, expected) => {
    const placed = placeCard(anchor, size, viewport);
    expect(placed).toEqual(expected);
    const height = placed.maxHeight ?? size.height;
    expect(placed.left).toBeGreaterThanOrEqual(0);
    expect(placed.top).toBeGreaterThanOrEqual(0);
    expect(placed.left + size.width).toBeLessThanOrEqual(viewport.width);
    expect(placed.top + height).toBeLessThanOrEqual(viewport.height);
    // Never over the mention.
    const overlapsX = placed.left < anchor.right && placed.left + size.width > anchor.left;
    const overlapsY = placed.top < anchor.bottom && placed.top + height > anchor.top;
    expect(overlapsX && overlapsY).toBe(false);
  });
});

describe('right to left', () => {
  it('hangs the card from the mention’s right edge, still inside the viewport', () => {
    const anchor = new DOMRect(600, 100, 80, 20);
    const p = placeCard(anchor, { width: 380, height: 300 }, { width: 1000, height: 800 }, true);
    expect(p.left + 380).toBe(680);
    const nearStart = placeCard(
      new DOMRect(20, 100, 80, 20),
      { width: 380, height: 300 },
      { width: 1000, height: 800 },
      true,
    );
    expect(nearStart.left).toBe(8);
  });
});

import { describe, expect, it } from 'vitest';
import { placeCard } from '../../utils/content/card/card-position';

const viewport = { width: 1000, height: 700 };
const card = { width: 380, height: 300 };
const at = (left: number, top: number, width = 60, height = 18) => new DOMRect(left, top, width, height);

describe('placeCard', () => {
  it.each([
    ['below a mention near the top', at(100, 50), { left: 100, top: 74 }],
    ['above a mention near the bottom', at(100, 600), { left: 100, top: 294 }],
    ['pulled left at the right edge', at(960, 50), { left: 612, top: 74 }],
    ['pushed right at the left edge', at(-30, 50), { left: 8, top: 74 }],
    [
      'inside the viewport when there is room neither above nor below',
      at(100, 250, 60, 300),
      { left: 100, top: 392 },
    ],
  ])('%s', (_label, anchor, expected) => {
    const placed = placeCard(anchor, card, viewport);
    expect(placed).toEqual(expected);
    expect(placed.left + card.width).toBeLessThanOrEqual(viewport.width);
    expect(placed.top + card.height).toBeLessThanOrEqual(viewport.height);
  });
});

import { startTransition, useEffect, useState } from 'react';
import { afterNextPaint } from './after-paint';

/**
 * How many of `items` to render: `batch` at first (and again whenever `items` is a new list), then one more
 * batch after each painted frame, in idle time and interruptibly, until all show. A new answer then costs
 * its frame a few cards, not forty, and a keystroke never waits behind the rest.
 */
export function useGrowingCount(items: readonly unknown[], batch: number): number {
  const [grown, setGrown] = useState({ items, count: batch });
  const count = grown.items === items ? grown.count : batch;
  useEffect(() => {
    if (count >= items.length) return;
    return afterNextPaint(() => startTransition(() => setGrown({ items, count: count + batch })));
  }, [items, count, batch]);
  return Math.min(count, items.length);
}

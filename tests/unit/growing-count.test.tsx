import { act, cleanup, renderHook } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { useGrowingCount } from '../../components/popup/use-growing-count';

/** Frames and idle periods the test hands out itself. */
function manualFrames() {
  const frames: FrameRequestCallback[] = [];
  const idles: IdleRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idles.push(cb));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  return () =>
    act(() => {
      frames.splice(0).forEach((cb) => cb(performance.now()));
      idles.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 10 }));
    });
}

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

describe('useGrowingCount', () => {
  it('renders a batch at first and one more after each painted frame, until all show', () => {
    const nextFrame = manualFrames();
    const items = Array.from({ length: 20 }, (_, i) => i);
    const { result } = renderHook(() => useGrowingCount(items, 8));
    expect(result.current).toBe(8);
    nextFrame();
    expect(result.current).toBe(16);
    nextFrame();
    expect(result.current).toBe(20);
    nextFrame();
    expect(result.current).toBe(20);
  });

  it('starts again from one batch when the list is a new one (a new answer)', () => {
    const nextFrame = manualFrames();
    const first = Array.from({ length: 20 }, (_, i) => i);
    const { result, rerender } = renderHook(({ items }) => useGrowingCount(items, 8), {
      initialProps: { items: first },
    });
    nextFrame();
    expect(result.current).toBe(16);
    rerender({ items: [...first] });
    expect(result.current).toBe(8);
  });

  it('shows a short list whole at once', () => {
    manualFrames();
    const { result } = renderHook(() => useGrowingCount([1, 2, 3], 8));
    expect(result.current).toBe(3);
  });
});

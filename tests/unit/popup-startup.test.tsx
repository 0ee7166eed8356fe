import { act, cleanup, renderHook, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { afterNextPaint } from '../../components/popup/after-paint';
import type { PageLink } from '../../components/popup/page-link';
import type { PopupStore } from '../../components/popup/popup-store';
import { usePopupStore } from '../../components/popup/use-popup-store';
import { dataset } from '../../data/index';
import { FactDatabase } from '../../utils/db/fact-db';
import { renderPopup } from './render-popup';

/** Frames and idle periods the test hands out itself. */
function manualFrames() {
  const frames: FrameRequestCallback[] = [];
  const idles: IdleRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => frames.push(cb));
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  vi.stubGlobal('requestIdleCallback', (cb: IdleRequestCallback) => idles.push(cb));
  vi.stubGlobal('cancelIdleCallback', () => undefined);
  return {
    drawFrame: () => frames.splice(0).forEach((cb) => cb(performance.now())),
    goIdle: () => idles.splice(0).forEach((cb) => cb({ didTimeout: false, timeRemaining: () => 10 })),
  };
}

afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('afterNextPaint', () => {
  it('waits for a drawn frame and then for the main thread to be idle', () => {
    const { drawFrame, goIdle } = manualFrames();
    const run = vi.fn();
    afterNextPaint(run);
    goIdle();
    expect(run).not.toHaveBeenCalled();
    drawFrame();
    expect(run).not.toHaveBeenCalled();
    goIdle();
    expect(run).toHaveBeenCalledTimes(1);
  });

  it('does not run once cancelled', () => {
    const { drawFrame, goIdle } = manualFrames();
    const run = vi.fn();
    afterNextPaint(run)();
    drawFrame();
    goIdle();
    expect(run).not.toHaveBeenCalled();
  });

  it('runs once anyway on a page that draws no frames (a background tab)', () => {
    vi.useFakeTimers();
    manualFrames();
    const run = vi.fn();
    afterNextPaint(run);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });
});

describe('usePopupStore', () => {
  const store = {} as PopupStore;

  it('loads nothing until the first view is known, then loads once after its frame', async () => {
    const { drawFrame, goIdle } = manualFrames();
    const load = vi.fn(async () => store);
    const { result, rerender } = renderHook(({ shown }) => usePopupStore(load, shown), {
      initialProps: { shown: false },
    });
    drawFrame();
    goIdle();
    expect(load).not.toHaveBeenCalled();
    rerender({ shown: true });
    expect(load).not.toHaveBeenCalled();
    await act(async () => {
      drawFrame();
      goIdle();
    });
    expect(load).toHaveBeenCalledTimes(1);
    expect(result.current).toEqual({ status: 'ready', store });
    rerender({ shown: true });
    expect(load).toHaveBeenCalledTimes(1);
  });

  it('reports a store that fails to load', async () => {
    const { drawFrame, goIdle } = manualFrames();
    const { result } = renderHook(() => usePopupStore(() => Promise.reject(new Error('gone')), true));
    await act(async () => {
      drawFrame();
      goIdle();
    });
    expect(result.current).toEqual({ status: 'error', message: 'gone' });
  });
});

describe('popup start-up', () => {
  let db: FactDatabase;
  beforeEach(() => {
    fakeBrowser.reset();
    db = new FactDatabase(`popup-startup-${Math.random()}`);
  });
  afterEach(async () => {
    await db.delete();
  });

  it('shows the topics with their summaries before it opens the database', async () => {
    const { drawFrame, goIdle } = manualFrames();
    const opened = vi.spyOn(db, 'transaction');
    const page: PageLink = {
      activePage: async () => null, // no tab under it: Browse
      pageMentions: async () => [],
      focusMention: async () => undefined,
      closePopup: () => undefined,
    };
    renderPopup(db, { pageLink: page });
    const first = dataset.topics[0]!;
    expect(await screen.findByRole('heading', { name: first.name })).toBeTruthy();
    expect(screen.getByText(first.summary)).toBeTruthy();
    expect(screen.getByRole('status').textContent).toBe('Loading facts…');
    expect(document.activeElement).not.toBe(screen.getByRole('searchbox'));
    expect(opened).not.toHaveBeenCalled();

    await act(async () => {
      drawFrame();
      goIdle();
    });
    expect(await screen.findByRole('list', { name: `${first.name} timeline` })).toBeTruthy();
    expect(opened).toHaveBeenCalled();
    // The search field took the focus after the first frame.
    expect(document.activeElement).toBe(screen.getByRole('searchbox'));
  });

  it('stays on Browse when a page that reported nothing turns out to have mentions', async () => {
    const page: PageLink = {
      activePage: async () => ({ tabId: 3, url: 'https://news.example.com/a' }),
      pageMentions: async () => [{ topic: 'iran', text: 'Iran', id: 1 }],
      focusMention: async () => undefined,
      closePopup: () => undefined,
    };
    renderPopup(db, { pageLink: page });
    expect(await screen.findByText('news.example.com')).toBeTruthy();
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 20)); // the mentions are in
    });
    expect(screen.getByRole('tab', { selected: true }).textContent).toBe('Browse');
  });
});

import { afterEach, describe, expect, it, vi } from 'vitest';
import { WorkRuns } from '../../utils/content/scheduling';

/** Keeps the thread busy for `ms`, as a slice of scanning does. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spinning
  }
}

const restsIn = (spy: { mock: { calls: unknown[][] } }) => spy.mock.calls.filter(([, ms]) => ms === 1).length;

describe('runs of back-to-back work', () => {
  afterEach(() => vi.restoreAllMocks());

  it('go on without a rest while the run is short', async () => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const runs = new WorkRuns();
    busyFor(2);
    await runs.between(() => Promise.resolve());
    expect(restsIn(timer)).toBe(0);
    expect(runs.timeLeft()).toBeGreaterThan(0);
  });

  it('rest once the run is used up, and start a new run after the rest', async () => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const runs = new WorkRuns();
    busyFor(7);
    expect(runs.timeLeft()).toBeLessThanOrEqual(0);
    await runs.between(() => Promise.resolve());
    expect(restsIn(timer)).toBe(1);
    expect(runs.timeLeft()).toBeGreaterThan(4);
  });

  it('start a new run when the wait itself kept us off the thread', async () => {
    const timer = vi.spyOn(globalThis, 'setTimeout');
    const runs = new WorkRuns();
    busyFor(4);
    await runs.between(() => new Promise((resolve) => setTimeout(resolve, 5)));
    busyFor(4);
    await runs.between(() => Promise.resolve());
    expect(restsIn(timer)).toBe(0);
  });
});

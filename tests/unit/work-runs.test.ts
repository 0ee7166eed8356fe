import { afterEach, beforeEach, describe, expect, it, vi, type MockInstance } from 'vitest';
import { WorkRuns } from '../../utils/content/scheduling';

/** Keeps the thread busy for `ms`, as a slice of scanning does. */
function busyFor(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spinning
  }
}

describe('runs of back-to-back work', () => {
  let timer: MockInstance<typeof setTimeout>;
  /** The 1 ms rests asked for so far. */
  const rests = () => timer.mock.calls.filter(([, ms]) => ms === 1).length;
  beforeEach(() => {
    timer = vi.spyOn(globalThis, 'setTimeout');
  });
  afterEach(() => vi.restoreAllMocks());

  it('go on without a rest while the run is short', async () => {
    const runs = new WorkRuns();
    busyFor(2);
    await runs.between(() => Promise.resolve());
    expect(rests()).toBe(0);
    expect(runs.timeLeft()).toBeGreaterThan(0);
  });

  it('rest once the run is used up, and start a new run after the rest', async () => {
    const runs = new WorkRuns();
    busyFor(7);
    expect(runs.timeLeft()).toBeLessThanOrEqual(0);
    await runs.between(() => Promise.resolve());
    expect(rests()).toBe(1);
    expect(runs.timeLeft()).toBeGreaterThan(4);
  });

  it('start a new run when the wait itself kept us off the thread', async () => {
    const runs = new WorkRuns();
    busyFor(4);
    await runs.between(() => new Promise((resolve) => setTimeout(resolve, 5)));
    busyFor(4);
    await runs.between(() => Promise.resolve());
    expect(rests()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { partyCost, type CpuProfile } from '../../scripts/bench/cpu-samples.mjs';
import { mainThreadTaskStarts, type TraceEvent } from '../../scripts/bench/trace.mjs';

const EXT = 'chrome-extension://abcdef/content-scripts/page-app.js';
const isOurs = (frame: { url: string }) => frame.url === EXT;

/**
 * A profile sampled every 100 µs from t = 0: one sample per letter of `timeline`, `e` the extension's code,
 * `g` a garbage collection, `i` the idle thread.
 */
function profileOf(timeline: string): CpuProfile {
  const ids: Record<string, number> = { e: 2, g: 3, i: 4 };
  return {
    nodes: [
      { id: 1, callFrame: { functionName: '(root)', url: '' }, children: [2, 3, 4] },
      { id: 2, callFrame: { functionName: 'walk', url: EXT } },
      { id: 3, callFrame: { functionName: '(garbage collector)', url: '' } },
      { id: 4, callFrame: { functionName: '(idle)', url: '' } },
    ],
    startTime: 0,
    samples: [...timeline].map((c) => ids[c]!),
    timeDeltas: [...timeline].map((_, i) => (i === 0 ? 0 : 100)),
  };
}

describe('the longest stretch of the extension’s JavaScript', () => {
  it('runs through a garbage collection, and ends at another party’s sample', () => {
    const cost = partyCost(profileOf('eeeggeeeiee'), isOurs);
    expect(cost.longestStretchMs).toBeCloseTo(0.8);
    expect(cost.inclusiveMs).toBeCloseTo(0.8); // the collection is nobody's
    expect(cost.longestRunMs).toBeCloseTo(0.8);
  });

  it('ends where the thread’s next task starts, although no sample fell between the two tasks', () => {
    // Ten samples of ours in a row; a task starts at the sixth (500 µs).
    const profile = profileOf('eeeeeeeeee');
    expect(partyCost(profile, isOurs).longestStretchMs).toBeCloseTo(1.0);
    expect(partyCost(profile, isOurs, { taskStarts: [0, 500] }).longestStretchMs).toBeCloseTo(0.5);
    // Seen from the samples alone, the two tasks are one run.
    expect(partyCost(profile, isOurs, { taskStarts: [0, 500] }).longestRunMs).toBeCloseTo(1.0);
    // A garbage collection does not carry a stretch over into the next task either.
    expect(partyCost(profileOf('eeeeggeeee'), isOurs, { taskStarts: [0, 500] }).longestStretchMs).toBeCloseTo(
      0.4,
    );
  });
});

describe('the page’s tasks', () => {
  const PAGE = 'http://127.0.0.1/page.html';
  const event = (name: string, ts: number, dur: number, tid = 1): TraceEvent => ({
    name,
    ph: 'X',
    pid: 1,
    tid,
    ts,
    dur,
  });
  it('start with the outermost RunTask events of the page’s main thread', () => {
    const events: TraceEvent[] = [
      {
        name: 'navigationStart',
        ph: 'R',
        pid: 1,
        tid: 1,
        ts: 0,
        args: { data: { documentLoaderURL: PAGE } },
      },
      { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
      event('ThreadControllerImpl::RunTask', 300, 100),
      event('ThreadControllerImpl::RunTask', 100, 150),
      event('ThreadControllerImpl::RunTask', 120, 20), // a nested run loop's task: inside the one before
      event('BlinkScheduler_PerformMicrotaskCheckpoint', 250, 30), // after its task, part of it
      event('ThreadControllerImpl::RunTask', 200, 50, 2), // another thread's
    ];
    expect(mainThreadTaskStarts(events, PAGE)).toEqual([100, 300]);
  });
});

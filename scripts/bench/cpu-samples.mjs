// What one party's JavaScript cost a page, read from a V8 sampling CPU profile (CDP `Profiler.stop`).

/**
 * The most one sample stands for. A sample stands for the time to the next one; on a busy machine the page's
 * thread (or the sampler) waits for a CPU now and then, and the next sample comes milliseconds later: that
 * wait is not the party's work. Samples come every 0.15-0.3 ms here at a 0.1 ms interval.
 */
export const MAX_SAMPLE_US = 1000;

const GC = '(garbage collector)';

/**
 * Node ids of `profile` whose stack holds a frame for which `isOurs(callFrame)` is true (the frame itself or
 * any caller): the party's own code and everything it called (regular expressions, DOM calls, the page's
 * code it ran). Garbage collection samples carry no stack and are nobody's.
 */
function nodesOnOurStack(profile, isOurs) {
  const parent = new Map();
  for (const n of profile.nodes) for (const child of n.children ?? []) parent.set(child, n.id);
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const ours = new Map();
  const check = (id) => {
    const chain = [];
    let found;
    for (let at = id; at !== undefined; at = parent.get(at)) {
      if (ours.has(at)) {
        found = ours.get(at);
        break;
      }
      chain.push(at);
      if (isOurs(byId.get(at).callFrame)) {
        found = true;
        break;
      }
    }
    for (const at of chain) ours.set(at, found ?? false);
    return ours.get(id);
  };
  return { isOurs: check, byId };
}

/** Index of the last of `starts` (sorted) at or before `t`; -1 before the first. */
function lastAtOrBefore(starts, t) {
  let lo = 0;
  let hi = starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (starts[mid] <= t) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}

/**
 * Consecutive samples of ours and the longest such streak (µs): a garbage collection after one of our samples
 * counts only if our work goes on after it.
 */
function streak() {
  let current = 0;
  let pendingGc = 0;
  let longest = 0;
  return {
    ours(us) {
      current += pendingGc + us;
      pendingGc = 0;
      longest = Math.max(longest, current);
    },
    collecting(us) {
      if (current > 0) pendingGc += us;
    },
    end() {
      current = 0;
      pendingGc = 0;
    },
    longestUs: () => longest,
  };
}

/**
 * The party's JavaScript in one profile (ms): `inclusiveMs`, samples with one of its frames anywhere on the
 * stack; `selfMs`, samples whose innermost frame is its own; `longestStretchMs`, the longest run of
 * consecutive samples on its stack within one task of the thread, which a sample of someone else's or of the
 * idle thread breaks, and so does the start of the next task (a garbage collection in the middle of its work
 * does not, and counts in the stretch); `longestRunMs`, the same with tasks run back to back counted as one
 * (what a profile alone shows: only a sample of someone else's or of the idle thread ends it); `samples`, how
 * many.
 *
 * `taskStarts`: when the thread's tasks began (sorted, µs, the profile's clock; from a trace). Between two
 * tasks the browser handles input and draws frames, however short the gap: two slices of work in back-to-back
 * tasks are two stretches, although no sample need fall in the gap between them. Without it, a stretch ends
 * only at another sample.
 */
export function partyCost(profile, isOurs, { maxSampleUs = MAX_SAMPLE_US, taskStarts = [] } = {}) {
  const { isOurs: onOurStack, byId } = nodesOnOurStack(profile, isOurs);
  const { samples, timeDeltas } = profile;
  let inclusiveUs = 0;
  let selfUs = 0;
  let count = 0;
  const stretch = streak(); // cut where a task starts
  const run = streak(); // tasks back to back as one
  let stretchTask = -1; // the task the stretch runs in
  let at = profile.startTime;
  for (let i = 0; i < samples.length; i++) {
    at += timeDeltas[i];
    const next = timeDeltas[i + 1] ?? timeDeltas[i];
    const us = Math.min(Math.max(next, 0), maxSampleUs);
    const node = byId.get(samples[i]);
    const task = lastAtOrBefore(taskStarts, at);
    if (task !== stretchTask) {
      stretch.end();
      stretchTask = task;
    }
    if (onOurStack(samples[i])) {
      inclusiveUs += us;
      count += 1;
      if (isOurs(node.callFrame)) selfUs += us;
      stretch.ours(us);
      run.ours(us);
    } else if (node.callFrame.functionName === GC) {
      stretch.collecting(us);
      run.collecting(us);
    } else {
      stretch.end();
      run.end();
    }
  }
  return {
    inclusiveMs: inclusiveUs / 1000,
    selfMs: selfUs / 1000,
    longestStretchMs: stretch.longestUs() / 1000,
    longestRunMs: run.longestUs() / 1000,
    samples: count,
  };
}

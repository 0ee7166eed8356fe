// A Chrome trace of one page load, and what in it was the extension's work.

const CATEGORIES = [
  'toplevel',
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'blink.user_timing',
  // JavaScript samples with their stacks: attribute work whose trace events carry no script URL.
  'disabled-by-default-v8.cpu_profiler',
].join(',');

/** Just enough to find the page's main thread and when each of its tasks began (`mainThreadTaskStarts`). */
export const TASK_CATEGORIES = 'toplevel,blink.user_timing';

/** Starts tracing on a page's CDP session; `stop()` resolves to the trace events. */
export async function startTrace(cdp, categories = CATEGORIES) {
  const events = [];
  const onData = (e) => {
    for (const ev of e.value) events.push(ev);
  };
  cdp.on('Tracing.dataCollected', onData);
  await cdp.send('Tracing.start', { categories, transferMode: 'ReportEvents' });
  return {
    async stop() {
      const complete = new Promise((resolve) => cdp.once('Tracing.tracingComplete', resolve));
      await cdp.send('Tracing.end');
      await complete;
      cdp.off('Tracing.dataCollected', onData);
      return events;
    },
  };
}

/** Script events: an extension URL in them marks extension work; any other URL marks the page's. */
const SCRIPT_EVENTS = new Set([
  'EvaluateScript',
  'FunctionCall',
  'v8.compile',
  'v8.run',
  'v8.evaluateModule',
]);
/** Events that run whoever queued the work; extension time climbs through them to the outermost one. */
const DISPATCH_EVENTS = new Set([
  'BlinkScheduler_PerformMicrotaskCheckpoint',
  'RunMicrotasks',
  'RunYieldContinuation',
  'FireIdleCallback',
  'FireAnimationFrame',
  'TimerFire',
]);
const isTask = (e) => e.name === 'ThreadControllerImpl::RunTask' || e.name === 'RunTask';
const urlOf = (e) => e.args?.data?.url ?? e.args?.fileName ?? '';

/** Merges [ts, end) intervals into sorted, disjoint ones. */
function union(intervals) {
  const sorted = [...intervals].sort((a, b) => a.ts - b.ts);
  const out = [];
  for (const iv of sorted) {
    const last = out.at(-1);
    if (last && iv.ts <= last.end) last.end = Math.max(last.end, iv.end);
    else out.push({ ts: iv.ts, end: iv.end });
  }
  return out;
}

/**
 * Stretches of the main thread's CPU samples (trace profiler) whose stack holds an extension script. Each
 * sample stands for the time to the next one, at most 2 ms (longer gaps are idle or unsampled).
 */
function sampledIntervals(events, pid, tid, extOrigin) {
  const mine = events.filter((e) => (e.name === 'Profile' || e.name === 'ProfileChunk') && e.pid === pid);
  const profile =
    mine.find((e) => e.name === 'Profile' && e.tid === tid) ?? mine.find((e) => e.name === 'Profile');
  if (!profile) return [];
  const parents = new Map();
  const urls = new Map();
  const isExt = new Map();
  const extNode = (id) => {
    if (isExt.has(id)) return isExt.get(id);
    const url = urls.get(id) ?? '';
    const parent = parents.get(id);
    const result = url.startsWith(extOrigin) || (parent !== undefined && extNode(parent));
    isExt.set(id, result);
    return result;
  };
  const out = [];
  let t = profile.args.data.startTime;
  for (const chunk of mine.filter((e) => e.name === 'ProfileChunk' && e.id === profile.id)) {
    const data = chunk.args.data;
    for (const n of data.cpuProfile?.nodes ?? []) {
      parents.set(n.id, n.parent);
      urls.set(n.id, n.callFrame?.url ?? '');
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let i = 0; i < samples.length; i++) {
      t += deltas[i] ?? 0;
      const next = deltas[i + 1] ?? 0;
      if (extNode(samples[i])) out.push({ ts: t, end: t + Math.min(Math.max(next, 0), 2000) });
    }
  }
  return out;
}

/**
 * The extension's work as the thread's CPU time rather than wall time: each script event shrunk to its thread
 * time (from its start), and the CPU samples that fall outside every such event (a sample stands only for time
 * the thread ran). On a machine whose virtual CPUs get taken away, a 5 ms slice can span 25 ms of wall time.
 */
function cpuIntervals(found, sampled) {
  const events = union(found); // sorted and disjoint
  let i = 0;
  const outside = [...sampled]
    .sort((a, b) => a.ts - b.ts)
    .filter((s) => {
      while (i < events.length && events[i].end <= s.ts) i++;
      return !(i < events.length && events[i].ts < s.end);
    });
  return union([...found.map((f) => ({ ts: f.ts, end: f.ts + Math.min(f.cpu, f.end - f.ts) })), ...outside]);
}

/** The page's navigation and its renderer's main thread in a trace, or undefined without that navigation. */
function pageMainThread(events, pageUrl) {
  const nav = events.find((e) => e.name === 'navigationStart' && e.args?.data?.documentLoaderURL === pageUrl);
  if (!nav) return undefined;
  const thread = events.find(
    (e) => e.name === 'thread_name' && e.pid === nav.pid && e.args?.name === 'CrRendererMain',
  );
  return { nav, pid: nav.pid, tid: thread?.tid ?? nav.tid };
}

/** `pageMainThread`, for a trace that must hold the navigation. */
function requiredMainThread(events, pageUrl) {
  const main = pageMainThread(events, pageUrl);
  if (!main) throw new Error(`No navigation to ${pageUrl} in the trace`);
  return main;
}

/**
 * The extension's share of the page's main thread, in trace time (µs): its outermost script events (the
 * content script's evaluation, its callbacks, through the dispatchers that ran them) united with the CPU
 * samples whose stack holds its scripts (its `scheduler.yield` continuations carry no URL of their own).
 * Returns { t0, evaluationMs, intervals: [{ts, end}], tasks: [{ts, dur, extMs}], marks: Map(name → ts) }.
 */
export function extensionWork(events, pageUrl, extOrigin) {
  const { nav, tid } = requiredMainThread(events, pageUrl);
  const onMain = events
    .filter((e) => e.pid === nav.pid && e.tid === tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);

  const isExt = (e) => SCRIPT_EVENTS.has(e.name) && urlOf(e).startsWith(extOrigin);
  const found = [];
  const tasks = [];
  const stack = [];
  let evaluationMs;
  for (const e of onMain) {
    while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    if (stack.length === 0 && isTask(e)) tasks.push({ ts: e.ts, dur: e.dur, extMs: 0 });
    stack.push(e);
    if (!isExt(e)) continue;
    if (e.name === 'EvaluateScript' && urlOf(e).endsWith('/content.js'))
      // Thread time: what the evaluation cost the page's thread, not how long a busy machine kept it waiting.
      evaluationMs = (evaluationMs ?? 0) + (e.tdur ?? e.dur) / 1000;
    // Climb through dispatchers; stop below anything that is the page's script.
    let outer = e;
    for (let i = stack.length - 2; i >= 0 && DISPATCH_EVENTS.has(stack[i].name); i--) outer = stack[i];
    found.push({ ts: outer.ts, end: outer.ts + outer.dur, cpu: outer.tdur ?? outer.dur });
  }
  const sampled = sampledIntervals(events, nav.pid, tid, extOrigin);
  const intervals = union([...found, ...sampled]);
  const work = { t0: nav.ts, evaluationMs, intervals, cpuIntervals: cpuIntervals(found, sampled) };
  for (const task of tasks) task.extMs = extensionMsBetween(work, task.ts, task.ts + task.dur);
  const marks = new Map(
    events
      .filter((e) => e.cat?.includes('blink.user_timing') && e.pid === nav.pid)
      .map((e) => [e.name, e.ts]),
  );
  return { ...work, tasks: tasks.filter((t) => t.extMs > 0), marks };
}

/** Extension time (ms) inside [from, to) of trace time: wall time, or with `cpu` the thread's CPU time. */
export function extensionMsBetween(work, from, to, { cpu = false } = {}) {
  const list = cpu ? work.cpuIntervals : work.intervals; // sorted and disjoint
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].end <= from) lo = mid + 1;
    else hi = mid;
  }
  let us = 0;
  for (let i = lo; i < list.length && list[i].ts < to; i++)
    us += Math.max(0, Math.min(list[i].end, to) - Math.max(list[i].ts, from));
  return us / 1000;
}

/**
 * Long animation frames (page clock, ms) that hold extension work: each with its duration and the
 * extension's share. The page's clock starts at the navigation's start, as the trace's `navigationStart`.
 */
export function extensionLongFrames(work, longFrames) {
  return longFrames
    .map((f) => {
      const from = work.t0 + f.start * 1000;
      const to = from + f.duration * 1000;
      return {
        ...f,
        extMs: extensionMsBetween(work, from, to),
        extCpuMs: extensionMsBetween(work, from, to, { cpu: true }),
      };
    })
    .filter((f) => f.extMs >= 1);
}

/** Summary of one traced load: evaluation, total extension time, longest extension task and frame. */
export function summariseTrace(work, longFrames) {
  const frames = extensionLongFrames(work, longFrames);
  const longestTask = work.tasks
    .filter((t) => t.extMs >= 1)
    .reduce((a, t) => (t.dur > (a?.dur ?? -1) ? t : a), undefined);
  const longestFrame = frames.reduce((a, f) => (f.duration > (a?.duration ?? -1) ? f : a), undefined);
  // The extension made a frame long when its own work in it reached 50 ms of the thread's CPU time, or when
  // the frame would have been under 50 ms without that work. A page still loading draws long frames of its
  // own; one that merely holds a few ms of ours (the content script is injected at document_idle, often inside
  // one) is not ours. CPU time in both: the wall time a descheduled thread adds to our slice is not our work.
  const madeLong = frames.filter(
    (f) => f.extCpuMs >= 50 || (f.duration > 50 && f.duration - f.extCpuMs <= 50),
  );
  const longestMadeLong = madeLong.reduce((a, f) => (f.duration > (a?.duration ?? -1) ? f : a), undefined);
  return {
    evaluationMs: work.evaluationMs,
    extensionScriptMs: work.intervals.reduce((s, iv) => s + (iv.end - iv.ts) / 1000, 0),
    longestTaskMs: longestTask ? longestTask.dur / 1000 : 0,
    longestFrameMs: longestFrame?.duration ?? 0,
    longestFrameExtMs: longestFrame?.extMs ?? 0,
    madeLongFrameMs: longestMadeLong?.duration ?? 0,
    madeLongFrameExtMs: longestMadeLong?.extMs ?? 0,
    longestFrameExtCpuMs: longestFrame?.extCpuMs ?? 0,
    mostExtInOneFrameMs: frames.reduce((a, f) => Math.max(a, f.extMs), 0),
  };
}

/**
 * When each task of the page's main thread began (µs, sorted): its outermost `RunTask` events. The microtasks
 * that run after a task (an `await`'s continuation) belong to it: the next task starts only after them.
 */
export function mainThreadTaskStarts(events, pageUrl) {
  const { nav, tid } = requiredMainThread(events, pageUrl);
  const tasks = events
    .filter((e) => e.pid === nav.pid && e.tid === tid && e.ph === 'X' && isTask(e))
    .sort((a, b) => a.ts - b.ts);
  const starts = [];
  let end = -Infinity;
  for (const task of tasks) {
    if (task.ts < end) continue; // nested in the one before
    starts.push(task.ts);
    end = task.ts + task.dur;
  }
  return starts;
}

/** Per trace event name on the page's main thread (Layout, PrePaint, Paint, FunctionCall ...): { ms (self), count }. */
export function mainThreadPhases(events, pageUrl) {
  const main = pageMainThread(events, pageUrl);
  if (!main) return {};
  const onMain = events
    .filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined)
    .sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  const phases = {};
  const stack = [];
  const at = (name) => (phases[name] ??= { ms: 0, count: 0 });
  for (const e of onMain) {
    while (stack.length > 0 && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) at(parent.name).ms -= e.dur / 1000;
    at(e.name).ms += e.dur / 1000;
    at(e.name).count += 1;
    stack.push(e);
  }
  return phases;
}

import type { Page } from 'playwright-core';
import type { TraceEvent as BenchTraceEvent } from '../../../scripts/bench/trace.mjs';

/** One task of a page's main thread that ran for 50 ms or more. */
export interface LongTask {
  ms: number;
  /** Sampled time in that task whose JavaScript stack held a chrome-extension:// frame. */
  extensionMs: number;
  /** The task evaluated the content script itself (its top-level code). */
  evaluatesContentScript: boolean;
  /** The extension's functions seen most in that task, as `name@line:column` (minified build). */
  topFunctions: string[];
}

/** A trace event as the bench reads it, with the fields of the profiler's samples. */
interface TraceEvent extends Omit<BenchTraceEvent, 'args'> {
  id?: string;
  args?: {
    name?: string;
    data?: {
      url?: string;
      startTime?: number;
      timeDeltas?: number[];
      cpuProfile?: { nodes?: ProfileNode[]; samples?: number[] };
    };
  };
}
interface ProfileNode {
  id: number;
  parent?: number;
  callFrame: { url?: string; functionName?: string; lineNumber?: number; columnNumber?: number };
}

// Tasks and JavaScript samples only: the timeline's per-call events would slow a 200,000-node walk tenfold.
// (A list of only disabled-by-default categories would switch every default category on as well.)
const CATEGORIES = ['toplevel', 'disabled-by-default-v8.cpu_profiler'];
const TASK = 'ThreadControllerImpl::RunTask';

/**
 * Runs `action` while Chromium traces and samples every renderer, then lists the main-thread tasks of 50 ms
 * or more and how much of each the extension's own code took. Long-animation-frame entries cannot tell
 * this: Chromium attributes no scripts of an isolated world (content scripts) in them.
 */
export async function traceLongTasks(page: Page, action: () => Promise<void>): Promise<LongTask[]> {
  const cdp = await page.context().newCDPSession(page);
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    for (const event of e.value) events.push(event as unknown as TraceEvent);
  });
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  try {
    await action();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    await cdp.detach();
  }
  return longTasksIn(events);
}

const isOurs = (url: string | undefined) => !!url?.startsWith('chrome-extension://');

function longTasksIn(events: TraceEvent[]): LongTask[] {
  const threadNames = new Map<string, string>();
  for (const e of events)
    if (e.name === 'thread_name') threadNames.set(`${e.pid}:${e.tid}`, e.args?.name ?? '');
  const tasks: LongTask[] = [];
  for (const profile of profilesOf(events)) {
    if (threadNames.get(profile.thread) !== 'CrRendererMain') continue;
    for (const task of events) {
      if (task.name !== TASK || `${task.pid}:${task.tid}` !== profile.thread) continue;
      if ((task.dur ?? 0) < 50_000) continue;
      const end = task.ts + task.dur!;
      const inTask = profile.ours.filter((s) => s.ts >= task.ts && s.ts < end);
      const byFunction = new Map<string, number>();
      for (const s of inTask) byFunction.set(s.fn, (byFunction.get(s.fn) ?? 0) + s.us);
      tasks.push({
        ms: Math.round(task.dur! / 100) / 10,
        extensionMs: Math.round(inTask.reduce((sum, s) => sum + s.us, 0) / 100) / 10,
        evaluatesContentScript: inTask.some((s) => s.topLevel),
        topFunctions: [...byFunction]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 3)
          .map(([fn]) => fn),
      });
    }
  }
  return tasks;
}

/** Per sampled thread: the samples whose stack holds the extension's code (innermost such frame named). */
function profilesOf(events: TraceEvent[]) {
  const profiles = new Map<
    string,
    { thread: string; time: number; nodes: Map<number, ProfileNode>; samples: Array<[number, number]> }
  >();
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === 'Profile') {
      profiles.set(key, {
        thread: `${e.pid}:${e.tid}`,
        time: e.args?.data?.startTime ?? e.ts,
        nodes: new Map(),
        samples: [],
      });
    } else if (e.name === 'ProfileChunk') {
      const p = profiles.get(key);
      const data = e.args?.data;
      if (!p || !data) continue;
      for (const n of data.cpuProfile?.nodes ?? []) p.nodes.set(n.id, n);
      const deltas = data.timeDeltas ?? [];
      (data.cpuProfile?.samples ?? []).forEach((node, i) => {
        p.time += deltas[i] ?? 0;
        p.samples.push([p.time, node]);
      });
    }
  }
  return [...profiles.values()].map((p) => {
    // Per stack node: the innermost frame of ours, and whether the script's own top level is below it
    // (the bundle's outer function at the very start of the file: the script being evaluated).
    const memo = new Map<number, { fn?: string; topLevel: boolean }>();
    const frameOf = (id: number | undefined): { fn?: string; topLevel: boolean } => {
      if (id === undefined) return { topLevel: false };
      const known = memo.get(id);
      if (known) return known;
      const node = p.nodes.get(id);
      const f = node?.callFrame;
      const outer = frameOf(node?.parent);
      const mine = !!f && isOurs(f.url);
      const found = {
        fn: mine ? `${f.functionName || '(anonymous)'}@${f.lineNumber}:${f.columnNumber}` : outer.fn,
        topLevel: outer.topLevel || (mine && !outer.fn && f.lineNumber === 0 && (f.columnNumber ?? 0) <= 10),
      };
      memo.set(id, found);
      return found;
    };
    const ours: Array<{ ts: number; us: number; fn: string; topLevel: boolean }> = [];
    for (let i = 0; i + 1 < p.samples.length; i++) {
      const [ts, node] = p.samples[i]!;
      const { fn, topLevel } = frameOf(node);
      if (fn) ours.push({ ts, us: p.samples[i + 1]![0] - ts, fn, topLevel });
    }
    return { thread: p.thread, ours };
  });
}

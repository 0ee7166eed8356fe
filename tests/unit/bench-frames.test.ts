import { describe, expect, it } from 'vitest';
import { extensionWork, summariseTrace, type TraceEvent } from '../../scripts/bench/trace.mjs';

// Trace clock in µs; long-animation-frame entries on the page clock in ms, both from navigation start.
const PAGE = 'http://127.0.0.1/page.html';
const EXT = 'chrome-extension://abcdef';
const header: TraceEvent[] = [
  { name: 'navigationStart', ph: 'R', pid: 1, tid: 1, ts: 0, args: { data: { documentLoaderURL: PAGE } } },
  { name: 'thread_name', ph: 'M', pid: 1, tid: 1, ts: 0, args: { name: 'CrRendererMain' } },
];
const task = (startMs: number, wallMs: number, cpuMs: number): TraceEvent => ({
  name: 'ThreadControllerImpl::RunTask',
  ph: 'X',
  pid: 1,
  tid: 1,
  ts: startMs * 1000,
  dur: wallMs * 1000,
  tdur: cpuMs * 1000,
});
const extCall = (startMs: number, wallMs: number, cpuMs: number): TraceEvent => ({
  ...task(startMs, wallMs, cpuMs),
  name: 'FunctionCall',
  args: { data: { url: `${EXT}/content-scripts/content.js` } },
});

function summary(events: TraceEvent[], frame: { start: number; duration: number }) {
  return summariseTrace(extensionWork([...header, ...events], PAGE, EXT), [frame]);
}

describe('frames the extension made long', () => {
  it('does not blame the extension for a frame a descheduled thread stretched', () => {
    // 62 ms of wall time in the frame, of which the thread ran our script for 5 ms.
    const s = summary([task(100, 240, 30), extCall(110, 62, 5)], { start: 100, duration: 240 });
    expect(s.longestFrameExtMs).toBeCloseTo(62);
    expect(s.longestFrameExtCpuMs).toBeCloseTo(5);
    expect(s.madeLongFrameMs).toBe(0);
  });

  it('blames it when its own CPU time in a frame reaches 50 ms', () => {
    const s = summary([task(100, 200, 150), extCall(110, 60, 55)], { start: 100, duration: 200 });
    expect(s.madeLongFrameMs).toBe(200);
  });

  it('does not count the wall time a descheduled thread added to its work as frame time it took', () => {
    // A page still loading: 75 ms frame, our script 33 ms of wall time but 7 ms of the thread's CPU.
    const s = summary([task(100, 75, 60), extCall(120, 33, 7)], { start: 100, duration: 75 });
    expect(s.madeLongFrameMs).toBe(0);
  });

  it('blames it when the frame would have stayed under 50 ms without its work', () => {
    const s = summary([task(100, 60, 60), extCall(110, 20, 20)], { start: 100, duration: 60 });
    expect(s.madeLongFrameMs).toBe(60);
    expect(s.madeLongFrameExtMs).toBeCloseTo(20);
  });

  it('ignores long frames that hold no extension work', () => {
    const s = summary([task(100, 300, 300), extCall(500, 5, 5)], { start: 100, duration: 300 });
    expect(s.longestFrameMs).toBe(0);
    expect(s.madeLongFrameMs).toBe(0);
  });
});

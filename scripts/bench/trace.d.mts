/** A Chrome trace event, as far as the bench reads it. */
export interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  cat?: string;
  args?: Record<string, unknown>;
}
export interface ExtensionWork {
  t0: number;
  evaluationMs: number | undefined;
  intervals: Array<{ ts: number; end: number }>;
  cpuIntervals: Array<{ ts: number; end: number }>;
  tasks: Array<{ ts: number; dur: number; extMs: number }>;
  marks: Map<string, number>;
}
export interface TraceSummary {
  evaluationMs: number | undefined;
  extensionScriptMs: number;
  longestTaskMs: number;
  longestFrameMs: number;
  longestFrameExtMs: number;
  longestFrameExtCpuMs: number;
  madeLongFrameMs: number;
  madeLongFrameExtMs: number;
  mostExtInOneFrameMs: number;
}
export function extensionWork(events: TraceEvent[], pageUrl: string, extOrigin: string): ExtensionWork;
export function extensionMsBetween(
  work: ExtensionWork,
  from: number,
  to: number,
  options?: { cpu?: boolean },
): number;
export function summariseTrace(
  work: ExtensionWork,
  longFrames: Array<{ start: number; duration: number }>,
): TraceSummary;
export const TASK_CATEGORIES: string;
export function mainThreadTaskStarts(events: TraceEvent[], pageUrl: string): number[];

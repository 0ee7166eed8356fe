/** A V8 CPU profile (CDP `Profiler.stop`), as far as the bench reads it. */
export interface CpuProfile {
  nodes: Array<{ id: number; callFrame: { functionName: string; url: string }; children?: number[] }>;
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}
export interface PartyCost {
  inclusiveMs: number;
  selfMs: number;
  longestStretchMs: number;
  /** The longest stretch with back-to-back tasks counted as one: what the samples alone show. */
  longestRunMs: number;
  samples: number;
}
export const MAX_SAMPLE_US: number;
export function partyCost(
  profile: CpuProfile,
  isOurs: (frame: { functionName: string; url: string }) => boolean,
  options?: { maxSampleUs?: number; taskStarts?: number[] },
): PartyCost;

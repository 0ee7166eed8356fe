// The whole-cost part in the report: one row per page.
import { fmt, fmtSpread } from './stats.mjs';

const med = (s, d) => fmt(s?.median, d);

/** Rows of the whole-cost table: [header, ...rows] of strings; `full` adds min–max to every figure. */
export function costRows(cost, full) {
  const f = full ? fmtSpread : med;
  const header = [
    'Page',
    'Ext JS ms',
    'Floor JS ms',
    'ext ÷ floor',
    'Ext longest stretch ms',
    'Ext longest run, samples alone ms',
    '+heap ext MB',
    'Ext own frames ms',
    'Found ext / floor',
  ];
  const rows = cost.pages.map((p) => {
    const s = p.summary;
    const capped = s.cappedRounds === p.rounds.length ? '≥' : '';
    return [
      p.name,
      capped + f(s.extJsMs),
      f(s.floorJsMs),
      capped + fmt(s.ratio, 1),
      f(s.extStretchMs),
      f(s.extRunMs),
      f(s.heapAddedMB, 2),
      f(s.extSelfMs),
      `${med(s.found.extension, 0)} / ${med(s.found.floor, 0)}`,
    ];
  });
  return [header, ...rows];
}

/** What the table shows, in one paragraph. */
export function costNote(cost) {
  return (
    `What every page pays, from V8 CPU profiles of the page's renderer sampled every ${cost.samplingUs} µs over ` +
    `the whole load and until the extension reported its count (${cost.quietMs / 1000} s after the load event ` +
    `on a page naming no topic), ${cost.rounds} round(s) per page, median (min–max). JS: samples with a frame ` +
    `of the party's scripts anywhere on the stack (what its code ran, regular expressions and DOM calls ` +
    `included), each standing for the time to the next sample, at most ${cost.maxSampleUs / 1000} ms; own frames: samples whose innermost frame is ` +
    `the extension's. The floor runs in the browser without the extension. ext ÷ floor: ratio of the ` +
    `medians. Longest stretch: consecutive samples on the extension's stack within one task of the page's ` +
    `thread (the tasks' starts from a trace; a garbage collection inside does not break it); longest run: the ` +
    `same from the samples alone, so tasks of ours back to back count as one, as a profile without a trace ` +
    `shows them. Heap: the isolate's used heap after garbage collection, minus the bare page's of ` +
    `the same round. "≥": unfinished at the cap in every round.`
  );
}

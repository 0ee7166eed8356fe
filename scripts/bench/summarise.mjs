// Turns one page's raw rounds into its figures: medians with min and max, paired round by round.
import { paired, spread } from './stats.mjs';

const OTHERS = ['extension', 'markjs', 'floor'];
const each = (f) => Object.fromEntries(OTHERS.map((m) => [m, f(m)]));
const KB = 1024;

/** Added over the bare page of the same round, per mode, for one field of the records. */
const addedBy = (rounds, field, scale = 1) =>
  each((m) => paired(rounds, m, 'bare', (a, b) => (a[field] - b[field]) / scale));

/** Ratio of two modes' added main-thread time, round by round (rounds where the second added nothing are left out). */
function ratio(rounds, top, bottom, field = 'taskMs') {
  return paired(
    rounds.filter((r) => r.bare && r[top] && r[bottom] && r[bottom][field] - r.bare[field] > 0),
    top,
    bottom,
    (a, b) => {
      const bare = rounds.find((r) => r[top] === a).bare[field];
      return (a[field] - bare) / (b[field] - bare);
    },
  );
}

/** Per infinite-scroll batch: the median over rounds of a mode's main-thread time minus the bare page's. */
function batchFigures(rounds, mode) {
  const lists = rounds
    .filter((r) => r[mode]?.extra && r.bare?.extra)
    .map((r) => r[mode].extra.batchTaskMs.map((ms, i) => ms - r.bare.extra.batchTaskMs[i]));
  if (lists.length === 0) return undefined;
  const perBatch = lists[0].map((_, i) => spread(lists.map((l) => l[i])).median);
  return { perBatchMs: perBatch, overBatches: spread(perBatch) };
}

function countsByTopic(mentions) {
  const byTopic = {};
  for (const m of mentions) byTopic[m.topic] = (byTopic[m.topic] ?? 0) + 1;
  return { total: mentions.length, byTopic };
}

/**
 * The figures of one page from its rounds and its traced extension load. When the extension finished in
 * some rounds and hit the cap in others, only the finished rounds count for it.
 */
export function summarisePage(page, { rounds: all, traced }) {
  const cappedRounds = all.filter((r) => r.extension?.capped).length;
  const someFinished = all.some((r) => r.extension && !r.extension.capped);
  const rounds = someFinished
    ? all.map((r) => (r.extension?.capped ? { ...r, extension: undefined } : r))
    : all;
  const pick = (mode, field) => spread(rounds.map((r) => r[mode]?.[field]));
  const verified = rounds.map((r) => r.extension?.mentions).find(Boolean);
  const summary = {
    bareLoadMs: pick('bare', 'loadMs'),
    bareTaskMs: pick('bare', 'taskMs'),
    addedTaskMs: addedBy(rounds, 'taskMs'),
    addedScriptMs: addedBy(rounds, 'scriptMs'),
    addedAfterLoadMs: addedBy(rounds, 'afterLoadTaskMs'),
    extToFloor: ratio(rounds, 'extension', 'floor'),
    extToFloorAfterLoad: ratio(rounds, 'extension', 'floor', 'afterLoadTaskMs'),
    extToMarkjs: ratio(rounds, 'extension', 'markjs'),
    extToMarkjsAfterLoad: ratio(rounds, 'extension', 'markjs', 'afterLoadTaskMs'),
    shownMs: each((m) => pick(m, 'highlightsShownMs')),
    addedHeapKB: addedBy(rounds, 'heapBytes', KB),
    addedDomNodes: addedBy(rounds, 'domNodes'),
    addedNodesMetric: addedBy(rounds, 'nodesMetric'),
    ownFrameMs: { markjs: pick('markjs', 'longestOwnFrameMs'), floor: pick('floor', 'longestOwnFrameMs') },
    trace: traced?.trace,
    cappedRounds,
    allRoundsCapped: cappedRounds > 0 && !someFinished,
    counts: {
      planted: page.planted,
      expected: page.expected,
      extension: verified ? countsByTopic(verified) : undefined,
      extensionHighlights: pick('extension', 'highlights'),
      floor: pick('floor', 'highlights'),
      markjs: pick('markjs', 'found'),
    },
  };
  // No round has both (mark.js runs every other round on the largest page): the ratio of the medians.
  for (const [key, mode, added] of [
    ['extToFloor', 'floor', summary.addedTaskMs],
    ['extToMarkjs', 'markjs', summary.addedTaskMs],
    ['extToMarkjsAfterLoad', 'markjs', summary.addedAfterLoadMs],
  ]) {
    const [top, bottom] = [added.extension?.median, added[mode]?.median];
    if (!summary[key] && top !== undefined && bottom > 0)
      summary[key] = { median: top / bottom, min: top / bottom, max: top / bottom, n: 1, unpaired: true };
  }
  const capped = rounds.map((r) => r.extension).filter((x) => x?.capped);
  if (summary.allRoundsCapped && page.planted?.total) {
    // In document order and with mentions spread evenly, highlights found ≈ the share of the page scanned.
    const progress = spread(capped.map((x) => x.highlights / page.planted.total)).median;
    const estimate = summary.addedTaskMs.extension?.median / Math.max(progress, 0.01);
    const per = (mode) => summary.addedTaskMs[mode]?.median;
    summary.unfinished = {
      progress,
      highlighted: spread(capped.map((x) => x.highlights)).median,
      addedTaskMsEstimate: estimate,
      extToFloorEstimate: per('floor') > 0 ? estimate / per('floor') : undefined,
      extToMarkjsEstimate: per('markjs') > 0 ? estimate / per('markjs') : undefined,
    };
  }
  if (page.scroll) {
    summary.batches = each((m) => batchFigures(rounds, m));
    const perBatch = traced?.trace?.batchExtMs;
    if (perBatch)
      summary.batches.tracedExtensionScriptMs = { perBatchMs: perBatch, overBatches: spread(perBatch) };
  }
  return summary;
}

/** Warnings when the extension's count differs from what was planted, from the floor, or from expected.json. */
export function countWarnings(page, summary) {
  const out = [];
  const c = summary.counts;
  const ext = c.extension;
  const u = summary.unfinished;
  if (summary.cappedRounds > 0)
    out.push(
      `${page.name}: the extension did not finish within the cap in ${summary.cappedRounds} round(s)` +
        (u ? ` (it had highlighted ${u.highlighted} of ${c.planted.total} planted mentions)` : ''),
    );
  if (!ext) {
    // Asking a page that is still being scanned would wait for the whole scan: unfinished pages are not asked.
    if (!summary.allRoundsCapped) out.push(`${page.name}: no page-mentions answer from the extension`);
    return out;
  }
  const diff = (want, label) => {
    if (!want) return;
    const topics = new Set([...Object.keys(want.byTopic ?? want), ...Object.keys(ext.byTopic)]);
    const off = [...topics].filter(
      (t) => (want.byTopic ?? want)[t] !== undefined && (want.byTopic ?? want)[t] !== (ext.byTopic[t] ?? 0),
    );
    const total = want.total ?? Object.values(want).reduce((a, b) => a + b, 0);
    if (total !== ext.total || off.length > 0)
      out.push(
        `${page.name}: the extension found ${ext.total} mentions, ${label} ${total}` +
          (off.length
            ? ` (${off.map((t) => `${t} ${ext.byTopic[t] ?? 0}/${(want.byTopic ?? want)[t]}`).join(', ')})`
            : ''),
      );
  };
  diff(c.planted, 'the generator planted');
  diff(c.expected, 'expected.json says');
  if (page.kind !== 'real' && c.floor && c.floor.median !== ext.total)
    out.push(`${page.name}: the extension found ${ext.total} mentions, the floor ${c.floor.median}`);
  return out;
}

const MB = 1024 * 1024;

/**
 * The whole-cost figures of one page from its profiled rounds (cost.mjs): the extension's and the floor's
 * JavaScript (samples with one of their frames on the stack), the extension's longest unbroken stretch, the
 * heap it adds over the bare page of the same round. `ratio` divides the medians: the floor's JS is a few ms
 * on most pages, and a ratio per round scatters with it.
 */
export function summariseCost({ rounds: all }) {
  const finished = all.filter((r) => !r.extension.capped);
  const rounds = finished.length > 0 ? finished : all;
  const pick = (mode, field) => spread(rounds.map((r) => r[mode]?.js?.[field]));
  const extJsMs = pick('extension', 'inclusiveMs');
  const floorJsMs = pick('floor', 'inclusiveMs');
  return {
    extJsMs,
    extSelfMs: pick('extension', 'selfMs'),
    floorJsMs,
    ratio: floorJsMs?.median > 0 ? extJsMs.median / floorJsMs.median : undefined,
    extStretchMs: pick('extension', 'longestStretchMs'),
    extRunMs: pick('extension', 'longestRunMs'),
    floorStretchMs: pick('floor', 'longestStretchMs'),
    heapAddedMB: paired(rounds, 'extension', 'bare', (a, b) => (a.heapBytes - b.heapBytes) / MB),
    found: {
      extension: spread(rounds.map((r) => r.extension.found)),
      floor: spread(rounds.map((r) => r.floor?.found)),
    },
    cappedRounds: all.length - finished.length,
  };
}

/** Warnings of the whole-cost part: rounds unfinished at the cap, profiles without the extension, counts off. */
export function costWarnings(page, summary, rounds) {
  const out = [];
  if (summary.cappedRounds > 0)
    out.push(
      `${page.name}: the extension did not finish within the cap in ${summary.cappedRounds} profiled round(s)`,
    );
  const blind = rounds.filter((r) => r.extension.js.samples === 0).length;
  if (blind > 0)
    out.push(
      `${page.name}: no sample of the extension's scripts in ${blind} profile(s) (did the content script run?)`,
    );
  const want =
    page.planted?.total ??
    (page.expected ? Object.values(page.expected).reduce((a, b) => a + b, 0) : undefined);
  const found = summary.found.extension?.median;
  // A page naming no topic may never report a count (found is then 0 by the quiet rule).
  if (want !== undefined && found !== undefined && found !== want)
    out.push(
      `${page.name}: the extension reported ${found} mentions in the profiled loads, expected ${want}`,
    );
  return out;
}

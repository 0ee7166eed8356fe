// Medians with their spread, and figures paired round by round.

/** { median, min, max, n } of the finite numbers in `values`, or undefined when there are none. */
export function spread(values) {
  const xs = values.filter((v) => typeof v === 'number' && Number.isFinite(v)).sort((a, b) => a - b);
  if (xs.length === 0) return undefined;
  const mid = xs.length >> 1;
  const median = xs.length % 2 ? xs[mid] : (xs[mid - 1] + xs[mid]) / 2;
  return { median, min: xs[0], max: xs.at(-1), n: xs.length };
}

/**
 * `f(a, b)` for each round that has both records, e.g. the extension's time minus the bare page's time of
 * the same round. `rounds` is a list of { [mode]: record }.
 */
export function paired(rounds, modeA, modeB, f) {
  return spread(rounds.filter((r) => r[modeA] && r[modeB]).map((r) => f(r[modeA], r[modeB])));
}

/** Formats a number for tables: ms with one decimal below 10, whole above. */
export function fmt(v, digits) {
  if (v === undefined || v === null || Number.isNaN(v)) return '–';
  const d = digits ?? (Math.abs(v) < 10 ? 1 : 0);
  return v.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** "median (min–max)". */
export function fmtSpread(s, digits) {
  if (!s) return '–';
  if (s.n === 1 || s.min === s.max) return fmt(s.median, digits);
  return `${fmt(s.median, digits)} (${fmt(s.min, digits)}–${fmt(s.max, digits)})`;
}

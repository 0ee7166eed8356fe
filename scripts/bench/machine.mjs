// The machine a run measured on, for the report.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { findChrome } from '../find-chrome.mjs';

/** The one-minute load average: other work on the machine makes every figure noisier. */
export const loadAverage = () => Math.round(loadavg()[0] * 10) / 10;

/** CPU model, core count, memory, Node and Chromium versions, and the load when the run started. */
export function describeMachine(browserVersion) {
  const list = cpus();
  let chromium = browserVersion;
  if (!chromium) {
    try {
      chromium = execFileSync(findChrome(), ['--version'], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
    } catch {
      chromium = 'unknown';
    }
  }
  return {
    cpu: list[0]?.model?.trim() ?? 'unknown',
    cores: list.length,
    memoryGB: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium,
    loadAtStart: loadAverage(),
  };
}

/** Total and stolen CPU ticks of all cores (Linux `/proc/stat`), or undefined elsewhere. */
function cpuTicks() {
  try {
    const fields = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).slice(1).map(Number);
    return { total: fields.reduce((a, b) => a + b, 0), steal: fields[7] ?? 0 };
  } catch {
    return undefined;
  }
}

/**
 * Watches, every `everyMs`, the share of CPU time the host of a virtual machine took for itself (steal): while
 * it is high, wall-clock figures and even thread CPU times are inflated. `stop()` gives the share over the
 * whole run and in its worst interval, in percent (undefined where the system does not tell).
 */
export function watchSteal(everyMs = 10_000) {
  const first = cpuTicks();
  let last = first;
  let worst = 0;
  const share = (a, b) => (b.total > a.total ? (100 * (b.steal - a.steal)) / (b.total - a.total) : 0);
  const timer = setInterval(() => {
    const now = cpuTicks();
    if (last && now) worst = Math.max(worst, share(last, now));
    last = now;
  }, everyMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const end = cpuTicks();
      if (!first || !end || !last) return undefined;
      worst = Math.max(worst, share(last, end));
      return {
        meanPercent: Math.round(share(first, end) * 10) / 10,
        worstPercent: Math.round(worst * 10) / 10,
      };
    },
  };
}

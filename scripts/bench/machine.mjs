// The machine a run measured on, for the report.
import { execFileSync } from 'node:child_process';
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

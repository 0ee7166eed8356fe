// Where a budget is missed: CPU profiles of an unminified copy of the extension (real function names), and
// the renderer's work by phase with and without the extension, from Chrome traces.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { findChrome } from '../find-chrome.mjs';
import { OFFLINE_BROWSER_ARGS, QUIET_BROWSER_ARGS, closeWelcomeTabs, hasWelcomePage } from '../launch.mjs';
import { listenForCounts } from './browsers.mjs';
import { PROBE_OPTIONS, QUERY, addFacts, installProbe } from './popup.mjs';
import { syntheticFacts } from './synthetic-facts.mjs';
import { mainThreadPhases, startTrace } from './trace.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Builds the extension unminified into `tmpDir` (a config that extends the project's); returns its folder. */
export function buildUnminified(tmpDir) {
  mkdirSync(tmpDir, { recursive: true });
  const config = join(tmpDir, 'wxt.profile.config.ts');
  const outDir = join(tmpDir, 'profile-build');
  const base = relative(tmpDir, join(ROOT, 'wxt.config')).replaceAll('\\', '/');
  writeFileSync(
    config,
    `import base from '${base}';\nexport default {\n  ...base,\n  outDir: ${JSON.stringify(relative(ROOT, outDir))},\n` +
      `  vite: () => ({ build: { minify: false, rolldownOptions: { output: { charset: 'ascii' } } } }),\n};\n`,
  );
  execFileSync('npx', ['wxt', 'build', '-c', config], { cwd: ROOT, stdio: 'ignore' });
  return join(outDir, 'chrome-mv3');
}

/** Self time per function of a CPU profile, for functions whose script URL starts with `prefix`. */
export function hotFunctions(profile, prefix, top = 10) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map();
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0)),
  );
  const byFunction = new Map();
  let total = 0;
  for (const [id, us] of selfUs) {
    const { functionName, url, lineNumber } = byId.get(id).callFrame;
    if (!url.startsWith(prefix)) continue;
    const key = `${functionName || '(top level)'} (${url.split('/').pop()}:${lineNumber + 1})`;
    byFunction.set(key, (byFunction.get(key) ?? 0) + us / 1000);
    total += us / 1000;
  }
  const list = [...byFunction].sort((a, b) => b[1] - a[1]).slice(0, top);
  return { totalSelfMs: total, functions: list.map(([name, selfMs]) => ({ name, selfMs })) };
}

async function launchProfiled(dir) {
  const profileDir = mkdtempSync(join(tmpdir(), 'backstory-bench-profile-'));
  const context = await chromium.launchPersistentContext(profileDir, {
    executablePath: findChrome(),
    headless: true,
    viewport: { width: 1200, height: 800 },
    // The measured browsers' flags, outside requests refused by the browser as there (see browsers.mjs).
    args: [
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
      ...QUIET_BROWSER_ARGS,
      ...OFFLINE_BROWSER_ARGS,
    ],
  });
  // As the measured browsers (launchWithExtension): no welcome tab beside the profiled page.
  const welcomeClosed = closeWelcomeTabs(context, { expectTab: hasWelcomePage(dir) });
  let [worker] = context.serviceWorkers();
  worker ??= await context.waitForEvent('serviceworker', { timeout: 20_000 });
  await welcomeClosed;
  await listenForCounts(worker);
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profileDir, { recursive: true, force: true });
    },
  };
}

/** Waits until the content script reports its count for `pageUrl` (or `capMs` passed). */
async function waitForCount(profiled, pageUrl, capMs) {
  const until = Date.now() + capMs;
  while (Date.now() < until) {
    const done = await profiled.worker.evaluate(
      (u) => globalThis.benchCounts?.find((c) => c.url === u),
      pageUrl,
    );
    if (done) return;
    await sleep(50);
  }
}

/** Profiles one page load until the content script reports its count (or `capMs` after load). */
async function profilePage(profiled, url, capMs) {
  const page = await profiled.context.newPage();
  try {
    const cdp = await profiled.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    const pageUrl = `${url}?profile=${Date.now()}`;
    await page.goto(pageUrl, { waitUntil: 'load', timeout: 180_000 });
    await waitForCount(profiled, pageUrl, capMs);
    const { profile } = await cdp.send('Profiler.stop');
    // Any extension URL: only ours is loaded, and its page app may carry a dynamic id.
    return hotFunctions(profile, 'chrome-extension://');
  } finally {
    await page.close();
  }
}

/**
 * Main-thread time by phase of one traced load in `context`; waits for the extension's count when
 * `profiled` is given, otherwise `waitMs`. Resolves to { phases, waitedMs }.
 */
async function phasesOf(context, url, { profiled, capMs, waitMs }) {
  const page = await context.newPage();
  try {
    const cdp = await context.newCDPSession(page);
    const tracer = await startTrace(cdp);
    const pageUrl = `${url}?phases=${Date.now()}`;
    await page.goto(pageUrl, { waitUntil: 'load', timeout: 180_000 });
    const loaded = Date.now();
    if (profiled) await waitForCount(profiled, pageUrl, capMs);
    else await sleep(waitMs);
    const waitedMs = Date.now() - loaded;
    await sleep(300);
    return { phases: mainThreadPhases(await tracer.stop(), pageUrl), waitedMs };
  } finally {
    await page.close();
  }
}

/** Profiles the popup opening and the query typed, with `factCount` synthetic facts added. */
async function profilePopup(profiled, factCount) {
  await profiled.context.newPage().then(async (p) => {
    await p.goto(`chrome-extension://${profiled.extensionId}/popup.html`); // seeds the database
    await sleep(1500);
    await p.close();
  });
  if (factCount > 0) await addFacts(profiled.worker, syntheticFacts(factCount));
  const page = await profiled.context.newPage();
  try {
    await page.addInitScript(installProbe, PROBE_OPTIONS);
    const cdp = await profiled.context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    await cdp.send('Profiler.start');
    await page.goto(`chrome-extension://${profiled.extensionId}/popup.html`);
    await page.waitForFunction(() => (window.benchPopup.firstRender ?? -1) > 0, null, { timeout: 30_000 });
    await page.getByRole('searchbox').click();
    for (const ch of QUERY) {
      await page.keyboard.press(ch);
      await sleep(250);
    }
    const { profile } = await cdp.send('Profiler.stop');
    return hotFunctions(profile, `chrome-extension://${profiled.extensionId}/`, 12);
  } finally {
    await page.close();
  }
}

/** The phases that grew most with the extension: traced loads with and without it, compared. */
async function comparePhases(env, profiled, url, capMs) {
  const ext = await phasesOf(profiled.context, url, { profiled, capMs });
  const { phases: bare } = await phasesOf(env.browsers.bare.context, url, { waitMs: ext.waitedMs });
  const zero = { ms: 0, count: 0 };
  return Object.keys({ ...ext.phases, ...bare })
    .map((name) => {
      const [e, b] = [ext.phases[name] ?? zero, bare[name] ?? zero];
      return { name, extensionMs: e.ms, extensionCount: e.count, bareMs: b.ms, bareCount: b.count };
    })
    .map((p) => ({ ...p, addedMs: p.extensionMs - p.bareMs }))
    .sort((a, b) => b.addedMs - a.addedMs)
    .slice(0, 8);
}

/**
 * Diagnoses the missed budgets with the unminified build in `dir`: `pages` are URLs to profile the content
 * script on (CPU profile and phases); `phasePages` get the phase comparison only (the largest page, where a
 * profile would take long); with `popup`, the popup is profiled too (with `popupFacts` synthetic facts).
 * Resolves to { pages: [{url, hot?, phases}], popup }.
 */
export async function diagnose(env, { pages, phasePages = [], popup, popupFacts = 5000, capMs, dir }) {
  const profiled = await launchProfiled(dir);
  try {
    const out = { pages: [] };
    for (const url of pages) {
      const hot = await profilePage(profiled, url, capMs);
      out.pages.push({ url, hot, phases: await comparePhases(env, profiled, url, capMs) });
    }
    for (const url of phasePages)
      out.pages.push({ url, phases: await comparePhases(env, profiled, url, capMs) });
    if (popup) {
      out.popup = await profilePopup(profiled, popupFacts);
    }
    return out;
  } finally {
    await profiled.close();
  }
}

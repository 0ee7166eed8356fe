// The content script's floor: an extension whose content script has the size of Backstory's loader and only
// registers a message listener, injected the same way (every page, at document_idle). Its evaluation, traced on
// the same page in the same run, is what the browser takes for any content script that answers messages: it
// sets up the extension's API bindings in the page's isolated world, parses and compiles the file.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXTENSION_DIR, launchWithExtension } from '../launch.mjs';
import { extensionWork, startTrace } from './trace.mjs';

/** How long after the load event a trace goes on, so that it holds the content script's evaluation. */
const INJECTION_WAIT_MS = 500;

/**
 * The floor's script: the listener, then the loader's own text in a function never called, so that the file is
 * as long and is parsed alike (V8 compiles such a function only when it is first called).
 */
function floorScript(loader) {
  return `(function () {\n  chrome.runtime.onMessage.addListener(() => false);\n  function unused() {\n${loader}\n  }\n})();\n`;
}

function writeFloor(dir) {
  const loader = readFileSync(join(EXTENSION_DIR, 'content-scripts/content.js'), 'utf8');
  const files = {
    'manifest.json': JSON.stringify({
      manifest_version: 3,
      name: 'Content script floor',
      version: '1.0',
      // A worker, as Backstory has, which the launcher waits for.
      background: { service_worker: 'worker.js' },
      content_scripts: [{ matches: ['<all_urls>'], js: ['content.js'], run_at: 'document_idle' }],
    }),
    'worker.js': '',
    'content.js': floorScript(loader),
  };
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
}

const withQuery = (url, query) => `${url}${url.includes('?') ? '&' : '?'}${query}`;

/** Starts the floor's browser (with the extension browser's flags); resolves to { evaluationMs(url), close() }. */
async function launchFloor() {
  const dir = mkdtempSync(join(tmpdir(), 'backstory-bench-eval-floor-'));
  writeFloor(dir);
  const { context, profile } = await launchWithExtension({ extensionDir: dir, interceptOutside: false });
  let loads = 0;
  const load = async (url, traced) => {
    const page = await context.newPage();
    try {
      const cdp = await context.newCDPSession(page);
      const tracer = traced ? await startTrace(cdp) : undefined;
      const pageUrl = withQuery(url, `floor=${++loads}`);
      await page.goto(pageUrl, { waitUntil: 'load', timeout: 180_000 });
      await new Promise((resolve) => setTimeout(resolve, INJECTION_WAIT_MS));
      return tracer && extensionWork(await tracer.stop(), pageUrl, 'chrome-extension://').evaluationMs;
    } finally {
      await page.close().catch(() => undefined);
    }
  };
  return {
    async evaluationMs(url) {
      // The extension's browser has loaded pages before its traced loads: so has this one.
      if (loads === 0) await load(url, false);
      return load(url, true);
    },
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/**
 * The floor's evaluation on `url` (thread time, ms, as the extension's `evaluationMs`; undefined when the trace
 * holds none). Its browser starts at the first call and closes with the run's browsers (`env.browsers.close`).
 */
export async function floorEvaluationMs(env, url) {
  if (!env.evaluationFloor) {
    env.evaluationFloor = launchFloor();
    const closeBrowsers = env.browsers.close;
    env.browsers.close = async () => {
      await (await env.evaluationFloor.catch(() => undefined))?.close();
      await closeBrowsers();
    };
  }
  return (await env.evaluationFloor).evaluationMs(url);
}

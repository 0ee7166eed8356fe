// The popup's floor: an extension whose toolbar popup shows one section from one module script, the least any
// popup does. Opened the same way as Backstory's, in a browser of its own, the time it takes to be on screen tells
// how much of the popup's figure the browser takes before and after any extension code runs.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchWithExtension } from '../launch.mjs';
import { DEVTOOLS_PORT_ARGS, devtoolsEndpoint } from './popup-paint.mjs';

const FILES = {
  'manifest.json': JSON.stringify({
    manifest_version: 3,
    name: 'Popup floor',
    version: '1.0',
    action: { default_popup: 'floor.html' },
    // The worker opens the popup, as Backstory's does in the bench.
    background: { service_worker: 'worker.js' },
  }),
  'worker.js': '',
  'floor.html':
    '<!doctype html><html lang="en"><head><meta charset="UTF-8"><title>Floor</title>' +
    '<script type="module" src="./floor.js"></script></head><body><div id="root"></div></body></html>',
  'floor.js':
    "document.getElementById('root').innerHTML = '<main><section><h1>Floor</h1><p>One section.</p></section></main>';",
};

/**
 * Writes the floor extension into `dir` and starts a browser with it; resolves to { context, worker(), under,
 * endpoint, close }, `under` being the tab its popup opens over and `endpoint` the browser's DevTools address.
 */
export async function launchPopupFloor(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const [name, text] of Object.entries(FILES)) writeFileSync(join(dir, name), text);
  // The same flags as the extension's browser in the bench (outside requests refused by the browser).
  const { context, worker, profile } = await launchWithExtension({
    extensionDir: dir,
    interceptOutside: false,
    extraArgs: DEVTOOLS_PORT_ARGS,
  });
  let latest = worker;
  context.on('serviceworker', (w) => (latest = w));
  const under = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    worker: async () => latest,
    under,
    endpoint: await devtoolsEndpoint(profile),
    async close() {
      await context.close().catch(() => undefined);
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

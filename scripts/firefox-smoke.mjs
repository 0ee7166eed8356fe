// Smoke test of the Firefox build in a real Firefox (`node scripts/firefox-smoke.mjs [--no-build]`).
//
// Builds the Firefox (MV2) output, starts a headless Firefox in a fresh profile, installs the extension as a
// temporary add-on (closing the welcome tab it opens) and checks what a reader would meet: a page with one
// mention of each topic gets its highlights (which also proves that the content script could import its page
// app, page-app.js), the page's DOM is left as it was, hovering a mention opens the card, and the toolbar
// popup lists the page's mentions and finds facts. Screenshots go to test-results/firefox-smoke/. Firefox is
// driven over WebDriver BiDi, which Firefox speaks natively: no driver binary and no browser download. The
// browser is FIREFOX_PATH or the first usual install path; without one the check is skipped (exit code 0)
// with a message saying so.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { startStaticServer } from './static-server.mjs';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION_DIR = join(ROOT, '.output/firefox-mv2');
const SHOTS_DIR = join(ROOT, 'test-results/firefox-smoke');
const ADDON_ID = 'backstory@backstory.example';
// Fixed so the popup's moz-extension:// address is known in advance (Firefox otherwise picks one at random).
const ADDON_UUID = '6f1d7c2a-4b3e-4c55-9a0e-b5c4d3e2f1a0';
const TOPICS = ['iran', 'russia', 'putin', 'bushehr', 'swift'];
const FIREFOX_CANDIDATES = [
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/snap/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
  'C:\\Program Files\\Mozilla Firefox\\firefox.exe',
];

// One mention of each topic. The inline script keeps the document as parsed, before any extension ran
// (content scripts start at document_idle, after DOMContentLoaded), to compare with it afterwards.
const TEST_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Firefox smoke test</title>
<script>
  addEventListener('DOMContentLoaded', () => { window.smokeBaseline = document.documentElement.outerHTML; });
</script></head>
<body>
<p>Iran's Bushehr plant was finished by foreign engineers.</p>
<p>Vladimir Putin said the talks would go on.</p>
<p>Russia was cut off from SWIFT in 2022.</p>
</body></html>
`;

/** The page the extension opens in a tab of its own on a first install (utils/tabs/welcome.ts). */
const WELCOME_URL = `moz-extension://${ADDON_UUID}/welcome.html`;
/** BiDi events that carry a tab's address, the first as the tab appears, the others as it loads. */
const TAB_ADDRESS_EVENTS = [
  'browsingContext.contextCreated',
  'browsingContext.navigationStarted',
  'browsingContext.domContentLoaded',
];

/**
 * Closes the welcome tab the add-on opens as it installs, as soon as an event shows it: the checks below keep
 * to the test page, and the popup's check needs that page to be the active tab. `closed` resolves once it is.
 */
function welcomeTabCloser() {
  let done;
  const closed = new Promise((resolve) => (done = resolve));
  const onEvent = (bidi, { method, params }) => {
    if (!TAB_ADDRESS_EVENTS.includes(method) || params.parent || params.url !== WELCOME_URL) return;
    // A later event of the same tab finds it closing already: that failure is as good.
    bidi.send('browsingContext.close', { context: params.context }).then(done, done);
  };
  return { onEvent, closed };
}

/** { binary } of a Firefox, or { missing } saying why there is none. */
function findFirefox() {
  const fromEnv = process.env.FIREFOX_PATH;
  if (fromEnv) {
    return existsSync(fromEnv)
      ? { binary: fromEnv }
      : { missing: `FIREFOX_PATH is ${fromEnv}, but no file is there.` };
  }
  const binary = FIREFOX_CANDIDATES.find((p) => existsSync(p));
  if (binary) return { binary };
  return {
    missing:
      'No Firefox found. Install one (Debian/Ubuntu: `sudo apt-get install -y firefox-esr`) or point ' +
      'FIREFOX_PATH at a Firefox binary.',
  };
}

/** Node 20 has WebSocket only behind a flag (22 has it built in): runs this script again with the flag. */
function rerunWithWebSocket() {
  const flags = ['--experimental-websocket', '--disable-warning=ExperimentalWarning'];
  const script = fileURLToPath(import.meta.url);
  const { status } = spawnSync(process.execPath, [...flags, script, ...process.argv.slice(2)], {
    stdio: 'inherit',
  });
  process.exit(status ?? 1);
}

/**
 * Preferences for a quiet offline profile. Requests for anything but 127.0.0.1 go to a proxy that is not
 * there, so they fail at once instead of waiting on the network; loopback addresses bypass the proxy.
 */
function writeProfile(dir) {
  const prefs = {
    'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: ADDON_UUID }),
    'network.proxy.type': 1,
    'network.proxy.http': '127.0.0.1',
    'network.proxy.http_port': 9,
    'network.proxy.ssl': '127.0.0.1',
    'network.proxy.ssl_port': 9,
    'browser.shell.checkDefaultBrowser': false,
    'datareporting.policy.dataSubmissionEnabled': false,
    'app.update.disabledForTesting': true,
  };
  const lines = Object.entries(prefs).map(
    ([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});`,
  );
  writeFileSync(join(dir, 'user.js'), lines.join('\n') + '\n');
}

/** Starts Firefox; resolves once its WebDriver BiDi server listens, to { child, wsUrl, output }. */
function launchFirefox(binary, profile) {
  const child = spawn(
    binary,
    [
      '--headless',
      '--no-remote',
      '--profile',
      profile,
      '--remote-debugging-port=0',
      // Without it, BiDi refuses to navigate a tab to a moz-extension:// page (the popup).
      '--remote-allow-system-access',
      'about:blank',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const output = [];
  return new Promise((ok, fail) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      fail(new Error(`Firefox did not start:\n${output.join('')}`));
    }, 30_000);
    const onData = (chunk) => {
      output.push(chunk.toString());
      const match = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(output.join(''));
      if (match) {
        clearTimeout(timer);
        ok({ child, wsUrl: match[1], output });
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('exit', (code) => fail(new Error(`Firefox exited (${code}):\n${output.join('')}`)));
  });
}

/**
 * A minimal WebDriver BiDi client: send(method, params) resolves to the result; events go to onEvent. Resolves
 * once the session is open, to { send, capabilities }.
 */
async function connectBiDi(wsUrl, onEvent) {
  const ws = new WebSocket(`${wsUrl}/session`);
  await new Promise((ok, fail) => {
    ws.onopen = ok;
    ws.onerror = () => fail(new Error(`Could not connect to ${wsUrl}`));
  });
  let lastId = 0;
  const pending = new Map();
  ws.onmessage = ({ data }) => {
    const msg = JSON.parse(data);
    if (msg.type === 'event') return onEvent(msg);
    const waiter = pending.get(msg.id);
    if (!waiter) return;
    pending.delete(msg.id);
    if (msg.type === 'error') waiter.fail(new Error(`${msg.error}: ${msg.message}`));
    else waiter.ok(msg.result);
  };
  // A command that never answers must fail the run rather than hang it.
  const send = (method, params = {}) =>
    new Promise((ok, fail) => {
      const id = ++lastId;
      const timer = setTimeout(() => {
        pending.delete(id);
        fail(new Error(`${method} got no answer within 30 s`));
      }, 30_000);
      const settle = (fn) => (value) => {
        clearTimeout(timer);
        fn(value);
      };
      pending.set(id, { ok: settle(ok), fail: settle(fail) });
      ws.send(JSON.stringify({ id, method, params }));
    });
  const { capabilities } = await send('session.new', { capabilities: {} });
  return { send, capabilities };
}

/** Evaluates `expression` in the context's page and returns its value, which must be JSON-serialisable. */
async function evaluate(bidi, context, expression) {
  const reply = await bidi.send('script.evaluate', {
    target: { context },
    expression: `Promise.resolve(${expression}).then((v) => JSON.stringify(v))`,
    awaitPromise: true,
  });
  if (reply.type === 'exception') throw new Error(`${expression}: ${reply.exceptionDetails.text}`);
  return reply.result.value === undefined ? undefined : JSON.parse(reply.result.value);
}

/** Calls `probe` until it returns something truthy; throws `what` after `ms`. */
async function waitFor(what, probe, ms = 15_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

async function screenshot(bidi, context, name) {
  const { data } = await bidi.send('browsingContext.captureScreenshot', { context });
  const file = join(SHOTS_DIR, name);
  writeFileSync(file, Buffer.from(data, 'base64'));
  return file;
}

/** Range counts of the highlights the extension registered, by name. */
const HIGHLIGHT_COUNTS = 'Object.fromEntries([...CSS.highlights].map(([name, h]) => [name, h.size]))';

/** Highlighted texts the page shows plain: their element's computed `::highlight` style draws nothing. */
const UNSTYLED_HIGHLIGHTS = `[...CSS.highlights].flatMap(([name, h]) => [...h].flatMap((r) => {
  const style = getComputedStyle(r.startContainer.parentElement, '::highlight(' + name + ')');
  const drawn = style.textDecorationLine !== 'none' || style.backgroundColor !== 'rgba(0, 0, 0, 0)';
  return drawn ? [] : [name + ':' + r.startContainer.data.slice(r.startOffset, r.endOffset)];
}))`;

/** Every topic highlighted at least once and drawn, and the page's DOM byte for byte as parsed. */
async function checkHighlights(bidi, context) {
  const counts = await waitFor('a highlight for every topic (did page-app.js load?)', async () => {
    const c = await evaluate(bidi, context, HIGHLIGHT_COUNTS);
    return TOPICS.every((t) => c[`backstory-${t}`] > 0) && c;
  });
  const domUnchanged = await evaluate(
    bidi,
    context,
    'window.smokeBaseline === document.documentElement.outerHTML',
  );
  if (!domUnchanged) throw new Error('The extension changed the page DOM');
  const unstyled = await evaluate(bidi, context, UNSTYLED_HIGHLIGHTS);
  if (unstyled.length > 0) throw new Error(`Highlights drawn in no style: ${unstyled.join(', ')}`);
  return counts;
}

/** Moves the mouse onto `word` and waits for the card to open on it. */
async function checkCard(bidi, context, word) {
  const point = await evaluate(
    bidi,
    context,
    `(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) {
        const at = walker.currentNode.data.indexOf(${JSON.stringify(word)});
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(walker.currentNode, at);
        range.setEnd(walker.currentNode, at + ${word.length});
        const r = range.getBoundingClientRect();
        return { x: Math.round(r.x + r.width / 2), y: Math.round(r.y + r.height / 2) };
      }
    })()`,
  );
  if (!point) throw new Error(`"${word}" is not on the test page`);
  await bidi.send('input.performActions', {
    context,
    actions: [
      {
        type: 'pointer',
        id: 'mouse',
        parameters: { pointerType: 'mouse' },
        // Two moves: hover intent waits for the pointer to come to rest over a mention.
        actions: [
          { type: 'pointerMove', x: point.x - 40, y: point.y, duration: 0 },
          { type: 'pointerMove', x: point.x, y: point.y, duration: 100 },
        ],
      },
    ],
  });
  // The card is a popover host in the page (its content is in a closed shadow root that scripts cannot see).
  await waitFor('the card to open', () =>
    evaluate(bidi, context, `!!document.querySelector('backstory-card:popover-open')`),
  );
  await new Promise((r) => setTimeout(r, 500)); // let the facts arrive and the entry animation finish
  return screenshot(bidi, context, 'card.png');
}

/**
 * Opens the popup in a background tab, so the test page stays the active tab: first the default popup, which
 * reads the address the toolbar icon opens over the test page (the background sets it once the page reports
 * its mentions), then that address. Its "On this page" view must list the page's mentions (a message round
 * trip to the content script), and a search must find a fact (the database and the search worker).
 */
async function checkPopup(bidi) {
  const { context } = await bidi.send('browsingContext.create', { type: 'tab', background: true });
  await bidi.send('browsingContext.setViewport', { context, viewport: { width: 400, height: 600 } });
  const navigate = (url) => bidi.send('browsingContext.navigate', { context, url, wait: 'complete' });
  await navigate(`moz-extension://${ADDON_UUID}/popup.html`);
  // The popup renders Browse at its plain address, with its search field ready.
  await waitFor('the popup to render Browse', () =>
    evaluate(
      bidi,
      context,
      `(() => {
        const root = document.getElementById('root');
        const field = root.querySelector('input[type="search"]');
        const browse = root.querySelector('[role="tab"][aria-selected="true"]')?.textContent === 'Browse';
        return browse && field ? true : undefined;
      })()`,
    ),
  );
  const address = await waitFor('the test page to get a toolbar popup of its own', () =>
    evaluate(
      bidi,
      context,
      `(async () => {
        const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
        const popup = await (browser.action ?? browser.browserAction).getPopup({ tabId: tab.id });
        return /[?]over=[0-9]+&mentions=[1-9]/.test(popup) ? popup : undefined;
      })()`,
    ),
  );
  await navigate(address);
  const mentionButtons = `document.querySelectorAll('button.mention').length`;
  const mentions = await waitFor('the popup to list the page mentions', () =>
    evaluate(bidi, context, mentionButtons),
  ).catch(async (error) => {
    const text = await evaluate(bidi, context, 'document.body.innerText.slice(0, 400)');
    throw new Error(`${error.message}. The popup shows:\n${text}`);
  });
  const pageShot = await screenshot(bidi, context, 'popup-on-this-page.png');
  // Bring the popup to the front for the search: a hidden tab does not render the results' content
  // (content-visibility: auto) until much later, and a real popup is always visible.
  await bidi.send('browsingContext.activate', { context });
  await evaluate(
    bidi,
    context,
    `(() => {
      const box = document.querySelector('input[type="search"]');
      // React tracks the value through the prototype's setter; assigning box.value would go unnoticed.
      Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(box, 'Bushehr');
      box.dispatchEvent(new Event('input', { bubbles: true }));
    })()`,
  );
  // The summary ("3 results for ...") once the answer is for this query and its first hit shows some text.
  const searchSummary = await waitFor('search results in the popup', () =>
    evaluate(
      bidi,
      context,
      `(() => {
        const done = document.querySelector('.search-results[aria-busy="false"]');
        const first = done?.querySelector('.results > li');
        return first?.innerText.trim() ? done.querySelector('[role="status"]').textContent : undefined;
      })()`,
    ),
  );
  const searchShot = await screenshot(bidi, context, 'popup-search.png');
  return { mentions, searchSummary, shots: [pageShot, searchShot] };
}

/** Closes Firefox politely, then by force if it lingers, and waits for it to exit. */
async function stopFirefox(bidi, child) {
  if (child.exitCode !== null) return;
  const exited = new Promise((ok) => child.once('exit', ok));
  bidi?.send('browser.close').catch(() => {});
  const timer = setTimeout(() => child.kill('SIGKILL'), 5000);
  await exited;
  clearTimeout(timer);
}

async function main() {
  const { binary, missing } = findFirefox();
  if (missing) {
    console.log(`Firefox smoke test skipped. ${missing}`);
    return;
  }
  if (typeof WebSocket === 'undefined') rerunWithWebSocket();
  if (!process.argv.includes('--no-build')) {
    console.log('Building the Firefox extension...');
    execFileSync('npx', ['wxt', 'build', '-b', 'firefox'], { cwd: ROOT, stdio: 'inherit' });
  }
  if (!existsSync(join(EXTENSION_DIR, 'manifest.json'))) throw new Error(`No build in ${EXTENSION_DIR}`);
  mkdirSync(SHOTS_DIR, { recursive: true });

  const pageDir = mkdtempSync(join(tmpdir(), 'backstory-ff-page-'));
  writeFileSync(join(pageDir, 'test.html'), TEST_PAGE);
  const profile = mkdtempSync(join(tmpdir(), 'backstory-ff-profile-'));
  writeProfile(profile);
  const server = await startStaticServer([pageDir]);
  const errors = [];
  let firefox;
  let bidi;
  try {
    firefox = await launchFirefox(binary, profile);
    const welcomeTab = welcomeTabCloser();
    bidi = await connectBiDi(firefox.wsUrl, (event) => {
      if (event.method === 'log.entryAdded' && event.params.level === 'error') errors.push(event.params.text);
      welcomeTab.onEvent(bidi, event);
    });
    console.log(`Firefox ${bidi.capabilities.browserVersion} (${binary})`);
    await bidi.send('session.subscribe', { events: ['log.entryAdded', ...TAB_ADDRESS_EVENTS] });
    await bidi.send('webExtension.install', { extensionData: { type: 'path', path: EXTENSION_DIR } });
    await Promise.race([welcomeTab.closed, delay(10_000, undefined, { ref: false })]); // unref: no wait at exit
    const { contexts } = await bidi.send('browsingContext.getTree', {});
    const page = contexts.find((c) => c.url !== WELCOME_URL).context;
    await bidi.send('browsingContext.navigate', {
      context: page,
      url: `${server.url}/test.html`,
      wait: 'complete',
    });

    const counts = await checkHighlights(bidi, page);
    console.log('ok  highlights, drawn (so page-app.js loaded):', JSON.stringify(counts));
    console.log('ok  page DOM unchanged');
    const cardShot = await checkCard(bidi, page, 'Putin');
    console.log(`ok  card opens on hover (${cardShot})`);
    const popup = await checkPopup(bidi);
    console.log('ok  popup opens on Browse');
    console.log(`ok  popup lists ${popup.mentions} mentions on the page (${popup.shots[0]})`);
    console.log(`ok  popup search: ${popup.searchSummary} (${popup.shots[1]})`);
    if (errors.length) throw new Error(`Console errors:\n${errors.join('\n')}`);
    console.log('Firefox smoke test passed.');
  } finally {
    if (firefox) await stopFirefox(bidi, firefox.child);
    await server.close();
    rmSync(profile, { recursive: true, force: true });
    rmSync(pageDir, { recursive: true, force: true });
  }
}

main().catch((error) => {
  console.error(`Firefox smoke test failed: ${error.message}`);
  process.exit(1);
});

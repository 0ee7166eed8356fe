// The popup: when it is on screen, when it is ready for typing, and keystrokes in its search field, with the
// real and a 5,000-fact base. The popup measured is the real toolbar popup, opened by the extension as a click
// on its icon opens it: unattached for when it is on screen (popup-paint.mjs), with a probe attached for the
// rest; the popup page in a tab is measured beside it for comparison.
import { mentionsOf, toolbarPopupOf } from '../demo-steps.mjs';
import { openToolbarPopup } from '../toolbar-popup.mjs';
import { launchPopupFloor } from './popup-floor.mjs';
import { firstPaintInTab, openUnattached } from './popup-paint.mjs';
import { spread } from './stats.mjs';
import { syntheticFacts } from './synthetic-facts.mjs';

export const QUERY = 'bushehr';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The pause between two popup openings. */
const SETTLE_MS = 200;

/** What the popup's first view shows: a section or a list in its main area. */
const FIRST_VIEW = 'main :is(section, ol, ul, li)';
/** The console messages by which the probe reports (the bench does not poll the page). */
const FIRST_RENDER_MESSAGE = 'bench:first-render';
const READY_MESSAGE = 'bench:ready';
/** `installProbe`'s argument. */
export const PROBE_OPTIONS = {
  firstView: FIRST_VIEW,
  firstRenderMessage: FIRST_RENDER_MESSAGE,
  readyMessage: READY_MESSAGE,
};

/**
 * Main world, from the document's start: when the first list or section shows (time of the frame painted
 * after it, reported on the console so that nothing polls the page while it opens), when the search field
 * takes the focus (the popup is ready for typing: its script has run and given it), and for each key press
 * the time to the next paint (keydown → a task queued from the next animation frame, which runs once that
 * frame is drawn) and to the search results for the whole query.
 */
export function installProbe({ firstView, firstRenderMessage, readyMessage }) {
  // Installed in every page of the browser while the popup is measured; only extension pages are watched.
  if (location.protocol !== 'chrome-extension:') return;
  const probe = { firstRender: undefined, keys: [], events: [] };
  window.benchPopup = probe;
  const afterNextPaint = (cb) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => cb(performance.now());
      channel.port2.postMessage(0);
    });
  // Only what each mutation added is looked at: a query over the whole document for every mutation is work
  // the popup itself would not do.
  const shows = (node) =>
    node.nodeType === Node.ELEMENT_NODE &&
    (node.matches(firstView) || node.querySelector(firstView) !== null);
  const observer = new MutationObserver((records) => {
    if (probe.firstRender !== undefined || !records.some((r) => [...r.addedNodes].some(shows))) return;
    probe.firstRender = -1;
    observer.disconnect();
    afterNextPaint((t) => {
      probe.firstRender = t;
      console.debug(`${firstRenderMessage} ${t}`);
    });
  });
  observer.observe(document, { childList: true, subtree: true });
  addEventListener(
    'focusin',
    (e) => {
      if (probe.ready !== undefined || e.target?.type !== 'search') return;
      probe.ready = performance.now();
      console.debug(`${readyMessage} ${probe.ready}`);
    },
    { capture: true },
  );
  addEventListener(
    'keydown',
    (e) => {
      const key = { start: e.timeStamp, value: undefined, nextPaint: undefined, results: undefined };
      probe.keys.push(key);
      afterNextPaint((t) => (key.nextPaint = t - key.start));
      // Results for the whole query: checked on every change to the page from the key on, as a microtask
      // right after the change, so that the paint asked for is the first one that can show them. (A timer
      // polling for them could run only after that paint, and count a frame too many.)
      const showsResults = () => {
        const status = document.querySelector('.search-results [role="status"]')?.textContent ?? '';
        const value = document.querySelector('input[type="search"]')?.value ?? '';
        return value !== '' && status.includes(`“${value.trim()}”`);
      };
      const watch = new MutationObserver(() => {
        if (!showsResults()) return;
        watch.disconnect();
        afterNextPaint((t) => (key.results = t - key.start));
      });
      watch.observe(document.body, { childList: true, characterData: true, subtree: true });
      setTimeout(() => watch.disconnect(), 3000);
    },
    { capture: true },
  );
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) if (e.name === 'keydown') probe.events.push(e.duration);
  }).observe({ type: 'event', durationThreshold: 16, buffered: true });
}

/**
 * What the probe reports next in a page of `context`: `rendered` resolves to the time of the first render
 * (rejects after 20 s), `ready` to the time the search field took the focus (undefined once `stop` is called).
 */
function nextReports(context) {
  let stop;
  let rendered;
  const ready = new Promise((resolveReady) => {
    rendered = new Promise((resolve, reject) => {
      const onConsole = (message) => {
        const [text, time] = message.text().split(' ');
        if (text === FIRST_RENDER_MESSAGE) resolve(Number(time));
        if (text === READY_MESSAGE) resolveReady(Number(time));
      };
      const timer = setTimeout(() => reject(new Error('The popup did not render within 20 s')), 20_000);
      stop = () => {
        clearTimeout(timer);
        context.off('console', onConsole);
        resolveReady(undefined);
      };
      context.on('console', onConsole);
    });
  });
  return { rendered, ready, stop };
}

/**
 * Resolves to `open`'s page, the time to its first render, `ready` (see nextReports) and `stop`; the page is
 * closed if it fails.
 */
async function withFirstRender(context, open) {
  const { rendered, ready, stop } = nextReports(context);
  let page;
  try {
    page = await open();
    return { page, firstRenderMs: await rendered, ready, stop };
  } catch (error) {
    stop();
    await page?.close();
    throw error;
  }
}

/**
 * Runs `open(worker)` over `under`, the tab the reader is on (brought to the front, with the extension's worker
 * as it is now). An opening that fails is logged, counted in `ext.reopened` and tried once more.
 */
async function overTab(ext, under, open) {
  for (let attempt = 1; ; attempt++) {
    await under.bringToFront();
    const worker = await ext.worker();
    try {
      return await open(worker);
    } catch (error) {
      if (attempt > 1) throw error;
      ext.reopened.push(error instanceof Error ? error.message : String(error));
      ext.log(`  popup: an opening failed (${ext.reopened.at(-1)}); opening it again`);
    }
  }
}

/**
 * Opens the real toolbar popup of `ext` ({ context, worker(), log, reopened }) over `under` with the driver
 * attached from its start (so the probe runs in it); resolves once the probe saw its first view drawn.
 */
const openToolbar = (ext, under) =>
  overTab(ext, under, (worker) =>
    withFirstRender(ext.context, () => openToolbarPopup({ context: ext.context, worker })),
  );

/**
 * Opens the real toolbar popup of `ext` (also { endpoint }) over `under` as a reader does, with nothing
 * attached; resolves to { firstPaintMs, loadMs, url } once it has painted, and closes it.
 */
const openPainted = (ext, under) =>
  overTab(ext, under, (worker) => openUnattached({ worker, endpoint: ext.endpoint }));

/**
 * Opens the toolbar popup over `under` twice, each opening followed by a pause to settle: as a reader opens it
 * (`paint`: on screen), then with the probe attached (`attached`: its first view drawn, its search field's
 * focus).
 */
async function openBothWays(ext, under) {
  const paint = await openPainted(ext, under);
  await sleep(SETTLE_MS);
  const attached = await closed(await openToolbar(ext, under), { untilReady: true });
  await sleep(SETTLE_MS);
  return { paint, attached };
}

/** Throws unless every opening in `paints` opened `address` (a path, or a whole address). */
function expectAddress(paints, address) {
  const other = paints.find((p) => !p.url.endsWith(address));
  if (other) throw new Error(`The toolbar popup opened ${other.url}, not ${address}`);
}

/** How long an opening may take to focus its search field before it is closed without that figure. */
const READY_TIMEOUT_MS = 3000;

/**
 * Closes a popup opened attached, once its search field has the focus when `untilReady`; returns the times
 * to the first view the probe saw drawn and to that focus.
 */
async function closed({ page, firstRenderMs, ready, stop }, { untilReady = false } = {}) {
  const readyMs = untilReady ? await Promise.race([ready, sleep(READY_TIMEOUT_MS)]) : undefined;
  stop();
  await page.close();
  return { firstRenderMs, readyMs };
}

/** Opens the toolbar popup over `under` once and types the query; returns its figures. */
async function openAndType(ext, under) {
  const { page, stop } = await openToolbar(ext, under);
  try {
    const box = page.getByRole('searchbox');
    await box.click();
    await sleep(200);
    for (const ch of QUERY) {
      await page.keyboard.press(ch);
      await sleep(250);
    }
    const probe = await page.evaluate(() => window.benchPopup);
    const resultsShown = await page.evaluate(
      () => document.querySelector('.search-results [role="status"]')?.textContent ?? '',
    );
    return { keys: probe.keys, eventTimingMs: probe.events, resultsShown };
  } finally {
    stop();
    await page.close();
  }
}

/** Puts synthetic facts into the extension's database from its service worker (raw IndexedDB). */
export async function addFacts(worker, facts) {
  return worker.evaluate(async (rows) => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('backstory');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction('facts', 'readwrite');
      const store = tx.objectStore('facts');
      for (const row of rows) store.put(row);
      tx.oncomplete = ok;
      tx.onerror = () => fail(tx.error);
    });
    const count = await new Promise((ok) => {
      const req = db.transaction('facts').objectStore('facts').count();
      req.onsuccess = () => ok(req.result);
    });
    db.close();
    return count;
  }, facts);
}

async function removeFacts(worker, ids) {
  await worker.evaluate(async (keys) => {
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('backstory');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    await new Promise((ok) => {
      const tx = db.transaction('facts', 'readwrite');
      for (const k of keys) tx.objectStore('facts').delete(k);
      tx.oncomplete = ok;
    });
    db.close();
  }, ids);
}

/**
 * Over `under`: `opens` openings of the toolbar popup as a reader opens it (on screen: its first contentful
 * paint), each followed by one with the probe attached (its search field's focus), and `repeats` typing runs.
 * With `floor`, the floor's toolbar popup is opened the same way after each unattached opening; with `inTab`,
 * the popup page in a tab too.
 */
async function measure(ext, under, { repeats, opens, floor, inTab }) {
  const runs = [];
  const paints = [];
  const readies = [];
  const floorPaints = [];
  const tabPaints = [];
  // Each opening starts once the browsers are done closing the page before (a reader does not open the
  // popup twice within the same few milliseconds).
  const settle = () => sleep(SETTLE_MS);
  for (let i = 0; i < Math.max(repeats, opens); i++) {
    if (i < opens) {
      const { paint, attached } = await openBothWays(ext, under);
      paints.push(paint);
      readies.push(attached.readyMs);
      if (floor) {
        floorPaints.push((await openPainted(floor, floor.under)).firstPaintMs);
        await settle();
      }
      if (inTab) {
        tabPaints.push(
          await firstPaintInTab(ext.context, `chrome-extension://${ext.extensionId}/popup.html`),
        );
        await settle();
      }
    }
    if (i < repeats) {
      runs.push(await openAndType(ext, under));
      await settle();
    }
  }
  expectAddress(paints, '/popup.html'); // over a tab that reported nothing: the plain address, on Browse
  const keys = runs.flatMap((r) => r.keys);
  return {
    firstPaintMs: spread(paints.map((p) => p.firstPaintMs)),
    loadMs: spread(paints.map((p) => p.loadMs)),
    readyMs: spread(readies),
    keystrokeNextPaintMs: spread(keys.map((k) => k.nextPaint)),
    keystrokeResultsMs: spread(keys.map((k) => k.results)),
    eventTimingOver16Ms: runs.flatMap((r) => r.eventTimingMs),
    resultsShown: runs.at(-1)?.resultsShown,
    ...(floor ? { floorFirstPaintMs: spread(floorPaints) } : {}),
    ...(inTab ? { inTabFirstPaintMs: spread(tabPaints) } : {}),
  };
}

/**
 * The toolbar popup over a news page, as a reader opens it: its opening view lists the page's mentions, which
 * the page's content script gives (the background gives the tab a popup address naming the tab and the count
 * once the page reports its mentions). `opens` openings unattached (on screen) and as many with the probe
 * (the mentions listed, the search field's focus); returns those figures and how many mentions were listed.
 */
async function measureOverPage(ext, pageUrl, opens) {
  const news = await ext.context.newPage();
  try {
    await news.goto(pageUrl, { waitUntil: 'load' });
    // The page has been scanned before the popup opens (the reader opens it on a page they read).
    const worker = await ext.worker();
    const { tabId, mentions: found } = await mentionsOf(worker, news);
    const mentions = found.length;
    const address = await toolbarPopupOf(worker, tabId);
    if (!address.endsWith(`?over=${tabId}&mentions=${mentions}`))
      throw new Error(`The toolbar popup of the page is ${address}`);
    await closed(await openToolbar(ext, news)); // not measured: as the other popup figures
    const paints = [];
    const listed = [];
    for (let i = 0; i < opens; i++) {
      const { paint, attached } = await openBothWays(ext, news);
      paints.push(paint);
      listed.push(attached);
    }
    expectAddress(paints, address);
    return {
      firstPaintMs: spread(paints.map((p) => p.firstPaintMs)),
      listedMs: spread(listed.map((o) => o.firstRenderMs)),
      readyMs: spread(listed.map((o) => o.readyMs)),
      mentions,
    };
  } finally {
    await news.close();
  }
}

/**
 * Search keystrokes over `repeats` openings of the toolbar popup, and when it is on screen and ready for typing
 * over `opens` more (a handful of openings is too few for their spread), each with the real and the synthetic
 * base; and the same over the news page at `pageUrl`, with its mentions listed.
 */
export async function benchPopup(env, { repeats, opens, pageUrl, floorDir, syntheticCount = 5000, log }) {
  // The worker is asked for each time: the browser may have stopped it since.
  const ext = { ...env.browsers.ext, worker: env.worker, log, reopened: [] };
  const probe = await ext.context.addInitScript(installProbe, PROBE_OPTIONS);
  const blank = await ext.context.newPage(); // Browse: the popup over a tab that reported nothing
  try {
    await openAndType(ext, blank); // the first opening seeds the database; not measured
    const floor = await launchPopupFloor(floorDir);
    let real;
    try {
      Object.assign(floor, { log, reopened: ext.reopened });
      await openPainted(floor, floor.under); // not measured, as the popup's first
      real = await measure(ext, blank, { repeats, opens, floor, inTab: true });
    } finally {
      await floor.close();
    }
    const overPage = await measureOverPage(ext, pageUrl, opens);
    const facts = syntheticFacts(syntheticCount);
    const total = await addFacts(await ext.worker(), facts);
    log(`  popup: ${total} facts in the database with the synthetic ones`);
    let synthetic;
    try {
      synthetic = await measure(ext, blank, { repeats, opens });
    } finally {
      await removeFacts(
        await ext.worker(),
        facts.map((f) => f.id),
      );
    }
    return {
      query: QUERY,
      real,
      overPage,
      synthetic: { facts: total, ...synthetic },
      reopened: ext.reopened,
    };
  } finally {
    await blank.close();
    await probe.dispose();
  }
}

// The popup: first render, and keystrokes in its search field, with the real and a 5,000-fact base.
import { mentionsOf, toolbarPopupOf } from '../demo-steps.mjs';
import { openToolbarPopup } from '../toolbar-popup.mjs';
import { launchPopupFloor } from './popup-floor.mjs';
import { spread } from './stats.mjs';
import { syntheticFacts } from './synthetic-facts.mjs';

export const QUERY = 'bushehr';
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** The pause between two popup openings. */
const SETTLE_MS = 200;

/** What the popup's first view shows: a section or a list in its main area. */
const FIRST_VIEW = 'main :is(section, ol, ul, li)';
/** The console message by which the probe reports the first render (the bench does not poll the page). */
const FIRST_RENDER_MESSAGE = 'bench:first-render';
/** `installProbe`'s argument. */
export const PROBE_OPTIONS = { firstView: FIRST_VIEW, firstRenderMessage: FIRST_RENDER_MESSAGE };

/**
 * Main world, from the document's start: when the first list or section shows (time of the frame painted
 * after it, reported on the console so that nothing polls the page while it opens), and for each key press
 * the time to the next paint (keydown → a task queued from the next animation frame, which runs once that
 * frame is drawn) and to the search results for the whole query.
 */
export function installProbe({ firstView, firstRenderMessage }) {
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
 * Opens an extension page (the popup by default) in a new tab (`query`: its search part); resolves once its
 * first render has painted.
 */
async function openPopup(context, extensionId, query = '', path = 'popup.html') {
  const page = await context.newPage();
  await page.addInitScript(installProbe, PROBE_OPTIONS);
  const rendered = new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('The popup did not render within 20 s')), 20_000);
    page.on('console', (message) => {
      const [text, time] = message.text().split(' ');
      if (text !== FIRST_RENDER_MESSAGE) return;
      clearTimeout(timer);
      resolve(Number(time));
    });
  });
  // Waiting for the load event would have the driver inject its own scripts while the popup still renders.
  await page.goto(`chrome-extension://${extensionId}/${path}${query}`, { waitUntil: 'commit' });
  return { page, firstRenderMs: await rendered };
}

/** Opens the popup page (or `path`) and closes it once it has rendered; returns the time to its first render. */
async function openOnly(context, extensionId, query, path) {
  const { page, firstRenderMs } = await openPopup(context, extensionId, query, path);
  await page.close();
  return firstRenderMs;
}

/** Opens the popup page once and types the query; returns its figures. */
async function openAndType(context, extensionId) {
  const { page, firstRenderMs } = await openPopup(context, extensionId);
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
    return { firstRenderMs, keys: probe.keys, eventTimingMs: probe.events, resultsShown };
  } finally {
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
    const articles = await new Promise((ok) => {
      const req = db.transaction('articles').objectStore('articles').getAllKeys();
      req.onsuccess = () => ok(req.result);
    });
    await new Promise((ok, fail) => {
      const tx = db.transaction('facts', 'readwrite');
      const store = tx.objectStore('facts');
      for (const row of rows) {
        row.sources[0].articleId = articles[row.sources[0].articleId % articles.length] ?? 'unknown';
        store.put(row);
      }
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
 * `repeats` typing runs, and first renders from those runs and from `opens` more openings; with `floor`, the
 * floor page is opened after each of those openings.
 */
async function measure(context, extensionId, { repeats, opens, floor }) {
  const runs = [];
  const firstRenders = [];
  const floorRenders = [];
  // Each opening starts once the browsers are done closing the page before (a reader does not open the
  // popup twice within the same few milliseconds).
  const settle = () => sleep(SETTLE_MS);
  for (let i = 0; i < Math.max(repeats, opens); i++) {
    if (i < opens) {
      firstRenders.push(await openOnly(context, extensionId));
      await settle();
      if (floor) floorRenders.push(await openOnly(floor.context, floor.extensionId, '', floor.page));
      await settle();
    }
    if (i < repeats) {
      runs.push(await openAndType(context, extensionId));
      await settle();
    }
  }
  const figures = summarise(runs, [...firstRenders, ...runs.map((r) => r.firstRenderMs)]);
  return floor ? { ...figures, floorFirstRenderMs: spread(floorRenders) } : figures;
}

function summarise(runs, firstRenders) {
  const keys = runs.flatMap((r) => r.keys);
  return {
    firstRenderMs: spread(firstRenders),
    keystrokeNextPaintMs: spread(keys.map((k) => k.nextPaint)),
    keystrokeResultsMs: spread(keys.map((k) => k.results)),
    eventTimingOver16Ms: runs.flatMap((r) => r.eventTimingMs),
    resultsShown: runs.at(-1)?.resultsShown,
  };
}

/**
 * The popup over a news page, as a reader opens it: its opening view lists the page's mentions, which the
 * page's content script gives. The popup page opens in a tab of its own at the address a click on the
 * toolbar icon opens over the news page's tab (the background sets it once the page reports its mentions:
 * it names the tab and the count). Returns the first renders (the mentions listed) and how many were listed.
 */
async function measureOverPage(env, pageUrl, opens) {
  const { context, extensionId } = env.browsers.ext;
  const news = await context.newPage();
  try {
    await news.goto(pageUrl, { waitUntil: 'load' });
    const worker = await env.worker();
    // The page has been scanned before the popup first asks (the reader opens it on a page they read).
    const { tabId, mentions: found } = await mentionsOf(worker, news);
    const mentions = found.length;
    const address = await toolbarPopupOf(worker, tabId);
    const query = new URL(address).search;
    if (!query.includes(`mentions=${mentions}`))
      throw new Error(`The toolbar popup of the page is ${address}`);
    await openOnly(context, extensionId, query); // not measured: as the other popup figures
    const firstRenders = [];
    for (let i = 0; i < opens; i++) {
      firstRenders.push(await openOnly(context, extensionId, query));
      await sleep(SETTLE_MS);
    }
    return { firstRenderMs: spread(firstRenders), mentions };
  } finally {
    await news.close();
  }
}

const FIRST_CONTENTFUL_PAINT =
  "performance.getEntriesByType('paint').find((p) => p.name === 'first-contentful-paint')?.startTime";

/**
 * The real toolbar popup, opened by the extension (`action.openPopup`) over a blank tab, against the popup
 * page opened in a tab, alternately, `opens` times each: both open on Browse. Their first contentful paint
 * (the paint timing's, when the frame was shown) stands for the first render: no probe runs in the real
 * popup. Resolves to undefined, with the reason logged, where the browser cannot open the toolbar popup.
 */
async function measureToolbarPopup(env, opens, log) {
  const { context, extensionId } = env.browsers.ext;
  const blank = await context.newPage();
  try {
    await blank.goto('about:blank');
    const paintOfToolbarPopup = async () => {
      await blank.bringToFront();
      const popup = await openToolbarPopup({ context, worker: await env.worker(), extensionId });
      try {
        await sleep(700); // rendered and painted well within this
        return await popup.evaluate(FIRST_CONTENTFUL_PAINT);
      } finally {
        await popup.close();
      }
    };
    const paintInTab = async () => {
      const page = await context.newPage();
      try {
        await page.goto(`chrome-extension://${extensionId}/popup.html`);
        await sleep(700);
        return await page.evaluate(FIRST_CONTENTFUL_PAINT);
      } finally {
        await page.close();
      }
    };
    await paintOfToolbarPopup(); // not measured, as the other popup figures
    const toolbar = [];
    const tab = [];
    for (let i = 0; i < opens; i++) {
      toolbar.push(await paintOfToolbarPopup());
      await sleep(SETTLE_MS);
      tab.push(await paintInTab());
      await sleep(SETTLE_MS);
    }
    return { toolbarFcpMs: spread(toolbar), tabFcpMs: spread(tab) };
  } catch (error) {
    log(
      `  popup: the toolbar popup could not be measured (${error instanceof Error ? error.message : error})`,
    );
    return undefined;
  } finally {
    await blank.close();
  }
}

/**
 * Search keystrokes over `repeats` popup opens, and first render over those and `opens` more (opening alone
 * is quick, and a handful of opens is too few for its spread), each with the real and the synthetic base;
 * and the first render over the news page at `pageUrl`.
 */
export async function benchPopup(env, { repeats, opens, pageUrl, floorDir, syntheticCount = 5000, log }) {
  const { context, extensionId } = env.browsers.ext;
  await openAndType(context, extensionId); // first open seeds the database; not measured
  const floor = await launchPopupFloor(floorDir);
  let real;
  try {
    await openOnly(floor.context, floor.extensionId, '', floor.page); // not measured, as the popup's first
    real = await measure(context, extensionId, { repeats, opens, floor });
  } finally {
    await floor.close();
  }
  const overPage = await measureOverPage(env, pageUrl, opens);
  const toolbar = await measureToolbarPopup(env, opens, log);
  const facts = syntheticFacts(syntheticCount);
  const total = await addFacts(await env.worker(), facts);
  log(`  popup: ${total} facts in the database with the synthetic ones`);
  let synthetic;
  try {
    synthetic = await measure(context, extensionId, { repeats, opens });
  } finally {
    await removeFacts(
      await env.worker(),
      facts.map((f) => f.id),
    );
  }
  return { query: QUERY, real, overPage, toolbar, synthetic: { facts: total, ...synthetic } };
}

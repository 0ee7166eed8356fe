// Measures one page in alternating rounds of the four modes, plus one traced load of the extension.
import { MODES, measureLoad, metrics } from './measure.mjs';

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** Appends the scroll page's batches at a fixed pace, reading main-thread time after each one. */
function scrollBatches({ batches, intervalMs }) {
  return async (page, cdp) => {
    const batchTaskMs = [];
    let before = (await metrics(cdp)).taskMs;
    for (let i = 0; i < batches; i++) {
      await page.evaluate((n) => {
        performance.mark(`bench-batch-${n}`);
        window.benchAppendBatch(n);
      }, i);
      await sleep(intervalMs);
      const now = (await metrics(cdp)).taskMs;
      batchTaskMs.push(now - before);
      before = now;
    }
    await page.evaluate(() => performance.mark('bench-batch-end'));
    return { batchTaskMs };
  };
}

/** Rotates the mode order each round, so no mode always runs first (cold caches) or last. */
const orderFor = (round) => MODES.map((_, i) => MODES[(i + round) % MODES.length]);

/**
 * Measures `page` ({ name, url, kind, big, scroll }): first a traced extension load (which also warms the
 * caches), then `rounds` rounds each measuring every mode once. On real pages, the traced load's time to
 * finish sets the window every mode waits after the load event, so the page's own timers run alike in each.
 */
export async function benchPage(env, page, { rounds, capMs, log }) {
  const during = page.scroll ? scrollBatches(page.scroll) : undefined;
  const namesNoTopic = page.expected !== undefined && Object.values(page.expected).every((n) => n === 0);
  const traced = await measureLoad(env, {
    url: page.url,
    mode: 'extension',
    trace: true,
    during,
    capMs,
    namesNoTopic,
  });
  const windowMs = page.kind === 'real' ? Math.min(capMs, (traced.doneAfterLoadMs ?? 0) + 200) : 0;
  const results = [];
  for (let r = 0; r < rounds; r++) {
    const round = {};
    for (const mode of orderFor(r)) {
      const verify = mode === 'extension' && !results.some((x) => x.extension?.mentions);
      const options = { url: page.url, mode, windowMs, capMs, during, verify, namesNoTopic };
      const record = await measureLoad(env, options);
      round[mode] = record;
      if (record.warning) log(`  ! ${page.name} ${mode}: ${record.warning}`);
    }
    results.push(round);
    log(`  ${page.name} round ${r + 1}/${rounds}: ${roundLine(round)}`);
  }
  return { rounds: results, traced };
}

function roundLine(round) {
  const bare = round.bare?.taskMs;
  return ['extension', 'floor', 'markjs']
    .filter((m) => round[m])
    .map((m) => `${m} +${Math.round(round[m].taskMs - bare)} ms`)
    .join(', ');
}

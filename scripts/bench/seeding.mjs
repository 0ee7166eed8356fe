// Seeding the fact database on install: the worker fills IndexedDB from the bundle in one transaction and
// records how long that took (browser.storage.session, key `lastSeeding`); each round is a fresh profile.
import { rmSync } from 'node:fs';
import { launchWithExtension } from '../launch.mjs';
import { spread } from './stats.mjs';

const read = (worker) =>
  worker.evaluate(async () => (await chrome.storage.session.get('lastSeeding')).lastSeeding ?? null);

/** Installs the extension `rounds` times and returns the seeding times: { ms: {median, …}, facts }. */
export async function benchSeeding({ rounds, log }) {
  const times = [];
  let facts;
  for (let i = 0; i < rounds; i++) {
    const ext = await launchWithExtension({ interceptOutside: false });
    try {
      let seeding = null;
      for (let wait = 0; seeding === null && wait < 200; wait++) {
        seeding = await read(ext.worker);
        if (seeding === null) await new Promise((r) => setTimeout(r, 50));
      }
      if (seeding === null) throw new Error('the worker never reported a seeding');
      times.push(seeding.ms);
      facts = seeding.facts;
    } finally {
      await ext.context.close();
      rmSync(ext.profile, { recursive: true, force: true });
    }
  }
  log(`  seeding ${facts} facts on install: ${times.map((t) => t.toFixed(0)).join(', ')} ms`);
  return { ms: spread(times), facts };
}

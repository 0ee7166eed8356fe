import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '../../scripts/demo-steps.mjs';
import { DATASET_VERSION, dataset } from '../../data/index';
import { isSeedSource } from '../../data/sources';
import type { SavedFactRow } from '../../utils/db/fact-db';
import { factFromV1 } from '../../utils/db/saved-snapshot';
import { joinParts, readCatalogParts } from '../../utils/i18n/catalogs';
import { toV1Fact } from './support/v1-facts';
import { openExtensionPage } from './support/extension';
import { readDatabase, writeVersion1Database } from './support/extension-db';
import { closeCard, hoverForCard } from './support/hostile-card';
import { mentionTexts, startHostileSession, type HostileSession } from './support/hostile-session';

const STORES = ['topics', 'facts', 'articles', 'meta', 'saved'] as const;
/** The note under a saved copy, as the popup says it in English (the browser's language here). */
const RETIRED_NOTE = joinParts('en', readCatalogParts().get('en')!).popup_retired_note!.message;
const bushehr = dataset.facts.filter((f) => f.topics.includes('bushehr'));
// Fact base 1 held only the seed articles' facts, in the shape of its time.
const [kept, renamed] = bushehr.filter((f) => f.sources.every(isSeedSource));
const v1Facts = dataset.facts.filter((f) => f.sources.every(isSeedSource) && f !== renamed).map(toV1Fact);
// The previous release bundled `renamed` under an older id, which the current bundle no longer has.
const formerId = `${renamed!.id}-former`;
const v1Saved: SavedFactRow[] = [
  { factId: kept!.id, topic: 'bushehr', savedAt: 1_700_000_000_000 },
  { factId: formerId, topic: 'bushehr', savedAt: 1_700_000_100_000 },
  // Saved, then dropped by an even older release: nothing left to show, but the row is the user's.
  { factId: 'dropped-long-ago', topic: 'iran', savedAt: 1_700_000_200_000 },
];

/** The texts of the Bushehr facts the Browse view lists with only saved ones shown. */
async function savedFactTexts(popup: Page): Promise<string[]> {
  await popup.getByRole('tab', { name: 'Browse' }).click();
  // Both facts belong to other topics too; one topic shows each of them once.
  await popup.getByRole('combobox', { name: 'Topic' }).selectOption('bushehr');
  await popup.getByRole('checkbox', { name: 'Saved only' }).check();
  const panel = popup.getByRole('tabpanel');
  await expect.poll(() => panel.getByRole('listitem').count()).toBeGreaterThan(0);
  return panel.getByRole('listitem').allTextContents();
}

describe('a database of the previous schema version (1) upgrades in place', () => {
  let session: HostileSession;

  beforeAll(async () => {
    session = await startHostileSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('starts from a version-1 database holding the previous bundle and the user’s saved rows', async () => {
    const probe = await openExtensionPage(session.ext, 'popup.html');
    // Wait for the first seeding, so the replacement below does not race it.
    await expect
      .poll(async () => (await readDatabase(probe, ['meta'])).rows.meta, { timeout: 10_000 })
      .toEqual([{ key: 'datasetVersion', value: DATASET_VERSION }]);
    await probe.close();
    await writeVersion1Database(session.worker(), {
      topics: dataset.topics.map((t) => ({ ...t, aliases: [] })),
      facts: [...v1Facts, toV1Fact({ ...renamed!, id: formerId })],
      articles: dataset.articles,
      meta: [{ key: 'datasetVersion', value: 'previous-release' }],
      saved: v1Saved,
    });
    // The next start of the extension meets the old database, as after an update.
    const page = await session.ext.context.newPage();
    const cdp = await session.ext.context.newCDPSession(page);
    await cdp.send('ServiceWorker.enable');
    await cdp.send('ServiceWorker.stopAllWorkers');
    await cdp.detach();
    await page.close();
    // The options page never opens the database with Dexie, so reading it there upgrades nothing.
    const options = await openExtensionPage(session.ext, 'options.html');
    const before = await readDatabase(options, ['saved']);
    await options.close();
    expect(before.version).toBe(10);
    expect(before.rows.saved).toEqual(v1Saved);
  });

  it('the popup lists every saved fact, the one the new bundle renamed from the copy kept at upgrade', async () => {
    const popup = await openExtensionPage(session.ext, 'popup.html');
    const texts = await savedFactTexts(popup);
    expect(texts).toHaveLength(2);
    expect(texts).toEqual(
      expect.arrayContaining([
        expect.stringContaining(kept!.text),
        expect.stringMatching(new RegExp(`${escape(renamed!.text)}.*${escape(RETIRED_NOTE)}`)),
      ]),
    );
    expect(await popup.getByText(/Offline copy/).count()).toBe(0);
    expect((await readDatabase(popup, ['saved'])).version).toBe(30);
    await popup.close();
  });

  it('the worker re-seeds the bundled tables: the card answers from the database', async () => {
    const page = await session.ext.context.newPage();
    await page.goto(session.url('plain-article.html'));
    expect(await mentionTexts(session, page)).toContain('bushehr:Bushehr');
    await hoverForCard(page, 'Bushehr', 'Bushehr');
    // "All N facts" comes only with the database's answer; the bundled fallback offers "Open Backstory".
    await expect
      .poll(() => cardText(page, 'Bushehr'), { timeout: 5000 })
      .toMatch(new RegExp(`All ${bushehr.length} facts about Bushehr`));
    await closeCard(page);
    await page.close();
  });

  it('IndexedDB holds version 3: fresh bundled tables, and every saved row kept with its snapshot', async () => {
    const popup = await openExtensionPage(session.ext, 'popup.html');
    const { version, stores, rows } = await readDatabase(popup, STORES);
    expect(version).toBe(30);
    expect(stores.sort()).toEqual([...STORES].sort());
    expect(rows.meta).toEqual([{ key: 'datasetVersion', value: DATASET_VERSION }]);
    const factIds = (rows.facts as Array<{ id: string }>).map((f) => f.id);
    expect(factIds.sort()).toEqual(dataset.facts.map((f) => f.id).sort());
    const topics = rows.topics as Array<{ id: string; aliases: string[] }>;
    expect(topics.find((t) => t.id === 'putin')!.aliases).toContain('Путин');

    const saved = (rows.saved as SavedFactRow[]).sort((a, b) => a.savedAt - b.savedAt);
    expect(saved.map(({ factId, topic, savedAt }) => ({ factId, topic, savedAt }))).toEqual(v1Saved);
    const savedDay = (at: number) => new Date(at).toISOString().slice(0, 10);
    expect(saved[0]!.snapshot!.fact).toEqual(
      factFromV1(toV1Fact(kept!) as never, savedDay(v1Saved[0]!.savedAt)),
    );
    expect(saved[1]!.snapshot!.fact).toEqual(
      factFromV1(toV1Fact({ ...renamed!, id: formerId }) as never, savedDay(v1Saved[1]!.savedAt)),
    );
    expect(saved[1]!.snapshot!.articles.map((a) => a.id)).toEqual([
      ...new Set(renamed!.sources.map((s) => (isSeedSource(s) ? s.article : ''))),
    ]);
    expect(saved[2]).toEqual(v1Saved[2]);

    // From the database now, not the bundled stand-in: the saved list is the same.
    expect(await savedFactTexts(popup)).toHaveLength(2);
    await popup.close();
  });

  it('sent nothing anywhere', () => {
    expect(session.ext.outsideRequests).toEqual([]);
    expect(session.requestsOfConcern()).toEqual([]);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

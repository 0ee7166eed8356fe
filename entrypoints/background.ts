import { browser } from 'wxt/browser';
import { defineBackground } from 'wxt/utils/define-background';
import { extensionBase } from '../utils/db/bundled-base';
import { createCardService } from '../utils/db/card-service';
import { readFactBase } from '../utils/db/fact-base';
import { FactDatabase } from '../utils/db/fact-db';
import { seedFactDb } from '../utils/db/seed';
import { fetchMessages } from '../utils/i18n/choose';
import { createBackgroundRouter } from '../utils/messaging/background-router';
import { topicPagePath } from '../utils/tabs/popup-url';
import { followCountReports, stepMentionInTab, toggleHighlightsInTab } from '../utils/tabs/tab-actions';
import { welcomeOnInstall } from '../utils/tabs/welcome';

export default defineBackground(() => {
  // First, and synchronously: the browser delivers `onInstalled` only to listeners added as the worker starts.
  browser.runtime.onInstalled.addListener(
    welcomeOnInstall({
      openTab: (url) => browser.tabs.create({ url }),
      urlOf: (path) => browser.runtime.getURL(path),
    }),
  );

  const db = new FactDatabase();
  const bundle = extensionBase();
  // Runs at every start of the worker: one read when the data is current, a re-seed after an update.
  const started = performance.now();
  const seeded = seedFactDb(db, bundle)
    .then(async (result) => {
      // How long filling the database took, for `npm run bench` (session storage: memory only, never synced).
      if (result === 'seeded')
        await browser.storage.session?.set({
          lastSeeding: { ms: performance.now() - started, facts: bundle.factCount },
        });
      return result;
    })
    .catch((error: unknown) => {
      console.warn('Backstory: could not fill the database; the bundled facts will answer.', error);
    });
  const cards = createCardService({
    // Read while the start-up check runs (both read-only, so neither waits); read again only if it re-seeded.
    load: async () => {
      const [result, base] = await Promise.all([seeded, readFactBase(db, bundle)]);
      return result === 'seeded' ? readFactBase(db, bundle) : base;
    },
  });

  browser.runtime.onMessage.addListener(
    createBackgroundRouter(browser.runtime.id, {
      'card-facts': (msg) => cards.getCard(msg),
      'card-soon': async () => {
        cards.warmUp();
        return { ok: true };
      },
      'open-topic': async (msg, sender) => {
        await browser.tabs.create({ url: browser.runtime.getURL(topicPagePath(msg.topic, sender.tab.id)) });
        return { ok: true };
      },
      'ui-messages': (msg) => fetchMessages(msg.locale),
    }),
  );

  browser.runtime.onConnect.addListener((port) => followCountReports(port, browser.runtime.id));

  browser.commands?.onCommand.addListener((command, tab) => {
    if (command === 'next-mention') void stepMentionInTab(1, tab?.id);
    if (command === 'previous-mention') void stepMentionInTab(-1, tab?.id);
    if (command === 'toggle-highlights') void toggleHighlightsInTab(tab?.id);
  });
});

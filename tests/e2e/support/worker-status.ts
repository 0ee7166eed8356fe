import type { Page } from 'playwright-core';

/** Follows the running status of the extension's service worker through CDP, from `page`'s session. */
export async function watchWorkerStatus(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  const history: string[] = [];
  cdp.on('ServiceWorker.workerVersionUpdated', ({ versions }) => {
    for (const v of versions) history.push(v.runningStatus);
  });
  await cdp.send('ServiceWorker.enable');
  return {
    history,
    latest: () => history[history.length - 1],
    stopAll: () => cdp.send('ServiceWorker.stopAllWorkers'),
    detach: () => cdp.detach(),
  };
}

import { describe, expect, it } from 'vitest';
import { mentionsOf } from '../../scripts/demo-steps.mjs';
import { browserWithPages } from './support/extension';
import { watchWorkerStatus } from './support/worker-status';

describe('the toolbar badge', () => {
  const env = browserWithPages();

  it('keeps counting after the worker was stopped: the next report opens a new port and wakes it', async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.url}/distractors.html`);
    const { tabId } = await mentionsOf(env.ext.worker, page);
    // The worker that runs now: a stopped one is gone from the list, a woken one joins it.
    const badge = () =>
      env.ext.context
        .serviceWorkers()
        .at(-1)!
        .evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
    await expect.poll(badge).toBe('2');

    const worker = await watchWorkerStatus(page);
    await worker.stopAll();
    await expect.poll(worker.latest, { timeout: 10_000 }).toBe('stopped');

    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later that day, Iran said it would answer.';
      document.body.append(p);
    });
    await expect.poll(worker.latest, { timeout: 10_000 }).toBe('running');
    await expect.poll(badge, { timeout: 10_000 }).toBe('3');
    await worker.detach();
    await page.close();
  });
});

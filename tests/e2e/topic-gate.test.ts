import { describe, expect, it } from 'vitest';
import { mentionsOf, tabIdOf, toolbarPopupOf } from '../../scripts/demo-steps.mjs';
import { browserWithPages } from './support/extension';

/** Longer than the content script waits for an idle page (1 s) plus its walk of a small page. */
const QUIET_MS = 2500;

/**
 * A page that names no topic never loads the page app: it reports nothing, so its toolbar popup stays the
 * extension's default. Once a topic appears (in the page, or in a same-origin frame), the app loads and reports.
 */
describe('a page that names no topic', () => {
  const env = browserWithPages();

  const openQuietPage = async () => {
    const page = await env.ext.context.newPage();
    await page.goto(`${env.server.url}/no-topic.html`);
    const tabId = await tabIdOf(env.ext.worker, page);
    await page.waitForTimeout(QUIET_MS);
    expect(await toolbarPopupOf(env.ext.worker, tabId)).toBe(
      `chrome-extension://${env.ext.extensionId}/popup.html`,
    );
    return { page, tabId };
  };

  it('loads nothing more, until a topic is written into it', async () => {
    const { page, tabId } = await openQuietPage();
    await page.evaluate(() => {
      const p = document.createElement('p');
      p.textContent = 'Later: talks with Iran resumed.';
      document.querySelector('main')!.append(p);
    });
    await expect
      .poll(() => toolbarPopupOf(env.ext.worker, tabId))
      .toMatch(/popup\.html\?over=\d+&mentions=1$/);
    await page.close();
  });

  it('finds a topic that arrives in a same-origin frame', async () => {
    const { page, tabId } = await openQuietPage();
    await page.evaluate(() => {
      const frame = document.createElement('iframe');
      frame.srcdoc = '<p>Putin spoke on Tuesday.</p>';
      document.body.append(frame);
    });
    await expect.poll(() => toolbarPopupOf(env.ext.worker, tabId)).toMatch(/mentions=1$/);
    await page.close();
  });

  it('still answers the popup, which loads the app on demand', async () => {
    const { page } = await openQuietPage();
    expect((await mentionsOf(env.ext.worker, page)).mentions).toEqual([]);
    await page.close();
  });
});

import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardText } from '../../scripts/demo-steps.mjs';
import { closeCard, hoverForCard } from './support/hostile-card';
import {
  evaluateInPage,
  highlightSizes,
  mentionTexts,
  startHostileSession,
  type HostileSession,
  type WatchedPage,
} from './support/hostile-session';

const STRICT_CSP = "default-src 'none'; require-trusted-types-for 'script'; trusted-types 'none'";

/** Records Content-Security-Policy violations the page reports, from before its first script. */
async function recordViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}`),
    );
  });
}

describe('strict CSP and a sabotaged platform', () => {
  let session: HostileSession;
  const watched: WatchedPage[] = [];

  beforeAll(async () => {
    session = await startHostileSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  describe(`a page served with "${STRICT_CSP}"`, () => {
    let w: WatchedPage;

    it('is under the policy (its own inline script was blocked)', async () => {
      const page = await session.ext.context.newPage();
      await recordViolations(page);
      w = { page, errors: [], problems: [] };
      page.on('pageerror', (e) => w.errors.push(e.message));
      await page.goto(session.url('csp.html', STRICT_CSP));
      watched.push(w);
      expect(await page.evaluate(() => document.body.dataset.scriptRan)).toBeUndefined();
    });

    it('still finds and highlights the mentions', async () => {
      expect(await mentionTexts(session, w.page)).toEqual([
        'iran:Iran',
        'russia:Russia',
        'putin:Putin',
        'swift:SWIFT',
        'bushehr:Bushehr',
      ]);
      expect(await highlightSizes(w.page)).toMatchObject({
        'backstory-iran': 1,
        'backstory-russia': 1,
        'backstory-putin': 1,
        'backstory-swift': 1,
        'backstory-bushehr': 1,
      });
    });

    it('still opens the card, with facts', async () => {
      await hoverForCard(w.page, 'Putin', 'Putin');
      // The facts arrive after the card opens ("Loading facts…" until then).
      await expect
        .poll(() => cardText(w.page, 'Putin'), { timeout: 5000 })
        .toMatch(/All \d+ facts about Putin/);
      await closeCard(w.page);
    });

    it('caused no policy violation of its own', async () => {
      const violations = await w.page.evaluate(
        () => (window as unknown as { __violations: string[] }).__violations,
      );
      // Only the page's own inline <style> and <script> were blocked; nothing of ours tripped the policy.
      const page = w.page.url().split('?')[0];
      expect(violations.sort()).toEqual([`script-src-elem inline ${page}`, `style-src-elem inline ${page}`]);
    });
  });

  describe('a page that overrides every built-in it can reach', () => {
    let w: WatchedPage;

    it('keeps its own script working', async () => {
      w = await session.open('builtins.html');
      watched.push(w);
      // In front, or the browser throttles the page's timers to once a second; a busy machine needs time.
      await w.page.bringToFront();
      const ticks = await evaluateInPage<number>(w.page, 'window.pageTicks');
      await w.page.waitForTimeout(1000);
      expect(await evaluateInPage<number>(w.page, 'window.pageTicks')).toBeGreaterThan(ticks + 2);
    });

    it('still finds, highlights and opens cards (the content script lives in its own world)', async () => {
      expect(await mentionTexts(session, w.page)).toEqual([
        'iran:Iran',
        'russia:Russia',
        'putin:Putin',
        'bushehr:Bushehr',
      ]);
      const sizes = await evaluateInPage<string>(
        w.page,
        `(() => { let s = ''; for (const [k, h] of CSS.highlights) s += k + '=' + h.size + ' '; return s.trim(); })()`,
      );
      expect(sizes.split(' ').sort()).toEqual([
        'backstory-active=0',
        'backstory-bushehr=1',
        'backstory-iran=1',
        'backstory-putin=1',
        'backstory-russia=1',
        'backstory-swift=0',
      ]);
      await hoverForCard(w.page, 'Bushehr', 'Bushehr');
      await closeCard(w.page);
    });

    it('leaves the page usable afterwards', async () => {
      await w.page.click('#act');
      expect(await evaluateInPage<string>(w.page, `document.getElementById('status').textContent`)).toBe(
        'read',
      );
    });
  });

  describe('a page that freezes, refuses and keeps clearing CSS.highlights', () => {
    let w: WatchedPage;

    it('fails quietly: page-mentions and cards still work, the page keeps running', async () => {
      w = await session.open('highlights-hostile.html');
      watched.push(w);
      expect(await mentionTexts(session, w.page)).toEqual(['iran:Iran', 'bushehr:Bushehr', 'russia:Russia']);
      await hoverForCard(w.page, 'Bushehr', 'Bushehr');
      await closeCard(w.page);
      const clears = await evaluateInPage<number>(w.page, 'window.clears');
      await w.page.waitForTimeout(300);
      expect(await evaluateInPage<number>(w.page, 'window.clears')).toBeGreaterThan(clears);
    });
  });

  it('caused no uncaught error or console error on any page, and sent nothing anywhere', () => {
    expect(watched.flatMap((x) => x.errors)).toEqual([]);
    expect(watched.flatMap((x) => x.problems)).toEqual([]);
    expect(session.ext.outsideRequests).toEqual([]);
    expect(session.requestsOfConcern()).toEqual([]);
  });
});

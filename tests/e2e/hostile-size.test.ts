import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionTexts, startHostileSession, type HostileSession } from './support/hostile-session';
import { traceLongTasks, type LongTask } from './support/hostile-tasks';

/** Loads `path` while tracing; returns the page-mentions answer and the long tasks seen meanwhile. */
async function loadAndAsk(session: HostileSession, path: string) {
  const page = await session.ext.context.newPage();
  let mentions: string[] = [];
  const tasks = await traceLongTasks(page, async () => {
    await page.goto(session.url(path));
    mentions = await mentionTexts(session, page);
    await page.waitForTimeout(300);
  });
  return { page, mentions, tasks };
}

/** Long tasks in which the extension's own code ran for 50 ms or more. */
const oursOver50 = (tasks: LongTask[], { startUp }: { startUp: boolean }) =>
  tasks.filter((t) => t.extensionMs >= 50 && t.evaluatesContentScript === startUp);

const countBy = (mentions: string[]) => {
  const counts: Record<string, number> = {};
  for (const m of mentions) counts[m] = (counts[m] ?? 0) + 1;
  return counts;
};

describe('huge pages stay usable and are counted exactly', () => {
  let session: HostileSession;
  const traces: Array<{ path: string; tasks: LongTask[] }> = [];

  beforeAll(async () => {
    session = await startHostileSession();
  });
  afterAll(async () => {
    await session?.close();
  });

  it('200,000 text nodes: every mention found, no long task of ours', async () => {
    const { page, mentions, tasks } = await loadAndAsk(session, 'size-many-nodes.html');
    traces.push({ path: 'size-many-nodes.html', tasks });
    const textNodes = await page.evaluate(() => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let n = 0;
      while (walker.nextNode()) n++;
      return n;
    });
    expect(textNodes).toBeGreaterThanOrEqual(200_000);
    expect(mentions).toHaveLength(2000);
    expect(mentions.slice(0, 5)).toEqual([
      'iran:Iran',
      'russia:Russia',
      'putin:Putin',
      'bushehr:Bushehr',
      'iran:Iran',
    ]);
    expect(countBy(mentions)).toEqual({
      'iran:Iran': 500,
      'russia:Russia': 500,
      'putin:Putin': 500,
      'bushehr:Bushehr': 500,
    });
    expect(oursOver50(tasks, { startUp: false }), JSON.stringify(tasks)).toEqual([]);
  });

  it('one text node of 4 MB: every mention found, no long task of ours', async () => {
    const { page, mentions, tasks } = await loadAndAsk(session, 'size-mega-text.html');
    traces.push({ path: 'size-mega-text.html', tasks });
    const longest = await page.evaluate(
      () => document.getElementById('dump')!.firstChild!.textContent!.length,
    );
    expect(longest).toBeGreaterThan(3_000_000);
    expect(mentions).toEqual(Array(500).fill('russia:Russia'));
    expect(oursOver50(tasks, { startUp: false }), JSON.stringify(tasks)).toEqual([]);
  });

  it('10,000 mentions: exact answer in document order, no long task of ours', async () => {
    const { page, mentions, tasks } = await loadAndAsk(session, 'size-many-mentions.html');
    traces.push({ path: 'size-many-mentions.html', tasks });
    expect(mentions).toHaveLength(10_000);
    expect(mentions.slice(0, 10)).toEqual([
      'iran:Iran',
      'russia:Russia',
      'bushehr:Bushehr',
      'putin:Putin',
      'swift:SWIFT',
      'putin:Putin',
      'russia:Russia',
      'iran:Iran',
      'bushehr:Bushehr',
      'swift:SWIFT',
    ]);
    expect(countBy(mentions)).toEqual({
      'iran:Iran': 2000,
      'russia:Russia': 2000,
      'putin:Putin': 2000,
      'bushehr:Bushehr': 2000,
      'swift:SWIFT': 2000,
    });
    const sizes = await page.evaluate(() => [...CSS.highlights].map(([name, h]) => `${name}=${h.size}`));
    expect(sizes.sort()).toEqual([
      'backstory-active=0',
      'backstory-bushehr=2000',
      'backstory-iran=2000',
      'backstory-putin=2000',
      'backstory-russia=2000',
      'backstory-swift=2000',
    ]);
    expect(oursOver50(tasks, { startUp: false }), JSON.stringify(tasks)).toEqual([]);
  });

  it('started its content script on each of those pages without a long task', () => {
    // Evaluating the content script (its top-level code) is one task of ours on every page a reader opens.
    const startUps = traces.map(({ path, tasks }) => ({ path, tasks: oursOver50(tasks, { startUp: true }) }));
    expect(startUps).toEqual(traces.map(({ path }) => ({ path, tasks: [] })));
  });

  it('sent nothing anywhere', () => {
    expect(session.ext.outsideRequests).toEqual([]);
    expect(session.requestsOfConcern()).toEqual([]);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mentionsOf } from '../../scripts/demo-steps.mjs';
import { startStaticServer, type StaticServer } from '../../scripts/static-server.mjs';
import { startBrowser, type ExtensionBrowser } from './support/extension';

// Saved third-party pages live beside the project, never inside it; without them there is nothing to check.
const DIR = resolve(__dirname, '../../../shared/real-pages');
const present = existsSync(resolve(DIR, 'expected.json'));
type Counts = Record<string, number>;

// In CI a missing folder is a failure, not a reason to skip.
it('has the saved real pages in CI', () => {
  if (process.env.CI === 'true') expect(present, `${DIR} is missing`).toBe(true);
});

describe.skipIf(!present)('saved real pages match the careful reader’s counts', () => {
  const expected: Record<string, Counts> = present
    ? JSON.parse(readFileSync(resolve(DIR, 'expected.json'), 'utf8'))
    : {};
  const found: Record<string, Counts> = {};
  let ext: ExtensionBrowser;
  let server: StaticServer;

  beforeAll(async () => {
    server = await startStaticServer([DIR]);
    ext = await startBrowser();
  });
  afterAll(async () => {
    const rows = Object.entries(found).map(([name, counts]) => {
      const cells = Object.keys(expected[name]!).map((t) => `${t} ${counts[t] ?? 0}/${expected[name]![t]}`);
      return `${name.padEnd(20)} ${cells.join('  ')}`;
    });
    console.log(`found/expected per topic\n${rows.join('\n')}`);
    await ext?.close();
    await server?.close();
  });

  it.each(Object.keys(expected))('%s', async (name) => {
    const page = await ext.context.newPage();
    await page.goto(`${server.url}/${name}.html`, { waitUntil: 'load' });
    const { mentions } = await mentionsOf(ext.worker, page);
    const counts: Counts = {};
    for (const topic of Object.keys(expected[name]!))
      counts[topic] = mentions.filter((m) => m.topic === topic).length;
    found[name] = counts;
    await page.close();
    expect(counts).toEqual(expected[name]);
  });
});

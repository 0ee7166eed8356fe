// @vitest-environment node
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { shippedBase } from '../../utils/db/bundled-base';

const about = { version: 'v', factCount: dataset.facts.length, info: dataset.info };
let server: Server;
let origin: string;
let requests = 0;
let failNext = false;

beforeAll(async () => {
  server = createServer((req, res) => {
    requests++;
    if (req.url !== '/fact-base.json' || failNext) {
      failNext = false;
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(dataset));
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe('the shipped fact base', () => {
  it('fetches its records once, however many readers ask', async () => {
    const bundle = shippedBase(`${origin}/fact-base.json`, about);
    const before = requests;
    const [a, b] = await Promise.all([bundle.load(), bundle.load()]);
    await bundle.load();
    expect(requests - before).toBe(1);
    expect(a).toBe(b);
    expect(a.facts.map((f) => f.id)).toEqual(dataset.facts.map((f) => f.id));
  });

  it('says why when the file cannot be read, and tries again on the next read', async () => {
    const bundle = shippedBase(`${origin}/fact-base.json`, about);
    failNext = true;
    await expect(bundle.load()).rejects.toThrow('The bundled facts could not be read (404).');
    expect((await bundle.load()).facts).toHaveLength(dataset.facts.length);
  });
});

import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../data/hash';
import { DATASET_VERSION, dataset } from '../../data/index';
import { TOPIC_IDS } from '../../data/schema';
import type { Fact, TopicId } from '../../data/schema';
import { validateDataset } from '../../data/validate';

const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');
const seedsExist = existsSync(SEEDS_DIR);

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const allSources = dataset.facts.flatMap((f) => f.sources.map((s, i) => ({ id: f.id, index: i, ...s })));

describe('bundled dataset', () => {
  it('validates', () => {
    expect(() => validateDataset(dataset)).not.toThrow();
    expect(dataset.facts.length).toBeGreaterThanOrEqual(35);
  });

  it('cites both articles', () => {
    const cited = new Set(allSources.map((s) => s.articleId));
    expect([...cited].sort()).toEqual(dataset.articles.map((a) => a.id).sort());
  });

  it.each(TOPIC_IDS)('has at least two facts about %s', (topic) => {
    expect(dataset.facts.filter((f) => f.topics.includes(topic)).length).toBeGreaterThanOrEqual(2);
  });

  it.each(dataset.facts)('fact $id has a short text, 3–8 lower-case keywords and short quotes', (fact) => {
    expect(fact.text.length).toBeLessThanOrEqual(300);
    expect(fact.keywords.length).toBeGreaterThanOrEqual(3);
    expect(fact.keywords.length).toBeLessThanOrEqual(8);
    for (const k of fact.keywords) expect(k).toBe(k.toLowerCase());
    for (const s of fact.sources) expect(s.quote.trim().split(/\s+/).length).toBeLessThanOrEqual(32);
  });

  it.each(dataset.facts.filter((f) => f.date !== undefined))(
    'fact $id shows the year it sorts by',
    (fact) => {
      expect(fact.date?.label).toContain(fact.date?.sortKey.slice(0, 4));
    },
  );

  it('versions the dataset with a stable FNV-1a hash', () => {
    expect(hashString('')).toBe('811c9dc5');
    expect(hashString('a')).toBe('e40c292c');
    expect(hashString('foobar')).toBe('bf9cf968');
    expect(DATASET_VERSION).toBe(hashString(JSON.stringify(dataset)));
  });
});

describe('validateDataset', () => {
  const [first, second] = dataset.facts as [Fact, Fact, ...Fact[]];
  const withFacts = (facts: unknown[]): unknown => ({ ...dataset, facts });
  const replaceFirst = (change: Record<string, unknown>): unknown =>
    withFacts([{ ...first, id: 'bad-fact', ...change }, ...dataset.facts.slice(1)]);
  const longQuote = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');

  it.each([
    { name: 'missing source', input: replaceFirst({ sources: [] }), expected: 'fact "bad-fact": sources' },
    {
      name: 'unknown topic',
      input: replaceFirst({ topics: ['atlantis'] }),
      expected: 'fact "bad-fact": topics[0]',
    },
    {
      name: 'quote too long',
      input: replaceFirst({ sources: [{ articleId: 'evolving-alliance', quote: longQuote }] }),
      expected: 'fact "bad-fact": sources[0].quote',
    },
    {
      name: 'unknown articleId',
      input: replaceFirst({
        sources: [{ articleId: 'no-such-article', quote: 'a quote that is long enough' }],
      }),
      expected: 'fact "bad-fact": sources[0].articleId',
    },
    {
      name: 'duplicate id',
      input: withFacts([
        ...dataset.facts,
        { ...second, id: first.id, sources: [{ ...first.sources[0], quote: 'x'.repeat(12) }] },
      ]),
      expected: `fact "${first.id}": duplicate fact id`,
    },
    {
      name: 'duplicate quote',
      input: withFacts([...dataset.facts, { ...second, id: 'copied-quote' }]),
      expected: 'fact "copied-quote": sources[0].quote: duplicate',
    },
    {
      name: 'topic without aliases',
      input: { ...dataset, aliases: { ...dataset.aliases, swift: [] } },
      expected: 'topic "swift": no aliases',
    },
    {
      name: 'topic without facts',
      input: withFacts(dataset.facts.filter((f) => !f.topics.includes('bushehr'))),
      expected: 'topic "bushehr": no facts',
    },
  ])('rejects $name, naming the record', ({ input, expected }) => {
    expect(() => validateDataset(input)).toThrow(expected);
  });

  it('lists every problem in one error', () => {
    const facts = [...dataset.facts];
    facts[0] = { ...first, id: 'bad-one', topics: [] };
    facts[1] = { ...second, id: 'bad-two', text: 'short' };
    expect(() => validateDataset(withFacts(facts))).toThrow(
      /fact "bad-one": topics[\s\S]*fact "bad-two": text/,
    );
  });
});

/** The article body ends where the page furniture begins: the first headline printed twice in a row. */
function splitSeed(text: string): { body: string; furniture: string } {
  const lines = text.split('\n');
  const filled = lines.map((l, i) => ({ l: l.trim(), i })).filter((x) => x.l !== '');
  const start = filled.findIndex((x, k) => filled[k + 1]?.l === x.l);
  const cut = filled[start]?.i ?? lines.length;
  return { body: lines.slice(0, cut).join('\n'), furniture: lines.slice(cut).join('\n') };
}

/** Strings only the furniture holds: e-mails, phone numbers, the profile's field values and the headlines. */
function furnitureStrings(furniture: string): Record<string, string[]> {
  const field = (name: string): string[] =>
    [...furniture.matchAll(new RegExp(`^\\s*•\\s*${name}\\s*:\\s*(.+)$`, 'gm'))].map((m) => m[1] ?? '');
  const found: Record<string, string[]> = {
    emails: furniture.match(/[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g) ?? [],
    phones: furniture.match(/\(?\d{3}\)?[\s.-]?\d{3}[.-]\d{4}/g) ?? [],
    names: field('Name').flatMap((n) => [n, ...n.split(/\s+/)]),
    usernames: field('[Uu]sername'),
    addresses: field('Address'),
    fields: field('[A-Za-z]+'),
    headlines: furniture.split('Detail Author:')[0]?.split('\n') ?? [],
  };
  for (const key of Object.keys(found)) {
    found[key] = (found[key] ?? []).map((s) => s.trim()).filter((s) => s.length >= 4 && !/^\d+$/.test(s));
  }
  return found;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}

describe.skipIf(!seedsExist)('against the seed articles', () => {
  const cache = new Map<string, { body: string; furniture: string }>();
  const seed = (articleId: string): { body: string; furniture: string } => {
    const article = dataset.articles.find((a) => a.id === articleId);
    if (article === undefined) throw new Error(`unknown article ${articleId}`);
    const cached =
      cache.get(articleId) ?? splitSeed(readFileSync(path.join(SEEDS_DIR, article.seedFile), 'utf8'));
    cache.set(articleId, cached);
    return cached;
  };

  it.each(dataset.articles)('$id: title is the first line and the furniture is found', (article) => {
    const { body, furniture } = seed(article.id);
    expect(body.split('\n')[0]).toBe(article.title);
    expect(furniture).toContain('Detail Author:');
    expect(body).not.toContain('Detail Author:');
  });

  it.each(allSources)('fact $id sources[$index] is quoted word for word from the article body', (source) => {
    expect(collapse(seed(source.articleId).body)).toContain(collapse(source.quote));
  });

  it('takes nothing from the page furniture', () => {
    const ours = stringsIn({ topics: dataset.topics, articles: dataset.articles, facts: dataset.facts }).join(
      '\n',
    );
    const found = dataset.articles.map((a) => furnitureStrings(seed(a.id).furniture));
    // The extraction itself must work, or the check below would pass vacuously.
    for (const f of found) {
      for (const kind of ['emails', 'phones', 'names', 'usernames', 'addresses', 'headlines']) {
        expect(f[kind]?.length, kind).toBeGreaterThan(0);
      }
    }
    const banned = found.flatMap((f) => Object.values(f).flat());
    const leaked = banned.filter((s) =>
      /^\p{L}+$/u.test(s)
        ? new RegExp(`\\b${s}\\b`).test(ours)
        : ours.toLowerCase().includes(s.toLowerCase()),
    );
    expect(leaked).toEqual([]);
  });
});

describe('coverage of the key claims', () => {
  const claims: Array<{ claim: string; phrase: string; topic: TopicId }> = [
    { claim: 'tariffs cut on 90 percent of goods', phrase: 'about 90 percent of goods', topic: 'russia' },
    { claim: 'payments independent of SWIFT', phrase: 'SWIFT system', topic: 'swift' },
    { claim: 'national payment systems', phrase: 'national payment systems', topic: 'swift' },
    { claim: 'Bushehr operational in 2013', phrase: 'operational in 2013', topic: 'bushehr' },
    { claim: 'Iranian drones for Russia', phrase: 'drones', topic: 'iran' },
    { claim: 'no fighter jets or air defences', phrase: 'fighter jets', topic: 'russia' },
    { claim: 'Syria', phrase: 'Assad', topic: 'iran' },
    { claim: 'partnership treaty ratified', phrase: 'ratifying this treaty', topic: 'putin' },
    { claim: 'UN Security Council shield', phrase: 'UN Security Council', topic: 'russia' },
    { claim: 'Human Rights Council votes', phrase: 'Human Rights Council', topic: 'iran' },
    { claim: 'mediation offers', phrase: 'offered to mediate', topic: 'putin' },
    { claim: 'warning to the US', phrase: 'not to strike Iran', topic: 'russia' },
    { claim: 'warning to Israel', phrase: 'catastrophe if Israel', topic: 'russia' },
    { claim: 'nuclear weapons stance', phrase: 'have nuclear weapons', topic: 'putin' },
    { claim: 'real breakthrough', phrase: 'real breakthrough', topic: 'putin' },
    { claim: 'limits of the alliance', phrase: 'within defined limits', topic: 'iran' },
  ];

  it.each(claims)('$claim', ({ phrase, topic }) => {
    const hits = dataset.facts.filter(
      (f) => f.topics.includes(topic) && f.sources.some((s) => s.quote.includes(phrase)),
    );
    expect(hits.map((f) => f.id)).not.toEqual([]);
  });
});

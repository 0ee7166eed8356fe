import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashString } from '../../data/hash';
import { DATASET_VERSION, dataset } from '../../data/index';
import { TOPIC_IDS } from '../../data/schema';
import type { Fact, SeedSource, TopicId } from '../../data/schema';
import { isSeedSource } from '../../data/sources';
import { validateDataset } from '../../data/validate';

const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');
// In CI a missing fixture is a failure, not a reason to skip (see the test below).
const seedsExist = existsSync(SEEDS_DIR);

const collapse = (s: string): string => s.replace(/\s+/g, ' ').trim();
const seedSources = dataset.facts.flatMap((f) =>
  f.sources.flatMap((s, i) => (isSeedSource(s) ? [{ id: f.id, index: i, ...s }] : [])),
);

describe('bundled dataset', () => {
  it('validates', () => {
    expect(() => validateDataset(dataset)).not.toThrow();
  });

  it('holds at least 300 facts, at least 85 % of them dated', () => {
    expect(dataset.facts.length).toBeGreaterThanOrEqual(300);
    const dated = dataset.facts.filter((f) => f.date !== undefined).length;
    expect(dated / dataset.facts.length).toBeGreaterThanOrEqual(0.85);
  });

  it.each(TOPIC_IDS)('has at least 30 facts about %s', (topic) => {
    expect(dataset.facts.filter((f) => f.topics.includes(topic)).length).toBeGreaterThanOrEqual(30);
  });

  it('cites both seed articles', () => {
    const cited = new Set(seedSources.map((s) => s.article));
    expect([...cited].sort()).toEqual(dataset.articles.map((a) => a.id).sort());
  });

  it('has the seed files in CI', () => {
    if (process.env.CI === 'true') expect(seedsExist, `${SEEDS_DIR} is missing`).toBe(true);
  });

  it.each(dataset.facts)('fact $id has lower-case keywords, short quotes and a checked date', (fact) => {
    for (const k of fact.keywords) expect(k).toBe(k.toLowerCase());
    for (const s of fact.sources) {
      if (isSeedSource(s)) expect(s.quote.trim().split(/\s+/).length).toBeLessThanOrEqual(40);
      expect(s.checked <= dataset.info.asOf).toBe(true);
    }
  });

  it('presents no hypothetical or unnamed speaker', () => {
    for (const f of dataset.facts) expect(f.speaker?.name ?? '').not.toMatch(/carnegie|^analysts|expert/i);
  });

  it('carries its version and "as of" day', () => {
    expect(dataset.info.version).toMatch(/\d/);
    expect(dataset.info.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('versions the dataset with a stable FNV-1a hash', () => {
    expect(hashString('')).toBe('811c9dc5');
    expect(hashString('a')).toBe('e40c292c');
    expect(hashString('foobar')).toBe('bf9cf968');
    expect(DATASET_VERSION).toBe(hashString(JSON.stringify(dataset)));
  });
});

describe('validateDataset', () => {
  const seedFact = dataset.facts.find((f) => f.sources.every(isSeedSource))!;
  const webFact = dataset.facts.find((f) => f.kind === 'event' && !f.sources.some(isSeedSource))!;
  const web = webFact.sources[0]!;
  const withFacts = (facts: unknown[]): unknown => ({ ...dataset, facts });
  const replacing = (base: Fact, change: Record<string, unknown>): unknown =>
    withFacts([{ ...base, id: 'bad-fact', ...change }, ...dataset.facts.filter((f) => f.id !== base.id)]);
  const longQuote = Array.from({ length: 45 }, (_, i) => `word${i}`).join(' ');

  it.each([
    {
      name: 'missing source',
      input: replacing(webFact, { sources: [] }),
      expected: 'fact "bad-fact": sources',
    },
    { name: 'unknown topic', input: replacing(webFact, { topics: ['atlantis'] }), expected: 'topics[0]' },
    {
      name: 'quote too long',
      input: replacing(seedFact, {
        sources: [{ article: 'evolving-alliance', quote: longQuote, checked: '2026-12-01' }],
      }),
      expected: 'fact "bad-fact": sources[0]',
    },
    {
      name: 'unknown article',
      input: replacing(seedFact, {
        sources: [
          { article: 'no-such-article', quote: 'a quote that is long enough', checked: '2026-12-01' },
        ],
      }),
      expected: 'fact "bad-fact": sources[0].article: unknown article',
    },
    {
      name: 'http source',
      input: replacing(webFact, { sources: [{ ...web, url: 'http://example.org/a' }] }),
      expected: 'fact "bad-fact": sources[0]',
    },
    {
      name: 'source without a publication date',
      input: replacing(webFact, { sources: [{ ...web, published: undefined }] }),
      expected: 'fact "bad-fact": sources[0]',
    },
    {
      name: 'date not ISO',
      input: replacing(webFact, { date: '3 Sept 2011' }),
      expected: 'fact "bad-fact": date',
    },
    { name: 'month 13', input: replacing(webFact, { date: '2011-13' }), expected: 'fact "bad-fact": date' },
    {
      name: 'period ending before it starts',
      input: replacing(webFact, { date: '2011-09', until: '2010' }),
      expected: 'fact "bad-fact": until',
    },
    {
      name: 'statement without the office of its speaker',
      input: replacing(webFact, { kind: 'statement', speaker: { name: 'Sergei Lavrov' } }),
      expected: 'fact "bad-fact": speaker: a statement needs',
    },
    {
      name: 'claim without a claimant',
      input: replacing(webFact, { kind: 'claim' }),
      expected: 'fact "bad-fact": speaker: a claim needs its claimant',
    },
    {
      name: 'analysis without an analyst',
      input: replacing(webFact, { kind: 'analysis' }),
      expected: 'fact "bad-fact": speaker: an analysis needs',
    },
    {
      name: "article's view without a seed source",
      input: replacing(webFact, { kind: 'view' }),
      expected: 'fact "bad-fact": sources: the article\'s view needs',
    },
    {
      name: 'keyword from outside the fact',
      input: replacing(webFact, { keywords: ['khamenei'] }),
      expected: 'fact "bad-fact": keywords[0]: "khamenei" is not in the fact',
    },
    {
      name: 'dispute with one version',
      input: replacing(webFact, { disputed: [{ version: 'one version', sources: [0] }] }),
      expected: 'fact "bad-fact": disputed',
    },
    {
      name: 'dispute citing a source the fact does not have',
      input: replacing(webFact, {
        sources: [web],
        disputed: [
          { version: 'one version', sources: [0] },
          { version: 'another version', sources: [3] },
        ],
      }),
      expected: 'fact "bad-fact": disputed[1].sources: no such source',
    },
    {
      name: 'checked after the base\'s "as of" day',
      input: replacing(webFact, { sources: [{ ...web, checked: '2999-01-01' }] }),
      expected: 'fact "bad-fact": sources[0].checked: after',
    },
    {
      name: 'duplicate id',
      input: withFacts([...dataset.facts, { ...webFact }]),
      expected: `fact "${webFact.id}": duplicate fact id`,
    },
    {
      name: 'duplicate quote',
      input: withFacts([...dataset.facts, { ...seedFact, id: 'copied-quote' }]),
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
    {
      name: 'topic summary without sources',
      input: {
        ...dataset,
        topics: dataset.topics.map((t) => (t.id === 'swift' ? { ...t, sources: [] } : t)),
      },
      expected: 'topic "swift": sources',
    },
  ])('rejects $name, naming the record', ({ input, expected }) => {
    expect(() => validateDataset(input)).toThrow(expected);
  });

  it('lists every problem in one error', () => {
    const facts = [...dataset.facts];
    facts[0] = { ...facts[0]!, id: 'bad-one', topics: [] };
    facts[1] = { ...facts[1]!, id: 'bad-two', text: 'short' };
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
  const allSources: Array<SeedSource & { id: string; index: number }> = seedSources;
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
    expect(collapse(seed(source.article).body)).toContain(collapse(source.quote));
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
    { claim: 'the hypothetical Carnegie expert', phrase: 'would likely emphasize', topic: 'russia' },
  ];

  it.each(claims)('$claim', ({ phrase, topic }) => {
    const hits = dataset.facts.filter(
      (f) => f.topics.includes(topic) && f.sources.some((s) => isSeedSource(s) && s.quote.includes(phrase)),
    );
    expect(hits.map((f) => f.id)).not.toEqual([]);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { dataset } from '../../data/index';
import type { Fact } from '../../data/schema';
import { topicRows } from '../../utils/db/seed';
import {
  buildFactSearch,
  fold,
  marksFor,
  type SearchableFact,
  type SearchHit,
} from '../../utils/search/fact-search';
import { createInThreadSearch } from '../../utils/search/search-engine';
import {
  searchableFact,
  type FromSearchWorker,
  type ToSearchWorker,
} from '../../utils/search/search-protocol';
import { createSearchWorkerCore } from '../../utils/search/search-worker-core';
import { WARM_UP_QUERIES } from '../../utils/search/warm-up';
import {
  IN_THREAD_MAX_FACTS,
  createDefaultSearch,
  createWorkerSearch,
  type SearchWorkerPort,
} from '../../utils/search/worker-search';
import { splitMarked } from '../../utils/search/mark-ranges';
import { filterFacts, orderTimeline, topicTimelines } from '../../utils/search/timeline';

const search = buildFactSearch(topicRows(dataset), dataset.facts);
const idOf = (hit: SearchHit<SearchableFact>): string =>
  hit.kind === 'topic' ? `topic:${hit.topic.id}` : hit.fact.id;
const markedWords = (hit: SearchHit<SearchableFact>): string[] =>
  hit.matches.flatMap((m) => m.ranges.map((r) => m.value.slice(r.start, r.end).toLowerCase()));

describe('fact search', () => {
  it.each([
    ['Путин', 'topic:putin'],
    ['Putin', 'topic:putin'],
    ['Bushher', 'topic:bushehr'],
    ['bush', 'topic:bushehr'],
    ['swift', 'topic:swift'],
    ['Иран', 'topic:iran'],
  ])('%s finds %s first', (query, expected) => {
    expect(search.search(query).map(idOf)[0]).toBe(expected);
  });

  it('lists a topic’s facts after it when the query names the topic in another language', () => {
    const hits = search.search('Путин');
    const facts = hits.flatMap((h) => (h.kind === 'fact' ? [h.fact] : []));
    expect(facts.length).toBe(dataset.facts.filter((f) => f.topics.includes('putin')).length);
    expect(facts.every((f) => f.topics.includes('putin'))).toBe(true);
  });

  it('finds facts by their words, forgiving a typo, and every word must match', () => {
    const hits = search.search('payment systm');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(markedWords(hit).some((w) => w.startsWith('payment'))).toBe(true);
    expect(search.search('payment zzzzqqq')).toEqual([]);
  });

  it('finds facts by speaker', () => {
    const hits = search.search('Ryabkov').filter((h) => h.kind === 'fact');
    expect(hits.length).toBeGreaterThan(0);
    expect(hits.every((h) => h.kind === 'fact' && h.matches.some((m) => m.field === 'speaker'))).toBe(true);
  });

  it('marks whole words, never stray letters', () => {
    const [hit] = search.search('Bushher');
    expect(hit).toBeDefined();
    const words = markedWords(hit!);
    expect(words).toContain('bushehr');
    expect(words.every((w) => w.length >= 3)).toBe(true);
  });

  it('answers nothing for a blank query', () => {
    expect(search.search('   ')).toEqual([]);
  });

  it('ignores case and diacritics, and marks the text as shown, not as compared', () => {
    const ids = (query: string) => search.search(query).map(idOf);
    expect(ids('TEHERAN')).toEqual(ids('téhéran'));
    expect(ids('ПУТИН')).toEqual(ids('путин'));
    const [iran] = search.search('teheran');
    expect(iran && idOf(iran)).toBe('topic:iran');
    const aliases = iran?.matches.filter((m) => m.field === 'aliases') ?? [];
    expect(aliases.map((m) => m.value)).toContain('Téhéran');
    for (const m of aliases) expect(iran?.kind === 'topic' && iran.topic.aliases).toContain(m.value);
  });
});

describe('fact search by words', () => {
  const ids = (query: string, limit?: number) => search.search(query, limit).map(idOf);
  const direct = (query: string) => search.search(query, 1000).filter((h) => h.matches.length > 0);

  it.each(['b', 'bu', 'bus', 'bush', 'bushe', 'bushehr', 'Bushher', 'Búshehr', 'BUSHEHR'])(
    'as "%s" is typed, Bushehr stays first with its whole name marked',
    (query) => {
      const [first] = search.search(query);
      expect(first && idOf(first)).toBe('topic:bushehr');
      expect(marksFor(first!.matches, 'name', 'Bushehr')).toEqual([{ start: 0, end: 7 }]);
    },
  );

  it.each([
    ['Путин', 'topic:putin'],
    ['Иран', 'topic:iran'],
    ['Téhéran', 'topic:iran'],
    ['Moskau', 'topic:russia'],
    ['SWIFT', 'topic:swift'],
  ])('names a topic as "%s" and lists it first, then its facts', (query, topic) => {
    const hits = search.search(query, 1000);
    expect(idOf(hits[0]!)).toBe(topic);
    const listed = new Set(hits.map(idOf));
    const facts = dataset.facts.filter((f) => f.topics.some((t) => `topic:${t}` === topic));
    expect(facts.every((f) => listed.has(f.id))).toBe(true);
  });

  it('needs every word to match, in any order, and marks each matched word', () => {
    const both = ids('nuclear plant', 1000);
    expect(both.length).toBeGreaterThan(0);
    expect(ids('plant nuclear', 1000)).toEqual(both);
    for (const id of both) {
      expect(ids('nuclear', 1000)).toContain(id);
      expect(ids('plant', 1000)).toContain(id);
    }
    const hits = direct('nuclear plant');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(new Set(markedWords(hit))).toEqual(new Set(['nuclear', 'plant']));
    // Both words of one field value are marked in it.
    const text = hits.flatMap((h) => h.matches).find((m) => m.field === 'text');
    expect(text?.ranges.map((r) => text.value.slice(r.start, r.end).toLowerCase()).sort()).toEqual(
      expect.arrayContaining(['nuclear', 'plant']),
    );
  });

  it('answers nothing when one query word matches nothing', () => {
    expect(search.search('zzqxv')).toEqual([]);
    expect(search.search('Bushehr zzqxv')).toEqual([]);
    expect(search.search('?!')).toEqual([]);
  });

  it('forgives a typo and marks the word as written in the fact', () => {
    const hits = direct('sanctons');
    expect(hits.length).toBeGreaterThan(0);
    for (const hit of hits) expect(markedWords(hit).some((w) => w.startsWith('sanction'))).toBe(true);
  });

  it('ranks a word begun as typed over one that only contains the query', () => {
    const hits = direct('ir');
    expect(idOf(hits[0]!)).toBe('topic:iran');
    for (const hit of hits) expect(markedWords(hit).every((w) => w.startsWith('ir'))).toBe(true);
  });

  it('does not take a likeness inside a word for a topic’s name', () => {
    // "ties" is found inside "Putins" (an alias): the topic matches, low, but is not named, so its facts
    // are not listed for it.
    const hits = search.search('ties', 1000);
    const putin = hits.find((h) => h.kind === 'topic' && h.topic.id === 'putin');
    expect(putin?.matches).toEqual([]);
    expect(hits.filter((h) => h.score === 1)).toEqual([]);
  });

  it('limits the hits, best first', () => {
    expect(search.search('a', 5)).toHaveLength(5);
    expect(ids('a', 5)).toEqual(ids('a', 1000).slice(0, 5));
    const scores = search.search('iran', 1000).map((h) => h.score);
    const direct = scores.slice(0, scores.indexOf(1));
    expect(direct).toEqual([...direct].sort((a, b) => a - b));
  });
});

describe('hyphenated words', () => {
  const direct = (query: string) => search.search(query, 1000).filter((h) => h.matches.length > 0);

  it.each([
    ['longterm', 'long-term'],
    ['fullscale', 'full-scale'],
    ['nonproliferation', 'non-proliferation'],
    ['S400', 's-400'],
  ])('"%s" finds every topic and fact that writes "%s", marked whole', (query, written) => {
    const writes = (values: readonly string[]) => values.some((v) => v.toLowerCase().includes(written));
    const writing = [
      ...topicRows(dataset)
        .filter((t) => writes([t.name, ...t.aliases, t.summary]))
        .map((t) => `topic:${t.id}`),
      ...dataset.facts
        .filter((f) => writes([f.text, ...f.sources.map((s) => s.quote), ...f.keywords]))
        .map((f) => f.id),
    ];
    expect(writing.length).toBeGreaterThan(0);
    const hits = direct(query);
    expect(hits.map(idOf).sort()).toEqual(writing.sort());
    for (const hit of hits) expect(markedWords(hit)).toContain(written);
  });

  it('finds a word written with or without its hyphen, typed either way, and still by its parts', () => {
    const fact = (id: string, text: string): SearchableFact => ({
      id,
      text,
      topics: [],
      keywords: [],
      sources: [],
    });
    const small = buildFactSearch(
      [],
      [
        fact('hyphen', 'A long-term deal'),
        fact('joined', 'A longterm deal'),
        fact('apart', 'In the long run, a term'),
        fact('dash', 'Iran–Russia ties'),
      ],
    );
    const found = (query: string) => small.search(query).map((h) => (h.kind === 'fact' ? h.fact.id : ''));
    const marks = (query: string, id: string) =>
      markedWords(small.search(query).find((h) => h.kind === 'fact' && h.fact.id === id)!);
    expect(found('longterm').sort()).toEqual(['hyphen', 'joined']);
    expect(found('long-term').sort()).toEqual(['apart', 'hyphen', 'joined']);
    expect(found('long').sort()).toEqual(['apart', 'hyphen', 'joined']);
    expect(found('term')).toContain('hyphen');
    expect(found('iranrussia')).toEqual([]);
    expect(marks('longterm', 'hyphen')).toEqual(['long-term']);
    expect(marks('longtrem', 'hyphen')).toEqual(['long-term']);
    expect(marks('long-term', 'hyphen')).toEqual(['long', 'term']);
    expect(marks('long', 'hyphen')).toEqual(['long']);
    expect(marks('term', 'hyphen')).toEqual(['term']);
    expect(marks('long-term', 'joined')).toEqual(['longterm']);
  });
});

describe('folding for comparison', () => {
  it.each([
    ['SWIFT Payments', 'swift payments'],
    ['Téhéran', 'teheran'],
    ['TEHERÁN', 'teheran'],
    ['ПУТИН', 'путин'],
    ['Łódź', 'lodz'],
    ['Straße', 'strasse'],
    ['Øresund', 'oresund'],
    ['إِيران', 'ايران'],
    ['ايران', 'ايران'],
    ['俄罗斯', '俄罗斯'],
  ])('%s compares as %s', (text, expected) => {
    expect(fold(text)).toBe(expected);
  });
});

describe('marking', () => {
  it('splits text into marked and plain pieces', () => {
    const text = 'Iran and Russia';
    expect(
      splitMarked(text, [
        { start: 9, end: 15 },
        { start: 0, end: 4 },
        { start: 0, end: 4 },
      ]),
    ).toEqual([
      { text: 'Iran', marked: true },
      { text: ' and ', marked: false },
      { text: 'Russia', marked: true },
    ]);
  });

  it('picks the ranges of one shown field', () => {
    const [hit] = search.search('Путин');
    expect(hit).toBeDefined();
    expect(marksFor(hit!.matches, 'aliases', 'Путин')).toEqual([{ start: 0, end: 5 }]);
    expect(marksFor(hit!.matches, 'text', 'Путин')).toEqual([]);
  });
});

describe('timeline', () => {
  const fact = (id: string, sortKey?: string): Fact => ({
    ...dataset.facts[0]!,
    id,
    date: sortKey === undefined ? undefined : { label: sortKey, sortKey },
  });

  it('orders dated facts ascending, then undated ones in their original order', () => {
    const facts = [
      fact('u1'),
      fact('d2024', '2024-05'),
      fact('u2'),
      fact('d2013', '2013'),
      fact('d2024y', '2024'),
    ];
    expect(orderTimeline(facts).map((f) => f.id)).toEqual(['d2013', 'd2024y', 'd2024', 'u1', 'u2']);
  });

  it('orders the real dataset with every dated fact before every undated one', () => {
    const ordered = orderTimeline(dataset.facts);
    const firstUndated = ordered.findIndex((f) => f.date === undefined);
    expect(ordered.slice(firstUndated).every((f) => f.date === undefined)).toBe(true);
    const keys = ordered.slice(0, firstUndated).map((f) => f.date!.sortKey);
    expect(keys).toEqual([...keys].sort());
  });

  it('builds every topic’s timeline in one pass, as filtering per topic would', () => {
    const filter = { kind: 'statement' as const };
    const topics = dataset.topics.map((t) => t.id);
    const timelines = topicTimelines(topics, dataset.facts, filter);
    for (const topic of topics)
      expect(timelines.get(topic)).toEqual(orderTimeline(filterFacts(dataset.facts, { ...filter, topic })));
  });

  it('narrows by topic, category, kind and saved', () => {
    const all = dataset.facts;
    const putin = filterFacts(all, { topic: 'putin' });
    expect(putin.length).toBeGreaterThan(0);
    expect(putin.every((f) => f.topics.includes('putin'))).toBe(true);
    const putinStatements = filterFacts(all, { topic: 'putin', kind: 'statement' });
    expect(putinStatements.length).toBeLessThan(putin.length);
    expect(filterFacts(all, { category: 'nuclear' }).every((f) => f.category === 'nuclear')).toBe(true);
    expect(filterFacts(all, { savedIds: new Set([all[2]!.id]) })).toEqual([all[2]]);
  });
});

/**
 * The worker's own code in this thread, behind a port that copies every message as postMessage does and
 * delivers it a task later: the whole path but the thread.
 */
function inProcessWorker(): SearchWorkerPort & { fail(): void; received: ToSearchWorker[] } {
  const received: ToSearchWorker[] = [];
  const port: SearchWorkerPort & { fail(): void; received: ToSearchWorker[] } = {
    received,
    onmessage: null,
    onerror: null,
    postMessage(message) {
      received.push(message);
      const copy = structuredClone(message);
      setTimeout(() => handle(copy), 0);
    },
    terminate: vi.fn(),
    fail() {
      port.onerror?.(new ErrorEvent('error', { message: 'worker failed to start' }));
    },
  };
  const handle = createSearchWorkerCore((answer: FromSearchWorker) => {
    const copy = structuredClone(answer);
    setTimeout(() => port.onmessage?.(new MessageEvent('message', { data: copy })), 0);
  });
  return port;
}

describe('search engines', () => {
  const topics = topicRows(dataset);
  const queries = ['Путин', 'Bushher', 'payment systm', 'Ryabkov', 'zzqxv'];

  it('answers in the worker exactly as the search does in this thread', async () => {
    const engine = createWorkerSearch(topics, dataset.facts, inProcessWorker);
    for (const query of queries) expect(await engine.search(query)).toEqual(search.search(query));
    engine.dispose();
  });

  it('copies to the worker only what search reads', () => {
    const port = inProcessWorker();
    createWorkerSearch(topics, dataset.facts, () => port).dispose();
    const [index] = port.received;
    expect(index?.type).toBe('index');
    if (index?.type !== 'index') return;
    expect(Object.keys(index.facts[0]!).sort()).toEqual([
      'id',
      'keywords',
      'sources',
      'speaker',
      'text',
      'topics',
    ]);
    expect(Object.keys(index.facts[0]!.sources[0]!)).toEqual(['quote']);
  });

  it('lets the newest query win: earlier ones still unanswered answer undefined', async () => {
    for (const engine of [
      createWorkerSearch(topics, dataset.facts, inProcessWorker),
      createInThreadSearch(topics, dataset.facts),
    ]) {
      const answers = await Promise.all(['P', 'Pu', 'Путин'].map((q) => engine.search(q)));
      expect(answers.slice(0, 2)).toEqual([undefined, undefined]);
      expect(answers[2]).toEqual(search.search('Путин'));
      engine.dispose();
    }
  });

  it('sends a large fact base in parts and answers a query asked meanwhile once the index is whole', async () => {
    const many: Fact[] = Array.from({ length: 1200 }, (_, i) => ({
      ...dataset.facts[i % dataset.facts.length]!,
      id: `copy-${i}`,
    }));
    const port = inProcessWorker();
    const engine = createWorkerSearch(topics, many, () => port);
    const hits = await engine.search('payment systm');
    const parts = port.received.filter((m) => m.type === 'index');
    expect(parts.map((m) => m.type === 'index' && m.facts.length)).toEqual([500, 500, 200]);
    expect(parts.map((m) => m.type === 'index' && m.last)).toEqual([false, false, true]);
    expect(hits).toEqual(buildFactSearch(topics, many).search('payment systm'));
    engine.dispose();
  });

  it('answers at once in this thread once its index is built, and never from a worker', async () => {
    const engine = createInThreadSearch(topics, dataset.facts);
    expect(engine.searchNow('Bushher')).toBeUndefined(); // the search code is still loading
    expect(await engine.search('Bushher')).toEqual(search.search('Bushher'));
    expect(engine.searchNow('Путин')).toEqual(search.search('Путин'));
    engine.dispose();
    expect(engine.searchNow('Путин')).toBeUndefined();

    const inWorker = createWorkerSearch(topics, dataset.facts, inProcessWorker);
    await inWorker.search('swift');
    expect(inWorker.searchNow('swift')).toBeUndefined();
    inWorker.dispose();
  });

  it('searches a small base in this thread and a large one in a worker', async () => {
    const many = (n: number): Fact[] =>
      Array.from({ length: n }, (_, i) => ({ ...dataset.facts[i % dataset.facts.length]!, id: `copy-${i}` }));
    const spawned = vi.fn(() => ({ postMessage: vi.fn(), terminate: vi.fn() }) as unknown as Worker);
    vi.stubGlobal('Worker', spawned);
    try {
      createDefaultSearch(topics, many(IN_THREAD_MAX_FACTS)).dispose();
      expect(spawned).not.toHaveBeenCalled();
      createDefaultSearch(topics, many(IN_THREAD_MAX_FACTS + 1)).dispose();
      expect(spawned).toHaveBeenCalledTimes(1);
    } finally {
      vi.unstubAllGlobals();
    }
  });

  it('answers in this thread when the worker fails', async () => {
    const port = inProcessWorker();
    const engine = createWorkerSearch(topics, dataset.facts, () => port);
    const asked = engine.search('Bushher');
    port.fail();
    expect(await asked).toEqual(search.search('Bushher'));
    expect(port.terminate).toHaveBeenCalled();
    expect(await engine.search('swift')).toEqual(search.search('swift'));
  });

  it('warms a small index up once it is built, answering a waiting query first and nothing else', () => {
    const tasks: Array<() => void> = [];
    const replies: FromSearchWorker[] = [];
    const searched: string[] = [];
    const handle = createSearchWorkerCore(
      (reply) => replies.push(reply),
      (run) => tasks.push(run),
      (indexTopics, indexFacts) => {
        const built = buildFactSearch(indexTopics, indexFacts);
        return { search: (query, limit) => (searched.push(query), built.search(query, limit)) };
      },
    );
    handle({ type: 'index', topics: [...topics], facts: dataset.facts.map(searchableFact), last: true });
    handle({ type: 'search', id: 1, query: 'Bushher' });
    while (tasks.length > 0) tasks.shift()!();
    expect(replies).toHaveLength(1);
    expect(replies[0]).toMatchObject({ type: 'hits', id: 1 });
    expect(searched).toEqual(['Bushher', ...WARM_UP_QUERIES]);
  });
});

import Fuse from 'fuse.js';
import { describe, expect, it } from 'vitest';
import { dataset } from '../../data/index';
import { topicRows } from '../../utils/db/seed';
import { foldedWords } from '../../utils/search/fold';
import { buildWordIndex, type IndexedValue } from '../../utils/search/word-index';
import { WORD_OPTIONS, createWordMatcher } from '../../utils/search/word-match';

const bundled: IndexedValue[][] = [
  ...topicRows(dataset).map((t) => [
    { field: 'name' as const, value: t.name },
    ...t.aliases.map((value) => ({ field: 'aliases' as const, value })),
    { field: 'summary' as const, value: t.summary },
  ]),
  ...dataset.facts.map((f) => [
    { field: 'text' as const, value: f.text },
    ...f.sources.map((s) => ({ field: 'quotes' as const, value: s.quote })),
  ]),
];

describe('word index', () => {
  it('cuts words as marking does and folds each, at the shown offsets', () => {
    const text = 'Die Straße nach Téhéran, 2024: Iran’s';
    const words = foldedWords(text);
    expect(words).toEqual(['die', 'strasse', 'nach', 'teheran', '2024', 'iran', 's']);
    const index = buildWordIndex([[{ field: 'text', value: text }]]);
    const ids = new Set(['strasse', 'teheran'].map((w) => index.words.indexOf(w)));
    const [match] = index.matchesIn(0, ids);
    expect(match?.ranges.map((r) => text.slice(r.start, r.end))).toEqual(['Straße', 'Téhéran']);
  });

  it('indexes a hyphenated word also joined, over its whole span, and its parts as before', () => {
    const text = 'A long-term, non\u2011proliferation S-400 deal; Iran–Russia ties';
    const index = buildWordIndex([[{ field: 'text', value: text }]]);
    expect(index.words).toEqual(
      expect.arrayContaining([
        'long',
        'term',
        'longterm',
        'non',
        'proliferation',
        'nonproliferation',
        's400',
      ]),
    );
    expect(index.words).not.toContain('iranrussia');
    const shown = (words: string[]) =>
      index
        .matchesIn(0, new Set(words.map((w) => index.words.indexOf(w))))
        .flatMap((m) => m.ranges.map((r) => text.slice(r.start, r.end)));
    expect(shown(['longterm', 'nonproliferation', 's400'])).toEqual([
      'long-term',
      'non\u2011proliferation',
      'S-400',
    ]);
    // A query matching a part marks the part, not the whole hyphenated word.
    expect(shown(['long', 'longterm'])).toEqual(['long']);
    expect(shown(['long', 'term', 'longterm'])).toEqual(['long', 'term']);
    // Query words are cut as before: "long-term" typed is "long" and "term".
    expect(foldedWords('Long-term')).toEqual(['long', 'term']);
  });

  it('lists each record a word occurs in once, with every field it occurs in', () => {
    const index = buildWordIndex([
      [
        { field: 'text', value: 'Iran and Iran' },
        { field: 'quotes', value: 'about Iran' },
      ],
      [{ field: 'name', value: 'Russia' }],
      [{ field: 'keywords', value: 'IRAN' }],
    ]);
    const iran = index.words.indexOf('iran');
    expect(index.records[iran]).toEqual([0, 2]);
    expect(index.fields[iran]).toEqual([(1 << 3) | (1 << 5), 1 << 6]);
  });
});

describe('matching a query word against the vocabulary', () => {
  const words = buildWordIndex(bundled).words;
  const match = createWordMatcher(words);
  const fuse = new Fuse([...words], WORD_OPTIONS);
  const typos = words.filter((w) => w.length > 4).map((w) => w.slice(0, 2) + w.slice(3));

  // The shortcuts (plain containment for short words, shared letter pairs for longer ones) only skip work:
  // they must answer exactly what fuse answers over every word.
  it.each([
    'b',
    'ir',
    'ran',
    'bush',
    'bushher',
    'sanctons',
    'payment',
    'systm',
    'путин',
    'teheran',
    'nuclearpowerplantatbushehrinsouthernirancoast',
    ...words.slice(0, 60),
    ...typos.slice(0, 60),
  ])('finds for %s exactly the words fuse finds', (query) => {
    const expected = fuse.search(query).map((r) => words[r.refIndex]);
    expect(
      match(query)
        .map((m) => words[m.word])
        .sort(),
    ).toEqual(expected.sort());
  });

  it('ranks the same word over a word it begins, and that over a word with a slip', () => {
    const quality = (query: string, word: string) =>
      match(query).find((m) => words[m.word] === word)?.quality ?? 0;
    expect(quality('bushehr', 'bushehr')).toBe(1);
    expect(quality('bush', 'bushehr')).toBeLessThan(1);
    expect(quality('bushher', 'bushehr')).toBeLessThan(quality('bush', 'bushehr'));
    expect(quality('bushher', 'bushehr')).toBeGreaterThan(0);
  });

  it('marks words that begin as typed, not words that merely contain the query', () => {
    const marked = (query: string) => match(query).flatMap((m) => (m.marked ? [words[m.word]] : []));
    expect(marked('ir')).toContain('iran');
    expect(marked('ir').every((w) => w?.startsWith('ir'))).toBe(true);
    expect(marked('bushher')).toContain('bushehr');
    expect(match('ties').some((m) => words[m.word] === 'putins')).toBe(true);
    expect(marked('ties')).not.toContain('putins');
  });
});

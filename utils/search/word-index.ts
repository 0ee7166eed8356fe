import type { FieldMatch, SearchField } from './fact-search';
import { forEachWord } from './fold';

/**
 * The words of a fact base, each once, with where they occur. A query then compares its words with the
 * distinct words (about a thousand for the bundled base) instead of scanning every field of every record,
 * and the places a matched word occurs are the words to mark.
 */

/** One shown string of a record and the field it is shown in. */
export interface IndexedValue {
  field: SearchField;
  value: string;
}

/** Field `FIELD_BITS[i]` is bit `1 << i` of a posting's field mask. */
export const FIELD_BITS: readonly SearchField[] = [
  'name',
  'aliases',
  'summary',
  'text',
  'speaker',
  'quotes',
  'keywords',
];
const BIT = new Map(FIELD_BITS.map((field, i) => [field, 1 << i]));

export interface WordIndex {
  /** Every distinct folded word, hyphenated ones also joined ("longterm"); a word's id is its position here. */
  readonly words: readonly string[];
  /** Per word id: the records it occurs in, each once, and the same-indexed masks of fields it occurs in. */
  readonly records: ReadonlyArray<readonly number[]>;
  readonly fields: ReadonlyArray<readonly number[]>;
  /** Where any word of `words` (ids) occurs in `record`: whole words in the shown values, in field order. */
  matchesIn(record: number, words: ReadonlySet<number>): FieldMatch[];
}

/** Indexes `records`, each given as its shown values; records are numbered in the order given. */
export function buildWordIndex(records: ReadonlyArray<readonly IndexedValue[]>): WordIndex {
  const ids = new Map<string, number>();
  const words: string[] = [];
  const postRecords: number[][] = [];
  const postFields: number[][] = [];
  const occurrences = new Occurrences();
  // A record's run of occurrences starts at recordStart[record]; `values` are all records' shown values.
  const recordStart: number[] = [];
  const values: IndexedValue[] = [];
  // The field mask of each word in the record being read; `touched` lists the words it has.
  const mask: number[] = [];
  const touched: number[] = [];
  let bit = 0;
  let slot = 0;

  const visit = (word: string, start: number, end: number) => {
    let id = ids.get(word);
    if (id === undefined) {
      id = words.push(word) - 1;
      ids.set(word, id);
      postRecords.push([]);
      postFields.push([]);
      mask.push(0);
    }
    if (mask[id] === 0) touched.push(id);
    mask[id]! |= bit;
    occurrences.add(id, slot, start, end);
  };

  records.forEach((record, r) => {
    recordStart.push(occurrences.length);
    for (const value of record) {
      bit = BIT.get(value.field) ?? 0;
      slot = values.push(value) - 1;
      forEachWord(value.value, visit, visit);
    }
    for (const id of touched) {
      postRecords[id]!.push(r);
      postFields[id]!.push(mask[id]!);
      mask[id] = 0;
    }
    touched.length = 0;
  });
  recordStart.push(occurrences.length);
  const occ = occurrences.data;

  return {
    words,
    records: postRecords,
    fields: postFields,
    matchesIn(record, matched) {
      const out: FieldMatch[] = [];
      let current: FieldMatch | undefined;
      let currentSlot = -1;
      for (let i = recordStart[record] ?? 0; i < (recordStart[record + 1] ?? 0); i += 4) {
        if (!matched.has(occ[i]!)) continue;
        const at = occ[i + 1]!;
        if (at !== currentSlot) {
          const { field, value } = values[at]!;
          current = { field, value, ranges: [] };
          currentSlot = at;
          out.push(current);
        }
        const start = occ[i + 2]!;
        const end = occ[i + 3]!;
        // A span covering the last mark is a hyphenated word joined, read right after its parts: when the
        // query matched a part ("long" of "long-term"), that part alone is marked.
        const last = current!.ranges[current!.ranges.length - 1];
        if (last !== undefined && last.start >= start && last.end <= end) continue;
        current!.ranges.push({ start, end });
      }
      return out;
    },
  };
}

/** Occurrences as (word, value, start, end) quadruples in one growing typed array: 5,000 facts have 200,000. */
class Occurrences {
  data = new Int32Array(4096);
  length = 0;

  add(word: number, value: number, start: number, end: number): void {
    if (this.length + 4 > this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    const data = this.data;
    data[this.length++] = word;
    data[this.length++] = value;
    data[this.length++] = start;
    data[this.length++] = end;
  }
}

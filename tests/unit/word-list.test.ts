import { describe, expect, it } from 'vitest';
import { endsWithWord, holdsStem, startsWithWord } from '../../utils/matching/word-list';

const found = (m: RegExpExecArray | null) => (m === null ? null : [m.index, m[0]]);

describe('word lists looked up as strings', () => {
  it('finds the longest entry that ends the text, across any run of spaces, never inside a word', () => {
    const before = endsWithWord(['mayor of', 'of', 'relations with']);
    expect(found(before.exec('said the mayor of  '))).toEqual([9, 'mayor of  ']);
    expect(found(before.exec('improved relations \n with'))).toEqual([9, 'relations \n with']);
    expect(before.test('a relationswith')).toBe(false);
    expect(before.test('a prof')).toBe(false);
    expect(before.test('the wolf of')).toBe(true);
  });

  it('finds an entry that starts the text after spaces, ending a word unless told otherwise', () => {
    const after = startsWithWord(['time', 'stock exchange']);
    expect(found(after.exec('  stock   exchange rose'))).toEqual([0, '  stock   exchange']);
    expect(after.test(' timely')).toBe(false);
    expect(after.test(' time,')).toBe(true);
    const glued = startsWithWord(["'s", '-backed', ' yönetimi'], { afterSpaces: false, whole: false });
    expect(glued.test("'s government")).toBe(true);
    expect(glued.test(' yönetimi')).toBe(true);
    expect(glued.test(" 's")).toBe(false);
  });

  it('finds the first stem in the text, at a word’s start in spaced scripts and anywhere in Arabic', () => {
    const stems = holdsStem(['sanction', 'wire transfer', 'عقوب']);
    expect(found(stems.exec('after a wire  transfer and new sanctions'))).toEqual([8, 'wire  transfer']);
    expect(stems.test('unsanctioned')).toBe(false);
    expect(stems.test('والعقوبات')).toBe(true);
  });
});

import { describe, expect, it } from 'vitest';
import { foldKey, needsNormalizing, normalizeForMatch, toOriginalSpan } from '../../utils/matching/normalize';

/** The original slice a normalised substring maps back to. */
function original(text: string, needle: string): string {
  const n = normalizeForMatch(text);
  const at = n.text.indexOf(needle);
  expect(at).toBeGreaterThanOrEqual(0);
  const [start, end] = toOriginalSpan(n, at, at + needle.length);
  return text.slice(start, end);
}

describe('foldKey', () => {
  it.each([
    ['ایران', 'ايران'], // Persian yeh / Arabic yeh
    ['کرملین', 'كرملين'], // keheh / kaf
    ['إيران', 'ايران'], // alef with hamza below
    ['الروسية', 'الروسيه'], // teh marbuta typed as heh
    ['روسـيا', 'روسيا'], // tatweel
    ['إِيرَانُ', 'ايران'], // harakat
    ['هسته‌ای', 'هستهای'], // ZWNJ
    ['IRAN', 'iran'],
    ['d’Iran', "d'iran"],
    ['Vladimir \n Putin', 'vladimir putin'],
    ['ﺍﻳﺮﺍﻥ', 'ايران'], // Arabic presentation forms
  ])('%s folds like %s', (a, b) => {
    expect(foldKey(a)).toBe(foldKey(b));
  });
});

describe('normalizeForMatch', () => {
  it('keeps the zero-width non-joiner as a word boundary', () => {
    expect(normalizeForMatch('ایران‌ها').text).toBe('ايران\u200Cها');
  });

  it('maps a match back to the exact original span, marks included', () => {
    expect(original('گفت: إِيرَانُ قوية', 'ايران')).toBe('إِيرَانُ');
    expect(original('Der Rus\u00ADsland-Besuch', 'russland')).toBe('Rus\u00ADsland');
    expect(original('ﻻ ﺍﻳﺮﺍﻥ', 'ايران')).toBe('ﺍﻳﺮﺍﻥ');
  });

  it('folds Turkish İ to a plain i, which a case-insensitive regex would not', () => {
    const n = normalizeForMatch('İran’ın');
    expect(n.text).toBe("iran'ın");
    expect(toOriginalSpan(n, 0, 4)).toEqual([0, 4]);
    expect(needsNormalizing('İran')).toBe(true);
  });

  it('is needed only for characters the alias regex cannot see through', () => {
    expect(needsNormalizing('Iran and Russia')).toBe(false);
    expect(needsNormalizing('ایران و روسیه')).toBe(false);
    expect(needsNormalizing('إِيرَانُ')).toBe(true);
    expect(needsNormalizing('Rus\u00ADsland')).toBe(true);
  });
});

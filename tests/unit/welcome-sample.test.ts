import { describe, expect, it } from 'vitest';
import { TOPIC_IDS } from '../../data/constants';
import { readCatalogParts } from '../../utils/i18n/catalogs';
import { found } from './matcher-table';

/**
 * The welcome page's sample paragraph is there to be highlighted: in every language it is written in, the
 * matcher must find each topic in it, or a new reader has nothing to try the cards on.
 */
const samples = [...readCatalogParts()].flatMap(([locale, parts]) => {
  const sample = parts.get('welcome.json')?.welcome_sample?.message;
  return sample === undefined ? [] : [[locale, sample] as const];
});

describe('the welcome page’s sample paragraph', () => {
  it('is written in English at least', () => {
    expect(samples.map(([locale]) => locale)).toContain('en');
  });

  it.each(samples)('names every topic where Backstory finds it, in %s', (_locale, sample) => {
    const topics = new Set(found(sample).map(([topic]) => topic));
    expect([...topics].sort()).toEqual([...TOPIC_IDS].sort());
  });
});

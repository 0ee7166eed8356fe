import { describe, expect, it } from 'vitest';
import { fullAliasTable } from './all-script-groups';
import { mayNameTopic } from '../../utils/content/may-name-topic';
import { matcherFromTable, type BlockSource, type Matcher } from '../../utils/matching/matcher';

/**
 * Shared by the matcher test files: one matcher over every alias, built as pages build it by default (from
 * the table computed at build time), and a table runner.
 */
export const matcher = matcherFromTable(fullAliasTable());

/** [topic, span text] per mention, after checking every span is exactly that slice of the input. */
export function found(text: string, context?: BlockSource, m: Matcher = matcher): Array<[string, string]> {
  const mentions = m.findMentions(text, context);
  for (const x of mentions) expect(text.slice(x.start, x.end)).toBe(x.text);
  return mentions.map((x) => [x.topic, x.text]);
}

export type Case = [sentence: string, expected: Array<[string, string]>];

/**
 * One test per real-looking sentence, asserting the exact topics and spans found, in order, and that the
 * content script's topic hint lets a sentence with a mention through (it would otherwise never load the
 * matcher for that page).
 */
export function table(name: string, cases: Case[]): void {
  describe(name, () => {
    it.each(cases)('%s', (sentence, expected) => {
      expect(found(sentence)).toEqual(expected);
      if (expected.length > 0) expect(mayNameTopic(sentence)).toBe(true);
    });
  });
}

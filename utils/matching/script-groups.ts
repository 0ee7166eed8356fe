import type { Language } from '../../data/constants';
import { mayHoldScript, type ScriptGroup } from './alias-regex';
import type { AliasTable } from './alias-table';
import { unpackAliasTable } from './alias-table-codec';
import { addVocab } from './vocab';
import { OTHER_GROUPS, type OtherGroup, type ScriptGroupData } from './script-group-registry';

export type { OtherGroup, ScriptGroupData } from './script-group-registry';
export { importScriptGroup, OTHER_GROUPS, scriptGroupPath } from './script-group-registry';

/**
 * The page app carries the Latin-script aliases and words only. Each other script group (Cyrillic, Arabic
 * script, Hebrew, Chinese and Japanese) is a module of its own, loaded on pages holding text in that script:
 * written in an ASCII bundle, every such letter is a six-byte escape, and together they were 5.4 KB of the
 * page app's 35.8 KB gzipped.
 */

/** Adds a group's aliases to `table` (its keys are its own: no key is written in two scripts). */
export function addGroupAliases(table: AliasTable, data: ScriptGroupData): void {
  const part = unpackAliasTable(data.table);
  Object.assign(table.keys, part.keys);
  table.patterns.push(...part.patterns);
}

/** Adds a group's aliases to `table` and its words to the rules' lists. */
export function addScriptGroup(table: AliasTable, data: ScriptGroupData): void {
  addGroupAliases(table, data);
  addVocab(data.vocab);
}

/** Any letter of a group other than Latin: one test per text node, before asking which group. */
const ANY_OTHER = /[\u0400-\u06FF\u3040-\u30FF\u3400-\u9FFF\uF900-\uFAFF]/;

/** The groups among `wanted` whose script `text` holds. */
export function groupsIn(text: string, wanted: Iterable<OtherGroup>): OtherGroup[] {
  if (!ANY_OTHER.test(text)) return [];
  return [...wanted].filter((group) => mayHoldScript(group, text));
}

/** The groups whose aliases some of `languages` have (`served`: each group's languages, from the build). */
export function groupsFor(
  languages: readonly Language[],
  served: Partial<Record<ScriptGroup, readonly Language[]>>,
): OtherGroup[] {
  return OTHER_GROUPS.filter((group) => served[group]?.some((lang) => languages.includes(lang)));
}

import type { AliasTable } from '../../utils/matching/alias-table';
import { aliasTable } from '../../utils/matching/alias-table.generated';
import * as generated from '../../utils/matching/script-groups.generated';
import { addGroupAliases, OTHER_GROUPS, type ScriptGroupData } from '../../utils/matching/script-groups';
import { addVocab } from '../../utils/matching/vocab';

/** Every script group's data, as its module on a page would register it. */
export const allGroupData = (): ScriptGroupData[] =>
  OTHER_GROUPS.map((group) => JSON.parse(generated[group]) as ScriptGroupData);

/** The page app's table with every script group added: what a page holding text in every script has. */
export function fullAliasTable(): AliasTable {
  const table = aliasTable();
  for (const data of allGroupData()) addGroupAliases(table, data);
  return table;
}

/** Gives the context rules every script's words, as on a page holding text in every script. */
export function addEveryGroupVocab(): void {
  for (const data of allGroupData()) addVocab(data.vocab);
}
